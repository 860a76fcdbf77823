"""Ingest throughput: reading + cleaning + written-standard detection + storing.

Generates a corpus of synthetic Bokmål and Nynorsk articles (sentences written for this
benchmark, shuffled, with crawl furniture mixed in), ingests it into a fresh DuckDB file
without the NLP stages, and reports articles/s and peak memory (RSS).

    .venv/bin/python benchmarks/ingest.py [--articles 10000] [--out benchmarks/ingest.md]
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import resource
import tempfile
import time
from pathlib import Path

from multivektor import jobs
from multivektor.pipeline import Pipeline
from multivektor.store import Store

NB = [
    "Regjeringen la fram et nytt forslag om forsvarsbudsjettet tirsdag.",
    "Utenriksministeren møtte sin svenske kollega i Stockholm.",
    "Opposisjonen kritiserte forslaget og krevde en ny behandling i Stortinget.",
    "Det var ikke første gang partene møttes for å diskutere saken.",
    "Ifølge departementet skal avtalen signeres før sommeren.",
    "Statsministeren sier at Norge vil fortsette å støtte Ukraina.",
    "Flere hundre demonstranter samlet seg utenfor ambassaden.",
    "Kommunen har ennå ikke bestemt hva som skjer med skolen.",
]
NN = [
    "Regjeringa la fram eit nytt forslag om forsvarsbudsjettet tysdag.",
    "Utanriksministeren møtte den svenske kollegaen sin i Stockholm.",
    "Opposisjonen kritiserte forslaget og kravde ei ny handsaming i Stortinget.",
    "Det var ikkje første gongen partane møttest for å diskutere saka.",
    "Ifølgje departementet skal avtalen bli signert før sommaren.",
    "Statsministeren seier at Noreg vil halde fram med å støtte Ukraina.",
    "Fleire hundre demonstrantar samla seg utanfor ambassaden.",
    "Kommunen har enno ikkje bestemt kva som skjer med skulen.",
]
FURNITURE = [" date 2023-05 annonse", "annonse", "Les også: Dette skjedde i helgen", "Foto: NTB"]


def make_corpus(path: Path, n: int, seed: int = 7) -> int:
    """Write ``n`` synthetic articles as JSON Lines (no ids: the content hash is the id)."""
    rng = random.Random(seed)
    words = 0
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            pool = NB if i % 3 else NN
            paragraphs = []
            if rng.random() < 0.5:
                paragraphs.append(rng.choice(FURNITURE))
            for _ in range(rng.randint(3, 8)):
                paragraphs.append(" ".join(rng.sample(pool, rng.randint(1, 3))))
            text = "\n\n".join(paragraphs) + f"\n\nSak nummer {i}."
            words += len(text.split())
            f.write(json.dumps({"date": f"2024-01-{i % 28 + 1:02d}", "title": f"Sak {i}",
                                "text": text}, ensure_ascii=False) + "\n")
    return words


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--out", type=Path, default=Path(__file__).with_name("ingest.md"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        words = make_corpus(corpus, args.articles)
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        start = time.perf_counter()
        with Store(Path(tmp) / "bench.duckdb") as store:
            summary = jobs.ingest([corpus], store, pipeline=Pipeline(stages=()))
            stored = store.counts()["articles"]
        seconds = time.perf_counter() - start
        rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    rate = summary.read / seconds
    table = (
        "| articles | words | stored | skipped | seconds | articles/s | words/s | peak RSS "
        "before → after (MB) |\n|---:|---:|---:|---:|---:|---:|---:|---|\n"
        f"| {summary.read} | {words} | {stored} | {len(summary.skipped)} | {seconds:.1f} | "
        f"{rate:,.0f} | {words / seconds:,.0f} | {rss_before / 1024:.0f} → "
        f"{rss_after / 1024:.0f} |\n"
    )
    text = (
        "# Ingest throughput\n\nReading JSON Lines + cleaning + nb/nn detection + DuckDB "
        "writes (batches of 64, one transaction each), NLP stages off, on "
        f"{platform.machine()} with Python {platform.python_version()}.\n\n"
        f"Command: `.venv/bin/python benchmarks/ingest.py --articles {args.articles}`\n\n"
        + table
    )
    args.out.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
