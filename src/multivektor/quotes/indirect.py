"""Indirect speech: ``X sa at …``, ``X mener at …``, ``ifølge X …`` (kind ``indirect``)."""

from __future__ import annotations

import re
from functools import cache

from multivektor.model import Quote
from multivektor.quotes import lexicon
from multivektor.quotes.names import ArticleMemory
from multivektor.quotes.speakers import ADVERBS, Speaker, SpeakerFinder, starts_np
from multivektor.quotes.textutil import SpanSet, tokens

#: Finite verbs that end the noun phrase after a sentence-initial ``Ifølge``.
FINITE = lexicon.words("finite_verbs")
#: Words after ``ifølge`` that are not speakers.
NOT_SPEAKERS = lexicon.words("not_speakers")


@cache
def _indirect_verbs() -> str:
    forms = sorted((f for f, ind in lexicon.speech_verbs().items() if ind), key=len,
                   reverse=True)
    return "(?:" + "|".join(r"\s+".join(map(re.escape, f.split())) for f in forms) + r")(?!\w)"


@cache
def _that() -> re.Pattern[str]:
    return re.compile(
        rf"(?<![\w-])(?P<v>{_indirect_verbs()})(?P<mid>(?:\s+[\w'’.-]+){{0,6}}?)"
        r"(?:,)?\s+(?:om\s+)?(?P<at>at)\s+"
    )


_IFOLGE = re.compile(r"(?<![\w-])(?:[Ii]følge|[Ii]følgje)\s+")
_TAIL = re.compile(
    r",\s+(?:(?:melder|meldar|meldte|skriver|skriv|skrev|opplyser|opplyste|ifølge|ifølgje|"
    r"sier|seier|sa|rapporterer|påpeker)\b[^.]*)$"
)


def _is_media(name: str) -> bool:
    """A medium's name, or a phrase naming one ("den tyske nyheitsbyrået dpa")."""
    variants = lexicon.media_variants()
    return name in variants or any(w in variants for w in name.split()) or bool(
        re.search(r"nyhetsbyrå|nyheitsbyrå|kringkast|avis", name.lower()))


def _clean_end(text: str, s: int, e: int) -> int:
    """End of a reported clause without its closing stop and a trailing ``, melder X``."""
    while e > s and text[e - 1] in " .!?…":
        e -= 1
    m = _TAIL.search(text[s:e])
    if m:
        e = s + m.start()
    while e > s and text[e - 1] in " .,;:":
        e -= 1
    return e


def find_indirect(text: str, mem: ArticleMemory, finder: SpeakerFinder,
                  direct: list[tuple[int, int]]) -> list[Quote]:
    """Indirect speech outside the direct quotes."""
    spans = SpanSet(direct)

    def inside(pos: int) -> bool:
        return pos in spans

    out: list[Quote] = []
    for ss, se in mem.sents:
        if inside(ss) and inside(se - 1):
            continue
        for m in _that().finditer(text, ss, se):
            if inside(m.start()):
                continue
            cs, ce = m.start("at"), _clean_end(text, m.end(), se)
            if ce - cs < 11:
                continue
            mid = [t for t in tokens(text, m.start("mid"), m.end("mid"))
                   if t.is_word and t.text.lower() not in ADVERBS]
            spk: Speaker | None = None
            if mid and starts_np(mid[0]):
                spk = finder.classify(mid, m.start(), m.end("mid"))
            if spk is None:
                spk = finder.before_verb(ss, m.start())
            if spk is None or not spk.name or _is_media(spk.name):
                continue
            out.append(_quote(text, cs, ce, spk, m.start(), m.end("v")))
        q = _reported(text, ss, se, finder, inside)
        if q is not None:
            out.append(q)
        for m in _IFOLGE.finditer(text, ss, se):
            if inside(m.start()):
                continue
            q = _ifolge(text, m, ss, se, finder)
            if q is not None and not inside(q.start) and not inside(q.end - 1):
                out.append(q)
    return out


@cache
def _after_clause() -> re.Pattern[str]:
    return re.compile(rf",\s+(?P<v>{_indirect_verbs()})\s+")


