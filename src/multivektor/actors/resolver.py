"""``resolve()``: one mention, a date and optional context -> a :class:`Resolution`."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from multivektor.actors.kb import load_kb
from multivektor.actors.matcher import PLACE_PREPS, Found, Matcher
from multivektor.actors.resolution import Resolution
from multivektor.actors.tokens import from_text


def analyse(text: str, date: str | None) -> list[Found]:
    """Matcher results for a short string, in text order (the widest first at a start)."""
    from multivektor.actors.memory import _iso

    m = Matcher(load_kb(), from_text(text), text, _iso(date))
    found = m.run()
    return sorted(found, key=lambda f: (f.start, -(f.end - f.start)))


def resolve(mention: str, date: str | None = None, context: Any = None) -> Resolution | None:
    """Resolve one mention ("Tokajev", "Kasakhstans president", "russiske styrker", "Moskva").

    ``date`` (YYYY-MM-DD or YYYY-MM) picks the office holders and the state a person acts
    for. ``context`` is optional:

    - a string: the words just before the mention in its sentence (or the sentence with the
      mention at its end); a capital after a locative preposition ("reiste til Moskva") is
      then a place (``place=True``, low confidence), otherwise the acting government;
    - an :class:`~multivektor.actors.memory.ArticleActors` with ``(actors, offset)``
      as a tuple: the article memory resolves surnames, bare role nouns and pronouns.
    """
    if isinstance(context, tuple) and len(context) == 2 and hasattr(context[0], "resolve_at"):
        actors, offset = context
        return actors.resolve_at(mention, offset)
    if hasattr(context, "resolve_at"):
        return context.resolve_at(mention, len(context.text))
    return _resolve(mention, date, context if isinstance(context, str) else None)


@lru_cache(maxsize=65536)
def _resolve(mention: str, date: str | None, context: str | None) -> Resolution | None:
    found = analyse(mention, date)
    if not found:
        return None
    f = found[0]
    if f.kind == "person" and f.person is None and not f.code:
        return None
    if _part_of_a_longer_name(mention, f):
        return None
    place = f.place
    conf = f.conf
    if f.kind == "capital" and isinstance(context, str):
        before = context
        if mention and before.rstrip().endswith(mention):
            before = before.rstrip()[: -len(mention)]
        words = before.lower().split()
        place = bool(words) and words[-1] in PLACE_PREPS
        conf = 0.35 if place else 0.85
    name = f.name
    if f.kind == "role" and not f.qualified:
        conf = min(conf, 0.4)
    return Resolution(f.code, f.sector, name, f.role, f.kind, round(conf, 3),
                      mention[f.start:f.end] if f.end <= len(mention) else mention, place)


def _part_of_a_longer_name(mention: str, f: Found) -> bool:
    """``f`` matches only part of a personal name ``mention`` ("Juan Carlos" of "Juan Carlos
    Varela", "Wagner" of "Thérèse Kayikwamba Wagner", "Jean" of "Jean-Claude Kassi Brou"):
    a known person whose surname is not among the name's words, or anything else inside it."""
    words = mention.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words) or (
            f.start == 0 and f.end >= len(mention.rstrip())):
        return False
    if f.kind == "person" and f.start == 0 and f.name:
        return f.name.split()[-1] not in words
    return f.kind in ("org", "compound", "state", "capital", "person")
