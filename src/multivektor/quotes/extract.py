"""Direct and indirect quotes of an article with resolved speakers."""

from __future__ import annotations

import re
from typing import Any

from multivektor.model import Article, Mention, Quote
from multivektor.quotes import lexicon
from multivektor.quotes.direct import EMBED_VERBS, RawQuote, find_raw_quotes
from multivektor.quotes.indirect import _is_media as is_medium
from multivektor.quotes.indirect import find_indirect
from multivektor.quotes.names import ArticleMemory
from multivektor.quotes.speakers import ADVERBS, Speaker, SpeakerFinder, starts_np
from multivektor.quotes.textutil import paragraphs, tokens


def _verb_in(text: str, start: int, end: int, extra: frozenset[str] = frozenset()) \
        -> tuple[int, int] | None:
    """The last speech verb (or one of ``extra``) in ``text[start:end]``."""
    last = None
    for m in re.finditer(lexicon.speech_verb_pattern(), text[start:end]):
        if m.start() == 0 or not text[start + m.start() - 1].isalnum():
            last = (start + m.start(), start + m.end())
    for t in tokens(text, start, end):
        if t.text in extra and (last is None or t.start > last[0]):
            last = (t.start, t.end)
    return last


def _np_follows(text: str, pos: int, end: int) -> bool:
    """Does a subject noun phrase follow the verb ending at ``pos`` (inverted word order)?"""
    for t in tokens(text, pos, end):
        if t.text.lower() in ADVERBS:
            continue
        return starts_np(t)
    return False


#: Words that open a fronted adverbial, after which the subject follows the verb.
LEAD_PREPS = frozenset("i på etter med under før til fra frå for om ved da då når som".split())


class _Resolver:
    def __init__(self, text: str, raws: list[RawQuote], mem: ArticleMemory,
                 finder: SpeakerFinder) -> None:
        self.text, self.raws, self.mem, self.find = text, raws, mem, finder
        self.paras = paragraphs(text)

    def clause(self, start: int, end: int, extra: frozenset[str] = frozenset()) \
            -> Speaker | None:
        """Speaker of a clause that introduces a quote (``Putin sa:``, ``Han lovet at``)."""
        v = _verb_in(self.text, start, end, extra)
        if v is None:
            return self.find.before_verb(start, end)
        opening = self._opening_subject(start, v[0])
        if opening is not None:  # "Jonson kalte Norge «...»": the subject, not the object
            return opening
        if _np_follows(self.text, v[1], end):
            spk = self.find.after_verb(v[1], end)
            if spk is not None:
                return spk
        return self.find.before_verb(start, v[0])

    def _opening_subject(self, start: int, verb_start: int) -> Speaker | None:
        """A speaker that opens the clause and stands right before its verb (V2 subject), or
        before the first verb of "X kritiserte ... og anklaget"."""
        before = self.find.before_verb(start, verb_start)
        if before is None or before.start < start:
            return None
        lead = self.text[start:before.start].split()
        if len(lead) > 2 or any(w.lower() in LEAD_PREPS for w in lead):
            return None
        gap = self.text[before.end:verb_start]
        named = re.match(r"\s+((?:[A-ZÆØÅ][\w'’-]+\s+){0,3}[A-ZÆØÅ][\w'’-]+)", gap)
        if named is not None:
            # "Menneskerettighetsorganisasjonen Amnesty International tok ...": the name
            inner = self.find.before_verb(before.end, before.end + named.end())
            if inner is not None:
                before, gap = inner, self.text[inner.end:verb_start]
        if re.fullmatch(r"\s*(?:\([^)]{1,12}\)\s*)?", gap):
            return before
        coordinated = re.search(r"\s+og\s*$", gap)
        first = re.match(r"\s*(?:\([^)]{1,12}\)\s*)?\w+", gap)
        if coordinated and first is not None and first.group().strip().islower():
            return before  # "Ambassaden kritiserte avtalen og anklaget Norge ..."
        return None

    def explicit(self, q: RawQuote) -> Speaker | None:
        if q.attr is not None:
            spk = self.find.after_verb(q.attr[1], q.attr[2])
            cites = re.match(r"\s*(?:Det|Dette|Slik)\b", self.text[q.attr[0]:q.attr[1]])
            if spk is not None and not (spk.name and is_medium(spk.name) and cites):
                return spk  # "Dette skriver NRK." cites a source, it names no speaker
        if q.colon is not None:
            return self.clause(*q.colon)
        if q.embedded:
            s, _ = self.mem.sentence_of(q.start)
            return self.clause(s, q.start - 1, EMBED_VERBS)
        return None

    def next_sentence(self, q: RawQuote) -> Speaker | None:
        """``Det sa Støre til NTB.`` opening the paragraph after the quote."""
        if q.para + 1 >= len(self.paras):
            return None
        ps, pe = self.paras[q.para + 1]
        m = re.match(rf"(?:Det|Dette|Slik)\s+({lexicon.speech_verb_pattern()})", self.text[ps:pe])
        if m is None:
            return None
        end = self.text.find(".", ps + m.end(1), pe)
        return self.find.after_verb(ps + m.end(1), end if end > 0 else pe)

    def previous_colon(self, q: RawQuote) -> Speaker | None:
        if q.para == 0 or q.start - self.paras[q.para][0] > 3:
            return None
        ps, pe = self.paras[q.para - 1]
        if not self.text[ps:pe].rstrip().endswith(":"):
            return None
        s, _ = self.mem.sentence_of(pe - 1)
        return self.clause(max(s, ps), pe - 1)