def _reported(text: str, ss: int, se: int, finder: SpeakerFinder, inside) -> Quote | None:
    """``USA var ikke med, sa Kirby.``: a reported clause before the speech verb."""
    if text[ss] in "–—-«»\"“”„" or inside(ss):
        return None
    m = _after_clause().search(text, ss, se)
    if m is None or len(text[ss:m.start()].split()) < 4 or inside(m.start()):
        return None
    if re.search(r",\s+(?:[a-zæøå]+\s+){0,2}[A-ZÆØÅ][\w'’.-]*(?:\s+[A-ZÆØÅ][\w'’.-]*)*$",
                 text[ss:m.start()]):
        return None  # "Rektor ved skolen, Frode Haug, sier …": a subject with apposition
    if re.search(r"\b(?:at|om)\s*$", text[ss:m.start()]) or re.match(
            r"(?:\s*[\w'’.-]+){0,5}?\s+(?:om\s+)?at\b", text[m.end("v"):se]):
        return None  # "X, talsperson for Y, sa torsdag at …" is the subject, not a clause
    spk = finder.after_verb(m.end("v"), se)
    if spk is None or not spk.name or _is_media(spk.name):
        return None
    return _quote(text, ss, m.start(), spk, m.start("v"), m.end("v"))


def _ifolge_np(toks: list) -> list:
    """The noun phrase after ``ifølge``: a name, or determiner + adjectives + head noun
    (+ a name in apposition: ``den Oslo-baserte organisasjonen Iran Human Rights``)."""
    np = []
    k = 0
    if k < len(toks) and toks[k].text[:1].isupper() and toks[k].text not in FINITE:
        while k < len(toks) and (toks[k].text[:1].isupper() or toks[k].text in (
                "von", "der", "al", "bin")) and toks[k].is_word:
            np.append(toks[k])
            k += 1
        if np[-1].text.endswith("s") and k < len(toks) and toks[k].is_word and \
                toks[k].text.lower() not in FINITE:
            np.append(toks[k])  # "Verdens matvareprogram", "Kremls talsperson"
        return np
    while k < len(toks) and toks[k].is_word and (
            toks[k].text.lower() in ("den", "det", "dei", "de", "ein", "en", "ei", "et")
            or re.fullmatch(r"[\wæøå-]+(?:e|ske)", toks[k].text) and k + 1 < len(toks)
            and toks[k + 1].is_word and toks[k + 1].text.lower() not in FINITE):
        np.append(toks[k])
        k += 1
    if k < len(toks) and toks[k].is_word and toks[k].text.lower() not in FINITE:
        np.append(toks[k])
        k += 1
        while k < len(toks) and toks[k].is_word and toks[k].text[:1].isupper():
            np.append(toks[k])
            k += 1
    return np


def _ifolge(text: str, m: re.Match[str], ss: int, se: int, finder: SpeakerFinder) \
        -> Quote | None:
    toks = [t for t in tokens(text, m.end(), se)]
    np = _ifolge_np(toks)
    if not np or np[0].text.lower() in NOT_SPEAKERS or np[-1].text.lower() in NOT_SPEAKERS:
        return None
    name = text[np[0].start:np[-1].end]
    if _is_media(name) or any(_is_media(t.text) for t in np):
        return None
    spk = finder.classify(np, m.start(), np[-1].end)
    if spk is None or not spk.name:
        return None
    if m.start() == ss:
        cs, ce = np[-1].end, _clean_end(text, np[-1].end, se)
    else:
        cs, ce = ss, m.start()
        while ce > cs and text[ce - 1] in " ,":
            ce -= 1
    while cs < ce and text[cs] in " ,":
        cs += 1
    if ce - cs < 8:
        return None
    return _quote(text, cs, ce, spk, m.start(), np[-1].end)


def _quote(text: str, cs: int, ce: int, spk: Speaker, as_: int, ae: int) -> Quote:
    return Quote(text=text[cs:ce], start=cs, end=ce, kind="indirect", speaker=spk.name,
                 code=spk.code, sector=spk.sector, speaker_text=text[as_:ae],
                 speaker_start=as_, speaker_end=ae)
