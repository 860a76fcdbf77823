"""Remove crawl furniture from an article text, recording every removal.

Only whole lines of known furniture are removed (plus an ``annonse`` glued to the end of a
line), never words inside a sentence:

- a leading `` date 2022-11`` line (its month becomes a date hint);
- lone ``annonse``/``Annonse`` lines;
- related-article links (``Les også: …``, ``Sjå òg: …``);
- photo captions and credits (``… Foto: NTB``, ``(Foto: Reuters)``);
- bylines without an agency (``Av Kari Nordmann``); a byline naming a news agency
  (``Av Kari Nordmann, NTB``) stays in the text, as the sources extractor needs it;
- publication timestamps (``Publisert 12.03.2023 14:02``).

Agency credits such as ``(NTB)`` or ``(©NTB)`` are article text and stay. Paragraphs stay
separated by one blank line. Each :class:`~multivektor.model.Removal` has the offset of the
removed text in the raw input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from multivektor.model import Removal

_DATE_LINE = re.compile(
    r"^\s*date\s+(?P<date>\d{4}-\d{2}(?:-\d{2})?)(?P<ad>\s+annonse)?\s*$", re.IGNORECASE
)
_AD_LINE = re.compile(r"^\s*(?:annonse|reklame)\s*:?\s*$", re.IGNORECASE)
_AD_TAIL = re.compile(r"(?<=[.!?»”\"])[ \t]+(?:annonse|Annonse|ANNONSE)\s*$")
_RELATED = re.compile(
    r"^\s*(?:les\s+(?:også|og|òg|mer|meir)|sjå\s+(?:også|òg)|se\s+også)\s*[:\-–]\s*\S",
    re.IGNORECASE,
)
_CREDIT_WORD = (
    r"(?:Foto|FOTO|Arkivfoto|Illustrasjonsfoto|Illustrasjon|Bilde|Skjermdump|Faksimile"
    r"|Grafikk|Video|Photo)"
)
# A credit: "Foto: NTB", "Foto: Kari Nordmann / NTB", "(Foto: Reuters)". The credited names
# are at most ~8 words without sentence punctuation.
_CREDIT = re.compile(
    rf"\(?\b{_CREDIT_WORD}\s*:\s*(?P<who>[^.!?:\n]{{1,80}}?)\)?\s*$"
)
_BYLINE = re.compile(
    r"^\s*(?:Av|AV|Skrevet av|Tekst|Tekst og foto)\s*:?\s+"
    r"(?P<names>[A-ZÆØÅ][\w.'-]+(?:\s+[A-ZÆØÅ][\w.'-]+){0,3}"
    r"(?:\s*(?:,|og|and|&)\s*[A-ZÆØÅ][\w.'-]+(?:\s+[A-ZÆØÅ][\w.'-]+){0,3})*)\s*$"
)
_TIMESTAMP = re.compile(
    r"^\s*(?:Publisert|Oppdatert|Sist oppdatert|Sist endret|Sist endra)\b\s*:?"
    r"(?=[^\n]*\d)[\w\s.,:/-]{0,50}$",
    re.IGNORECASE,
)
#: News agencies whose name in a byline or credit is evidence of the article's source.
AGENCIES = (
    "NTB", "ANB", "Reuters", "AFP", "AP", "TT", "Ritzau", "DPA", "Bloomberg", "ANSA",
    "EFE", "Xinhua", "TASS", "Interfax", "Kyodo", "Yonhap", "NPK",
)
_AGENCY = re.compile(r"\b(?:" + "|".join(AGENCIES) + r")\b")

#: Longest line treated as a caption when it ends with a photo credit; a longer line only
#: loses the credit itself.
MAX_CAPTION = 300
#: Longest related-article link line.
MAX_RELATED = 200


@dataclass(slots=True)
class Cleaned:
    """The cleaned text with what was taken out of it."""

    text: str
    removed: list[Removal] = field(default_factory=list)
    date_hint: str | None = None  # from a leading " date 2022-11" line
    author: str | None = None  # from a removed byline
    title: str | None = None  # the first line, when asked for and it looks like a title


def looks_like_title(line: str) -> bool:
    """A short line without a sentence end, not a quote or a list item."""
    s = line.strip()
    if not s or len(s) > 150 or len(s.split()) > 20:
        return False
    if s[0] in "–—-«\"“*•(" or s[-1] in ".,;:":
        return False
    return any(c.isalpha() for c in s) and (s[0].isupper() or s[0].isdigit())


def _lines(raw: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for piece in raw.splitlines(keepends=True):
        out.append((pos, piece.rstrip("\r\n")))
        pos += len(piece)
    return out


def clean_text(raw: str, *, find_title: bool = False) -> Cleaned:
    """Clean ``raw``; with ``find_title`` a title-like first line moves to ``Cleaned.title``."""
    result = Cleaned(text="")
    kept: list[str] = []
    seen_content = False

    def drop(start: int, text: str, reason: str) -> None:
        result.removed.append(Removal(text=text, reason=reason, raw_start=start))

    for start, line in _lines(raw):
        s = line.strip()
        if not s:
            kept.append("")
            continue
        lead = len(line) - len(line.lstrip())
        if not seen_content and (m := _DATE_LINE.match(line)):
            drop(start + lead, s, "date line")
            result.date_hint = result.date_hint or m.group("date")
            continue
        if _AD_LINE.match(line):
            drop(start + lead, s, "advertisement marker")
            continue
        if len(s) <= MAX_RELATED and _RELATED.match(line):
            drop(start + lead, s, "related-article link")
            continue
        if _TIMESTAMP.match(line):
            drop(start + lead, s, "timestamp")
            continue
        if (m := _BYLINE.match(line)) and not _AGENCY.search(s):
            drop(start + lead, s, "byline")
            result.author = result.author or m.group("names")
            continue
        if (m := _CREDIT.search(line)) and len(m.group("who").split()) <= 8:
            if m.start() == 0 or len(s) <= MAX_CAPTION:
                drop(start + lead, s, "photo caption" if m.start() > lead else "photo credit")
                continue
            drop(start + m.start(), m.group(0), "photo credit")
            line = line[: m.start()]
        if m := _AD_TAIL.search(line):
            drop(start + m.start(), m.group(0), "advertisement marker")
            line = line[: m.start()]
        line = line.rstrip()
        if find_title and not seen_content and result.title is None and looks_like_title(s):
            drop(start + lead, s, "title")
            result.title = s
            seen_content = True
            continue
        seen_content = True
        kept.append(line)

    result.text = _join(kept)
    if result.title is not None and not result.text:  # a lone line is the text, not a title
        result.text, result.title = result.title, None
        result.removed = [r for r in result.removed if r.reason != "title"]
    return result


def _join(lines: list[str]) -> str:
    """Join lines, at most one blank line between paragraphs, none at either end."""
    out: list[str] = []
    for line in lines:
        if not line.strip():
            if out and out[-1] != "":
                out.append("")
            continue
        out.append(line)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out)
