"""The FastAPI application: a read-only REST API over a Multivektor database, and the
dashboard pages.

Each request opens the DuckDB file read-only and closes it when done, so the server holds
no lock between requests and sees what an ingest committed (while an ingest holds DuckDB's
write lock, requests answer 503 with ``Retry-After``). No
page or asset is fetched from elsewhere: the dashboard is plain HTML, CSS and JS shipped in
``web/static/``, and ``/docs`` renders ``/openapi.json`` with a local page.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from multivektor.analysis import PERIODS, POLES, balance, dyad_series
from multivektor.model import PLOVER_EVENTS
from multivektor.store import Store, StoreError, queries

STATIC = Path(__file__).with_name("static")

#: Dashboard pages: URL path -> file in ``static/``.
PAGES = {
    "/": "index.html",
    "/events": "events.html",
    "/article": "article.html",
    "/quotes": "quotes.html",
    "/balance": "balance.html",
    "/docs": "docs.html",
}

_CODE = re.compile(r"^[A-Za-z][A-Za-z0-9_]{1,15}$")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

DESCRIPTION = """Read-only access to Multivektor event data extracted from Norwegian news:
PLOVER events with actors, recipients and evidence, quotes with speakers, cited sources,
and the dyadic and multi-vector balance analyses. Every record carries `start`/`end`
character offsets into its article's `text` (end exclusive, counted in Unicode code points).
"""


def _code(value: str | None, name: str) -> str | None:
    """An actor code in upper case, or a 400 error naming the parameter."""
    if value is None or value == "":
        return None
    if not _CODE.match(value):
        raise HTTPException(400, f"{name}: {value!r} is not an actor code (e.g. NOR, RUS, EU)")
    return value.upper()


def _date(value: str | None, name: str) -> str | None:
    if value is None or value == "":
        return None
    if not _DATE.match(value):
        raise HTTPException(400, f"{name}: {value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    return value


def _period(value: str) -> str:
    if value not in PERIODS:
        raise HTTPException(400, f"period: {value!r} is unknown; choose one of "
                                 f"{', '.join(PERIODS)}")
    return value


def open_store(request: Request) -> Iterator[Store]:
    """The app's database opened read-only for one request (503 when unavailable)."""
    db_path: Path = request.app.state.db
    if not db_path.exists():
        raise HTTPException(503, f"no database at {db_path}: run `multivektor ingest "
                                 f"--db {db_path} ...` first")
    try:
        store = Store(db_path, read_only=True)
    except StoreError as e:
        if "lock" in str(e).lower():
            raise HTTPException(503, f"database {db_path} is locked by another process (an "
                                     "ingest writing to it?): try again when it has finished",
                                headers={"Retry-After": "10"}) from None
        raise HTTPException(503, f"database unavailable: {e}") from None
    try:
        yield store
    finally:
        store.close()


StoreDep = Annotated[Store, Depends(open_store)]
Limit = Annotated[int, Query(ge=1, le=1000, description="At most this many records.")]
Offset = Annotated[int, Query(ge=0, description="Skip this many records first.")]


