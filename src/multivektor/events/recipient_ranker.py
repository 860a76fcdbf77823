"""Which of the article's other actors a sentence that names no recipient is aimed at.

Each candidate (a coded party of the article that is not the event's actor) gets a score, a
weighted sum of five features; the best is the implicit recipient. The weights are trained on
the gold recipients of the development sets (``train_recipient_ranker``) and kept in
``lexicon/implicit_recipient.tsv``, where a reader sees what counts and how much.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from operator import mul
from pathlib import Path

WEIGHTS_PATH = Path(__file__).with_name("lexicon") / "implicit_recipient.tsv"

#: The features, in the order of the feature vectors.
FEATURES = ("salience", "paragraph", "sentence", "distance", "before")
SALIENCE = FEATURES.index("salience")


@dataclass(slots=True)
class Choice:
    """One ranking made while coding: what the trainer learns from."""

    article: str
    start: int  # the sentence's character offsets
    end: int
    event: str
    actors: frozenset[str]
    candidates: dict[str, list[float]]  # code -> feature vector


_recorded: list[Choice] | None = None


@contextmanager
def recording() -> Iterator[list[Choice]]:
    """Collect every ranking made inside the block (for training; one thread: the trainer's)."""
    global _recorded
    _recorded, outer = [], _recorded
    try:
        yield _recorded
    finally:
        _recorded = outer


def is_recording() -> bool:
    """Whether a ``recording`` block is open."""
    return _recorded is not None


def record(choice: Choice) -> None:
    """Keep ``choice`` when a ``recording`` block is open."""
    if _recorded is not None:
        _recorded.append(choice)


def features(code: str, salience: Mapping[str, float], top: float, paragraph: set[str],
             positions: Sequence[int], start: int, end: int) -> list[float]:
    """The feature vector of candidate ``code`` for the sentence at ``start``–``end``:

    - ``salience``: its article salience (with the paragraph bonus) relative to the best
      candidate's;
    - ``paragraph``: 1 when the sentence's paragraph names it;
    - ``sentence``: 1 when the sentence itself names it (as a place or an uncoded argument);
    - ``distance``: log(1 + characters since its last mention before the sentence / 100);
    - ``before``: 1 when the article names it before the sentence.

    ``positions`` are the sorted start offsets of its mentions.
    """
    k = bisect_left(positions, start)
    before = k > 0
    gap = math.log1p((start - positions[k - 1]) / 100) if before else 0.0
    in_sentence = k < len(positions) and positions[k] < end
    return [salience.get(code, 0.0) / top if top > 0 else 0.0, float(code in paragraph),
            float(in_sentence), gap, float(before)]


@cache
def weights(path: Path = WEIGHTS_PATH) -> tuple[float, ...]:
    """The trained weights, in the order of ``FEATURES``."""
    found: dict[str, float] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        name, _, value = line.partition("\t")
        if name == "feature":  # the header
            continue
        try:
            found[name] = float(value.split("\t")[0])
        except ValueError:
            raise ValueError(f"{path}:{n}: '{line}' is not a feature, a tab and a number"
                             ) from None
    missing = [f for f in FEATURES if f not in found]
    if missing:
        raise ValueError(f"{path}: no weight for {', '.join(missing)}")
    return tuple(found[f] for f in FEATURES)


@cache
def headroom(w: tuple[float, ...]) -> float | None:
    """The most the features other than salience can add to a score (their features are
    0/1, and the distance only subtracts while its weight is negative); None when unbounded
    or when salience does not count for a candidate (a less salient one could then win)."""
    if w[FEATURES.index("distance")] > 0 or w[SALIENCE] < 0:
        return None
    return sum(max(x, 0.0) for f, x in zip(FEATURES, w, strict=True)
               if f not in ("salience", "distance"))


def score(vector: Sequence[float], w: Sequence[float] | None = None) -> float:
    """The candidate's score: the weighted sum of its features."""
    return sum(map(mul, vector, w or weights()))


def choose(ranked: Sequence[tuple[float, str]], vector_of: Callable[[str], list[float]],
           w: tuple[float, ...] | None = None, every: bool = False
           ) -> tuple[str, dict[str, list[float]], list[tuple[str, float]]]:
    """The best-scored code among ``ranked`` (salience, code) pairs, not empty and sorted by
    falling salience; the feature vectors computed; and the scores, best first. Candidates
    whose salience leaves them unable to catch up with the best so far are not scored, unless
    ``every``."""
    w = w or weights()
    room = None if every else headroom(w)
    top = ranked[0][0]
    vectors: dict[str, list[float]] = {}
    scored: list[tuple[float, float, str]] = []
    best = -math.inf
    for sal, code in ranked:
        if room is not None and top > 0 and w[SALIENCE] * sal / top + room < best:
            break
        v = vectors[code] = vector_of(code)
        scored.append((score(v, w), sal, code))
        best = max(best, scored[-1][0])
    scored.sort(reverse=True)
    return scored[0][2], vectors, [(c, x) for x, _, c in scored]
