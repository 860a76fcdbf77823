"""Paragraphs, sentences and word tokens of an article text, all with character offsets.

The quote finder works on the text itself so that it does not depend on a parser; these
helpers are deliberately simple and fast.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from multivektor.quotes import lexicon

#: Abbreviations after which a full stop does not end a sentence (lowercase, without the dot).
ABBREVIATIONS = lexicon.words("abbreviations")

_WORD = re.compile(r"[^\W\d_]\.(?=\s+[^\W\d_])|\w[\w'’]*(?:-\w[\w'’]*)*|\S", re.UNICODE)
_SENT_END = re.compile(r"[.!?…]+[»”\"')]*(?=\s+[\"«“(–—A-ZÆØÅÄÖÜÉÈÀÁÍÓÚ0-9]|\s*$)")


@dataclass(frozen=True, slots=True)
class Tok:
    """A word or punctuation token."""

    text: str
    start: int
    end: int

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()

    @property
    def cap(self) -> bool:
        return self.text[:1].isupper()


@lru_cache(maxsize=8)
def paragraphs(text: str) -> tuple[tuple[int, int], ...]:
    """Paragraph spans: blocks separated by blank lines; single lines inside a block too."""
    spans = []
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
    return tuple(spans)


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Tok]:
    """Word and punctuation tokens of ``text[start:end]`` with absolute offsets."""
    end = len(text) if end is None else end
    return [Tok(m.group(), m.start() + start, m.end() + start)
            for m in _WORD.finditer(text[start:end])]


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside one paragraph ``text[start:end]``."""
    out = []
    s = start
    chunk = text[start:end]
    for m in _SENT_END.finditer(chunk):
        e = m.end() + start
        before = re.search(r"([\w.]+)[.]+$", text[s:m.start() + start + 1])
        if m.group().startswith(".") and before:
            w = before.group(1).lower().rstrip(".")
            if w in ABBREVIATIONS or (len(w) == 1 and w.isalpha()):
                continue
        if e > s:
            out.append((s, e))
        s = e
        while s < end and text[s].isspace():
            s += 1
    if s < end:
        out.append((s, end))
    return out


def sentence_index(text: str) -> list[tuple[int, int]]:
    """All sentence spans of the text, paragraph by paragraph."""
    out = []
    for ps, pe in paragraphs(text):
        out.extend(sentences(text, ps, pe))
    return out


class SpanSet:
    """Membership of a position in any of a set of [start, end) spans, in O(log n)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self.starts = [s for s, _ in spans]
        self.max_end = []
        best = -1
        for _, e in spans:
            best = max(best, e)
            self.max_end.append(best)

    def __contains__(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and self.max_end[i] > pos
