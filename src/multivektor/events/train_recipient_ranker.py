"""Train the implicit-recipient ranker (``recipient_ranker``) on gold event sets.

``python -m multivektor.events.train_recipient_ranker --train GOLD... [--eval GOLD...] [--cv]``

Every gold file is extracted with the current coder; each time the coder ranks the candidates
for a recipient the sentence leaves implicit, the ranking is labelled with the recipients of
the gold events of the same category and actor in that sentence (rankings with no such gold
recipient among the candidates are left out). The weights maximise the likelihood of the gold
recipient under a softmax over each ranking's candidates (a conditional logit, L2-penalised,
fitted by full-batch gradient descent from zero: the same data gives the same weights). They
are written to ``lexicon/implicit_recipient.tsv``; the accuracy of the top candidate is
reported for the new weights and for salience alone, on the training and on the evaluation
sets.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from multivektor.events import recipient_ranker as ranker
from multivektor.events.evaluate import gold_codes

#: Fitting settings (fixed in advance, not tuned on any evaluation set).
L2 = 0.01
RATE = 0.5
STEPS = 4000


@dataclass(slots=True)
class Example:
    """One labelled ranking: the candidates' features and which are gold recipients."""

    features: np.ndarray  # candidates x features
    gold: np.ndarray  # 1.0 for a gold recipient
    salient: int  # the candidate salience alone would choose


def _gold_recipients(choice: ranker.Choice, article: dict) -> set[str]:
    """Recipients of the gold events of ``choice``'s category and actor whose evidence
    overlaps its sentence."""
    text = article.get("text", "")
    out: set[str] = set()
    for ev in article.get("events", []):
        if ev.get("negated") or str(ev.get("event", "")).upper() != choice.event:
            continue
        actors, recips = gold_codes(ev.get("actor")), gold_codes(ev.get("recipient"))
        symmetric = choice.event == "CONSULT" or (len(actors) >= 2 and not recips)
        if not actors & choice.actors:
            continue
        evidence = ev.get("evidence") or ""
        at = text.find(evidence[:50]) if evidence else -1
        if at < 0 or not (at < choice.end and choice.start < at + len(evidence)):
            continue
        out |= (actors | recips) - choice.actors if symmetric else recips
    return out


def collect(paths: Iterable[Path]) -> list[Example]:
    """Labelled rankings from extracting the gold files in ``paths``."""
    return [ex for path in paths for ex in _collect_file(path)]


def _collect_file(path: Path) -> list[Example]:
    from multivektor.ingest.inputs import read_inputs
    from multivektor.model import Article
    from multivektor.pipeline import Pipeline

    examples: list[Example] = []
    gold = _read_gold(path)
    articles = [a for a in read_inputs([path]) if isinstance(a, Article)]
    print(f"extracting {path} ({len(articles)} articles)", file=sys.stderr, flush=True)
    with ranker.recording() as choices:
        for _ in Pipeline(stages=("nlp", "actors", "events")).process_stream(articles):
            pass
    for choice in choices:
        wanted = _gold_recipients(choice, gold.get(choice.article, {}))
        codes = list(choice.candidates)
        labels = np.array([c in wanted for c in codes], dtype=float)
        if not labels.any():
            continue
        salience = [v[ranker.SALIENCE] for v in choice.candidates.values()]
        examples.append(Example(np.array([choice.candidates[c] for c in codes]), labels,
                                int(np.argmax(salience))))
    return examples


def set_name(path: Path) -> str:
    """The evaluation set a gold file belongs to: its directory (``owndev2/part-c.jsonl``),
    or the file itself when it is one set (``dev.jsonl``, ``heldout/heldout.jsonl``)."""
    parts = sorted(path.parent.glob("*.jsonl"))
    return path.parent.name if len(parts) > 1 and path.name.startswith("part-") else path.stem


def cross_validate(by_set: dict[str, list[Example]]) -> tuple[float, float, int]:
    """Leave one set out at a time: the share of the held-out rankings whose top candidate
    is a gold recipient, with weights fitted on the other sets, and with salience alone."""
    ranked = salient = total = 0
    for name, held in by_set.items():
        rest = [ex for other, exs in by_set.items() if other != name for ex in exs]
        if not held or not rest:
            continue
        w = fit(rest)
        r, s = accuracy(held, w)
        ranked, salient, total = ranked + r * len(held), salient + s * len(held), total + len(held)
    return (ranked / total, salient / total, total) if total else (0.0, 0.0, 0)


