"""News agencies and media an article cites as its source (``melder TASS``, ``(©NTB)``).

Names come from ``data/media.tsv`` (normalised name and spellings). A mention counts unless
it sits in a photo credit (``Foto: NTB``), a "Les også" link or a compound noun
(``BBC-journalisten``); names marked ``needs_cue`` count only next to a citing cue.
"""

from __future__ import annotations

import re
from functools import cache

from multivektor.model import Article, Source
from multivektor.quotes import lexicon

_CUE_BEFORE = re.compile(
    r"(?:\b(?:[Mm]elder|[Mm]eldar|meldte|melde|[Ii]følge|[Ii]følgje|skriver|skriv|skreiv|skrev|"
    r"opplyser|opplyste|rapporterer|rapporterte|påpeker|påpeikar|sier|seier|sa|til|fra|frå|"
    r"nyhetsbyrå\w*|nyheitsbyrå\w*|kringkaster\w*|kringkastar\w*|[Tt][Vv]-kanal\w*|"
    r"kanal\w*|avis\w*|nettsted\w*|nettstad\w*|nettavis\w*|radio\w*|byrå\w*|intervju\w*|"
    r"kilde|kjelde|Kilde|Kjelde)\b[^.!?\n]{0,60}|[(©]\s*|\b(?:i|på|med|av|hos)\s+"
    r"(?:(?:den|det|de|dei|statlige|statlege|britiske|amerikanske|russiske|tyske|franske)\s+)?)$"
)
_CUE_AFTER = re.compile(
    r"^(?:'s|s)?\s*(?:\)|melder|meldar|meldte|skriver|skriv|skrev|skreiv|opplyser|opplyste|"
    r"rapporterer|rapporterte|påpeker|påpeikar|avslører|avslørte|publiserte|publiserer|"
    r"kjenner til|kjenner|erfarer|har fått|fikk|har|/|,\s*(?:melder|skriver))"
)
_CREDIT = re.compile(
    r"(?i:\w*foto|bilde|bilete|illustrasjon|grafikk|kart|video|photo)\s*[:/][^.!?\n]*$"
)


@cache
def _pattern() -> tuple[re.Pattern[str], dict[str, lexicon.Medium]]:
    """One alternation of every spelling, longest first, and spelling -> medium."""
    by_variant: dict[str, lexicon.Medium] = {}
    for med in lexicon.media():
        for v in med.variants:
            by_variant.setdefault(v, med)
    alts = "|".join(re.escape(v) for v in sorted(by_variant, key=len, reverse=True))
    pat = re.compile(rf"(?<![\w-])(?:{alts})(?=s\b|'|’|-[A-ZÆØÅ]|(?![\w-])|-)")
    return pat, by_variant


def _display(med: lexicon.Medium, surface: str) -> str:
    """The normalised name, except that "New York Times" stays as written when the list
    says "The New York Times" (the sources are named as the article names them)."""
    def bare(x: str) -> str:
        return x.lower().removeprefix("the ")

    return surface if bare(surface) == bare(med.name) else med.name


def _line(text: str, pos: int) -> tuple[int, int]:
    s = text.rfind("\n", 0, pos) + 1
    e = text.find("\n", pos)
    return s, (len(text) if e < 0 else e)


def extract_sources(article: Article) -> list[Source]:
    """Every cited source mention, in text order; several may share a normalised name."""
    text = article.text
    found: list[Source] = []
    pat, by_variant = _pattern()
    for m in pat.finditer(text):
        med = by_variant[m.group()]
        s, e = m.start(), m.end()
        ls, le = _line(text, s)
        before, after = text[ls:s], text[e:le]
        if _CREDIT.search(before) or re.match(r"\s*(Les også|Les òg|Sjå òg|Se også)",
                                              text[ls:le]):
            continue
        if re.match(r"-[a-zæøå\d]", after):
            continue  # "BBC-journalisten": a compound, not a citation
        if re.match(r"\s*/?\s*(?:Scanpix|scanpix|Polfoto|via\s)", after):
            continue  # "NTB Scanpix": a picture agency credit
        byline = bool(re.match(r"-[A-ZÆØÅ]", after))
        cue = byline or bool(_CUE_BEFORE.search(before)) or bool(_CUE_AFTER.match(after))
        if med.needs_cue and not cue:
            continue
        found.append(Source(name=_display(med, text[s:e]), text=text[s:e], start=s, end=e))
    found.extend(_joined(text, found))
    found.extend(_named_by_kind(text, found))
    found.sort(key=lambda x: x.start)
    return found


