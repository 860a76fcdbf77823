"""Quotes with speakers, and cited sources.

``extract_quotes(doc, mentions, article)`` finds direct quotes (dialogue dash, «», "") and
indirect speech with their speakers; ``extract_sources(article)`` the agencies and media the
article cites. Both work on the article text; the spaCy ``doc`` and actor ``mentions`` are
used where present (person entities, actor codes).
"""

from multivektor.quotes.extract import extract_quotes
from multivektor.quotes.sources import extract_sources

__all__ = ["extract_quotes", "extract_sources"]