def _read_gold(path: Path) -> dict[str, dict]:
    """The gold articles of a JSON Lines file by id; ValueError names a bad line."""
    out: dict[str, dict] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            raise ValueError(f"{path}:{n}: not JSON ({e.msg})") from None
        if not isinstance(row, dict) or not isinstance(row.get("id"), str):
            raise ValueError(f"{path}:{n}: a gold article needs a string 'id'")
        out[row["id"]] = row
    return out


def fit(examples: Sequence[Example], l2: float = L2, rate: float = RATE,
        steps: int = STEPS) -> np.ndarray:
    """Weights maximising the penalised likelihood of the gold candidates. All rankings'
    candidates are stacked in one matrix; each step takes the softmax within every ranking
    (``reduceat`` over the rankings' first rows)."""
    x = np.vstack([ex.features for ex in examples])
    target = np.concatenate([ex.gold / ex.gold.sum() for ex in examples])
    sizes = np.array([len(ex.gold) for ex in examples])
    firsts = np.concatenate(([0], np.cumsum(sizes)[:-1]))
    w = np.zeros(len(ranker.FEATURES))
    for _ in range(steps):
        s = x @ w
        p = np.exp(s - np.repeat(np.maximum.reduceat(s, firsts), sizes))
        p /= np.repeat(np.add.reduceat(p, firsts), sizes)
        w -= rate * (l2 * w + x.T @ (p - target) / len(examples))
    return w


def accuracy(examples: Sequence[Example], w: np.ndarray) -> tuple[float, float]:
    """Share of rankings whose top candidate is a gold recipient: with ``w``, and with
    salience alone."""
    if not examples:
        return 0.0, 0.0
    ranked = sum(ex.gold[int(np.argmax(ex.features @ w))] > 0 for ex in examples)
    salient = sum(ex.gold[ex.salient] > 0 for ex in examples)
    return ranked / len(examples), salient / len(examples)


def write(w: np.ndarray, sources: Sequence[Path], path: Path = ranker.WEIGHTS_PATH) -> None:
    lines = ["# Weights of the implicit-recipient ranker (recipient_ranker.py). Written by",
             "# `python -m multivektor.events.train_recipient_ranker`; retrain rather than edit.",
             "# Trained on: " + ", ".join(dict.fromkeys(map(set_name, sources))),
             "feature\tweight"]
    lines += [f"{f}\t{x:.3f}" for f, x in zip(ranker.FEATURES, w, strict=True)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--train", nargs="+", type=Path, required=True, help="gold JSONL files")
    ap.add_argument("--eval", nargs="*", type=Path, default=[], help="gold JSONL files only "
                    "scored (never trained on)")
    ap.add_argument("--out", type=Path, default=ranker.WEIGHTS_PATH)
    ap.add_argument("--dry-run", action="store_true", help="report without writing")
    ap.add_argument("--cv", action="store_true", help="also report leave-one-set-out "
                    "cross-validation over the training sets")
    args = ap.parse_args(argv)
    missing = [p for p in args.train + args.eval if not p.is_file()]
    if missing:
        print(f"no such file: {', '.join(map(str, missing))}", file=sys.stderr)
        return 2
    by_set: dict[str, list[Example]] = {}
    try:
        for path in args.train:
            by_set.setdefault(set_name(path), []).extend(_collect_file(path))
        test = collect(args.eval) if args.eval else []
    except (ValueError, UnicodeDecodeError) as e:
        print(f"cannot read the gold files: {e}", file=sys.stderr)
        return 2
    train = [ex for exs in by_set.values() for ex in exs]
    if not train:
        print("no labelled rankings in the training files", file=sys.stderr)
        return 1
    w = fit(train)
    print("weights: " + ", ".join(f"{f}={x:.3f}" for f, x in zip(ranker.FEATURES, w,
                                                                   strict=True)))
    ranked, salient = accuracy(train, w)
    print(f"train: {len(train)} rankings, top candidate right {ranked:.3f} "
          f"(salience alone {salient:.3f})")
    if args.cv:
        ranked, salient, n = cross_validate(by_set)
        print(f"cross-validation over {len(by_set)} sets ({', '.join(by_set)}): "
              f"{n} rankings, top candidate right {ranked:.3f} (salience alone {salient:.3f})")
    if args.eval:
        ranked, salient = accuracy(test, w)
        print(f"eval:  {len(test)} rankings, top candidate right {ranked:.3f} "
              f"(salience alone {salient:.3f})")
    if not args.dry_run:
        write(w, args.train, args.out)
        print(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
