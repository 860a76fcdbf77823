"""Who is speaking: the noun phrase of an attribution, resolved to a full name.

An attribution names its speaker by name (``sa Putin``), pronoun (``sa han``, ``seier ho``),
role noun (``sa utenriksministeren``) or institution (``skriver ambassaden``). Names are
expanded to the full name as first mentioned, pronouns and role nouns resolved to the most
recent fitting person, institutions to their fullest earlier mention.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from multivektor.model import Mention
from multivektor.quotes import lexicon
from multivektor.quotes.names import (
    PARTICLES,
    QUALIFIER,
    ArticleMemory,
    Person,
    is_name_token,
)
from multivektor.quotes.textutil import Tok, tokens

PRONOUNS = {"han": "M", "hun": "F", "ho": "F", "de": "PL", "dei": "PL"}
#: Words skipped between a speech verb and its subject ("sa også Støre").
ADVERBS = lexicon.words("speaker_adverbs")
#: Words that end a speaker noun phrase.
STOPS = lexicon.words("speaker_stops")
TIME_WORDS = lexicon.words("time_words")
#: Nouns for statements whose sender is the speaker ("en uttalelse fra departementet").
STATEMENT_STEMS = lexicon.words("statement_nouns")
POSSESSIVES = lexicon.words("possessives")
DETERMINERS = lexicon.words("determiners")


#: "det i fråsegna": the statement an impersonal attribution names ("heiter det i ...").
_THE_STATEMENT = re.compile(r"\s+det\s+(?:i|ifølge|ifølgje)\s+([^\W\d_]+)")


def _statement_stem(word: str) -> bool:
    """``word`` is a statement noun ("uttalelsen", "fråsegna", "pressemeldinga")."""
    return word.lower().rstrip("a").rstrip("n").rstrip("e") in STATEMENT_STEMS


#: Between a name and the body it belongs to: "Ned Price i det amerikanske ...", "X, ".
_AFFILIATION = re.compile(r",?\s*(?:(?:i|ved|fra|frå|for|hos)\s+(?:\w+\s+){0,3})?")
#: How far before a name a coded mention may still tell the name's state ("den kinesiske
#: talspersonen X"); further back it is likelier what the person talks about.
NEAR_BEFORE = 25


@dataclass(slots=True)
class Speaker:
    """A resolved speaker and the words that name it."""

    name: str | None
    text: str
    start: int
    end: int
    code: str | None = None
    sector: str | None = None


def starts_np(tok: Tok) -> bool:
    """Can a speaker noun phrase start with this word (after a verb, inverted order)?"""
    low = tok.text.lower()
    return low not in ("at", "om", "og") and low not in ADVERBS and (
        tok.text[:1].isupper() or low in PRONOUNS or low in DETERMINERS
        or lexicon.role_of(tok.text) is not None
        or lexicon.institution_of(tok.text) is not None)


def _cap_first(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


class SpeakerFinder:
    """Resolve attribution phrases of one article."""

    def __init__(self, memory: ArticleMemory, mentions: list[Mention]) -> None:
        self.mem = memory
        self.text = memory.text
        self.mentions = mentions

    # -- codes -------------------------------------------------------------------------------

    def _code(self, spans: list[tuple[int, int]],
              name: str | None) -> tuple[str | None, str | None]:
        for s, e in spans:
            for m in self.mentions:
                if m.start < e and s < m.end and m.code and m.sector != "MED":
                    return m.code, m.sector
        if name and name.split():
            last = name.split()[-1].lower()
            for m in self.mentions:
                if m.code and m.kind in ("person", "role") and (
                    (m.name or "").lower().endswith(last) or m.text.lower().endswith(last)
                ):
                    return m.code, m.sector
        return None, None

    def _near(self, s: int, e: int) -> tuple[str | None, str | None]:
        """The code of the nearest coded mention in the same sentence as ``s:e`` (the state
        or organisation in ``talsperson i det amerikanske utanriksdepartementet``)."""
        ss, se = self.mem.sentence_of(s)
        best: Mention | None = None
        for m in self.mentions:
            if not m.code or m.kind == "person" or not (ss <= m.start < se) or \
                    self.mem.excluded(m.start) or m.sector == "MED":
                continue  # (nor "til journalister": whom the speaker talks to)
            if m.end <= s and s - m.end > NEAR_BEFORE:
                continue  # ("Kineserne beslagla ..., opplyser forsvarssjef X": what X says)
            if m.start >= e and not _AFFILIATION.fullmatch(self.text, e, m.start):
                continue  # ("X sa at Pakistan ...": what X talks about, not where X is from)
            if best is None or min(abs(m.end - s), abs(m.start - e)) < min(
                    abs(best.end - s), abs(best.start - e)):
                best = m
        if best is None or min(abs(best.end - s), abs(best.start - e)) > 80:
            return None, None
        return best.code, None

    def person(self, p: Person, text: str, s: int, e: int) -> Speaker:
        """The speaker for a person of the article, with code and sector."""
        code, sector = (p.code, p.sector) if p.code else self._code(p.mentions + [(s, e)],
                                                                     p.name)
        if code is None:
            code, sector = self._near(p.start, p.end)
        if sector is None:
            # the sector of the role the article gives the person ("forsvarssjef" -> MIL)
            sector = next((lexicon.role_stems().get(lexicon.role_of(r) or "") for r in
                           sorted(p.roles) if lexicon.role_stems().get(lexicon.role_of(r) or "")),
                          None)
        return Speaker(self._full_name(p), text, s, e, code, sector)

    def _resolved_mention(self, s: int, e: int) -> Speaker | None:
        """The actor resolver's person for a pronoun or role phrase we could not resolve."""
        for m in self.mentions:
            if m.start < e and s < m.end and m.name and m.name.split() and m.kind in (
                    "pronoun", "role", "person"):
                p = self.mem.find(m.name) or self.mem.find(m.name.split()[-1])
                name = p.name if p is not None and " " in p.name else m.name
                return Speaker(name, self.text[s:e], s, e, m.code, m.sector)
        return None

    def _full_name(self, p: Person) -> str:
        """A surname the article never writes in full (``Putin sa``) takes the full name the
        actor resolver found for it (``Vladimir Putin``)."""
        if " " in p.name:
            return p.name
        for a, b in p.mentions:
            for m in self.mentions:
                if m.kind == "person" and m.name and m.name.split() and m.start < b and \
                        a < m.end and m.name.split()[-1].lower() == p.name.lower():
                    return m.name
        return p.name

    def _plain(self, name: str, s: int, e: int, spans: list[tuple[int, int]] | None = None,
               sector: str | None = None) -> Speaker | None:
        if len(name.split()) > 6:
            return None  # a clause, not a speaker phrase
        code, sec = self._code(spans or [(s, e)], None)
        return Speaker(name, self.text[s:e], s, e, code, sec or sector)

    # -- noun phrases ------------------------------------------------------------------------

    def _np_tokens(self, start: int, end: int) -> tuple[list[Tok], int]:
        """Tokens of the noun phrase starting at ``start`` and where it stops."""
        toks = tokens(self.text, start, end)
        out: list[Tok] = []
        for k, t in enumerate(toks):
            low = t.text.lower()
            if t.text in PARTICLES and k + 1 < len(toks) and (
                    toks[k + 1].text[:1].isupper() or toks[k + 1].text in PARTICLES):
                out.append(t)  # "von der Leyen"
                continue
            if not out and (low in ADVERBS or low in TIME_WORDS):
                continue
            if not out and low in STOPS:
                return out, t.start  # "rapporterte til presidenten": no subject here
            if not t.is_word or (out and low in STOPS) or low in lexicon.speech_verbs():
                return out, t.start
            out.append(t)
        return out, end

    def _runs_in(self, toks: list[Tok]) -> list[tuple[int, int]]:
        """Index ranges of capitalised runs in toks, genitive modifiers left out."""
        runs = []
        stop = lexicon.not_names()
        i = 0
        while i < len(toks):
            if not is_name_token(toks[i]) or toks[i].text in stop or (
                    (lexicon.role_of(toks[i].text) or lexicon.institution_of(toks[i].text))
                    and toks[i].text not in lexicon.first_names()):
                i += 1
                continue
            j = i + 1
            while j < len(toks):
                if is_name_token(toks[j]):
                    j += 1
                    continue
                k = j
                while k < len(toks) and toks[k].text in PARTICLES:
                    k += 1
                if k > j and k < len(toks) and is_name_token(toks[k]):
                    j = k
                    continue
                break
            last = toks[j - 1].text
            genitive = j < len(toks) and last.endswith("s") and not is_name_token(toks[j])
            if not genitive:
                runs.append((i, j))
            i = j
        return runs

    def _name(self, toks: list[Tok], i: int, j: int) -> Speaker:
        s, e = toks[i].start, toks[j - 1].end
        name = self.text[s:e]
        p = self.mem.find(name)
        if p is not None:
            return self.person(p, name, s, e)
        return self._plain(name, s, e)

    def _apposition(self, pos: int, end: int) -> Speaker | None:
        """``sekretæren i X-rådet, Oleksij Danilov, på Twitter``: the name after a comma."""
        m = re.compile(r",\s+([^\W\d_][^,.;:()]*?)"
                       r"(?=\s*(?:,|\.|\(|$|\s(?:på|i|til|under|etter|ved|om|da|då)\s))")
        hit = m.search(self.text, pos, end)
        if not hit:
            return None
        toks = tokens(self.text, hit.start(1), hit.end(1))
        runs = self._runs_in(toks)
        if runs and runs[-1][1] == len(toks) and runs[-1][1] - runs[-1][0] >= 2:
            return self._name(toks, *runs[-1])
        return None

    def _institution(self, tok: Tok, stem: str) -> Speaker:
        """The fullest earlier mention of the institution ``tok`` refers to."""
        head = lexicon.institution_base(tok.text)
        cands: list[tuple[int, int]] = []
        for t in self.mem.toks:
            if t.start >= tok.start:
                break
            if self.mem.excluded(t.start) or lexicon.institution_of(t.text, False) != stem:
                continue
            if not lexicon.institution_base(t.text).endswith(head):
                continue
            span = self._expand_np(t)
            if span[1] - span[0] > t.end - t.start:
                cands.append(span)
        best = cands[-1] if cands else None
        if best is None:
            best = self._expand_np(tok)
        name = _cap_first(self.text[best[0]:best[1]])
        return self._plain(name, tok.start, tok.end, [best, (tok.start, tok.end)],
                           lexicon.institution_stems().get(stem))

    def _expand_np(self, tok: Tok) -> tuple[int, int]:
        """Extend a head noun left over determiners, adjectives and a genitive, and right
        over ``i <Place>`` when there is no genitive."""
        k = self.mem.tok_index(tok.start)
        toks = self.mem.toks
        s, e = tok.start, tok.end
        genitive = False
        i = k - 1
        while i >= 0 and k - i <= 4:
            w = toks[i].text
            low = w.lower()
            if low in DETERMINERS:
                s = toks[i].start
                break
            if w.endswith("s") and is_name_token(toks[i]) and not genitive:
                s, genitive = toks[i].start, True
                i -= 1
                continue
            if re.fullmatch(r"[a-zæøåäöü-]{2,}(e|ske|iske)", low) and not genitive and \
                    low not in STOPS and low not in ("ifølge", "ifølgje", "sjølve", "hele"):
                s = toks[i].start
                i -= 1
                continue
            break
        if not genitive and k + 2 < len(toks) and toks[k + 1].text == "i" and \
                is_name_token(toks[k + 2]) and toks[k + 2].text not in lexicon.not_names():
            j = k + 2
            while j + 1 < len(toks) and is_name_token(toks[j + 1]) and \
                    self.text[toks[j].end:toks[j + 1].start] == " ":
                j += 1
            e = toks[j].end
        return s, e

    def classify(self, toks: list[Tok], pos: int, clause_end: int) -> Speaker | None:
        """Resolve the speaker named by the noun-phrase tokens ``toks``."""
        while toks and not toks[0].is_word:
            toks = toks[1:]
        if not toks:
            return None
        first = toks[0].text.lower()
        if first in PRONOUNS and (len(toks) == 1 or not toks[1].text[:1].isupper()):
            return self.pronoun(toks[0], PRONOUNS[first])
        runs = self._runs_in(toks)
        if runs:
            # the head name is the last run (after roles and genitives)
            i, j = runs[-1]
            if j - i >= 1 and not (j == i + 1 and toks[i].text.isupper() and len(runs) == 1
                                   and self._role_in(toks)):
                name = self.text[toks[i].start:toks[j - 1].end]
                if j < len(toks) and (j == i + 1 or self.mem.find(name) is None) and all(
                        t.is_word and t.text[:1].islower() for t in toks[j:]):
                    # an organisation named with lower-case words: "Sjuende flåte"
                    return self._plain(self.text[toks[i].start:toks[-1].end],
                                       toks[i].start, toks[-1].end)
                return self._name(toks, i, j)
        app = self._apposition(toks[-1].end, clause_end)
        if app is not None:
            return app
        role = self._role_in(toks)
        if role is not None:
            tok, base = role
            indefinite = toks[0].text.lower() in ("en", "ein", "ei", "et", "eit", "flere",
                                                 "fleire", "to", "tre") or any(
                t.text.lower() in POSSESSIVES for t in toks)
            k = toks.index(tok)
            qual = toks[k - 1].text if k > 0 and QUALIFIER.fullmatch(toks[k - 1].text) else None
            p = None if indefinite else self.mem.by_role(base, pos, qualifier=qual)
            s, e = toks[0].start, toks[-1].end
            if p is not None:
                return self.person(p, self.text[s:e], s, e)
            resolved = None if indefinite else self._resolved_mention(s, e)
            if resolved is not None:
                return resolved
            return self._plain(self.text[s:e], s, e,
                               sector=lexicon.role_stems().get(lexicon.role_of(tok.text) or ""))
        for t in reversed(toks):
            stem = lexicon.institution_of(t.text)
            if stem:
                return self._institution(t, stem)
        if runs:
            return self._name(toks, *runs[-1])
        s, e = toks[0].start, toks[-1].end
        if e - s > 60:
            return None
        return self._plain(self.text[s:e], s, e)

    @staticmethod
    def _role_in(toks: list[Tok]) -> tuple[Tok, str] | None:
        for t in reversed(toks):
            base = lexicon.role_base(t.text)
            if base and not t.text[:1].isupper():
                return t, base
        for t in reversed(toks):
            base = lexicon.role_base(t.text)
            if base:
                return t, base
        return None

    def pronoun(self, tok: Tok, gender: str) -> Speaker | None:
        if gender == "PL":
            return Speaker(None, tok.text, tok.start, tok.end)
        p = self.mem.by_pronoun(tok.start, gender)
        if p is None:
            return self._resolved_mention(tok.start, tok.end) or Speaker(
                None, tok.text, tok.start, tok.end)
        return self.person(p, tok.text, tok.start, tok.end)

    # -- attributions ------------------------------------------------------------------------

    def after_verb(self, verb_end: int, clause_end: int) -> Speaker | None:
        """The speaker named after a speech verb: ``sa Støre til NTB`` -> Jonas Gahr Støre."""
        rest = self.text[verb_end:clause_end]
        m = re.match(r"\s+det\b.*?\b(?:fra|frå)\s+", rest)
        if m and re.match(r"\s+det\b", rest):
            verb_end += m.end()
        elif re.match(r"\s+det\b", rest):
            named = _THE_STATEMENT.match(rest)
            if named and _statement_stem(named.group(1)) and named.group(1).lower().endswith(
                    ("en", "a", "et")):  # "heiter det i fråsegna": the one named before
                return self._statement_sender(verb_end)
            return None
        toks, _stop = self._np_tokens(verb_end, clause_end)
        if toks and _statement_stem(toks[-1].text):
            # "ifølge en pressemelding fra NATO": the sender speaks
            m = re.match(r"\s+(?:fra|frå)\s+", self.text[toks[-1].end:clause_end])
            if m:
                start = toks[-1].end + m.end()
                toks, _stop = self._np_tokens(start, clause_end)
        return self.classify(toks, verb_end, clause_end)

    def _statement_sender(self, pos: int) -> Speaker | None:
        """Who sent the statement an attribution names with a definite noun ("heter det i
        uttalelsen"): the subject of the last sentence before ``pos`` that mentions a
        statement ("Departementet skreiv i ei fråsegn at ...")."""
        lo = max(0, pos - 1200)
        hits = [m for m in re.finditer(r"[^\W\d_]+", self.text[lo:pos])
                if _statement_stem(m.group())]
        if not hits:
            return None
        at = lo + hits[-1].start()
        start, _ = self.mem.sentence_of(at)
        toks = tokens(self.text, start, at)
        return self.subject(toks, start, at) if toks else None

    def before_verb(self, clause_start: int, verb_start: int) -> Speaker | None:
        """The subject before a speech verb: ``NATOs generalsekretær Jens Stoltenberg sa``."""
        toks = tokens(self.text, clause_start, verb_start)
        # drop a fronted adverbial only when a subject follows the verb (handled by caller)
        if not toks:
            return None
        for k, t in enumerate(toks):
            if t.text.lower() in PRONOUNS and (k == 0 or toks[k - 1].text.lower() in (
                    "og", "men", "så", "da", "då", ",")):
                return self.pronoun(t, PRONOUNS[t.text.lower()])
        words = [t for t in toks if t.is_word]
        if not words:
            return None
        return self.subject(toks, clause_start, verb_start)

    def subject(self, toks: list[Tok], pos: int, clause_end: int) -> Speaker | None:
        """The first speaker-like phrase of a clause: a name, a pronoun, a role noun (or the
        name after it), an institution."""
        runs = {i: (i, j) for i, j in self._runs_in(toks)}
        for k, t in enumerate(toks):
            if not t.is_word:
                continue
            low = t.text.lower()
            if low in PRONOUNS and (k == 0 or toks[k - 1].text.lower() in (
                    "og", "men", "så", "da", "då", ",")):
                return self.pronoun(t, PRONOUNS[low])
            if k in runs:
                return self._name(toks, *runs[k])
            base = lexicon.role_base(t.text)
            if base:
                if k + 1 in runs:
                    return self._name(toks, *runs[k + 1])
                app = self._apposition(t.end, clause_end)
                if app is not None:
                    return app
                return self.classify(toks[:k + 1], pos, t.end)
            prev_gen = k > 0 and toks[k - 1].text.endswith("s") and toks[k - 1].text[:1].isupper()
            stem = lexicon.institution_of(t.text) or (
                lexicon.institution_of(t.text, False) if prev_gen else None)
            if stem:
                return self._institution(t, stem)
        return None