def _remember(mem: ArticleMemory, spk: Speaker | None) -> None:
    if spk is not None and spk.name:
        p = mem.find(spk.name)
        if p is not None and (spk.start, spk.end) not in p.mentions:
            p.mentions.append((spk.start, spk.end))


def extract_quotes(doc: Any, mentions: list[Mention], article: Article) -> list[Quote]:
    """Direct quotes (kind ``direct``) and indirect speech (kind ``indirect``) with speakers."""
    text = article.text
    raws = find_raw_quotes(text)
    mem = ArticleMemory(text, mentions, doc, exclude=[(q.start, q.end) for q in raws])
    finder = SpeakerFinder(mem, mentions or [])
    res = _Resolver(text, raws, mem, finder)

    speakers: list[Speaker | None] = [None] * len(raws)
    for i, q in enumerate(raws):
        if q.inherit and i > 0 and q.attr is None:
            continue
        spk = res.explicit(q) or res.previous_colon(q)
        speakers[i] = spk
        _remember(mem, spk)
    for i, q in enumerate(raws):
        if speakers[i] is not None and (speakers[i].name or q.attr is not None):
            continue  # resolved, or attributed to someone unnamed ("sa de")
        spk = None
        if i > 0 and (q.inherit or raws[i - 1].para in (q.para, q.para - 1)) and \
                speakers[i - 1] is not None:
            spk = speakers[i - 1]
        if spk is None:
            spk = res.next_sentence(q)
        if spk is None and i + 1 < len(raws) and raws[i + 1].para == q.para + 1 and \
                raws[i + 1].attr is not None:
            spk = speakers[i + 1]
        if spk is None and speakers[i] is None:
            p = mem.by_pronoun(q.start, "?")
            if p is not None:
                spk = finder.person(p, "", q.start, q.start)
        speakers[i] = spk or speakers[i]

    out: list[Quote] = []
    seen: set[str] = set()
    for q, spk in zip(raws, speakers, strict=True):
        body = " ".join(text[a:b] for a, b in q.parts)
        key = " ".join(re.findall(r"\w+", body.lower()))
        if key in seen:
            continue  # the same words quoted twice (lead and body) are one quote
        seen.add(key)
        attr_text = attr_s = attr_e = None
        if q.attr is not None:
            attr_s, attr_e = q.attr[0], q.attr[2]
            attr_text = text[attr_s:attr_e]
        elif spk is not None and spk.end > spk.start:
            attr_s, attr_e, attr_text = spk.start, spk.end, spk.text
        out.append(Quote(
            text=body, start=q.start, end=q.end, kind="direct",
            speaker=spk.name if spk else None, code=spk.code if spk else None,
            sector=spk.sector if spk else None, speaker_text=attr_text,
            speaker_start=attr_s, speaker_end=attr_e,
        ))
    out.extend(find_indirect(text, mem, finder, [(q.start, q.end) for q in raws]))
    out.sort(key=lambda q: (q.start, q.kind))
    return out
