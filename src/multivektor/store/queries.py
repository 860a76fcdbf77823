"""Read queries for browsing a database (the REST API uses them): filtered event pages,
one article with everything extracted from it, a list of articles, the date range.

Every record comes back in the JSON shape of :mod:`multivektor.model` (``start``/``end``
offsets into the article text), so a client can highlight the evidence.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from multivektor.store.database import Store

_ACTOR_KEYS = ("code", "sector", "text", "name")


@dataclass(slots=True)
class EventFilter:
    """Conditions on events; ``None`` means no condition."""

    actor: str | None = None
    recipient: str | None = None
    event: str | None = None
    date_from: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD, inclusive
    date_to: str | None = None  # inclusive: "2024-05" keeps every date in May 2024
    article_id: str | None = None
    negated: bool | None = None
    either: bool = False  # actor and recipient may swap roles (both directions of a dyad)

    def where(self) -> tuple[str, list[Any]]:
        """The SQL condition over ``events e`` and its parameters."""
        conds: list[str] = []
        params: list[Any] = []
        has = ("EXISTS (SELECT 1 FROM event_actors x WHERE x.article_id = e.article_id"
               " AND x.event_idx = e.idx AND x.role = ? AND x.code = ?)")
        sides = [(role, code) for role, code in (("actor", self.actor),
                                                 ("recipient", self.recipient)) if code]
        if self.either and sides:
            swap = {"actor": "recipient", "recipient": "actor"}
            straight = " AND ".join(has for _ in sides)
            conds.append(f"(({straight}) OR ({straight}))")
            for roles in (sides, [(swap[r], c) for r, c in sides]):
                for role, code in roles:
                    params += [role, code]
        else:
            for role, code in sides:
                conds.append(has)
                params += [role, code]
        if self.event:
            conds.append("e.event = ?")
            params.append(self.event)
        # Dates are compared on their common prefix, so partial dates filter sensibly.
        if self.date_from:
            conds.append("left(e.date, ?) >= ?")
            params += [len(self.date_from), self.date_from]
        if self.date_to:
            conds.append("left(e.date, ?) <= ?")
            params += [len(self.date_to), self.date_to]
        if self.article_id:
            conds.append("e.article_id = ?")
            params.append(self.article_id)
        if self.negated is not None:
            conds.append("e.negated = ?")
            params.append(self.negated)
        return (" AND ".join(conds) or "TRUE"), params


def _actor(row: dict[str, Any]) -> dict[str, Any]:
    out = {k: row[k] for k in _ACTOR_KEYS if row[k] is not None}
    if row["start_char"] is not None:
        out["start"], out["end"] = row["start_char"], row["end_char"]
    return out


def _event(row: dict[str, Any], parts: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    return {
        "event_id": f"{row['article_id']}-{row['idx']}",
        "article_id": row["article_id"],
        "idx": row["idx"],
        "event": row["event"],
        "mode": row["mode"],
        "context": row["context"] or [],
        "actor": parts.get("actor", []),
        "recipient": parts.get("recipient", []),
        "date": row["date"],
        "negated": row["negated"],
        "nominal": row["nominal"],
        "background": row["background"],
        "text": row["text"],
        "start": row["start_char"],
        "end": row["end_char"],
        "evidence": json.loads(row["evidence"]) if row["evidence"] else [],
        "cameo": row["cameo"],
        "quad_class": row["quad_class"],
        "score": row["score"],
        "confidence": row["confidence"],
        "rule": row["rule"],
        "title": row["title"],
    }


def _with_actors(store: Store, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Attach actors and recipients to event rows."""
    if not rows:
        return []
    ids = sorted({r["article_id"] for r in rows})
    marks = ", ".join("?" for _ in ids)
    parts: dict[tuple[str, int], dict[str, list[dict[str, Any]]]] = {}
    for a in store.query(
        "SELECT article_id, event_idx, role, code, sector, text, name, start_char, end_char "
        f"FROM event_actors WHERE article_id IN ({marks}) "
        "ORDER BY article_id, event_idx, role, start_char NULLS LAST, code",
        ids,
    ):
        slot = parts.setdefault((a["article_id"], a["event_idx"]), {})
        slot.setdefault(a["role"], []).append(_actor(a))
    return [_event(r, parts.get((r["article_id"], r["idx"]), {})) for r in rows]


