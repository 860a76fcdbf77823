"""Article scope (political or not) and the context labels of an event (context.yaml,
domain.yaml)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter

from multivektor.events.lexicon import Lexicon

_WORD = re.compile(r"\w[\w-]*", re.UNICODE)
_PARA = re.compile(r"\n\s*\n")


def _stems_hit(ordered: list[str], prefixes: list[str]) -> int:
    """How many of ``prefixes`` (lower case) start some word of ``ordered`` (sorted)."""
    hits = 0
    for p in prefixes:
        k = bisect_left(ordered, p)
        if k < len(ordered) and ordered[k].startswith(p):
            hits += 1
    return hits


def is_political(title: str, text: str, lex: Lexicon, words: list[str] | None = None) -> bool:
    """False for sports, culture, weather and local crime news (domain.yaml word lists).
    ``words``: the text's distinct lower-case words, sorted, when already known."""
    if words is None:
        words = sorted(set(_WORD.findall(text.lower())))
    title_words = sorted(set(_WORD.findall((title or "").lower())))
    dom = lex.domain
    pol = _stems_hit(words, dom["political"]) + _stems_hit(title_words, dom["political"])
    best = 0
    for prefixes in dom["non_political"].values():
        n = _stems_hit(words, prefixes) + _stems_hit(title_words, prefixes)
        best = max(best, n)
    if pol == 0:
        return False
    return not (best >= 4 and best > 1.5 * pol)


class ContextFinder:
    """Context labels per paragraph of an article, with the article's labels as fallback."""

    def __init__(self, text: str, lex: Lexicon) -> None:
        self.lex = lex
        self.text = text
        self.starts: list[int] = [0]
        self.paras: list[str] = []
        pos = 0
        for m in _PARA.finditer(text):
            self.paras.append(text[pos:m.start()])
            pos = m.end()
            self.starts.append(pos)
        self.paras.append(text[pos:])
        #: each paragraph's lower-case words and how often they occur
        self._counts = [Counter(_WORD.findall(p.lower())) for p in self.paras]
        self._labels_of: dict[int, list[str]] = {}  # paragraph -> labels, computed when asked
        self._totals_of: dict[int, Counter[str]] = {}  # paragraph -> stem hits per label
        self._article: list[str] | None = None

    def words(self) -> list[str]:
        """The article's distinct lower-case words, sorted (for :func:`is_political`)."""
        return sorted(set().union(*self._counts))

    @property
    def article_labels(self) -> list[str]:
        if self._article is None:  # (the article's words are its paragraphs' words)
            totals: Counter[str] = Counter()
            for i in range(len(self.paras)):
                for label, n in self._totals(i).items():
                    totals[label] += n
            self._article = self._top(totals)
        return self._article

    def _paragraph_labels(self, i: int) -> list[str]:
        if i not in self._labels_of:
            self._labels_of[i] = self._top(self._totals(i))
        return self._labels_of[i]

    def _totals(self, i: int) -> Counter[str]:
        """Stem hits per context label in paragraph ``i``, each word counted as often as it
        occurs."""
        totals = self._totals_of.get(i)
        if totals is None:
            totals = self._totals_of[i] = Counter()
            hits_of = self.lex.context_hits
            for w, count in self._counts[i].items():
                hits = hits_of(w)
                if hits:  # (most words hold no stem)
                    for label, n in hits.items():
                        totals[label] += n * count
        return totals

    def _top(self, totals: Counter[str]) -> list[str]:
        """The two labels with most hits (ties in context.yaml's order)."""
        scores = {label: totals[label] for label in self.lex.contexts if totals[label]}
        return [k for k, _ in sorted(scores.items(), key=lambda kv: -kv[1])[:2]]

    def at(self, offset: int, default: str) -> list[str]:
        i = bisect_right(self.starts, offset) - 1
        labels = self._paragraph_labels(i) if 0 <= i < len(self.paras) else []
        labels = labels or self.article_labels[:1]
        if default not in labels:
            labels = labels if labels else [*labels, default]
        return labels or [default]
