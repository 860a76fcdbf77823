"""Compose the extraction stages: Article -> ArticleResult, one article or a stream.

The stages run in a fixed order, each filling its own part of the result:

1. ``nlp``     — the spaCy pipeline of the article's written standard (``result.doc``);
2. ``actors``  — actor mentions with codes and offsets (``result.mentions``);
3. ``quotes``  — quotes with speakers, and cited sources (``result.quotes``, ``result.sources``);
4. ``events``  — PLOVER events (``result.events``); the coder reads the quotes to know who
   says "vi" inside a quotation (computed for it even when ``quotes`` is not a stage).

Streams are processed in small batches through ``Language.pipe`` so memory stays flat
however long the stream is.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any

from multivektor.model import Article, ArticleResult

log = logging.getLogger(__name__)

#: Written standards the NLP models cover.
SUPPORTED_LANGS = ("nb", "nn")


def batched(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Successive lists of at most ``size`` items."""
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


class Pipeline:
    """Run the extraction stages over articles.

    ``stages`` chooses which of ``nlp``, ``actors``, ``events``, ``quotes`` run; the later
    stages need ``nlp``. Models are loaded lazily, once per process and written standard.
    """

    STAGES = ("nlp", "actors", "events", "quotes")

    def __init__(self, stages: Iterable[str] = STAGES, batch_size: int = 16) -> None:
        self.stages = tuple(s for s in self.STAGES if s in set(stages))
        unknown = set(stages) - set(self.STAGES)
        if unknown:
            raise ValueError(f"unknown pipeline stage(s): {', '.join(sorted(unknown))}")
        if self.stages and self.stages != ("nlp",) and "nlp" not in self.stages:
            raise ValueError("the actors, events and quotes stages need the nlp stage")
        self.batch_size = batch_size

    @staticmethod
    def _lang(article: Article) -> str:
        return article.lang if article.lang in SUPPORTED_LANGS else "nb"

    def process(self, article: Article) -> ArticleResult:
        """Extract everything from one article."""
        return next(self.process_stream([article]))

    def process_stream(self, articles: Iterable[Article]) -> Iterator[ArticleResult]:
        """Extract from a stream of articles, yielding results in input order."""
        for batch in batched(articles, self.batch_size):
            results = [ArticleResult(article=a) for a in batch]
            if "nlp" in self.stages:
                self._parse(results)
            for result in results:
                self._annotate(result)
                yield result

    def _parse(self, results: list[ArticleResult]) -> None:
        from multivektor import nlp

        for lang in SUPPORTED_LANGS:
            group = [r for r in results if self._lang(r.article) == lang]
            if not group:
                continue
            model = nlp.load(lang)
            texts = (r.article.text for r in group)
            for result, doc in zip(group, model.pipe(texts, batch_size=self.batch_size),
                                   strict=True):
                result.doc = doc

    def _annotate(self, result: ArticleResult) -> None:
        """Run the stages after ``nlp``; a failing stage is recorded in ``result.errors``
        and the later stages still run on what there is."""
        article, doc = result.article, result.doc
        if doc is None:
            return
        if "actors" in self.stages:
            from multivektor.actors import find_mentions

            self._guard(result, "actors", lambda: setattr(
                result, "mentions", find_mentions(doc, article)))
        if "quotes" in self.stages:  # (before events: quotes tell who says "vi")
            from multivektor.quotes import extract_quotes, extract_sources

            self._guard(result, "quotes", lambda: setattr(
                result, "quotes", extract_quotes(doc, result.mentions, article)))
            self._guard(result, "sources", lambda: setattr(
                result, "sources", extract_sources(article)))
        if "events" in self.stages:
            from multivektor.events import code_events

            def events() -> list:
                quotes = result.quotes
                if "quotes" not in self.stages:  # the coder reads who speaks in quotations
                    from multivektor.quotes import extract_quotes

                    quotes = extract_quotes(doc, result.mentions, article)
                return code_events(doc, result.mentions, article, quotes=quotes)

            self._guard(result, "events", lambda: setattr(result, "events", events()))

    @staticmethod
    def _guard(result: ArticleResult, stage: str, run: Callable[[], None]) -> None:
        try:
            run()
        except Exception as e:  # one bad article must not stop a corpus run
            log.warning("article %s: %s stage failed: %s: %s",
                        result.article.id, stage, type(e).__name__, e)
            result.errors.append(f"{stage}: {type(e).__name__}: {e}")
