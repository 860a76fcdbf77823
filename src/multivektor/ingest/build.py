"""Turn the fields a reader found into an :class:`Article` (clean, detect, id) or a Skip."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from email.utils import parsedate_to_datetime
from typing import Any

from multivektor.ingest.clean import clean_text
from multivektor.ingest.standard import detect, language_name
from multivektor.model import Article, Skip

_SPACE = re.compile(r"\s+")
_ISO = re.compile(r"^\s*(\d{4}-\d{2}(?:-\d{2})?)")
_BY = re.compile(r"^\s*(?:av|by)\s+", re.IGNORECASE)
_NORWEGIAN = re.compile(r"^\s*(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b")


def normalise(text: str) -> str:
    """NFC, lowercase, whitespace collapsed: the form an article id is computed from."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip().lower()


def article_id(text: str) -> str:
    """A stable id for an article that has none: a short hash of its normalised text."""
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()[:16]


def iso_date(value: Any) -> str | None:
    """``YYYY-MM-DD`` (or ``YYYY-MM``) from an ISO, Norwegian (``28.11.2022``) or e-mail
    style (``Tue, 05 Mar 2024 10:00:00 +0100``) date string, else None."""
    if not isinstance(value, str):
        return None
    if m := _ISO.match(value):
        return m.group(1)
    if m := _NORWEGIAN.match(value):
        day, month, year = (int(g) for g in m.groups())
        if 1 <= month <= 12 and 1 <= day <= 31:
            return f"{year:04d}-{month:02d}-{day:02d}"
        return None
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _author(value: str | None) -> str | None:
    """An author name without a leading "Av"/"By" and surrounding space."""
    if not value:
        return None
    name = _BY.sub("", value).strip()
    return name or None


def make_article(
    raw: str,
    *,
    origin: str,
    title: str | None = None,
    given_id: str | None = None,
    date: str | None = None,
    url: str | None = None,
    publisher: str | None = None,
    author: str | None = None,
    lang: str | None = None,
    empty_is_error: bool = False,
) -> Article | Skip:
    """Clean ``raw`` and build the article, or say why there is none.

    Without a ``title`` a title-like first line becomes the title. A given ``lang`` of
    ``nb``/``nn`` is trusted; otherwise the written standard is detected, and a text in
    another language becomes a Skip.
    """
    title = (title or "").strip()
    cleaned = clean_text(raw, find_title=not title)
    title = title or (cleaned.title or "")
    text = cleaned.text
    if not text.strip():
        what = "no article text" if not raw.strip() else "no article text after cleaning"
        return Skip(origin=origin, reason=what, error=empty_is_error, id=given_id)
    if lang not in ("nb", "nn"):
        found = detect(f"{title}\n\n{text}" if title else text)
        if not found.norwegian:
            name = language_name(found.lang)
            return Skip(
                origin=origin,
                reason=f"written in {name} ({found.lang}), not Bokmål or Nynorsk",
                id=given_id,
            )
        lang = found.lang
    return Article(
        id=str(given_id) if given_id not in (None, "") else article_id(text),
        text=text,
        title=title,
        date=iso_date(date) or cleaned.date_hint,
        url=url or None,
        publisher=publisher or None,
        author=_author(author) or cleaned.author,
        lang=lang,
        origin=origin,
        removed=cleaned.removed,
    )
