"""Actor knowledge base and resolver.

Public API:

- :func:`resolve` — one mention with a date (and optional context) to a :class:`Resolution`
  (``code``, ``sector``, ``name``, ``role``, ``kind``, ``confidence``, ``place``);
- :func:`find_mentions` — every actor mention of an article, with offsets, as
  :class:`multivektor.model.Mention` (the pipeline's ``actors`` stage);
- :func:`article_actors` — the :class:`ArticleActors` of an article: its mentions and the
  memory that resolves later surnames, bare role nouns and pronouns
  (``article_actors(doc, article).resolve_at("han", offset)``);
- :func:`load_kb` — the compiled knowledge base (``multivektor actors build`` makes it).

Mention kinds: ``person``; ``state`` (name or genitive); ``adjective`` (a country adjective
that qualifies no role noun: "russiske varer"); ``demonym`` ("russere", sector CVL);
``capital`` (capitals and seats of power: Moskva, Kreml, Det hvite hus; ``confidence``
0.35 after a locative preposition, where it is a place rather than an actor); ``org``;
``role`` (a role or sector noun phrase: "Kasakhstans president", "den russiske
utenriksministeren", "russiske styrker", "regjeringen i Moldova", or a bare "presidenten"
resolved from memory, ``source="memory"``); ``compound`` (an actor named inside a compound:
"NATO-medlemskap", confidence 0.5); ``pronoun`` (han, hun, ho; de/dei when the parser tags
them PRON), resolved to the most recent person or group.
"""

from __future__ import annotations

import weakref
from typing import Any

from multivektor.actors.kb import KnowledgeBase, load_kb
from multivektor.actors.memory import ArticleActors
from multivektor.actors.resolution import Resolution
from multivektor.actors.resolver import resolve
from multivektor.model import Article, Mention

#: ArticleActors per Doc, dropped with the Doc (kept out of doc.user_data so that Docs
#: still serialise).
_CACHE: weakref.WeakKeyDictionary[Any, tuple[str, ArticleActors]] = weakref.WeakKeyDictionary()

__all__ = ["ArticleActors", "KnowledgeBase", "Resolution", "article_actors", "find_mentions",
           "load_kb", "resolve"]


def article_actors(doc: Any, article: Article) -> ArticleActors:
    """The :class:`ArticleActors` of an article (computed once per Doc and article, cached).

    ``doc`` is a spaCy Doc of ``article.text`` (any pipeline, a blank one too), or None to
    work on the plain text.
    """
    if doc is None:
        return ArticleActors.from_text(article.text, article.date)
    key = f"{article.id}|{article.date}"
    try:
        cached = _CACHE.get(doc)
    except TypeError:  # not weak-referenceable
        return ArticleActors.from_doc(doc, article.date)
    if cached is not None and cached[0] == key:
        return cached[1]
    actors = ArticleActors.from_doc(doc, article.date)
    _CACHE[doc] = (key, actors)
    return actors


def find_mentions(doc: Any, article: Article) -> list[Mention]:
    """Every actor mention of the article, resolved, in text order."""
    return list(article_actors(doc, article).mentions)
