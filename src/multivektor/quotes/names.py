"""Per-article memory of the people and institutions named, for speaker resolution.

People are found as runs of capitalised words (``Jonas Gahr Støre``) that look like a
person's name: a known given name, a role noun just before (``president Putin``), a party in
brackets after, a spaCy PER entity, or an actor mention of kind ``person``. Later short forms
(``Støre``) are linked to the first full mention.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any

from multivektor.model import Mention
from multivektor.quotes import lexicon
from multivektor.quotes.textutil import SpanSet, Tok, sentence_index, tokens

#: Lowercase particles inside names (``Ursula von der Leyen``, ``Tamim bin Hamad Al Thani``).
PARTICLES = lexicon.words("name_particles")


@dataclass(slots=True)
class Person:
    """A person named in the article: the full name as first mentioned, and where."""

    name: str
    start: int
    end: int
    gender: str = "?"
    roles: set[str] = field(default_factory=set)
    quals: set[str] = field(default_factory=set)  # "russiske", "Kinas" before the role
    mentions: list[tuple[int, int]] = field(default_factory=list)
    code: str | None = None
    sector: str | None = None

    @property
    def last(self) -> str:
        return self.name.split()[-1]


def is_name_token(t: Tok) -> bool:
    w = t.text
    if not w[:1].isupper() or not w[:1].isalpha():
        return False
    parts = w.split("-")
    # "FN-delegasjon", "Wagner-sjefen": a compound ending in a common noun is no name;
    # "Kim Jong-un", "Moon Jae-in": a short lower-case syllable after a hyphen is
    if len(parts) > 1 and parts[-1][:1].islower():
        return (len(parts) == 2 and len(parts[-1]) <= 4 and not parts[0].isupper()
                and parts[-1] not in _SHORT_NOUNS)
    return True


#: A nationality adjective or a country genitive before a role noun ("russiske", "Kinas").
QUALIFIER = re.compile(r"[a-zæøå]+(?:ske|sk|iske)|[A-ZÆØÅ][\w-]+s")

_SHORT_NOUNS = lexicon.words("short_compound_nouns")


class ArticleMemory:
    """The people of one article, with lookup by surname, role, position and gender."""

    def __init__(self, text: str, mentions: list[Mention] | None = None, doc: Any = None,
                 exclude: list[tuple[int, int]] | None = None) -> None:
        self.text = text
        self.mentions = sorted(mentions or [], key=lambda m: m.start)
        self.sents = sentence_index(text)
        self._sent_starts = [s for s, _ in self.sents]
        self.toks = tokens(text)
        self._tok_starts = [t.start for t in self.toks]
        self.lower_words = set(re.findall(r"(?<![\w-])[a-zæøåäöüéèáóúí]\w*", text))
        self.exclude = SpanSet(exclude or [])
        self.persons: list[Person] = []
        self._last_quals: set[str] = set()
        self._per_spans = self._doc_persons(doc)
        #: start offsets of tokens the parser made a subject (empty without a parse)
        self._subjects = _subject_offsets(doc) \
            if doc is not None and getattr(doc, "has_annotation", lambda _: False)("DEP") \
            else set()
        self._build()
        self._role_mentions()
        self._genders_from_pronouns()

    # -- helpers ---------------------------------------------------------------------------

    def _doc_persons(self, doc: Any) -> list[tuple[int, int]]:
        """PER entity spans of the spaCy doc; other entity spans go to ``_non_persons``."""
        spans = []
        self._non_persons: list[tuple[int, int]] = []
        for ent in getattr(doc, "ents", ()) or ():
            if ent.label_ in ("PER", "PERSON"):
                spans.append((ent.start_char, ent.end_char))
            elif ent.label_ in ("LOC", "GPE_LOC", "GPE_ORG", "GPE", "ORG", "PROD", "EVT"):
                self._non_persons.append((ent.start_char, ent.end_char))
        return spans

    def sentence_of(self, pos: int) -> tuple[int, int]:
        i = bisect_right(self._sent_starts, pos) - 1
        return self.sents[max(i, 0)] if self.sents else (0, len(self.text))

    def _sentence_initial(self, i: int) -> bool:
        t = self.toks[i]
        s, _ = self.sentence_of(t.start)
        head = self.text[s:t.start]
        return not head.strip(" –—-«\"“(") if head else True

    def tok_index(self, pos: int) -> int:
        return bisect_right(self._tok_starts, pos) - 1

    def excluded(self, pos: int) -> bool:
        return pos in self.exclude

    def runs(self, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
        """Token index ranges [i, j) of capitalised name-like runs in ``text[start:end]``."""
        end = len(self.text) if end is None else end
        out = []
        i = max(self.tok_index(start), 0)
        n = len(self.toks)
        stop = lexicon.not_names()
        while i < n and self.toks[i].start < end:
            t = self.toks[i]
            if t.start < start or not is_name_token(t) or t.text in stop or (
                self._sentence_initial(i) and (self._common_word(t.text) or (
                    t.text not in lexicon.first_names() and i + 1 < n
                    and self.toks[i + 1].text in lexicon.first_names()))
            ):
                i += 1
                continue
            j = i + 1
            while j < n and self.toks[j].start < end:
                u = self.toks[j]
                gap = self.text[self.toks[j - 1].end:u.start]
                if gap not in (" ", "\u00a0"):
                    break
                if is_name_token(u) and u.text not in stop:
                    j += 1
                elif u.text in PARTICLES:
                    k = j
                    while k < n and self.toks[k].text in PARTICLES:
                        k += 1
                    if k < n and is_name_token(self.toks[k]) and k - j <= 2:
                        j = k
                    else:
                        break
                elif u.text.startswith(("al-", "el-")):
                    j += 1
                else:
                    break
            out.append((i, j))
            i = j
        return out

    def _common_word(self, w: str) -> bool:
        low = w.lower()
        return (low in self.lower_words or lexicon.role_of(w) is not None
                or lexicon.institution_of(w) is not None) and w not in lexicon.first_names()

    def run_text(self, i: int, j: int) -> str:
        return self.text[self.toks[i].start:self.toks[j - 1].end]

    def _roles_before(self, i: int) -> set[str]:
        """Role nouns right before a name (``president Putin``), or before an apposition
        (``guvernøren i Kherson, Oleksandr Prokudin``)."""
        if i == 0:
            return set()
        s, _ = self.sentence_of(self.toks[i].start)
        prev = self.toks[i - 1]
        if prev.start < s:
            return set()
        base = lexicon.role_base(prev.text)
        if base:
            self._last_quals = {q for q in (self.toks[i - 2].text.lower(),) if i >= 2 and
                                QUALIFIER.fullmatch(self.toks[i - 2].text)}
            return {base}
        roles: set[str] = set()
        if prev.text != ",":
            return roles
        k = i - 2
        while k >= 0 and i - k <= 6 and self.toks[k].start >= s:
            t = self.toks[k]
            if t.text in (".", ":", ";", "–", ","):
                break
            base = lexicon.role_base(t.text)
            if base:
                roles.add(base)
                break
            k -= 1
        return roles

    def _roles_after(self, j: int) -> set[str]:
        roles = set()
        if j < len(self.toks) and self.toks[j].text == ",":
            for t in self.toks[j + 1:j + 5]:
                if t.text in (".", ",", ":"):
                    break
                base = lexicon.role_base(t.text)
                if base:
                    roles.add(base)
        return roles

    def _overlapping_mention(self, s: int, e: int) -> Mention | None:
        for m in self.mentions:
            if m.start < e and s < m.end:
                return m
        return None

    def _looks_like_person(self, i: int, j: int, roles: set[str]) -> bool:
        s, e = self.toks[i].start, self.toks[j - 1].end
        m = self._overlapping_mention(s, e)
        if m is not None and m.kind == "person":
            return True
        if m is not None and m.kind in ("state", "capital", "org", "igo", "place", "group"):
            return False  # the actor knowledge base knows better than the tagger
        if any(a < e and s < b for a, b in self._per_spans):
            return True
        first = self.toks[i].text
        if first in lexicon.first_names() or roles:
            return True
        after = self.text[e:e + 12]
        if re.match(r"\s*\((?:[A-ZÆØÅ][\w.]{0,5}|\d{1,3})\)", after):
            return True
        if any(a < e and s < b for a, b in self._non_persons) or self.toks[i].text.isupper():
            return False
        # the speaker of an attribution: "sa Zelenskyj", "Zelenskyj sa"
        verbs = lexicon.speech_verb_pattern()
        return bool(re.match(rf"\s+{verbs}", self.text[e:e + 30])
                    or re.search(rf"(?<![\w-]){verbs}\s+$", self.text[max(0, s - 30):s]))

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        for i, j in self.runs():
            toks = self.toks[i:j]
            # a genitive at the end ("Joe Bidens rådgiver") names the person too
            last = toks[-1].text
            nxt = self.toks[j].text if j < len(self.toks) else ""
            genitive = last.endswith("s") and nxt[:1].islower() and len(last) > 3
            s, e = toks[0].start, toks[-1].end
            name = self.text[s:e]
            if genitive and self.find(name[:-1]) is not None:
                name, e = name[:-1], e - 1
            if name in lexicon.media_variants():
                continue
            if self.excluded(s):
                self._alias(name, s, e)
                continue
            person = self._alias(name, s, e)
            if person is not None:
                continue
            self._last_quals = set()
            roles = self._roles_before(i) | self._roles_after(j)
            if len(toks) == 1 and genitive:
                continue
            if not self._looks_like_person(i, j, roles):
                continue
            first = toks[0].text
            gender = lexicon.first_names().get(first, "?")
            m = self._overlapping_mention(s, e)
            p = Person(name=name, start=s, end=e, gender=gender, roles=roles,
                       quals={q.lower() for q in self._last_quals},
                       mentions=[(s, e)], code=m.code if m else None,
                       sector=m.sector if m else None)
            self.persons.append(p)

    def _genders_from_pronouns(self) -> None:
        """A person the actor resolver gave a ``hun``/``ho`` (``han``) is a woman (man)."""
        for m in self.mentions:
            g = {"han": "M", "hun": "F", "ho": "F"}.get(m.text.lower())
            if m.kind != "pronoun" or not g or not m.name or not m.name.split():
                continue
            p = self.find(m.name) or self.find(m.name.split()[-1])
            if p is not None and p.gender == "?":
                p.gender = g

    def _role_mentions(self) -> None:
        """Definite role nouns (``presidenten``) count as mentions of the role's holder."""
        for k, t in enumerate(self.toks):
            if t.text[:1].isupper() and not self._sentence_initial(k):
                continue
            base = lexicon.role_base(t.text)
            if not base or base == t.text.lower() or self.excluded(t.start):
                continue
            if k + 1 < len(self.toks) and is_name_token(self.toks[k + 1]):
                continue
            p = self.by_role(base, t.start, before_only=True)
            if p is not None:
                p.mentions.append((t.start, t.end))

    def _alias(self, name: str, s: int, e: int) -> Person | None:
        """Link a later mention (``Støre``, ``Wang``) to an earlier person; record it."""
        p = self.find(name)
        if p is not None:
            p.mentions.append((s, e))
            i = self.tok_index(s)
            p.roles |= self._roles_before(i)
        return p

    # -- lookup ------------------------------------------------------------------------------

    def find(self, name: str) -> Person | None:
        """The person whose full name ends with (or, for East Asian order, starts with) name."""
        words = name.split()
        if not words:
            return None
        for p in self.persons:
            pw = p.name.split()
            if pw[-len(words):] == words or (len(pw) > len(words) and pw[:len(words)] == words):
                return p
        # a hyphen or particle variant: "Løkke Rasmussen" inside "Lars Løkke Rasmussen"
        low = name.lower()
        for p in self.persons:
            if p.name.lower().endswith(" " + low) or p.name.lower() == low:
                return p
        # the name a long full name is known by: "Lula" in "Luiz Inácio Lula da Silva"
        if len(words) == 1:
            for p in self.persons:
                pw = p.name.split()
                if len(pw) >= 4 and name in pw[1:-1]:
                    return p
        return None

    def person_mentions_before(self, pos: int) -> list[tuple[int, Person]]:
        """(position, person) of every mention before ``pos``, outside quotes, last first."""
        out = []
        for p in self.persons:
            for s, _e in p.mentions:
                if s < pos and not self.excluded(s):
                    out.append((s, p))
        out.sort(key=lambda x: -x[0])
        return out

    def by_pronoun(self, pos: int, gender: str) -> Person | None:
        """The most recent fitting person before ``pos``; the subject-like first one of the
        nearest sentence that names any fitting person."""
        cands = [(s, p) for s, p in self.person_mentions_before(pos)
                 if gender == "?" or p.gender in (gender, "?")]
        if not cands:
            # nobody before: a person named just after (``sa hun. Politimester X …``)
            after = [p for p in self.persons if pos < p.start < pos + 300
                     and (gender == "?" or p.gender in (gender, "?"))]
            return min(after, key=lambda p: p.start) if after else None
        sent = self.sentence_of(cands[0][0])
        same = [(s, p) for s, p in cands if sent[0] <= s < sent[1]]
        # prefer a known-gender match, then a parsed subject, then the earliest mention
        known = [(s, p) for s, p in same if p.gender == gender]
        pool = known or same
        subjects = [(s, p) for s, p in pool if self._is_subject(s, p)]
        return min(subjects or pool, key=lambda x: x[0])[1]

    def _is_subject(self, s: int, p: Person) -> bool:
        if not self._subjects:
            return False
        e = next((b for a, b in p.mentions if a == s), s + 1)
        return any(s <= x < e for x in self._subjects)

    def by_role(self, role: str, pos: int, before_only: bool = False,
                qualifier: str | None = None) -> Person | None:
        """The person last given this role before ``pos``, else the next one after it.
        A nationality ``qualifier`` ("brasilianske") keeps only people whose role was
        qualified alike ("Brasils president")."""
        also = lexicon.role_synonyms().get(role, ())
        q = (qualifier or "").lower()[:3]

        def fits(p: Person, exact: bool) -> bool:
            if q and p.quals and not any(x[:3] == q for x in p.quals):
                return False
            if exact:
                return role in p.roles
            return any(r.endswith(role) or role.endswith(r) or any(r.endswith(a) for a in also)
                       for r in p.roles)

        before = self.person_mentions_before(pos)
        for exact in (True, False):
            hits = [p for _s, p in before if fits(p, exact)]
            if hits:
                return hits[0]
        if before_only:
            return None
        for exact in (True, False):
            after = sorted((p for p in self.persons if fits(p, exact) and p.start >= pos),
                           key=lambda p: p.start)
            if after:
                return after[0]
        return None


#: Dependency labels of a subject (NDT, and UD for other models).
_SUBJECT_DEPS = ("SUBJ", "nsubj", "nsubj:pass")


def _subject_offsets(doc: Any) -> set[int]:
    """Start offsets of the tokens the parser made a subject, read as arrays (a loop over
    spaCy tokens builds a Python object per token)."""
    from spacy.attrs import DEP, IDX

    deps = {doc.vocab.strings[d] for d in _SUBJECT_DEPS}
    return {int(idx) for dep, idx in doc.to_array([DEP, IDX]) if int(dep) in deps}
