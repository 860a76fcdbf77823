"""The main jobs over a stream of inputs: extract to JSON Lines, or ingest into the store.

Both read inputs with :func:`multivektor.ingest.read_inputs`, run the :class:`Pipeline`, and
keep a :class:`Summary` of what was read, written and skipped (with reasons). Memory stays
flat: articles are read, processed and written in batches.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from multivektor.model import Article, ArticleResult, Skip
from multivektor.pipeline import Pipeline, batched
from multivektor.store import Store

Progress = Callable[[int], None]  # called with the number of inputs just handled


@dataclass
class Summary:
    """What a job did, for the closing report and the exit status."""

    read: int = 0
    written: int = 0
    skipped: list[Skip] = field(default_factory=list)
    stage_errors: list[tuple[str, str]] = field(default_factory=list)  # (article id, error)

    @property
    def errors(self) -> int:
        return sum(s.error for s in self.skipped) + len(self.stage_errors)

    def skip_reasons(self) -> Counter[str]:
        return Counter(s.reason.split(":")[0] for s in self.skipped)

    def to_json(self) -> dict:
        return {
            "read": self.read,
            "written": self.written,
            "skipped": len(self.skipped),
            "errors": self.errors,
            "skips": [{"origin": s.origin, "reason": s.reason, "error": s.error}
                      for s in self.skipped],
            "stage_errors": [{"id": i, "error": e} for i, e in self.stage_errors],
        }


def _articles(inputs: Iterable[Article | Skip], summary: Summary,
              on_skip: Callable[[Skip], None] | None = None) -> Iterator[Article]:
    for item in inputs:
        if isinstance(item, Skip):
            summary.skipped.append(item)
            if on_skip:
                on_skip(item)
            continue
        summary.read += 1
        yield item


def _note_errors(result: ArticleResult, summary: Summary) -> None:
    for err in result.errors:
        summary.stage_errors.append((result.article.id, err))


def extract(paths: Iterable[str | Path], out: IO[str], pipeline: Pipeline | None = None,
            progress: Progress | None = None) -> Summary:
    """Write one prediction line (FORMAT.md) per input article, in input order.

    An input that names an article id but cannot be processed (another language, say) still
    gets a line, with no events and a ``skipped`` reason, so every id is accounted for.
    """
    from multivektor.ingest import read_inputs

    pipeline = pipeline or Pipeline()
    summary = Summary()

    for item in _in_order(read_inputs(paths), pipeline):
        if isinstance(item, Skip):
            summary.skipped.append(item)
            if item.id is not None:
                out.write(json.dumps({"id": item.id, "events": [], "quotes": [], "sources": [],
                                      "skipped": item.reason}, ensure_ascii=False) + "\n")
        else:
            summary.read += 1
            out.write(json.dumps(item.to_json(), ensure_ascii=False) + "\n")
            summary.written += 1
            _note_errors(item, summary)
        if progress:
            progress(1)
    return summary


def _in_order(items: Iterable[Article | Skip],
              pipeline: Pipeline) -> Iterator[ArticleResult | Skip]:
    """Process the articles of a stream, yielding results and skips in input order."""
    for chunk in batched(items, pipeline.batch_size):
        results = iter(pipeline.process_stream(x for x in chunk if isinstance(x, Article)))
        for item in chunk:
            yield item if isinstance(item, Skip) else next(results)


def ingest(paths: Iterable[str | Path], store: Store, pipeline: Pipeline | None = None,
           batch_size: int = 64, progress: Progress | None = None) -> Summary:
    """Read, process and store articles; each batch is one transaction."""
    from multivektor.ingest import read_inputs

    pipeline = pipeline or Pipeline()
    summary = Summary()

    def count_skip(_: Skip) -> None:
        if progress:
            progress(1)

    batch: list[ArticleResult] = []
    for result in pipeline.process_stream(_articles(read_inputs(paths), summary, count_skip)):
        batch.append(result)
        _note_errors(result, summary)
        if len(batch) >= batch_size:
            summary.written += store.write(batch)
            if progress:
                progress(len(batch))
            batch = []
    if batch:
        summary.written += store.write(batch)
        if progress:
            progress(len(batch))
    return summary

