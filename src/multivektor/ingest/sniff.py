"""What a file holds (by content first, then by name) and how its text is encoded."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

#: Bytes looked at to decide.
SNIFF_BYTES = 64 * 1024

_GZIP = b"\x1f\x8b"
#: Legacy encodings Norwegian text comes in, tried before any other guess.
WESTERN = ("cp1252", "latin_1", "iso8859_15")
_FEED = re.compile(r"<(?:rss|feed|rdf:rdf)\b", re.IGNORECASE)
_HTML = re.compile(r"<(?:!doctype\s+html|html|head|body|article)\b", re.IGNORECASE)
_EXT = {
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
    ".warc": "warc", ".txt": "text", ".text": "text", ".md": "text",
}


@dataclass(frozen=True, slots=True)
class Sniffed:
    """``kind`` is text, jsonl, html, feed, warc, empty or binary."""

    kind: str
    encoding: str | None = None  # for text kinds: the encoding to decode with
    gzip: bool = False  # the file is gzip-compressed (not WARC: warcio handles that)


def _name_kind(path: Path) -> str | None:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    if ".warc" in suffixes or ".arc" in suffixes:
        return "warc"
    return _EXT.get(suffixes[-1]) if suffixes else None


def detect_encoding(data: bytes) -> str | None:
    """``utf-8`` if the bytes are UTF-8 (a cut last character allowed), else the encoding
    charset-normalizer finds, else None (binary or unknown)."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if b"\x00" in data:
        return None
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as e:
        if e.start >= len(data) - 3 and e.reason.startswith("unexpected end"):
            return "utf-8"
    from charset_normalizer import from_bytes

    # Norwegian text that is not UTF-8 is almost always Windows-1252 or Latin-1/9; ask for
    # those first, as the open guess may take æøå for Central European letters.
    best = from_bytes(data, cp_isolation=list(WESTERN)).best() or from_bytes(data).best()
    return best.encoding if best is not None else None


def sniff(path: Path, head: bytes) -> Sniffed:
    """Decide what ``head`` (the first bytes of ``path``, decompressed) holds."""
    by_name = _name_kind(path)
    if not head.strip():
        return Sniffed("empty")
    if head.lstrip().startswith((b"WARC/", b"filedesc://")) or by_name == "warc":
        return Sniffed("warc")
    encoding = detect_encoding(head)
    if encoding is None:
        return Sniffed("binary")
    text = head.decode(encoding, errors="replace").lstrip("\ufeff \t\r\n")
    start = text[:4096]
    if start.startswith(("{", "[")):
        return Sniffed("jsonl", encoding)
    if start.startswith("<"):
        if _FEED.search(start):
            return Sniffed("feed", encoding)
        if _HTML.search(start):
            return Sniffed("html", encoding)
        if by_name in ("html", "feed"):
            return Sniffed(by_name, encoding)
        return Sniffed("html", encoding)
    if by_name == "jsonl":  # a .jsonl that does not start with "{": report its lines
        return Sniffed("jsonl", encoding)
    return Sniffed("text", encoding)


def is_gzip(head: bytes) -> bool:
    return head.startswith(_GZIP)
