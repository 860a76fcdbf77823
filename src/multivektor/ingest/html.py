"""HTML pages: main text, title, date, author and site name with trafilatura."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from html.parser import HTMLParser

from multivektor.ingest.build import make_article
from multivektor.model import Article, Skip

#: A page whose main text has fewer words has no article (a menu, a list of links).
MIN_WORDS = 20

logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)


def read_html(
    html: str | bytes, *, origin: str, url: str | None = None
) -> Iterator[Article | Skip]:
    """The article of one HTML page, or a Skip when the page has none."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False,
            include_tables=False, favor_precision=True, deduplicate=False,
        )
    except Exception as e:  # lxml/trafilatura failures on odd markup
        yield Skip(origin, f"HTML could not be parsed: {type(e).__name__}: {e}", error=True)
        return
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or len(text.split()) < MIN_WORDS:
        yield Skip(origin, "HTML page with no article text")
        return
    # trafilatura puts one paragraph on each line; articles separate them by blank lines
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if lines and doc.title and lines[0] == doc.title.strip():  # the headline, kept as title
        lines = lines[1:]
    text = "\n\n".join(lines)
    yield make_article(
        text,
        origin=origin,
        title=doc.title,
        date=doc.date,
        url=doc.url or url,
        publisher=doc.sitename or doc.hostname,
        author=doc.author,
    )


class _TextParser(HTMLParser):
    BLOCKS = frozenset(
        "p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote section article tr table "
        "figure figcaption header footer pre hr".split()
    )
    SKIP = frozenset({"script", "style", "noscript", "iframe", "svg"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def fragment_text(html: str) -> str:
    """Plain text of an HTML fragment (a feed item's content): blocks become paragraphs."""
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    paragraphs = ("".join(parser.parts)).split("\n\n")
    cleaned = (" ".join(p.split()) for p in paragraphs)
    return "\n\n".join(p for p in cleaned if p)
