"""Lookup keys: the same folding for knowledge-base aliases and for article text."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_KEEP = set("æøå")
_SPECIAL = {"ł": "l", "ð": "d", "þ": "th", "ı": "i", "ß": "ss", "đ": "d", "ŀ": "l",
            "ä": "æ", "ö": "ø", "’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'",
            "‐": "-", "‑": "-", "–": "-", "\u00a0": " ", "\u202f": " "}


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in _KEEP:
        return ch
    if ch in _SPECIAL:
        return _SPECIAL[ch]
    if ch.isascii():
        return ch
    return unicodedata.normalize("NFD", ch)[0]


@lru_cache(maxsize=200_000)
def norm(text: str) -> str:
    """Lower-case, fold diacritics (keeping æ ø å), unify apostrophes and dashes, and
    collapse whitespace: "Élysée-palasset" and "Elysee-palasset" get the same key."""
    low = text.lower()
    if low.isascii():
        return " ".join(low.split())
    return " ".join("".join(_fold_char(c) for c in low).split())
