"""WARC files (warcio): HTML responses go through the HTML reader."""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from pathlib import Path

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
        with path.open("rb") as f:
            for record in ArchiveIterator(f):
                records += 1
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                ctype = (record.http_headers.get_header("Content-Type") or "").lower()
                status = record.http_headers.get_statuscode()
                if not ctype.startswith(_HTML_TYPES) or status != "200":
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI")
                rid = record.rec_headers.get_header("WARC-Record-ID") or f"record{records}"
                body = record.content_stream().read()
                if record.raw_stream.limit:  # bytes promised by Content-Length are missing
                    raise EOFError(f"record {rid} is cut short")
                yield from read_html(body, origin=f"{origin}#{rid}", url=uri)
    except (ArchiveLoadFailed, EOFError, zlib.error, OSError, ValueError) as e:
        reason = f"truncated or corrupt WARC: {e or type(e).__name__} (after {records} records)"
        yield Skip(origin, reason, error=True)
