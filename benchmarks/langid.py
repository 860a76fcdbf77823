"""Measure Bokmål/Nynorsk detection on the NorNE documents and write ``langid.md``.

Usage: ``python benchmarks/langid.py [--norne DIR] [--out benchmarks/langid.md]``

A document is one row of NorNE's ``manifest.tsv`` (a run of up to 100 sentences of one source
text); its tokens are joined with spaces (``|`` paragraph marks become blank lines). The
headline figure is document accuracy on the test split (nob vs nno); dev/train documents and
single sentences are reported too, as harder or larger checks.
"""

from __future__ import annotations

import argparse
import csv
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from multivektor.ingest.standard import detect

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_NORNE = ROOT.parent / "shared" / "data" / "norne"
GOLD = {"nob": "nb", "nno": "nn"}


def sentences(conll: Path) -> Iterator[list[str]]:
    """Token forms of each sentence of an NDT-format file."""
    tokens: list[str] = []
    with conll.open(encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if tokens:
                    yield tokens
                tokens = []
                continue
            tokens.append(line.split("\t")[1])
    if tokens:
        yield tokens


def detok(tokens: list[str]) -> str:
    return " ".join(tokens).replace(" | ", "\n\n").removesuffix(" |").removesuffix("|").strip()


def documents(norne: Path, folder: str, split: str) -> Iterator[tuple[str, str, list[str]]]:
    """(document name, text, sentence texts) per manifest row of ``split``."""
    sents = [detok(s) for s in sentences(norne / folder / f"{split}.conll")]
    with (norne / folder / "manifest.tsv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if row["split"] != split:
                continue
            first, n = int(row["first_sent_idx"]), int(row["n_sents"])
            doc = [s for s in sents[first:first + n] if s]
            yield row["file"], "\n".join(doc), doc


def evaluate(norne: Path, split: str, with_sentences: bool) -> dict[str, object]:
    docs_total = docs_right = sents_total = sents_right = 0
    confusion: Counter[tuple[str, str]] = Counter()
    wrong: list[str] = []
    for folder, gold in GOLD.items():
        for name, text, sents in documents(norne, folder, split):
            got = detect(text).lang
            docs_total += 1
            docs_right += got == gold
            confusion[(gold, got)] += 1
            if got != gold:
                wrong.append(f"{folder}/{name} -> {got}")
            if with_sentences:
                for s in sents:
                    sents_total += 1
                    sents_right += detect(s).lang == gold
    return {
        "split": split, "docs": docs_total, "docs_right": docs_right,
        "sents": sents_total, "sents_right": sents_right,
        "confusion": confusion, "wrong": wrong,
    }


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:.2f}%" if b else "–"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--norne", type=Path, default=DEFAULT_NORNE)
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "langid.md")
    args = ap.parse_args()

    t0 = time.perf_counter()
    results = [evaluate(args.norne, split, with_sentences=split != "train")
               for split in ("test", "dev", "train")]
    seconds = time.perf_counter() - t0

    lines = [
        "# Written standard detection (nb vs nn) on NorNE",
        "",
        "Produced by `python benchmarks/langid.py` (`multivektor.ingest.standard.detect`).",
        "A document is one row of NorNE's `manifest.tsv` (up to 100 sentences), tokens joined",
        "with spaces. Sentences are single sentences of the same documents (harder: short).",
        "`markers.tsv` is hand-written; about 80 of its entries were picked from frequent",
        "Bokmål-only / Nynorsk-only words of the train split (test was not consulted). The",
        "rule that Danish/Swedish needs two of their marker words came from looking at",
        "misread dev sentences. Rejection of Swedish, Danish, English and German texts is",
        "checked in `tests/ingest/test_ingest_standard.py`.",
        "",
        "| split | documents | document accuracy | sentences | sentence accuracy |",
        "|---|---:|---:|---:|---:|",
    ]
    for r in results:
        lines.append(
            f"| {r['split']} | {r['docs']} | {pct(r['docs_right'], r['docs'])} "
            f"| {r['sents'] or '–'} | {pct(r['sents_right'], r['sents'])} |"
        )
    lines += ["", "Document confusion (gold -> detected):", ""]
    for r in results:
        conf = ", ".join(f"{g}->{p}: {n}" for (g, p), n in sorted(r["confusion"].items()))
        lines.append(f"- {r['split']}: {conf}")
        for w in r["wrong"]:
            lines.append(f"  - wrong: {w}")
    lines += ["", f"Run time: {seconds:.1f} s.", ""]
    args.out.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
