"""Speed of the full nb/nn pipeline on raw text, one core.

Usage: .venv/bin/python benchmarks/nlp_speed.py --data ../shared/data/norne --lang nb [--model DIR]

The text is the test split's documents, detokenised by rule (read at run time, not stored).
Words are non-space tokens of the model's own tokenisation. Best of three passes.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"

import argparse  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import spacy  # noqa: E402

from multivektor.nlp import load  # noqa: E402
from multivektor.nlp.convert import docs_from_file  # noqa: E402
from multivektor.nlp.train import treebank_dir  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--lang", choices=["nb", "nn"], required=True)
    parser.add_argument("--model", type=Path, default=None)
    parser.add_argument("--split", default="test")
    args = parser.parse_args()
    nlp = spacy.load(args.model) if args.model else load(args.lang)
    conll = treebank_dir(args.data, args.lang) / f"{args.split}.conll"
    texts = [d.text for d in docs_from_file(nlp.vocab, conll, None)]
    list(nlp.pipe(texts[:2]))  # warm up
    best = 0.0
    for _ in range(3):
        start = time.perf_counter()
        words = sum(1 for doc in nlp.pipe(texts, batch_size=32) for t in doc if not t.is_space)
        best = max(best, words / (time.perf_counter() - start))
    print(f"{args.lang}: {words} words, {len(texts)} documents, {best:,.0f} words/s (one core)")


if __name__ == "__main__":
    main()
