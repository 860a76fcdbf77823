"""WARC files (warcio): HTML responses go through the HTML reader."""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from multivektor.ingest.html import read_html
from multivektor.model import Article, Skip

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(path: Path) -> Iterator[Article | Skip]:
    """Articles of the HTML responses in a (possibly gzipped) WARC file.

    A truncated or corrupt file yields what could be read, then a Skip with the reason.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    origin = str(path)
    records = 0
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            archive = ArchiveIterator(f)
            for record in archive:
                records += 1
                if record.rec_type is None:
                    raise ValueError("not a WARC record")
                yield from _record_articles(record, origin, records)
                while record.raw_stream.read(1 << 16):  # the rest of a record we skipped
                    pass
                if record.raw_stream.limit:  # bytes promised by Content-Length are missing
                    raise EOFError(f"record {records} is cut short")
            if not records:
                yield Skip(origin, "no WARC records", error=True)
                return
            end = archive.get_record_offset() + (archive.get_record_length() or 0)
            f.seek(end)
            if f.read(1 << 16).strip():
                raise EOFError(f"{size - end} bytes after the last complete record")
    except (ArchiveLoadFailed, EOFError, zlib.error, OSError, ValueError) as e:
        reason = f"truncated or corrupt WARC: {e or type(e).__name__} (after {records} records)"
        yield Skip(origin, reason, error=True)


def _record_articles(record: Any, origin: str, number: int) -> Iterator[Article | Skip]:
    if record.rec_type != "response" or record.http_headers is None:
        return
    ctype = (record.http_headers.get_header("Content-Type") or "").lower()
    status = record.http_headers.get_statuscode()
    if not ctype.startswith(_HTML_TYPES) or status != "200":
        return
    uri = record.rec_headers.get_header("WARC-Target-URI")
    rid = record.rec_headers.get_header("WARC-Record-ID") or f"record{number}"
    body = record.content_stream().read()
    if record.raw_stream.limit:  # bytes promised by Content-Length are missing
        raise EOFError(f"record {number} is cut short")
    yield from read_html(body, origin=f"{origin}#{rid}", url=uri)
