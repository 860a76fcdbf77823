"""A light token view shared by spaCy docs and plain strings.

The matcher only needs offsets, the text, whether whitespace follows, and — when a trained
pipeline ran — the part of speech, dependency label, head and entity label. A plain string
(``resolve("Kasakhstans president")``) is tokenised with a regular expression instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from multivektor.actors.normalize import norm

_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*'?|\S")


@dataclass(slots=True)
class Tok:
    start: int
    end: int
    text: str
    ws: bool  # whitespace follows
    key: str  # normalised text
    space: bool = False  # a whitespace-only token (line breaks)
    pos: str = ""
    dep: str = ""
    head: int = -1
    sent_start: bool = False


def from_text(text: str) -> list[Tok]:
    """Tokens of a plain string."""
    toks: list[Tok] = []
    for m in _TOKEN.finditer(text):
        s, e = m.span()
        ws = e < len(text) and text[e].isspace()
        toks.append(Tok(s, e, m.group(), ws, norm(m.group())))
        if toks and len(toks) > 1 and (toks[-2].text in ".!?" or "\n" in text[toks[-2].end:s]):
            toks[-1].sent_start = True
    if toks:
        toks[0].sent_start = True
    return toks


def from_doc(doc: Any, text: str | None = None) -> list[Tok]:
    """Tokens of a spaCy Doc (parser and tagger attributes used when present); ``text`` is
    ``doc.text`` when the caller has it (spaCy rebuilds it on every access)."""
    has_pos = doc.has_annotation("POS") if hasattr(doc, "has_annotation") else False
    has_dep = doc.has_annotation("DEP") if hasattr(doc, "has_annotation") else False
    has_sents = has_dep or (doc.has_annotation("SENT_START") if hasattr(doc, "has_annotation")
                            else False)
    # read as arrays: a loop over spaCy tokens builds a Python object (and its head's) per token
    from spacy.attrs import DEP, HEAD, IDX, IS_SPACE, LENGTH, POS, SENT_START, SPACY

    rows = doc.to_array([IDX, LENGTH, SPACY, IS_SPACE, POS, DEP, HEAD, SENT_START]).tolist()
    strings, text = doc.vocab.strings, doc.text if text is None else text
    toks: list[Tok] = []
    prev_text = ""
    for i, (idx, length, ws, is_space, pos, dep, head, start) in enumerate(rows):
        word = text[idx:idx + length]
        space = bool(is_space)
        sent_start = start == 1 if has_sents else (
            not prev_text or prev_text in ".!?" or "\n" in prev_text)
        toks.append(Tok(idx, idx + length, word, bool(ws), norm(word) if not space else "",
                        space, strings[pos] if has_pos else "", strings[dep] if has_dep else "",
                        i + _signed(head) if has_dep else -1, sent_start))
        if not space:
            prev_text = word
        elif "\n" in word:
            prev_text = "\n"
    return toks


def _signed(value: int) -> int:
    """A relative head offset from ``Doc.to_array`` (stored as an unsigned 64-bit integer)."""
    return value - (1 << 64) if value >= 1 << 63 else value
