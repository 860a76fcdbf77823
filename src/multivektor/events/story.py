"""What the whole article says about its actors: salience, the main pair, the speaker of a
quote, the place of a protest, and the recipient a sentence leaves implicit."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from multivektor.events import recipient_ranker as ranker
from multivektor.events.arguments import MentionIndex
from multivektor.events.lexicon import Lexicon
from multivektor.events.match import CueMatch
from multivektor.events.rules import (
    COOPERATIVE,
    DOMESTIC,
    DOMESTIC_STORY,
    LOCATIVE_PREPS,
    ORGANISATIONS,
    TARGET_PREPS,
    VIOLENT,
)
from multivektor.events.syntax import lemma
from multivektor.events.wars import enemies
from multivektor.model import Article, Mention, Quote

#: Extra weight of a party named in the sentence's own paragraph (one more mention).
PARAGRAPH_BONUS = 1.0
#: How far ahead of the next state the state a story is about must be (salience ratio).
HOME_LEAD = 1.3
#: Sectors that make a conflict internal when the same state's government is also named.
INTERNAL_FOES = frozenset({"REB", "INS", "OPP"})


def implicit(code: str, at: int = 0, sector: str | None = None,
             source: str = "salience") -> Mention:
    """A participant the text does not name at this point, inferred from the article."""
    return Mention(start=at, end=at, text="", kind="implicit", code=code, sector=sector,
                   source=source)


#: Nouns of envoys and missions: "i X" after them names the host state, not a place.
POSTED_AT = frozenset({"ambassadør", "ambassade", "diplomat", "konsulat", "generalkonsulat",
                       "utsending", "chargé", "ambassadørane", "ambassadørene"})


#: Words ending the search for a speaker after a speech verb: whom it talks to ("sa X til
#: NTB", "overfor journalister") and the end of the sentence.
SPEAKER_SEARCH_STOPS = frozenset({"til", "overfor", "for", ".", "!", "?", "\n\n"})


class Story:
    """Article-level knowledge used when a sentence does not name a participant."""

    def __init__(self, doc: Doc, mentions: list[Mention], article: Article, lex: Lexicon,
                 index: MentionIndex, quotes: list[Quote] | None = None) -> None:
        self.doc, self.lex, self.index = doc, lex, index
        self.article_id = article.id
        self.quotes = [q for q in quotes or () if q.code]
        # spaCy rebuilds Doc.text from the tokens on every access: the article's own text,
        # when the doc was made from it (it ends where the doc ends), is the same string
        last = doc[-1] if len(doc) else None
        same = last is not None and last.idx + len(last.text_with_ws) == len(article.text)
        self.text = article.text if same else doc.text
        self.salience: dict[str, float] = {}
        self.sectors: dict[str, set[str]] = {}
        self.positions: dict[str, list[int]] = {}  # code -> start offsets of its mentions
        #: the scores of the last ranking of implicit recipients, best first (for ``explain``)
        self.last_ranking: list[tuple[str, float]] = []
        self._paragraphs: dict[int, set[str]] = {}  # paragraph start -> codes named in it
        title = (article.title or "").lower()
        for m in mentions:
            if m.code and m.sector != "MED":
                if m.source not in ("memory", "pronoun"):  # (a guessed antecedent makes no
                    self.sectors.setdefault(m.code, set()).add(m.sector or "")  # rebels)
                w = 1.0 + (1.0 if m.start < 400 else 0.0) \
                    + (2.0 if m.text.lower() in title else 0.0)
                self.salience[m.code] = self.salience.get(m.code, 0.0) + w
                self.positions.setdefault(m.code, []).append(m.start)
        for starts in self.positions.values():
            starts.sort()

    def locative(self, m: Mention) -> bool:
        """A place named as where something happens ("på eit møte i Luxembourg")."""
        if m.kind not in ("capital", "city", "place", "state", "region"):
            return False
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.start == 0:
            return False
        if span.start >= 2 and lemma(self.doc[span.start - 2]) in POSTED_AT:
            return False  # "kalte hjem ambassadøren sin i Abu Dhabi": whose envoy, not where
        return self.doc[span.start - 1].lower_ in LOCATIVE_PREPS

    def prep_after(self, m: CueMatch, sent: Span, actor_codes: set[str],
                    event: str) -> list[Mention]:
        """"sende ammunisjon med utarmet uran til Ukraina": a target preposition after the cue
        in the same clause, wherever the parse attached it."""
        preps = TARGET_PREPS.get(event, TARGET_PREPS["*"])
        last = max(t.i for t in m.tokens)
        doc = self.doc
        for j in range(last + 1, min(sent.end, last + 12)):
            tok = doc[j]
            if tok.text in (",", ";", ":", "–") or tok.lower_ in ("som", "at", "og", "å"):
                break
            if tok.lower_ in preps and j + 1 < sent.end and doc[j + 1].lower_ != "å":
                reach = 9 if tok.lower_ == "mellom" else 4  # "mellom A og B": B is further
                found = [x for x in self.index.in_tokens(list(doc[j + 1:min(sent.end, j + reach)]))
                         if x.code not in actor_codes and not (event not in VIOLENT
                                                               and self.locative(x))]
                if found:
                    return found[:1]
        return []

    def host_after(self, m: CueMatch, sent: Span, actor_codes: set[str]) -> list[Mention]:
        """"var på statsbesøk i Kasakhstan", "vil delta på toppmøtet i Sveits": the state or
        capital a meeting takes place in, after the cue in the same clause (GUIDE: a visit to
        Moscow has RUS as recipient)."""
        last = max(t.i for t in m.tokens)
        doc = self.doc
        for j in range(last + 1, min(sent.end - 1, last + 10)):
            tok = doc[j]
            if tok.text in (",", ";", ":", "–") or tok.lower_ in ("som", "at", "og", "å"):
                break
            if tok.lower_ == "i" and (tok.head.i in {t.i for t in m.tokens} or any(
                    c.event == "CONSULT" for c in self.lex.noun_cues(
                        tok.head.lower_, lemma(tok.head)))):  # not "drøfta situasjonen i X"
                found = [x for x in self.index.in_tokens([doc[j + 1]])
                         if x.kind in ("state", "capital") and x.code not in actor_codes
                         and x.code not in ORGANISATIONS]
                if found:
                    return found[:1]
        return []

    def implicit_recipient(self, sent: Span, cue_i: int, actor_codes: set[str],
                           event: str = "") -> list[Mention]:
        """The recipient a sentence leaves implicit: the other actor ranked best by
        ``recipient_ranker`` (its salience in the article, a party of the same paragraph
        counting once more; named in the paragraph, in the sentence, before it and how
        recently) — or the actor's own state when the story is about that state alone (three
        times as salient as any other)."""
        salience = dict(self.salience)
        paragraph = self._in_paragraph(sent)
        for c in paragraph:  # the party of this paragraph counts once more
            salience[c] += PARAGRAPH_BONUS
        ranked = sorted(((w, c) for c, w in salience.items() if c not in actor_codes),
                        reverse=True)
        own = max((self.salience.get(c, 0.0) for c in actor_codes), default=0.0)
        code = next(iter(actor_codes)) if len(actor_codes) == 1 else None
        if code is not None and code not in ORGANISATIONS and (ranked or event in DOMESTIC) \
                and own >= DOMESTIC_STORY * (ranked[0][0] if ranked else 0.0):
            # a story about one state (a mutiny, a civil war, a crackdown): its own state
            return [implicit(next(iter(actor_codes)), sent.start_char)]
        if code is not None and self.civil_war(code) and event not in COOPERATIVE | {"AGREE"}:
            # both sides belong to one state (army and RSF, Moldova and Transnistria): the
            # other side is the state's rebels or opposition
            foe = sorted(self.sectors.get(code, set()) & INTERNAL_FOES)[0]
            return [implicit(code, sent.start_char, sector=foe)]
        if not ranked:
            return []
        top = ranked[0][0]
        recording = ranker.is_recording()
        best, vectors, self.last_ranking = ranker.choose(
            ranked, lambda c: ranker.features(c, salience, top, paragraph,
                                              self.positions.get(c, ()), sent.start_char,
                                              sent.end_char), every=recording)
        if recording:
            ranker.record(ranker.Choice(self.article_id, sent.start_char, sent.end_char, event,
                                        frozenset(actor_codes), vectors))
        return [implicit(best, sent.start_char, source="ranker")]

    def home_state(self, besides: frozenset[str] = frozenset()) -> str | None:
        """The state the story is about: the most salient state (no organisation), when it
        is clearly ahead of the next (by a third); ``besides`` are passed over."""
        ranked = sorted(((w, c) for c, w in self.salience.items()
                         if c not in ORGANISATIONS and c not in besides), reverse=True)
        if not ranked:
            return None
        if len(ranked) > 1 and ranked[0][0] < HOME_LEAD * ranked[1][0]:
            return None
        return ranked[0][1]

    def war_enemy(self, code: str, date: str | None) -> str | None:
        """The state ``code`` was at war with on ``date`` (wars.tsv), the most salient in the
        article when there are several."""
        foes = enemies(code, date)
        return max(foes, key=lambda c: self.salience.get(c, 0.0)) if foes else None

    def top_organisation(self, exclude: set[str]) -> list[Mention]:
        """The article's most salient international organisation (as an implicit mention)."""
        orgs = [(w, c) for c, w in self.salience.items()
                if c in ORGANISATIONS and c not in exclude]
        if not orgs:
            return []
        return [implicit(max(orgs)[1])]

    def _in_paragraph(self, sent: Span) -> set[str]:
        """Codes named in the paragraph of ``sent`` (paragraphs end at blank lines); each
        paragraph is scanned once per article."""
        text = self.text
        start = max(text.rfind("\n\n", 0, sent.start_char), 0)
        if start not in self._paragraphs:
            end = text.find("\n\n", sent.end_char)
            span = self.doc.char_span(start, len(text) if end < 0 else end,
                                      alignment_mode="expand")
            found = self.index.by_token  # (by position: no Token objects)
            codes = {m.code for i in (range(span.start, span.end) if span is not None else ())
                     if (m := found.get(i)) is not None}
            self._paragraphs[start] = {c for c in codes if c in self.salience}
        return self._paragraphs[start]

    def civil_war(self, code: str) -> bool:
        """The article names both a state's government or army and armed or opposition
        groups of the same state, and that state is the story's most salient one."""
        sectors = self.sectors.get(code, set())
        top = max(self.salience.values(), default=0.0)
        return bool(sectors & {"GOV", "MIL"}) and bool(sectors & INTERNAL_FOES) \
            and self.salience.get(code, 0.0) >= top

    def last_organisation(self, offset: int, exclude: set[str]) -> str | None:
        """The international organisation named last before ``offset`` (not in ``exclude``):
        where a vote the sentence tells was held ("FNs hovudforsamling ... Noreg røysta
        for")."""
        best: tuple[int, str] | None = None
        for code, starts in self.positions.items():
            if code not in ORGANISATIONS or code in exclude:
                continue
            before = [s for s in starts if s < offset]
            if before and (best is None or before[-1] > best[0]):
                best = (before[-1], code)
        return best[1] if best is not None else None

    def main_pair(self, besides: set[str] | frozenset[str] = frozenset()) -> list[Mention]:
        """The two most salient states or organisations of the article (other than
        ``besides``: the mediators of their talks, say)."""
        ranked = sorted(((c, x) for c, x in self.salience.items() if c not in besides),
                        key=lambda kv: -kv[1])[:2]
        if len(ranked) < 2:
            return []
        return [implicit(c) for c, _ in ranked]

    def speaker(self, sent: Span) -> Mention | None:
        """Who speaks a quoted sentence: a coded name right after a speech verb ("sa Støre"),
        in this sentence or the ones around it in the same paragraph; else the coded speaker
        of the quote extracted around it (``quotes``: "..., heiter det i ei fråsegn frå det
        kinesiske utanriksdepartementet")."""
        found = self._speech_verb_speaker(sent)
        if found is not None and found.code:
            return found
        for q in self.quotes:  # (also for a name without a code: "sa Misri")
            if q.start <= sent.start_char < q.end or sent.start_char <= q.start < sent.end_char:
                start = q.speaker_start if q.speaker_start is not None else q.start
                end = q.speaker_end if q.speaker_end is not None else q.end
                return Mention(start, end, q.speaker_text or q.speaker or q.code or "", "person",
                               q.code, q.sector, q.speaker, None, 0.7, "quote")
        return found

    def _speech_verb_speaker(self, sent: Span) -> Mention | None:
        """A coded name next to a speech verb in or around ``sent`` (same paragraph)."""
        speech = self.lex.words("speech_verbs")
        doc = self.doc
        lo, hi = max(0, sent.start - 60), min(len(doc), sent.end + 60)
        best: tuple[int, Mention] | None = None
        for t in doc[lo:hi]:
            if lemma(t) not in speech and t.lower_ not in ("sa", "sier", "seier", "sagt"):
                continue
            if t.i < sent.start:
                between = self.text[t.idx:sent.start_char]
            elif t.i >= sent.end:  # (from the last word: the sentence may end in "\n\n")
                between = self.text[sent.start_char + len(sent.text.rstrip()):t.idx]
            else:
                between = ""
            if "\n\n" in between.strip(" ") or between.count("\n") >= 2:
                continue  # another paragraph
            # the name after the speech verb ("sa Støre"), else before it ("Støre sa:")
            m = self._first_mention(range(t.i + 1, min(hi, t.i + 5)), stop=SPEAKER_SEARCH_STOPS)
            if m is not None and m.sector == "MED":
                m = None  # "sa Misri til journalister": the press is no speaker
            nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
            named_after = nxt is not None and nxt.is_title and (
                nxt.pos_ in ("PROPN", "NOUN", "X", "ADJ") or self.index.at(nxt) is not None)
            if m is None and not named_after:  # "sa Barth Eide": a speaker without a code
                m = self._first_mention(range(t.i - 1, max(lo, t.i - 5) - 1, -1))
            if m is not None:  # (the sentence's own "sa han" before a verb of the one before)
                dist = 0 if sent.start <= t.i < sent.end else abs(t.i - sent.start)
                if best is None or dist < best[0]:
                    best = (dist, m)
        return best[1] if best else None

    def _first_mention(self, positions: range, stop: frozenset[str] = frozenset()
                       ) -> Mention | None:
        """The first token in ``positions`` that is part of an actor mention (none after a
        word of ``stop``: "sa Misri til NTB" names no speaker after "til")."""
        for j in positions:
            if self.doc[j].lower_ in stop:
                return None
            m = self.index.at(self.doc[j])
            if m is not None:
                return m
        return None

    def protest_target(self, sent: Span) -> Mention | None:
        """The state whose embassy or consulate a crowd gathers outside."""
        return self._after_prep(sent, ("utenfor", "utanfor", "foran", "framfor", "ved"),
                                _an_embassy)

    def protest_against(self, sent: Span) -> Mention | None:
        """The coded party a crowd protests "mot" ("mot Blinken-besøket": the USA)."""
        return self._after_prep(sent, ("mot",), lambda m: bool(m.code))

    def protest_place(self, sent: Span) -> list[Mention]:
        """Protesters are coded by the state where they protest ("i Tbilisi"), else by the
        government or leader they protest against ("demonstrerte mot regjeringa i
        Tbilisi", "mot Maduro")."""
        place = self._after_prep(
            sent, ("i", "utenfor", "utanfor", "foran", "framfor"),
            lambda m: (m.kind in ("state", "capital", "place", "city", "gpe") or (
                m.kind in ("org", "role") and m.sector in ("LEG", "GOV")  # "utenfor
                and m.code not in ORGANISATIONS)) and not _an_embassy(m))  # Stortinget",
        # ("stormet parlamentet i Bangladesh": the role phrase holds the state)
        if place is None:  # (a government or leader, not a state or its embassy: those
            place = self._after_prep(  # are the target of a crowd abroad, "mot India")
                sent, ("mot",), lambda m: m.sector == "GOV" and m.code not in ORGANISATIONS
                and not (m.kind in ("state", "capital") and m.text[:1].isupper())
                and not _an_embassy(m))
        return [place] if place is not None else []

    def _after_prep(self, sent: Span, preps: tuple[str, ...], accept) -> Mention | None:
        """The first mention ``accept`` takes within three words after one of ``preps``."""
        for t in sent:
            if t.lower_ in preps:
                for j in range(t.i + 1, min(sent.end, t.i + 4)):
                    m = self.index.at(self.doc[j])
                    if m is not None and accept(m):
                        return m
        return None


def _an_embassy(m: Mention) -> bool:
    """A mention of an embassy or consulate: where a protest is aimed, not where it is."""
    text = m.text.lower()
    return "ambassad" in text or "konsulat" in text
