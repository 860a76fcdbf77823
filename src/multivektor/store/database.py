"""The DuckDB store: idempotent, transactional writes of article results, and queries.

A batch of results is written in one transaction: an article already stored has its
rows replaced, never duplicated, and a process killed mid-batch leaves the database as
it was before that batch. Re-running the same input completes the work.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb

from multivektor.model import ArticleResult
from multivektor.store.schema import DDL, MIGRATIONS, RESULT_TABLES, SCHEMA_VERSION

if TYPE_CHECKING:
    import pyarrow as pa

DEFAULT_DB = "multivektor.duckdb"


class StoreError(Exception):
    """The database cannot be opened or is of an unknown schema version."""


def _rows_to_arrow(rows: list[dict[str, Any]], columns: Sequence[str]) -> pa.Table:
    # pyarrow is imported on first write, not with the module: it starts threads, and a
    # process with threads runs the spaCy parser ~25% slower (glibc's malloc leaves its
    # single-thread fast path), which `extract`, never writing a database, need not pay
    import pyarrow as pa

    return pa.table({c: [r.get(c) for r in rows] for c in columns})


class Store:
    """A Multivektor DuckDB database file (created on first use)."""

    def __init__(self, path: str | Path = DEFAULT_DB, read_only: bool = False) -> None:
        self.path = Path(path)
        if read_only and not self.path.exists():
            raise StoreError(f"no database at {self.path}: run `multivektor ingest` first")
        try:
            self.con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as e:
            raise StoreError(f"cannot open database {self.path}: {e}") from e
        if not read_only:
            self.con.execute("BEGIN TRANSACTION")
            self.con.execute(DDL)
            if self.con.execute("SELECT count(*) FROM schema_info").fetchone()[0] == 0:
                self.con.execute("INSERT INTO schema_info (version) VALUES (?)", [SCHEMA_VERSION])
            self._migrate()
            self.con.execute("COMMIT")
        version = self.schema_version()
        if version != SCHEMA_VERSION:
            hint = " (open it once for writing, e.g. `multivektor ingest`, to upgrade it)" \
                if version is not None and version < SCHEMA_VERSION else ""
            raise StoreError(
                f"{self.path} has schema version {version}; this Multivektor reads "
                f"version {SCHEMA_VERSION}{hint}"
            )

    def _migrate(self) -> None:
        """Bring an older database to the current schema, one version at a time."""
        version = self.schema_version()
        while version is not None and version < SCHEMA_VERSION and version in MIGRATIONS:
            self.con.execute(MIGRATIONS[version])
            version += 1
            self.con.execute("INSERT INTO schema_info (version) VALUES (?)", [version])

    def schema_version(self) -> int | None:
        try:
            row = self.con.execute("SELECT max(version) FROM schema_info").fetchone()
        except duckdb.CatalogException as e:
            raise StoreError(f"{self.path} is not a Multivektor database") from e
        return row[0] if row else None

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing -----------------------------------------------------------------------

    def write(self, results: Iterable[ArticleResult]) -> int:
        """Store a batch of results in one transaction, replacing earlier results of the
        same articles. Returns the number of articles written."""
        batch = list({r.article.id: r for r in results}.values())
        if not batch:
            return 0
        tables = _batch_rows(batch)
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            ids = _rows_to_arrow([{"id": r.article.id} for r in batch], ["id"])
            con.register("_ids", ids)
            for table in RESULT_TABLES:
                con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT id FROM _ids)")
            for table, (columns, rows) in tables.items():
                if not rows:
                    continue
                con.register("_rows", _rows_to_arrow(rows, columns))
                cols = ", ".join(columns)
                verb = "INSERT OR REPLACE" if table == "articles" else "INSERT"
                select = cols
                if table in ("articles", "events"):
                    select = cols + ", TRY_CAST(date AS DATE)"
                    cols = cols + ", day"
                con.execute(f"{verb} INTO {table} ({cols}) SELECT {select} FROM _rows")
                con.unregister("_rows")
            con.unregister("_ids")
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        return len(batch)

    # -- reading -----------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """Row counts of the main tables."""
        out = {}
        for table in ("articles", "events", "quotes", "sources", "mentions"):
            out[table] = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        return out

    def article_ids(self) -> set[str]:
        return {r[0] for r in self.con.execute("SELECT id FROM articles").fetchall()}

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Run a read query and return rows as dicts."""
        cur = self.con.execute(sql, list(params))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    def quotes(self, speaker: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
        """Quotes, newest first; ``speaker`` matches any part of the speaker's name."""
        sql = (
            "SELECT q.speaker, q.code, q.kind, q.text, a.date, a.id AS article_id, a.title,"
            " q.start_char, q.end_char FROM quotes q JOIN articles a ON a.id = q.article_id"
        )
        params: list[Any] = []
        if speaker:
            sql += " WHERE q.speaker ILIKE ?"
            params.append(f"%{speaker}%")
        sql += " ORDER BY a.date DESC NULLS LAST, a.id, q.idx"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return self.query(sql, params)

    def event_counts(self) -> list[dict[str, Any]]:
        """Events (not negated) per PLOVER category."""
        return self.query(
            "SELECT event, count(*) AS n FROM events WHERE NOT negated "
            "GROUP BY event ORDER BY n DESC, event"
        )

    def top_dyads(self, limit: int = 10) -> list[dict[str, Any]]:
        """The most frequent (actor, event, recipient) triples."""
        return self.query(
            """
            SELECT a.code AS actor, e.event, coalesce(r.code, '') AS recipient, count(*) AS n
            FROM events e
            JOIN event_actors a ON a.article_id = e.article_id AND a.event_idx = e.idx
                 AND a.role = 'actor'
            LEFT JOIN event_actors r ON r.article_id = e.article_id AND r.event_idx = e.idx
                 AND r.role = 'recipient'
            WHERE NOT e.negated
            GROUP BY ALL ORDER BY n DESC, actor, event, recipient LIMIT ?
            """,
            [limit],
        )


def _batch_rows(batch: list[ArticleResult]) -> dict[str, tuple[tuple[str, ...], list[dict]]]:
    """Flatten a batch of results into rows per table."""
    articles, mentions, events, actors, quotes, sources = [], [], [], [], [], []
    for r in batch:
        a = r.article
        articles.append({
            "id": a.id, "date": a.date, "title": a.title, "text": a.text, "url": a.url,
            "publisher": a.publisher, "author": a.author, "lang": a.lang, "origin": a.origin,
            "removed": json.dumps([
                {"text": x.text, "reason": x.reason, "raw_start": x.raw_start} for x in a.removed
            ], ensure_ascii=False),
        })
        for i, m in enumerate(r.mentions):
            mentions.append({
                "article_id": a.id, "idx": i, "start_char": m.start, "end_char": m.end,
                "text": m.text, "kind": m.kind, "code": m.code, "sector": m.sector,
                "name": m.name, "role": m.role, "confidence": m.confidence, "source": m.source,
            })
        for i, e in enumerate(r.events):
            first = e.evidence[0] if e.evidence else None
            events.append({
                "article_id": a.id, "idx": i, "event": e.event, "mode": e.mode,
                "context": list(e.context), "date": e.date or a.date, "negated": e.negated,
                "nominal": e.nominal, "background": e.background,
                "text": first.text if first else None,
                "start_char": first.start if first else None,
                "end_char": first.end if first else None, "cameo": e.cameo,
                "quad_class": e.quad_class, "score": e.score, "confidence": e.confidence,
                "rule": e.rule,
                "evidence": json.dumps([x.to_json() for x in e.evidence], ensure_ascii=False),
            })
            for role, group in (("actor", e.actor), ("recipient", e.recipient)):
                for p in group:
                    actors.append({
                        "article_id": a.id, "event_idx": i, "role": role, "code": p.code,
                        "sector": p.sector, "text": p.text, "name": p.name,
                        "start_char": p.start, "end_char": p.end,
                    })
        for i, q in enumerate(r.quotes):
            quotes.append({
                "article_id": a.id, "idx": i, "kind": q.kind, "text": q.text,
                "start_char": q.start, "end_char": q.end, "speaker": q.speaker, "code": q.code,
                "sector": q.sector, "speaker_text": q.speaker_text,
                "speaker_start": q.speaker_start, "speaker_end": q.speaker_end,
            })
        for i, s in enumerate(r.sources):
            sources.append({
                "article_id": a.id, "idx": i, "name": s.name, "text": s.text,
                "start_char": s.start, "end_char": s.end,
            })

    def cols(rows: list[dict]) -> tuple[str, ...]:
        return tuple(rows[0]) if rows else ()

    return {
        "articles": (cols(articles), articles),
        "mentions": (cols(mentions), mentions),
        "events": (cols(events), events),
        "event_actors": (cols(actors), actors),
        "quotes": (cols(quotes), quotes),
        "sources": (cols(sources), sources),
    }