def create_app(db: str | Path) -> FastAPI:
    """The application serving the database file ``db`` (which may appear later)."""
    db_path = Path(db)
    app = FastAPI(
        title="Multivektor",
        version="1",
        description=DESCRIPTION,
        docs_url=None,  # FastAPI's Swagger page loads from a CDN; /docs is served locally
        redoc_url=None,
    )
    app.state.db = db_path

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        msgs = []
        for e in exc.errors():
            where = ".".join(str(x) for x in e.get("loc", ()) if x not in ("query", "path"))
            msgs.append(f"{where}: {e.get('msg')}" if where else str(e.get("msg")))
        return JSONResponse(status_code=422, content={"detail": "; ".join(msgs)})

    @app.get("/api/stats", tags=["overview"], summary="What the database holds")
    def stats(
        store: StoreDep,
        top: Annotated[int, Query(ge=1, le=100, description="How many dyads to list.")] = 10,
    ) -> dict[str, Any]:
        """Row counts, events (not negated) per PLOVER category, the most frequent
        (actor, event, recipient) triples, the date range and the written standards."""
        return {
            "counts": store.counts(),
            "events_by_category": store.event_counts(),
            "top_dyads": store.top_dyads(top),
            "dates": queries.date_range(store),
            "database": str(db_path),
        }

    @app.get("/api/events", tags=["events"], summary="Events, filtered and paged")
    def events(
        store: StoreDep,
        actor: Annotated[str | None, Query(description="Actor code (source side), e.g. NOR")]
        = None,
        recipient: Annotated[str | None, Query(description="Recipient code, e.g. RUS")] = None,
        event: Annotated[str | None, Query(description="PLOVER category, e.g. CONSULT")]
        = None,
        date_from: Annotated[str | None, Query(alias="from", description="First date, "
                                               "YYYY[-MM[-DD]], inclusive")] = None,
        date_to: Annotated[str | None, Query(alias="to", description="Last date, "
                                             "YYYY[-MM[-DD]], inclusive")] = None,
        article: Annotated[str | None, Query(description="Only events of this article id")]
        = None,
        negated: Annotated[bool | None, Query(description="Only negated (true) or only "
                                              "affirmed (false) events")] = None,
        either: Annotated[bool, Query(description="Match actor and recipient in either "
                                      "role: both directions of a dyad")] = False,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        """Events newest first, each with its actors, recipients, evidence text and
        offsets. ``total`` is the number of matching events over all pages."""
        if event:
            event = event.upper()
            if event not in PLOVER_EVENTS:
                raise HTTPException(400, f"event: {event!r} is not a PLOVER category; choose "
                                         f"one of {', '.join(PLOVER_EVENTS)}")
        flt = queries.EventFilter(
            actor=_code(actor, "actor"), recipient=_code(recipient, "recipient"),
            event=event or None, date_from=_date(date_from, "from"),
            date_to=_date(date_to, "to"), article_id=article or None, negated=negated,
            either=either,
        )
        total, rows = queries.events(store, flt, limit, offset)
        return {"total": total, "limit": limit, "offset": offset, "events": rows}

    @app.get("/api/articles", tags=["articles"], summary="Articles, newest first")
    def articles(
        store: StoreDep,
        q: Annotated[str | None, Query(description="Part of the title or id")] = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        """Articles with their numbers of events and quotes (without the text)."""
        total, rows = queries.articles(store, q, limit, offset)
        return {"total": total, "limit": limit, "offset": offset, "articles": rows}

    @app.get("/api/articles/{article_id}", tags=["articles"], summary="One article in full")
    def article(
        store: StoreDep,
        article_id: Annotated[str, PathParam(description="The article id")],
    ) -> dict[str, Any]:
        """The article's text with its events, quotes, cited sources and actor mentions,
        each with ``start``/``end`` offsets into ``text``."""
        found = queries.article(store, article_id)
        if found is None:
            raise HTTPException(404, f"no article with id {article_id!r}")
        return found

    @app.get("/api/quotes", tags=["quotes"], summary="Quotes with their speakers")
    def quotes(
        store: StoreDep,
        speaker: Annotated[str | None, Query(description="Part of the speaker's name")]
        = None,
        limit: Limit = 100,
    ) -> dict[str, Any]:
        """Quotes newest first, with the article they come from and their offsets."""
        return {"speaker": speaker, "quotes": queries.quotes(store, speaker or None, limit)}

    @app.get("/api/dyads", tags=["analysis"], summary="Events between two actors per period")
    def dyads(
        store: StoreDep,
        a: Annotated[str, Query(description="One actor code, e.g. NOR")],
        b: Annotated[str, Query(description="The other actor code, e.g. RUS")],
        period: Annotated[str, Query(description=f"One of {', '.join(PERIODS)}")] = "month",
    ) -> dict[str, Any]:
        """Counts of events in both directions per period, split by quad class, with
        ``cooperation``, ``conflict``, ``net`` and summed ``intensity``. Only events with
        a full date count."""
        a_code, b_code = _code(a, "a"), _code(b, "b")
        if a_code is None or b_code is None:
            raise HTTPException(400, "a and b: two actor codes are needed")
        series = dyad_series(store, a_code, b_code, _period(period))
        return {"a": a_code, "b": b_code, "period": period, "series": series}

    @app.get("/api/balance/{country}", tags=["analysis"],
             summary="A country's multi-vector balance per period")
    def country_balance(
        store: StoreDep,
        country: Annotated[str, PathParam(description="Actor code, e.g. KAZ")],
        partners: Annotated[str, Query(description="Comma-separated partner codes")]
        = ",".join(POLES),
        period: Annotated[str, Query(description=f"One of {', '.join(PERIODS)}")]
        = "quarter",
    ) -> dict[str, Any]:
        """Per period: relations with each partner, each partner's share of the country's
        cooperation, and the evenness of that spread (1 even, 0 all with one partner)."""
        code = _code(country, "country")
        codes = [_code(p.strip(), "partners") for p in partners.split(",") if p.strip()]
        if not codes:
            raise HTTPException(400, "partners: give at least one partner code")
        codes = list(dict.fromkeys(c for c in codes if c))
        if code in codes:
            raise HTTPException(400, f"partners: {code} cannot be its own partner")
        rows = balance(store, code, codes, _period(period))
        return {"country": code, "partners": codes, "period": period, "periods": rows}

    for route, filename in PAGES.items():
        _add_page(app, route, STATIC / filename)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app


def _add_page(app: FastAPI, route: str, file: Path) -> None:
    def page() -> FileResponse:
        return FileResponse(file, media_type="text/html; charset=utf-8")

    app.add_api_route(route, page, methods=["GET"], include_in_schema=False,
                      name=f"page:{route}")
