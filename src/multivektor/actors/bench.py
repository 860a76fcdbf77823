"""Speed of the actor stage: knowledge-base load, one resolution, one article.

``python -m multivektor.actors.bench [ARTICLES.jsonl] [--model]`` prints the figures of
``benchmarks/actors.md``; with ``--model`` the articles are parsed by the trained pipeline
first (parsing is not timed), otherwise by a blank tokenizer.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time


def load_seconds() -> float:
    code = ("import time; t = time.perf_counter(); "
            "from multivektor.actors.kb import load_kb; load_kb(); "
            "print(time.perf_counter() - t)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    return float(out.stdout)


def resolve_microseconds(mention: str, date: str, n: int = 3000) -> tuple[float, float]:
    """Microseconds per call: without the result cache, and with it (repeated mention)."""
    from multivektor.actors import resolve
    from multivektor.actors.resolver import _resolve

    resolve(mention, date)
    t = time.perf_counter()
    for _ in range(n):
        _resolve.__wrapped__(mention, date, None)
    uncached = (time.perf_counter() - t) / n * 1e6
    t = time.perf_counter()
    for _ in range(n):
        resolve(mention, date)
    return uncached, (time.perf_counter() - t) / n * 1e6


def article_milliseconds(path: str, model: bool) -> tuple[int, int, float]:
    import spacy

    from multivektor.actors import find_mentions, load_kb
    from multivektor.model import Article

    with open(path, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    docs = []
    for r in rows:
        lang = r.get("lang") if r.get("lang") in ("nb", "nn") else "nb"
        if model:
            from multivektor import nlp

            docs.append(nlp.load(lang)(r["text"]))
        else:
            docs.append(spacy.blank("nb")(r["text"]))
    load_kb()
    t = time.perf_counter()
    n = 0
    for r, d in zip(rows, docs, strict=True):
        n += len(find_mentions(d, Article(id=r["id"], text=r["text"], date=r.get("date"))))
    return len(rows), n, (time.perf_counter() - t) / len(rows) * 1000


def main(argv: list[str]) -> None:
    print(f"knowledge-base load: {min(load_seconds() for _ in range(3)):.3f} s (best of 3)")
    for m in ("Tokajev", "Kasakhstans president", "den russiske utenriksministeren",
              "russiske styrker", "Moskva"):
        un, ca = resolve_microseconds(m, "2022-11-28")
        print(f"resolve({m!r}): {un:.0f} µs ({ca:.1f} µs when cached)")
    files = [a for a in argv if not a.startswith("--")]
    if files:
        arts, mentions, ms = article_milliseconds(files[0], "--model" in argv)
        print(f"find_mentions: {arts} articles, {mentions} mentions, {ms:.1f} ms per article")


if __name__ == "__main__":
    main(sys.argv[1:])
