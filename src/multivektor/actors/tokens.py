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


def from_doc(doc: Any) -> list[Tok]:
    """Tokens of a spaCy Doc (parser and tagger attributes used when present)."""
    has_pos = doc.has_annotation("POS") if hasattr(doc, "has_annotation") else False
    has_dep = doc.has_annotation("DEP") if hasattr(doc, "has_annotation") else False
    has_sents = has_dep or (doc.has_annotation("SENT_START") if hasattr(doc, "has_annotation")
                            else False)
    toks: list[Tok] = []
    prev_text = ""
    for t in doc:
        space = t.is_space
        sent_start = bool(t.is_sent_start) if has_sents else (
            not prev_text or prev_text in ".!?" or "\n" in prev_text)
        toks.append(Tok(t.idx, t.idx + len(t.text), t.text, bool(t.whitespace_),
                        norm(t.text) if not space else "", space,
                        t.pos_ if has_pos else "", t.dep_ if has_dep else "",
                        t.head.i if has_dep else -1, sent_start))
        if not space:
            prev_text = t.text
        elif "\n" in t.text:
            prev_text = "\n"
    return toks
