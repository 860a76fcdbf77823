"""End-to-end extraction speed, and what each stage adds to the NLP time, on one core.

Runs the dev articles (text only, repeated to get a stable time) through each stage in
turn and times it: the spaCy pipeline, actor mentions, the event coder, quotes and sources.
Ratios are measured in the same run, so they hold whatever the machine is doing.

    .venv/bin/python benchmarks/pipeline_speed.py [--input ../shared/eval/dev.jsonl] [--repeat 5]
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"  # one core: set before numpy is imported

import argparse  # noqa: E402
import io  # noqa: E402
import json  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

from multivektor import nlp  # noqa: E402
from multivektor.actors import find_mentions  # noqa: E402
from multivektor.events import code_events  # noqa: E402
from multivektor.ingest import detect  # noqa: E402
from multivektor.jobs import extract  # noqa: E402
from multivektor.model import Article  # noqa: E402
from multivektor.pipeline import Pipeline  # noqa: E402
from multivektor.quotes import extract_quotes, extract_sources  # noqa: E402

HERE = Path(__file__).resolve().parent
#: Documents per Language.pipe batch, as in extraction (spaCy's default of 1000 is ~25% slower).
BATCH = Pipeline().batch_size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", type=Path,
                        default=HERE.parent.parent / "shared" / "eval" / "dev.jsonl")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--out", type=Path, default=HERE / "pipeline_speed.md")
    args = parser.parse_args()

    articles = []
    for line in args.input.open(encoding="utf-8"):
        rec = json.loads(line)
        lang = detect(rec["text"]).lang
        articles.append(Article(id=rec["id"], text=rec["text"], date=rec.get("date"),
                                lang=lang if lang in ("nb", "nn") else "nb"))
    articles = [Article(id=f"{a.id}-{k}", text=a.text, date=a.date, lang=a.lang)
                for k in range(args.repeat) for a in articles]
    words = sum(len(a.text.split()) for a in articles)
    for lang in ("nb", "nn"):
        nlp.load(lang)(articles[0].text)  # load and warm up outside the timing
    # the other stages' models (actor knowledge base, lexicons) are loaded outside the timing
    # too, on a sentence of no timed article (so no timed article's words are remembered)
    warm = Article(id="warm-up", date="2024-05-02", lang="nb",
                   text="Statsministeren tok imot den franske presidenten i Oslo torsdag. "
                        "– Vi står sammen, sa hun, ifølge NTB.")
    warm_doc = nlp.load("nb")(warm.text)
    warm_mentions = find_mentions(warm_doc, warm)
    code_events(warm_doc, warm_mentions, warm,
                quotes=extract_quotes(warm_doc, warm_mentions, warm))
    extract_sources(warm)

    timings = dict.fromkeys(("nlp", "actors", "events", "quotes+sources"), 0.0)
    docs = {}
    for lang in ("nb", "nn"):  # batched through Language.pipe as the pipeline batches
        group = [a for a in articles if a.lang == lang]
        t0 = time.perf_counter()
        texts = (a.text for a in group)
        for article, doc in zip(group, nlp.load(lang).pipe(texts, batch_size=BATCH), strict=True):
            docs[id(article)] = doc
        timings["nlp"] += time.perf_counter() - t0
    for article in articles:
        doc = docs[id(article)]
        t1 = time.perf_counter()
        mentions = find_mentions(doc, article)
        t2 = time.perf_counter()
        quotes = extract_quotes(doc, mentions, article)  # (before events, as in the pipeline:
        extract_sources(article)                         # the coder reads who speaks)
        t3 = time.perf_counter()
        code_events(doc, mentions, article, quotes=quotes)
        t4 = time.perf_counter()
        timings["actors"] += t2 - t1
        timings["quotes+sources"] += t3 - t2
        timings["events"] += t4 - t3
    total = sum(timings.values())
    # the extract command's own loop on the same articles: reading and language detection,
    # every stage, one JSON prediction line per article (process start and model loading
    # excluded, as above)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "articles.jsonl"
        path.write_text("".join(json.dumps({"id": a.id, "date": a.date, "text": a.text},
                                           ensure_ascii=False) + "\n" for a in articles),
                        encoding="utf-8")
        t0 = time.perf_counter()
        extract([path], io.StringIO())
        command = time.perf_counter() - t0
    rows = "\n".join(
        f"| {stage} | {seconds:.2f} | {words / seconds:,.0f} | "
        f"{seconds / timings['nlp']:.1%} |" for stage, seconds in timings.items())
    text = (
        "# Extraction speed per stage (one core)\n\n"
        f"Command: `.venv/bin/python benchmarks/pipeline_speed.py --repeat {args.repeat}` "
        f"({len(articles)} articles = the {len(articles) // args.repeat} dev articles × "
        f"{args.repeat}, {words:,} words; threads pinned to 1).\n\n"
        "| stage | seconds | words/s | time relative to NLP |\n|---|---:|---:|---:|\n"
        f"{rows}\n| **end to end** | {total:.2f} | **{words / total:,.0f}** | "
        f"{total / timings['nlp']:.1%} |\n"
        f"| **`extract` (read, all stages, write)** | {command:.2f} | **{words / command:,.0f}** "
        f"| {command / timings['nlp']:.1%} |\n"
    )
    args.out.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
