"""Walk input paths and send each file to the reader its content calls for."""

from __future__ import annotations

import gzip
import os
import zlib
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import BinaryIO

from multivektor.ingest.build import make_article
from multivektor.ingest.feed import read_feed
from multivektor.ingest.html import read_html
from multivektor.ingest.jsonl import read_jsonl
from multivektor.ingest.sniff import SNIFF_BYTES, detect_encoding, is_gzip, sniff
from multivektor.ingest.warc import read_warc
from multivektor.model import Article, Skip

#: Largest single-document file (text, HTML, feed) read whole.
MAX_DOCUMENT_BYTES = 64 * 1024 * 1024
#: Directories with more entries than this are streamed in file-system order, not sorted.
SORT_LIMIT = 100_000


def read_inputs(paths: Iterable[str | Path]) -> Iterator[Article | Skip]:
    """Articles from files and directories (recursively), with a Skip for each input that
    yields none. Never raises for a bad input; streams, so memory stays flat."""
    for item in walk_files(paths):
        if isinstance(item, Skip):
            yield item
        else:
            yield from read_file(item)


def walk_files(paths: Iterable[str | Path]) -> Iterator[Path | Skip]:
    """The files named by ``paths``, directories walked recursively (hidden entries left
    out, symbolic links to directories not followed), and a Skip for what cannot be read."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            yield from _walk_dir(path)
        elif path.exists():
            yield path
        else:
            yield Skip(str(path), "no such file or directory", error=True)


def _entries(path: Path) -> Iterator[os.DirEntry[str]]:
    """Directory entries sorted by name; a huge directory streams unsorted."""
    with os.scandir(path) as it:
        first = list(islice(it, SORT_LIMIT + 1))
        if len(first) <= SORT_LIMIT:
            yield from sorted(first, key=lambda e: e.name)
            return
        yield from first
        yield from it


def _walk_dir(path: Path) -> Iterator[Path | Skip]:
    try:
        for entry in _entries(path):
            if entry.name.startswith("."):
                continue
            try:
                is_dir = entry.is_dir(follow_symlinks=False)
                linked_dir = not is_dir and entry.is_symlink() and entry.is_dir()
            except OSError:
                is_dir = linked_dir = False
            if linked_dir:  # not followed: links can loop
                yield Skip(entry.path, "symbolic link to a directory, not followed")
            elif is_dir:
                yield from _walk_dir(Path(entry.path))
            else:
                yield Path(entry.path)
    except OSError as e:
        yield Skip(str(path), f"cannot read directory: {e.strerror or e}", error=True)


def read_file(path: Path) -> Iterator[Article | Skip]:
    """Articles of one file, whatever it holds; failures become a Skip."""
    origin = str(path)
    done = 0
    try:
        for item in _dispatch(path):
            done += 1
            yield item
    except Exception as e:  # never let one bad input stop the run
        where = f" (after {done} items)" if done else ""
        yield Skip(origin, f"unreadable: {type(e).__name__}: {e}{where}", error=True)


def _open(path: Path, compressed: bool) -> BinaryIO:
    return gzip.open(path, "rb") if compressed else path.open("rb")


def _dispatch(path: Path) -> Iterator[Article | Skip]:
    origin = str(path)
    if not path.is_file():
        yield Skip(origin, "not a regular file", error=True)
        return
    with path.open("rb") as f:
        head = f.read(SNIFF_BYTES)
    compressed = is_gzip(head)
    if compressed:
        try:
            with gzip.open(path, "rb") as f:
                head = f.read(SNIFF_BYTES)
        except (OSError, EOFError, zlib.error) as e:
            if not _is_warc_name(path):  # a cut-off .warc.gz is reported by the WARC reader
                yield Skip(origin, f"corrupt gzip file: {e}", error=True)
                return
            head = b"WARC/"
    kind = sniff(path, head)

    if kind.kind == "empty":
        yield Skip(origin, "empty file", error=True)
    elif kind.kind == "binary":
        yield Skip(origin, "binary file or unknown text encoding (not text, HTML, a feed, "
                           "JSON Lines or WARC)", error=True)
    elif kind.kind == "warc":
        yield from read_warc(path)
    elif kind.kind == "jsonl":
        with _open(path, compressed) as f:
            yield from read_jsonl(path, f, kind.encoding or "utf-8")
    else:
        data = _read_whole(path, compressed)
        if data is None:
            yield Skip(origin, f"file larger than {MAX_DOCUMENT_BYTES // 2**20} MB", error=True)
        elif kind.kind == "feed":
            yield from read_feed(data, origin=origin)
        else:
            text = _decode(data, kind.encoding or "utf-8")
            if text is None:
                yield Skip(origin, "not text: no encoding fits the whole file", error=True)
                return
            if kind.kind == "html":
                yield from read_html(text, origin=origin)
            else:
                yield make_article(text, origin=origin, empty_is_error=True)


def _decode(data: bytes, encoding: str) -> str | None:
    """The whole file in the encoding sniffed from its head, else in one detected anew."""
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        pass
    found = detect_encoding(data)
    return data.decode(found, errors="replace") if found else None


def _is_warc_name(path: Path) -> bool:
    return any(s.lower() in (".warc", ".arc") for s in path.suffixes)


def _read_whole(path: Path, compressed: bool) -> bytes | None:
    with _open(path, compressed) as f:
        data = f.read(MAX_DOCUMENT_BYTES + 1)
    return None if len(data) > MAX_DOCUMENT_BYTES else data
