"""RSS and Atom feeds (feedparser): one article per item."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

from multivektor.ingest.build import make_article
from multivektor.ingest.html import fragment_text
from multivektor.model import Article, Skip


def _item_text(entry: Any) -> str:
    for content in entry.get("content") or []:
        value = content.get("value") or ""
        if value.strip():
            return fragment_text(value) if "html" in (content.get("type") or "html") else value
    summary = entry.get("summary") or entry.get("description") or ""
    return fragment_text(summary)


def _item_date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            return time.strftime("%Y-%m-%d", parsed)
    return None


def _harmless() -> tuple[type, ...]:
    import feedparser

    return tuple(
        getattr(feedparser, name)
        for name in ("CharacterEncodingOverride", "NonXMLContentType")
        if hasattr(feedparser, name)
    )


def read_feed(data: bytes, *, origin: str) -> Iterator[Article | Skip]:
    """The items of an RSS/Atom document, or a Skip when it does not parse as a feed."""
    import feedparser

    parsed = feedparser.parse(data)
    harmless = _harmless()
    if not parsed.entries:
        if parsed.get("bozo"):
            reason = f"feed does not parse: {parsed.get('bozo_exception')}"
            yield Skip(origin, reason, error=True)
        elif not parsed.get("version"):
            yield Skip(origin, "not an RSS or Atom feed", error=True)
        else:
            yield Skip(origin, "feed has no items")
        return
    publisher = parsed.feed.get("title") or None
    found = 0
    for i, entry in enumerate(parsed.entries, 1):
        item_origin = f"{origin}#item{i}"
        text = _item_text(entry)
        if not text.strip():
            yield Skip(item_origin, "feed item has no text")
            continue
        found += 1
        yield make_article(
            text,
            origin=item_origin,
            title=fragment_text(entry.get("title") or "") or None,
            date=_item_date(entry),
            url=entry.get("link"),
            publisher=publisher,
            author=entry.get("author"),
        )
    problem = parsed.get("bozo_exception")
    if parsed.get("bozo") and not isinstance(problem, harmless):
        where = f" (read {found} of {len(parsed.entries)} items)"
        yield Skip(origin, f"feed does not parse: {problem}{where}", error=True)
