"""JSON Lines articles (``id``, ``date``, ``title``, ``text``, optional ``url``, ``publisher``).

Streams line by line. Every non-blank line yields exactly one Article or Skip, in order, so
a caller can write one output line per input line; a bad line is a Skip naming file and
line. A file holding one JSON array (or one pretty-printed object) is read whole.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from multivektor.ingest.build import make_article
from multivektor.model import Article, Skip

#: Largest whole-JSON file (array or pretty-printed object) read into memory.
MAX_WHOLE_JSON = 200 * 1024 * 1024


def record_article(record: Any, origin: str) -> Article | Skip:
    """One JSON object to an Article, or a Skip saying what is wrong with it."""
    if not isinstance(record, dict):
        return Skip(origin, f"not a JSON object but {type(record).__name__}", error=True)
    text = record.get("text")
    given_id = None if record.get("id") in (None, "") else str(record["id"])
    if not isinstance(text, str):
        return Skip(origin, "no \"text\" string in the record", error=True, id=given_id)

    def opt(key: str) -> str | None:
        value = record.get(key)
        return value if isinstance(value, str) and value.strip() else None

    return make_article(
        text,
        origin=origin,
        title=opt("title"),
        given_id=given_id,
        date=opt("date"),
        url=opt("url"),
        publisher=opt("publisher"),
        author=opt("author"),
        lang=opt("lang"),
        empty_is_error=True,
    )


def _decode(raw: bytes, encoding: str) -> str | None:
    """A line as UTF-8, else in the file's detected encoding, else None."""
    for enc in dict.fromkeys(("utf-8", encoding)):
        try:
            return raw.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
    return None


def _whole(path: Path, data: bytes, encoding: str) -> Iterator[Article | Skip]:
    origin = str(path)
    try:
        value = json.loads(data.decode(encoding))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        yield Skip(origin, f"malformed JSON: {e}", error=True)
        return
    records = value if isinstance(value, list) else [value]
    for i, record in enumerate(records, 1):
        yield record_article(record, f"{origin}:{i}" if isinstance(value, list) else origin)


def read_jsonl(path: Path, stream: BinaryIO, encoding: str) -> Iterator[Article | Skip]:
    """Articles of a JSON Lines file (``stream`` positioned at its start)."""
    origin = str(path)
    first = True
    for lineno, raw in enumerate(stream, 1):
        line = _decode(raw, encoding)
        if line is None:
            yield Skip(f"{origin}:{lineno}", "not UTF-8 text and no other encoding fits",
                       error=True)
            first = False
            continue
        line = line.strip().lstrip("\ufeff")
        if not line:
            continue
        if first and line.startswith("["):
            yield from _whole_rest(path, raw + stream.read(), encoding)
            return
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            if first and path.suffix.lower() == ".json":
                yield from _whole_rest(path, raw + stream.read(), encoding)
                return
            yield Skip(f"{origin}:{lineno}", f"malformed JSON: {e.msg} at column {e.colno}",
                       error=True)
            first = False
            continue
        first = False
        yield record_article(record, f"{origin}:{lineno}")


def _whole_rest(path: Path, data: bytes, encoding: str) -> Iterator[Article | Skip]:
    if len(data) > MAX_WHOLE_JSON:
        yield Skip(str(path), "JSON file too large to read whole; use JSON Lines", error=True)
        return
    yield from _whole(path, data, encoding)
