"""Exports of stored events: PLOVER JSON Lines, CSV and Parquet.

One record per event, in the PLOVER field names (``event``, ``mode``, ``context``,
``actor``, ``recipient``, ...) with the article it came from and its evidence offsets.
JSON Lines keeps actors as lists of objects; CSV and Parquet flatten them to
``;``-joined codes so the files load in any spreadsheet or data frame.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from multivektor.store.database import Store

FORMATS = ("plover", "csv", "parquet")

_FLAT_SQL = """
SELECT
    e.article_id || '-' || e.idx AS event_id,
    e.article_id, e.date AS event_date, e.event, e.mode,
    array_to_string(e.context, ';') AS context,
    (SELECT string_agg(code, ';' ORDER BY code) FROM event_actors x
      WHERE x.article_id = e.article_id AND x.event_idx = e.idx AND x.role = 'actor') AS actor,
    (SELECT string_agg(coalesce(sector, ''), ';' ORDER BY code) FROM event_actors x
      WHERE x.article_id = e.article_id AND x.event_idx = e.idx AND x.role = 'actor')
      AS actor_sector,
    (SELECT string_agg(code, ';' ORDER BY code) FROM event_actors x
      WHERE x.article_id = e.article_id AND x.event_idx = e.idx AND x.role = 'recipient')
      AS recipient,
    (SELECT string_agg(coalesce(sector, ''), ';' ORDER BY code) FROM event_actors x
      WHERE x.article_id = e.article_id AND x.event_idx = e.idx AND x.role = 'recipient')
      AS recipient_sector,
    e.negated, e.nominal, e.background, e.cameo, e.quad_class, e.score, e.confidence,
    e.text, e.start_char, e.end_char, e.rule,
    a.title, a.url, a.publisher, a.lang
FROM events e JOIN articles a ON a.id = e.article_id
ORDER BY a.date NULLS LAST, e.article_id, e.idx
"""


def plover_records(store: Store) -> Iterator[dict[str, Any]]:
    """Events as PLOVER JSON records, actors as lists of objects."""
    parts: dict[tuple[str, int], dict[str, list[dict[str, Any]]]] = {}
    for row in store.query(
        "SELECT article_id, event_idx, role, code, sector, text, name, start_char, end_char "
        "FROM event_actors ORDER BY article_id, event_idx, role"
    ):
        slot = parts.setdefault((row["article_id"], row["event_idx"]),
                                {"actor": [], "recipient": []})
        slot[row["role"]].append({
            k: row[k] for k in ("code", "sector", "text", "name", "start_char", "end_char")
            if row[k] is not None
        })
    for row in store.query(
        "SELECT e.*, a.title, a.url, a.publisher, a.lang FROM events e "
        "JOIN articles a ON a.id = e.article_id ORDER BY a.date NULLS LAST, e.article_id, e.idx"
    ):
        slot = parts.get((row["article_id"], row["idx"]), {"actor": [], "recipient": []})
        yield {
            "event_id": f"{row['article_id']}-{row['idx']}",
            "article_id": row["article_id"],
            "event_date": row["date"],
            "event": row["event"],
            "mode": row["mode"],
            "context": row["context"] or [],
            "actor": slot["actor"],
            "recipient": slot["recipient"],
            "negated": row["negated"],
            "nominal": row["nominal"],
            "background": row["background"],
            "cameo": row["cameo"],
            "quad_class": row["quad_class"],
            "score": row["score"],
            "confidence": row["confidence"],
            "text": row["text"],
            "start": row["start_char"],
            "end": row["end_char"],
            "evidence": json.loads(row["evidence"]) if row["evidence"] else [],
            "rule": row["rule"],
            "title": row["title"],
            "url": row["url"],
            "publisher": row["publisher"],
            "lang": row["lang"],
        }


def export(store: Store, fmt: str, out: Path) -> int:
    """Write all stored events to ``out`` in ``fmt``; returns the number of events."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "plover":
        n = 0
        with out.open("w", encoding="utf-8") as f:
            for rec in plover_records(store):
                f.write(json.dumps(rec, ensure_ascii=False, default=str) + "\n")
                n += 1
        return n
    option = "(HEADER, DELIMITER ',')" if fmt == "csv" else "(FORMAT PARQUET)"
    target = str(out).replace("'", "''")
    store.con.execute(f"COPY ({_FLAT_SQL}) TO '{target}' {option}")
    return store.con.execute("SELECT count(*) FROM events").fetchone()[0]