_EVENT_COLUMNS = (
    "e.article_id, e.idx, e.event, e.mode, e.context, e.date, e.negated, e.nominal, "
    "e.background, e.text, "
    "e.start_char, e.end_char, e.cameo, e.quad_class, e.score, e.confidence, e.rule, "
    "e.evidence, a.title"
)


def events(store: Store, flt: EventFilter, limit: int = 50, offset: int = 0
           ) -> tuple[int, list[dict[str, Any]]]:
    """The events matching ``flt``, newest first: (total matching, one page of events)."""
    where, params = flt.where()
    total = store.query(f"SELECT count(*) AS n FROM events e WHERE {where}", params)[0]["n"]
    rows = store.query(
        f"SELECT {_EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id "
        f"WHERE {where} ORDER BY e.date DESC NULLS LAST, e.article_id, e.idx LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    return total, _with_actors(store, rows)


def article(store: Store, article_id: str) -> dict[str, Any] | None:
    """One article with its text and every record extracted from it, or None."""
    found = store.query(
        "SELECT id, title, date, url, publisher, author, lang, origin, text, removed "
        "FROM articles WHERE id = ?",
        [article_id],
    )
    if not found:
        return None
    out = found[0]
    out["removed"] = json.loads(out["removed"]) if out["removed"] else []
    rows = store.query(
        f"SELECT {_EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id "
        "WHERE e.article_id = ? ORDER BY e.idx",
        [article_id],
    )
    out["events"] = _with_actors(store, rows)
    out["quotes"] = store.query(
        "SELECT idx, kind, text, start_char AS start, end_char AS \"end\", speaker, code, "
        "sector, speaker_text, speaker_start, speaker_end FROM quotes WHERE article_id = ? "
        "ORDER BY idx",
        [article_id],
    )
    out["sources"] = store.query(
        "SELECT idx, name, text, start_char AS start, end_char AS \"end\" FROM sources "
        "WHERE article_id = ? ORDER BY idx",
        [article_id],
    )
    out["mentions"] = store.query(
        "SELECT idx, start_char AS start, end_char AS \"end\", text, kind, code, sector, name, "
        "role, confidence, source FROM mentions WHERE article_id = ? ORDER BY idx",
        [article_id],
    )
    return out


def articles(store: Store, q: str | None = None, limit: int = 50, offset: int = 0
             ) -> tuple[int, list[dict[str, Any]]]:
    """Articles newest first, with their numbers of events and quotes; ``q`` matches any
    part of the title or the id."""
    where, params = "TRUE", []
    if q:
        where = "(a.title ILIKE ? OR a.id ILIKE ?)"
        params = [f"%{q}%", f"%{q}%"]
    total = store.query(f"SELECT count(*) AS n FROM articles a WHERE {where}", params)[0]["n"]
    rows = store.query(
        "SELECT a.id, a.title, a.date, a.lang, a.publisher, a.url, "
        "(SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events, "
        "(SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quotes "
        f"FROM articles a WHERE {where} ORDER BY a.date DESC NULLS LAST, a.id LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    return total, rows


def date_range(store: Store) -> dict[str, Any]:
    """The first and last article date, and the articles per written standard."""
    first, last = store.con.execute("SELECT min(date), max(date) FROM articles").fetchone()
    langs = store.query(
        "SELECT coalesce(lang, '?') AS lang, count(*) AS n FROM articles GROUP BY ALL "
        "ORDER BY n DESC, lang"
    )
    return {"first": first, "last": last, "languages": langs}


def quotes(store: Store, speaker: str | None, limit: int) -> list[dict[str, Any]]:
    """The store's quotes with ``start``/``end`` offsets like every other record here."""
    out = []
    for row in store.quotes(speaker, limit=limit):
        row["start"], row["end"] = row.pop("start_char"), row.pop("end_char")
        out.append(row)
    return out