_KIND_NAME = re.compile(
    r"\b(?:nyhetsbyrå|nyheitsbyrå|nyhetskanal|nyheitskanal|kringkaster|kringkastar|"
    r"[Tt][Vv]-kanal|[Tt][Vv]-stasjon|[Tt][Vv]-selskap|radiokanal|avis|dagsavis|nettavis|"
    r"nettsted|nettstad|nyhetsnettsted|nyheitsnettstad|nyhetstjeneste|nyheitsteneste|"
    r"radiostasjon|bransjeblad|fagblad|magasin|nyhetsmagasin|nyheitsmagasin|tidsskrift|"
    r"ukeblad|vekeblad)"
    r"(?:en|et|a)\s+((?:[A-ZÆØÅ][\w.&'’-]*|\d+)(?:\s+(?:[A-ZÆØÅ][\w.&'’-]*|\d+)){0,3})"
)


#: A cited name that looks like a medium's ("melder Kyiv Post", "ifølge Radio Free Asia").
_MEDIA_WORD_NAME = re.compile(
    r"\b(?:[Mm]elder|meldar|meldte|[Ii]følge|[Ii]følgje|skriver|skriv|skrev|skreiv|"
    r"opplyser|rapporterer|til)\s+((?:[A-ZÆØÅ][\w.&'’-]*\s+){0,3}?"
    r"(?:TV|Radio|News|Post|Times|Tribune|Herald|Gazette|Gazeta|Journal|Daily|Press|Avis|"
    r"Blad|Bladet|Tidende|Posten|Dagblad|Nyheter|Avisa|Kanal|Channel|Agency|Today|Observer|"
    r"Telegraph|Chronicle|Courier|Express|Standard|Mail|Monitor|Inquirer|Pravda|Zeitung|"
    r"Sanomat|Tidning|Tidningen|Kurier|Nieuws)(?:\s+[A-ZÆØÅ0-9][\w.&'’-]*){0,2})(?![\w-])"
)


def _named_by_kind(text: str, found: list[Source]) -> list[Source]:
    """A medium not in the list, named right after what it is (``nyhetsbyrået TASR``,
    ``den serbiske TV-kanalen N1``) or cited under a medium-like name (``melder Kyiv Post``)."""
    have = {s.start for s in found}
    taken = [(s.start, s.end) for s in found]
    out = []
    for m in _MEDIA_WORD_NAME.finditer(text):
        s, e = m.span(1)
        ls, _ = _line(text, s)
        if any(a < e and s < b for a, b in taken) or _CREDIT.search(text[ls:s]):
            continue
        out.append(Source(name=m.group(1), text=m.group(1), start=s, end=e))
        taken.append((s, e))
        have.add(s)
    for m in _KIND_NAME.finditer(text):
        s, _ = m.span(1)
        name = re.split(r"[.:;]\s", m.group(1))[0].rstrip(".")  # not into the next sentence
        e = s + len(name)
        ls, _ = _line(text, s)
        if s in have or any(a < e and s < b for a, b in taken) or \
                _CREDIT.search(text[ls:s]) or name in lexicon.not_names():
            continue
        out.append(Source(name=name, text=name, start=s, end=e))
    return out


def _joined(text: str, found: list[Source]) -> list[Source]:
    """Agencies joined in a byline: ``(NTB-Reuters)``, ``(NTB/AFP)``."""
    out = []
    _pat, by_variant = _pattern()
    have = {s.start for s in found}
    for m in re.finditer(r"\(©?\s*([^()\n]{2,60})\)", text):
        parts = re.split(r"\s*[-/,&]\s*|\s+og\s+", m.group(1))
        ls, _le = _line(text, m.start())
        if not all(p in by_variant for p in parts if p) or _CREDIT.search(text[ls:m.start()]):
            continue
        pos = m.start(1)
        for p in parts:
            k = text.find(p, pos, m.end(1))
            if k >= 0 and k not in have:
                out.append(Source(name=by_variant[p].name, text=p, start=k, end=k + len(p)))
            pos = k + len(p) if k >= 0 else pos
    return out
