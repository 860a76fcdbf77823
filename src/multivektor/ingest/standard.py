"""Written standard detection: Bokmål (``nb``), Nynorsk (``nn``) or another language.

Two signals are combined:

1. py3langid (a character n-gram model, no downloads) says which language family a text is
   in and gives a weak vote between ``no`` (Bokmål), ``nn``, ``da`` and ``sv``;
2. ``markers.tsv``, a hand-written list of word forms and endings typical of one or more of
   nb/nn/da/sv, gives the strong vote inside the Scandinavian family: each word of the text
   that is listed is evidence for the standards it lists against those it does not.

Texts too short to tell (a few words, no marker) default to Bokmål.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

MARKERS_FILE = Path(__file__).with_name("markers.tsv")

#: Standards the marker list distinguishes.
SCANDINAVIAN = ("nb", "nn", "da", "sv")
#: py3langid label -> our code.
_LID_CODES = {"no": "nb", "nn": "nn", "da": "da", "sv": "sv"}
#: Default when the text is too short to tell.
DEFAULT = "nb"
#: At most this many characters are looked at (speed; a news text decides long before).
SAMPLE_CHARS = 3000
#: Characters given to py3langid (its pure-Python tokenizer is the slow part).
LID_CHARS = 1200
#: Fewer words than this: too short to reject as another language.
MIN_WORDS = 8
#: A text is only called Danish or Swedish on at least this many of their marker words.
MIN_FOREIGN_MARKERS = 2
#: Weight of py3langid's (restricted, normalised) vote against one marker word.
LID_WEIGHT = 2.0
#: Minimum suffix-rule word length.
SUFFIX_MIN_LEN = 6

_TOKEN = re.compile(r"\S+")
_ALPHA = re.compile(r"[^\W\d_]")
_STRIP = "\"'«»“”‘’()[]{}.,:;!?–—-…*/"


@dataclass(frozen=True, slots=True)
class Detection:
    """The outcome of :func:`detect`: a language code and a short account of why."""

    lang: str
    reason: str

    @property
    def norwegian(self) -> bool:
        return self.lang in ("nb", "nn")


@cache
def _markers() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """Word forms and word endings (without the dash), each with its standards."""
    words: dict[str, frozenset[str]] = {}
    suffixes: dict[str, frozenset[str]] = {}
    for line in MARKERS_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("form\t"):
            continue
        form, standards, *_ = line.split("\t")
        langs = frozenset(s.strip() for s in standards.split(","))
        if not langs <= set(SCANDINAVIAN):
            raise ValueError(f"{MARKERS_FILE.name}: unknown standard in {line!r}")
        if form.startswith("-"):
            suffixes[form[1:]] = langs
        else:
            words[form] = langs
    return words, suffixes


@cache
def _suffix_lengths() -> tuple[int, ...]:
    return tuple(sorted({len(s) for s in _markers()[1]}, reverse=True))  # longest first


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _tokens(text: str) -> list[str]:
    return [t for t in (w.strip(_STRIP) for w in _TOKEN.findall(text)) if t]


def _evidence(tokens: list[str]) -> Counter[frozenset[str]]:
    """How many tokens carry each set of marker standards (whole word, else ending)."""
    words, suffixes = _markers()
    lengths = _suffix_lengths()
    found: Counter[frozenset[str]] = Counter()
    for token in tokens:
        low = token.lower()
        langs = words.get(low)
        if langs is None and token == low and len(low) >= SUFFIX_MIN_LEN:
            for n in lengths:
                if (langs := suffixes.get(low[-n:])) is not None:
                    break
        if langs is not None:
            found[langs] += 1
    return found


def _against(evidence: Counter[frozenset[str]], a: set[str], b: set[str]) -> int:
    """How many tokens are evidence for group ``a`` against group ``b``."""
    return sum(n for langs, n in evidence.items() if langs & a and not langs & b)


def language_name(code: str) -> str:
    """English name of a language code ("sv" -> "Swedish"), or the code itself."""
    try:
        from babel import Locale

        return Locale("en").languages.get(code, code)
    except Exception:  # a name is a nicety
        return code


def detect(text: str) -> Detection:
    """Detect the written standard of ``text``: ``nb``, ``nn`` or another language code."""
    sample = text[:SAMPLE_CHARS]
    tokens = _tokens(sample)
    words = [t for t in tokens if _ALPHA.search(t)]
    if not words:
        return Detection(DEFAULT, "no words; default Bokmål")
    evidence = _evidence(words)
    nor = {"nb", "nn"}

    ranked = _identifier().rank(sample[:LID_CHARS])
    top, p_top = ranked[0]
    if top not in _LID_CODES:
        nordic = sum(n for langs, n in evidence.items() if langs & nor) / len(words)
        threshold = 0.5 if len(words) >= 20 else 0.9
        if len(words) >= MIN_WORDS and p_top >= threshold and nordic < 0.08:
            return Detection(top, f"py3langid: {language_name(top)} ({p_top:.2f})")

    probs = {_LID_CODES[k]: p for k, p in ranked if k in _LID_CODES}
    total = sum(probs.values()) or 1.0
    lid = {k: probs.get(k, 0.0) / total for k in SCANDINAVIAN}
    lid_nor = lid["nb"] + lid["nn"]

    def margin(a: set[str], b: set[str]) -> float:
        pa = sum(lid[x] for x in a)
        pb = sum(lid[x] for x in b)
        return _against(evidence, a, b) - _against(evidence, b, a) + LID_WEIGHT * (pa - pb)

    if not evidence and len(words) < MIN_WORDS:
        return Detection(DEFAULT, "too short to tell; default Bokmål")
    if len(words) >= MIN_WORDS or lid_nor < 0.5:
        for other in ("da", "sv"):
            hits = _against(evidence, {other}, nor)
            if (hits >= MIN_FOREIGN_MARKERS and margin({other}, nor) > 0
                    and margin({other}, {"da", "sv"} - {other}) > 0):
                return Detection(other, f"{language_name(other)} markers ({hits} words)")
    m = margin({"nn"}, {"nb"})
    if m > 0:
        return Detection("nn", f"Nynorsk (margin {m:.1f})")
    return Detection("nb", f"Bokmål (margin {-m:.1f})")
