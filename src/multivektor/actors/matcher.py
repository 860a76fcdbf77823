"""Find actor mentions in a token sequence with the knowledge base.

Three passes over the tokens of one text:

1. **scan** — the longest knowledge-base alias at each token (state names and genitives,
   adjectives, demonyms, capitals, seats of power, organisations, people, role nouns), with
   the case rules of the alias, and the parts of hyphen compounds ("EU-kommisjonens",
   "Kreml-talsmann", "Wagner-sjefen", "NATO-medlemskap");
2. **phrases** — role nouns qualified by a state or organisation ("Kasakhstans president",
   "den russiske utenriksministeren", "russiske og ukrainske styrker", "regjeringen i
   Moldova"), titles before names ("statsminister Jonas Gahr Støre"), appositions
   ("Múte B. Egede, Grønlands statsminister"), party tags ("Ola Nordmann (Ap)"), capitals
   as actors or places;
3. **names the knowledge base does not know** — capitalised names after a title or before a
   party tag, and the PER/ORG spans of the NER model when one ran.

Resolution against the per-article memory (surnames, bare role nouns, pronouns) is done by
:class:`multivektor.actors.memory.ArticleActors`, which calls this module.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from multivektor.actors.kb import NEWSWORTHY, ROLE_WEIGHT, KnowledgeBase, first_word, month_index
from multivektor.actors.normalize import norm
from multivektor.actors.resolution import Resolution
from multivektor.actors.tokens import Tok

#: Roles with one holder per state at a time, for which a name can be looked up.
OFFICE_ROLES = {"HOS", "HOG", "FM", "DEF", "FIN", "JUS", "INT", "VP", "SG"}
#: Sectors of a qualifying group that override the role noun's sector ("Wagner-styrkene").
GROUP_SECTORS = {"REB", "PTY", "OPP", "BUS", "MED", "NGO", "REL", "EDU", "JUD"}
PLACE_PREPS = {"i", "på", "til", "ved", "utenfor", "utanfor", "nær", "rundt", "gjennom",
               "via", "innenfor", "innanfor", "langs", "mellom", "bak", "inn", "ut", "nord",
               "sør", "aust", "øst", "vest", "sentrum", "over"}
LOCATIVE_OF = {"i", "fra", "frå", "på", "ved"}
DETERMINERS = {"den", "det", "de", "dei", "the"}
#: Adjectives in -ske that say what kind of group, not whose ("politiske fanger").
KIND_ADJECTIVES = frozenset({"politiske", "økonomiske", "diplomatiske", "strategiske",
                             "tekniske", "praktiske", "kritiske", "medisinske", "juridiske",
                             "historiske", "fysiske", "taktiske", "logistiske", "elektroniske",
                             "demokratiske", "periodiske", "automatiske", "systematiske"})
NOT_NOW = {"tidligere", "tidlegare", "forrige", "førre", "avgåtte", "daværende",
           "dåverande", "fremtidige", "framtidige", "påtroppende", "påtroppande", "eks",
           "nyvalgte", "nyvalde", "kommende", "komande", "neste", "avsatte", "avsette",
           "fungerende", "fungerande", "ekspresident"}
CONJ = {"og", "eller", ",", "samt"}
#: Participles a state adjective is joined to: "russiskledede", "britiskflaggede".
LED_SUFFIXES = ("ledet", "ledede", "ledete", "leia", "leidd", "leidde", "leide", "støttet",
                "støttede", "støtta", "flagget", "flaggede", "flagga", "registrert", "registrerte",
                "eid", "eide", "eigd", "eigde", "kontrollert", "kontrollerte", "finansiert",
                "finansierte")
#: Of those, the ones that name an owner or flag state (always an actor of their own).
OWNERSHIP_SUFFIXES = ("flag", "registr", "eid", "eide", "eig")
#: Role-noun forms that are also common verbs or adjectives.
AMBIGUOUS_ROLE_WORDS = {"landet", "leder", "styrker", "styrke", "militære", "allierte",
                        "militante", "sivile", "fanger", "retten", "styret", "anklager",
                        "forsker", "dommer", "sjef", "enhet", "fangar", "landa", "leiar"}
DIRECTIONS = {"nord", "sør", "øst", "vest", "aust", "sørøst", "nordøst", "sørvest", "nordvest",
              "midt", "søraust", "nordaust", "sentral"}
#: Heads of compounds naming a treaty or process after a city ("Wien-konvensjonen",
#: "Minsk-avtalen", "Oslo-prosessen"): the city is no actor there.
TREATY_NOUNS = ("avtale", "avtala", "konvensjon", "erklæring", "prosess", "format", "protokoll",
                "traktat", "forhandling", "samtale", "gruppe", "gruppa", "kommuniké")
NAME_PARTICLES = {"von", "van", "der", "de", "den", "al", "el", "bin", "ibn", "da", "di", "du",
                  "la", "le", "ben"}
#: Entry type priority when one key has several interpretations.
_PRIORITY = {("s", "n"): 0, ("s", "g"): 0, ("o", "n"): 1, ("o", "g"): 1, ("t", "n"): 2,
             ("t", "g"): 2, ("c", "n"): 3, ("c", "g"): 3, ("l", "n"): 3, ("l", "g"): 3,
             ("p", "n"): 4, ("p", "g"): 4,
             ("r", "n"): 5, ("r", "g"): 5, ("a", "a"): 6, ("d", "d"): 7, ("p", "s"): 8,
             ("p", "sg"): 8}


@dataclass(slots=True)
class Found:
    """One mention found in the text (token range ``i``..``j`` inclusive)."""

    i: int
    j: int
    start: int
    end: int
    kind: str
    code: str | None = None
    sector: str | None = None
    name: str | None = None
    role: str | None = None
    conf: float = 0.9
    source: str = "kb"
    gen: bool = False
    person: int | None = None  # KB person index
    surname: bool = False  # matched by surname only: memory may override
    candidates: list[int] = field(default_factory=list)
    role_kind: str = ""  # for role nouns: person, monarch, collective
    plural: bool = False
    place: bool = False
    qualified: bool = False
    not_now: bool = False
    org_sector: str | None = None
    text: str = ""
    linked: Found | None = None  # the name a title stands before ("statsminister X")
    org_compound: bool = False  # "FN-delegasjonen": a state before it owns it
    members: list[Resolution] = field(default_factory=list)  # a plural reference's group


def _case_ok(span: str, case: int) -> bool:
    if case == 0:
        return True
    if case == 1:
        return span[:1].isupper() or span[:1].isdigit()
    letters = [c for c in span if c.isalpha()]
    if len(letters) > 2 and span.endswith("s") and letters[-1] == "s":
        letters = letters[:-1]  # "FNs", "NATOs"
    return bool(letters) and all(c.isupper() for c in letters)


class Matcher:
    """Runs the three passes for one text; ``found`` holds the result, sorted."""

    def __init__(self, kb: KnowledgeBase, toks: list[Tok], text: str, date: str | None,
                 ents: list[tuple[int, int, str]] | None = None) -> None:
        self.kb, self.toks, self.text, self.date = kb, toks, text, date
        self.ents = ents or []
        self.found: list[Found] = []
        self.covered: dict[int, Found] = {}
        #: people named inside a longer mention ("regjeringa til Evo Morales"): no mention
        #: of their own, but a later "Morales" means them
        self.absorbed: list[Found] = []

    # -- pass 1 ----------------------------------------------------------------------------
    def scan(self) -> None:
        toks, kb, n = self.toks, self.kb, len(self.toks)
        i = 0
        while i < n:
            t = toks[i]
            if t.space or not t.key:
                i += 1
                continue
            best: tuple[int, list[list[Any]]] | None = None
            fw = t.key.split("-")[0]
            m = next((w for w in (fw, t.key) if w and w[0].isalnum()), t.key)
            if first_word(m) in kb.first_words:
                key = ""
                for j in range(i, min(n, i + kb.max_words)):
                    tj = toks[j]
                    if tj.space:
                        break
                    key = tj.key if j == i else key + (" " if toks[j - 1].ws else "") + tj.key
                    if key in kb:
                        span = self.text[t.start:tj.end]
                        ok = [e for e in kb.entries(key) if _case_ok(span, e[3])]
                        if len(span) <= 4 and span.isupper() and any(e[3] == 2 for e in ok):
                            ok = [e for e in ok if e[3] == 2]  # "AP" the agency, not "Ap"
                        if span[:1].isupper() and not t.sent_start and i > 0 and \
                                self.toks[i - 1].text not in ("«", '"', "–", "-", ":"):
                            ok = [e for e in ok if e[0] not in ("a", "d")]
                        if ok:
                            best = (j, ok)
            if best:
                j, entries = best
                if self._surname_only(entries) and j + 1 < n and self._name_like(j + 1):
                    i += 1  # a first name that is also someone's surname ("Kari Hansen")
                    continue
                f = self._add_hit(i, j, entries)
                if f is not None and f.kind == "person" and not f.surname and i < j:
                    j = self._rest_of_name(f)  # "Samia Suluhu Hassan": one person
                i = j + 1
                continue
            if "-" in t.text.strip("-"):
                self._compound(i)
            elif t.text.lower().endswith(LED_SUFFIXES):
                self._state_led_compound(i)
            elif t.text.endswith("-") and len(t.text) > 2:  # "NATO- og EU-landene"
                part = t.text[:-1]
                found = [x for x in kb.lookup(part) if _case_ok(part, x[3])
                         and x[0] in ("s", "o", "a", "c", "t")]
                f = self._interpret(found, i, i, t.start, t.end - 1) if found else None
                if f is not None:
                    if f.kind != "adjective":
                        f.kind, f.conf = "compound", 0.5
                    f.source = "kb-compound"
                    self.found.append(f)
                    self.covered[i] = f
            i += 1

    def _state_led_compound(self, i: int) -> None:
        """"russiskledede", "saudiledet", "britiskflaggede", "iranskstøttede": a state
        adjective joined to a participle names the state that leads, flies the flag or backs."""
        t = self.toks[i]
        low = t.text.lower()
        suffix = next(x for x in LED_SUFFIXES if low.endswith(x))
        stem = low[:-len(suffix)]
        if not suffix.startswith(OWNERSHIP_SUFFIXES) and any(
                x.text[:1].isupper() for x in self.toks[i + 2:i + 4]):
            return  # "den russiskledede alliansen CSTO": the alliance named is the actor
        found = [x for x in self.kb.lookup(stem) + self.kb.lookup(stem + "sk")
                 if x[0] == "a"] if len(stem) >= 4 else []
        f = self._interpret(found, i, i, t.start, t.start + len(stem)) if found else None
        if f is not None:
            f.source = "kb-compound"
            self.found.append(f)
            self.covered[i] = f

    def _add_hit(self, i: int, j: int, entries: list[list[Any]], start: int | None = None,
                 end: int | None = None) -> Found | None:
        entries = sorted(entries, key=lambda e: _PRIORITY.get((e[0], e[2]), 9))
        t0, t1 = self.toks[i], self.toks[j]
        f = self._interpret(entries, i, j, t0.start if start is None else start,
                            t1.end if end is None else end)
        if f is not None and f.kind == "role" and not self._noun_ok(i, j):
            f = None
        if f is not None:
            self.found.append(f)
            for k in range(i, j + 1):
                self.covered[k] = f
        return f

    def _rest_of_name(self, f: Found) -> int:
        """Extend a full name the knowledge base matched over the capitalised words right after
        it ("Samia Suluhu" + "Hassan"), so a further word is not read as another person's
        surname; returns the name's last token."""
        j, n = f.j, len(self.toks)
        while j + 1 < n and self.toks[j].ws and not self.toks[j].text.endswith(("s", "'")) \
                and self._name_like(j + 1) and not self.toks[j + 1].sent_start \
                and self.toks[j + 1].text.isalpha() and self.toks[j + 1].key not in self.kb.stop:
            j += 1
        if j > f.j:
            f.j, f.end = j, self.toks[j].end
            f.text = self.text[f.start:f.end]
            for k in range(f.i, j + 1):
                self.covered[k] = f
        return j

    def _noun_ok(self, i: int, j: int) -> bool:
        """A role noun that is also a verb or adjective ("landet", "anklager", "leder",
        "styrker", "militære") must be used as a noun: the tagger decides when there is one,
        otherwise a determiner or qualifier before it, or a name after it."""
        t = self.toks[j]
        if i != j or t.key not in AMBIGUOUS_ROLE_WORDS:
            return True
        if t.pos:
            return t.pos in ("NOUN", "PROPN")
        prev = self.toks[i - 1] if i > 0 else None
        nxt = self.toks[j + 1] if j + 1 < len(self.toks) else None
        if t.key == "landet":
            return not (nxt is not None and nxt.key in PLACE_PREPS | {"fra", "frå", "trygt"})
        if prev is not None and prev.key in DETERMINERS | {"en", "ei", "et", "ein", "eit"}:
            return True
        before = self.found[-1] if self.found else None
        if before is not None and before.j == i - 1 and (before.gen or before.kind == "adjective"):
            return True  # "Russlands leder", "den russiske anklageren"
        if nxt is None or not nxt.text[:1].isupper():
            return False
        # a title before a name ("anklager Kari Nordmann"), not a verb before a state
        return not any(e[0] in ("s", "o", "c", "t", "l") for e in self.kb.entries(nxt.key))

    def _interpret(self, entries: list[list[Any]], i: int, j: int, start: int,
                   end: int) -> Found | None:
        kb, date = self.kb, self.date
        etype, ref, form, _ = entries[0]
        text = self.text[start:end]
        gen = form in ("g", "sg")
        if etype == "s":
            return Found(i, j, start, end, "state", ref, "GOV", kb.state_name(ref), gen=gen,
                         text=text)
        if etype == "o":
            row = kb.org_at(ref, date)
            name = row[5] if row[2] in ("igo", "court") else _strip_gen(text, gen)
            return Found(i, j, start, end, "org", row[0], row[1], name, gen=gen, text=text,
                         org_sector=row[1])
        if etype == "t":
            code, sector, name, skind = kb.seats[ref]
            return Found(i, j, start, end, "capital" if skind == "seat" else "org", code, sector,
                         name, gen=gen, text=text)
        if etype == "c":
            return Found(i, j, start, end, "capital", ref, "GOV", kb.state_name(ref), gen=gen,
                         text=text)
        if etype == "l":
            return Found(i, j, start, end, "region", ref, None, text, conf=0.6, gen=gen,
                         text=text)
        if etype == "a":
            return Found(i, j, start, end, "adjective", ref, None, kb.state_name(ref),
                         conf=0.6, text=text)
        if etype == "d":
            return Found(i, j, start, end, "demonym", ref, "CVL", kb.state_name(ref),
                         text=text)
        if etype == "r":
            role, sector, rkind = kb.roles[ref]
            plural = self.plural(text.lower())
            return Found(i, j, start, end, "role", None, sector, None, role, conf=0.5,
                         gen=gen, role_kind=rkind, plural=plural, text=text)
        # people
        persons = [e[1] for e in entries if e[0] == "p"]
        surname = all(e[2] in ("s", "sg") for e in entries if e[0] == "p")
        if surname and i > 0 and self._first_name(i - 1):
            # "Kari Hansen": a first name the KB does not pair with this surname means
            # someone else: an unknown person spanning both words
            s0 = self.toks[i - 1].start
            return Found(i - 1, j, s0, end, "person", None, None, self.text[s0:end], conf=0.6,
                         source="pattern", text=self.text[s0:end])
        f = Found(i, j, start, end, "person", gen=gen, surname=surname,
                  candidates=list(dict.fromkeys(persons)), text=text)
        self.choose_person(f)
        if f.person is None and not f.surname:
            return None
        return f

    @staticmethod
    def _surname_only(entries: list[list[Any]]) -> bool:
        return all(e[0] == "p" and e[2] in ("s", "sg") for e in entries)

    def _name_like(self, k: int) -> bool:
        """A capitalised word that is not a known non-person name (a possible surname)."""
        t = self.toks[k]
        if t.space or not t.text[:1].isupper() or not t.text[:1].isalpha():
            return False
        entries = self.kb.entries(t.key)
        return not entries or all(e[0] == "p" for e in entries)

    def _first_name(self, k: int) -> bool:
        t = self.toks[k]
        return (not t.space and t.ws and t.text[:1].isupper() and t.text.isalpha()
                and len(t.text) > 1 and t.key not in self.kb.stop and k not in self.covered
                and t.pos in ("", "PROPN")  # not a sentence-initial verb ("Takket Scholz")
                and self._surname_only(self.kb.entries(t.key)))

    def choose_person(self, f: Found) -> None:
        """Pick the person a name or surname means on the date (``f.person``), or none."""
        kb, date = self.kb, self.date
        scored = sorted(((kb.person_score(p, date), p) for p in f.candidates), reverse=True)
        if not scored:
            return
        score, p = scored[0]
        spell, active = kb.person_spell(p, date)
        close = len(scored) > 1 and scored[1][0] > score - 8
        if f.surname:
            weight = ROLE_WEIGHT.get(spell[1], 1)
            curated = kb.person(p)[3]
            if weight < 6 and not curated and not (spell[0] in NEWSWORTHY and weight >= 4):
                # a bare surname of a minor office holder ("Hansen") is far more often
                # somebody else; the article memory still links it to an earlier full name
                f.person = None
                return
            if active:
                conf = 0.6 if close else 0.85
            elif not date:
                conf = 0.6
            elif kb.person(p)[3] or ROLE_WEIGHT.get(spell[1], 1) >= 7:
                conf = 0.45
            else:
                f.person = None
                return
        else:
            conf = 0.95 if active or not date else 0.8
        self.set_person(f, p, conf)

    def set_person(self, f: Found, p: int, conf: float) -> None:
        kb = self.kb
        spell, active = kb.person_spell(p, self.date)
        f.person = p
        f.name = kb.person(p)[0]
        f.code = spell[0] or None
        f.role = spell[1] or None
        f.sector = spell[2] if (active or spell[2] not in ("GOV", "")) else None
        if not active and self.date and spell[2] == "GOV":
            f.sector = "GOV" if _gap_years(spell, self.date) < 1 else None
        f.conf = conf

    def _compound(self, i: int) -> None:
        """Parts of a hyphen compound: "EU-kommisjonens", "Kreml-talsmann", "russisk-ukrainsk"."""
        t = self.toks[i]
        parts: list[tuple[int, int, str]] = []
        pos = t.start
        for piece in t.text.split("-"):
            if piece:
                parts.append((pos, pos + len(piece), piece))
            pos += len(piece) + 1
        if len(parts) < 2:
            return
        kb = self.kb
        hits: list[tuple[int, int, str, list[list[Any]]]] = []
        for s, e, piece in parts:
            found = [x for x in kb.lookup(piece) if _case_ok(piece, x[3])]
            hits.append((s, e, piece, found))
        head_s, head_e, head_text, head_entries = hits[0]
        tail_s, tail_e, tail_text, tail_entries = hits[-1]
        if len(hits) == 2 and head_text.lower() in DIRECTIONS:
            states = [x for x in tail_entries if x[0] == "s" and x[2] == "n"]
            if states:  # "Sør-Israel", "Øst-Ukraina": a region of the state
                f = Found(i, i, t.start, t.end, "region", states[0][1], None, t.text,
                          conf=0.6, text=t.text)
                self.found.append(f)
                self.covered[i] = f
                return
        actor_types = ("s", "o", "t", "c", "p", "a")
        head_actor = [x for x in head_entries if x[0] in actor_types]
        tail_role = [x for x in tail_entries if x[0] == "r"]
        low_tail = tail_text.lower()
        if head_actor and (tail_role or low_tail.startswith(("kommisjon", "rådet", "parlament"))):
            q = self._interpret(head_actor, i, i, head_s, head_e)
            if q is None or not q.code:
                return
            if tail_role:
                role, sector, rkind = kb.roles[tail_role[0][1]]
            else:
                role, sector, rkind = ("GOV", "LEG" if "parlament" in low_tail else "GOV",
                                       "collective")
            f = Found(i, i, t.start, t.end, "role", q.code, sector, None, role, conf=0.85,
                      role_kind=rkind, plural=self.plural(low_tail), qualified=True,
                      gen=low_tail.endswith("s") and not low_tail.endswith("ss"), text=t.text,
                      org_compound=q.kind == "org" and q.code not in kb.states)
            if q.org_sector in GROUP_SECTORS and sector != "JUD":
                f.sector = q.org_sector
            if q.kind == "person":
                f.sector = q.sector or sector
            if "kommisjon" in low_tail:
                f.role = "HOG"
            self.fill_holder(f, hint=low_tail)
            self.found.append(f)
            self.covered[i] = f
            return
        made = False
        treaty = low_tail.startswith(TREATY_NOUNS)
        for s, e, _piece, entries in hits:
            actor = [x for x in entries if x[0] in actor_types]
            if actor:
                f = self._interpret(actor, i, i, s, e)
                if f is not None and treaty and f.kind in ("capital", "city"):
                    continue  # "Wien-konvensjonen", "Minsk-avtalen": named after a place
                if f is not None:
                    if f.kind != "adjective":
                        # "NATO-medlemskap", "Hamas-angrepet": the actor named in a compound
                        f.kind = "compound"
                        f.conf = min(f.conf, 0.5)
                    f.source = "kb-compound"
                    self.found.append(f)
                    made = True
        if made:
            self.covered[i] = self.found[-1]

    def _is_role(self, w: str) -> bool:
        return w in self.kb and any(e[0] == "r" for e in self.kb.entries(w))

    def plural(self, low: str) -> bool:
        """Whether a role-noun form is plural (its singular is a known form)."""
        w = norm(low.split("-")[-1].split()[-1])
        if w.endswith("s") and not w.endswith("ss") and self._is_role(w[:-1]):
            w = w[:-1]
        if w.endswith(("ene", "ane", "erne", "menn")):
            return True
        if w.endswith("a") and self._is_role(w[:-1] + "et"):
            return True  # nn neuter plural: "landa" (the singular is "landet")
        for suf in ("er", "ar", "r", "e"):
            if w.endswith(suf) and self._is_role(w[: -len(suf)]):
                return True
        return (w.endswith("re") and self._is_role(w[:-2] + "er")) or (
            w.endswith("rar") and self._is_role(w[:-3] + "er"))

    # -- pass 2 ----------------------------------------------------------------------------
    def phrases(self) -> None:
        self.found.sort(key=lambda f: (f.start, -f.end))
        by_i = {f.i: f for f in self.found}
        by_j = {f.j: f for f in self.found}
        consumed: set[int] = set()
        for f in list(self.found):
            if f.kind == "role" and f.org_compound:  # "Irans FN-delegasjon" belongs to Iran
                q = self._left_qualifier(f, by_j)
                if q is not None and q.kind in ("state", "adjective", "capital"):
                    f.org_sector = None
                    f.not_now = True  # no office holder: the delegation's head is not Iran's
                    self._qualify(f, q, left=True)
                    consumed.add(id(q))
                continue
            if f.kind != "role" or f.qualified:
                continue
            q = self._left_qualifier(f, by_j)
            if q is not None:
                self._qualify(f, q, left=True)
                consumed.add(id(q))
                self._coordinated(f, q, by_j, consumed)
            else:
                q = self._right_qualifier(f, by_i)
                if q is not None:
                    self._qualify(f, q, left=False)
                    consumed.add(id(q))
                elif self._unknown_adjective_before(f):
                    f.qualified = True  # "islamistiske styrkar": someone the knowledge base
                    f.conf = 0.5        # cannot place, not the last state named
        self.absorbed += [f for f in self.found if id(f) in consumed and f.kind == "person"]
        self.found = [f for f in self.found if id(f) not in consumed]
        self._party_tags()
        self._titles()
        self._capitals()

    def _unknown_adjective_before(self, f: Found) -> bool:
        """A group noun right after an adjective of origin or allegiance the knowledge base
        does not know ("jihadistiske styrkar", "kurdiske opprørere")."""
        k = f.i - 1
        if f.role_kind != "collective" or f.role == "STATE" or k < 0 or k in self.covered:
            return False  # ("det mellomamerikanske landet" is the state named before)
        t = self.toks[k]
        return (t.text.islower() or t.sent_start) and t.key.endswith("ske") \
            and t.pos in ("", "ADJ") and t.key not in KIND_ADJECTIVES

    def _gap_ok(self, k: int) -> bool:
        t = self.toks[k]
        return (not t.space and t.text[:1].islower() and k not in self.covered
                and t.text not in CONJ)

    def _left_qualifier(self, f: Found, by_j: dict[int, Found]) -> Found | None:
        for gap in (0, 1):
            k = f.i - 1 - gap
            if k < 0:
                return None
            if gap and not self._gap_ok(f.i - 1):
                return None
            q = by_j.get(k)
            if q is None or q is f:
                continue
            if q.kind == "adjective" or (q.gen and q.code and q.kind in (
                    "state", "org", "capital", "person", "role", "region")):
                if gap and self.toks[f.i - 1].key in NOT_NOW:
                    f.not_now = True
                return q
            return None
        return None

    def _right_qualifier(self, f: Found, by_i: dict[int, Found]) -> Found | None:
        k = f.j + 1
        if f.role == "STATE":  # "landet i Moskva" is the verb: "the plane landed in Moscow"
            return None
        if k + 1 < len(self.toks) and self.toks[k].key == "til":
            return self._possessive_til(f, by_i.get(k + 1))
        if k + 1 >= len(self.toks) or self.toks[k].key not in LOCATIVE_OF:
            return None
        if f.role == "AMB" or "ambassad" in f.text.lower() or "konsulat" in f.text.lower():
            return None
        q = by_i.get(k + 1)
        if q is not None and q.code and q.kind in ("state", "capital") and not q.gen:
            return q
        if q is not None and q.code and q.kind == "region" and not q.gen \
                and f.sector in ("JUD", "POL"):
            return q  # "en domstol i Jekaterinburg", "politiet i Tromsø" (not "styrkene i Kursk")
        return None

    def _possessive_til(self, f: Found, q: Found | None) -> Found | None:
        """Nynorsk possessive "talspersonen til Putin", "regjeringa til Netanyahu": only a
        definite person or government noun, and not a capital ("til Moskva" is a direction)."""
        if q is None or not q.code or q.kind not in ("state", "person", "org") or q.gen:
            return None
        if q.sector == "MED":
            return None  # "sa kronprinsen til NTB": told the news agency
        definite = f.text.lower().endswith(("en", "et", "a", "ene", "ane", "na"))
        if not definite or f.plural:
            return None
        if f.role_kind in ("person", "monarch") or (f.role_kind == "collective"
                                                     and f.sector == "GOV"):
            return q
        return None

    def _qualify(self, f: Found, q: Found, left: bool) -> None:
        f.code = q.code
        f.qualified = True
        f.conf = 0.9
        if q.org_sector in GROUP_SECTORS and f.sector != "JUD":
            f.sector = q.org_sector
        if q.kind == "person" and q.sector:
            f.sector = q.sector if f.role_kind != "collective" else f.sector
        if left:
            f.i, f.start = q.i, q.start
            d = q.i - 1
            if d >= 0 and self.toks[d].key in DETERMINERS and q.kind == "adjective":
                f.i, f.start = d, self.toks[d].start
        else:
            f.j, f.end = q.j, q.end
        f.text = self.text[f.start:f.end]
        if q.kind == "role":  # "hærens sjef", "departementets talsmann": a body's person
            if q.sector and q.sector != "GOV" and f.role in ("LEADER", "SPOKES", "CHIEF"):
                f.sector = q.sector
            return
        self.fill_holder(f, hint=q.text)

    def fill_holder(self, f: Found, hint: str = "") -> None:
        """Name the office holder of a qualified singular person role ("Kasakhstans president")."""
        if not f.code or f.plural or f.not_now or f.role_kind not in ("person", "monarch"):
            return
        if f.sector in GROUP_SECTORS:  # "Wagner-sjefen": not a state office
            return
        role = f.role or ""
        if "kommisjon" in hint.lower() and role == "HOS":
            role = f.role = "HOG"
        tries = [role]
        if role == "LEADER":
            tries = ["HOS", "HOG", "SG"]
        if role == "HOS" and f.code not in self.kb.states:
            tries = ["HOS", "SG", "HOG"]
        title = "m" if f.role_kind == "monarch" else ("p" if role in ("HOS", "LEADER") else None)
        for r in tries:
            if r not in OFFICE_ROLES:
                continue
            holders = self.kb.holders(f.code, r, self.date, title)
            if not holders and r == "HOG" and role == "HOG":
                holders = self.kb.holders(f.code, "HOS", self.date, "p")  # presidential systems
            if holders:
                f.person = holders[0]
                f.name = self.kb.person(holders[0])[0]
                if role == "LEADER":
                    f.role = r
                return

    def _coordinated(self, f: Found, q: Found, by_j: dict[int, Found],
                     consumed: set[int]) -> None:
        """"russiske og ukrainske styrker": the first adjective gets the role noun too."""
        if q.kind != "adjective":
            return
        k = q.i - 1
        while k >= 1 and self.toks[k].text in CONJ:
            p = by_j.get(k - 1)
            if p is None or p.kind != "adjective":
                return
            g = Found(p.i, p.j, p.start, p.end, "role", p.code, f.sector, None, f.role,
                      conf=0.8, role_kind=f.role_kind, plural=f.plural, qualified=True,
                      text=p.text)
            consumed.add(id(p))
            self.found.append(g)
            k = p.i - 1

    def _name_after(self, k: int) -> tuple[int, int] | None:
        """A capitalised name (1-4 words, with initials and particles) starting at token k."""
        toks, n = self.toks, len(self.toks)
        if k >= n or toks[k].space or not toks[k].text[:1].isupper() or k in self.covered:
            return None
        if not toks[k].text[:1].isalpha():
            return None
        j = k
        words = 0
        while j < n and words < 5:
            t = toks[j]
            if t.space or j in self.covered:
                break
            if t.text[:1].isupper() and t.text[:1].isalpha():
                words += 1
            elif t.text == "." and j > k and len(toks[j - 1].text) == 1 and not toks[j - 1].ws:
                pass  # initial "B."
            elif t.key in NAME_PARTICLES and j + 1 < n and toks[j + 1].text[:1].isupper():
                pass
            else:
                break
            j += 1
            if not toks[j - 1].ws and j < n and toks[j].text not in (".",) and \
                    not toks[j].text[:1].isupper():
                break
        if words == 0:
            return None
        return k, j - 1

    def _titles(self) -> None:
        """Titles before names and appositions after them."""
        self.found.sort(key=lambda f: (f.start, -f.end))
        by_i = {f.i: f for f in self.found}
        by_j = {f.j: f for f in self.found}
        new: list[Found] = []
        for f in list(self.found):
            if f.kind != "role" or f.plural or f.role_kind not in ("person", "monarch"):
                continue
            nxt = by_i.get(f.j + 1)
            if nxt is not None and nxt.kind == "person":
                self._link_title(f, nxt)
                continue
            if nxt is None:
                span = self._ent_at(f.j + 1, "PER") or self._name_after(f.j + 1)
                if span:
                    p = self._unknown_person(*span, source="pattern")
                    self._link_title(f, p)
                    new.append(p)
                    continue
            # apposition after the title: "den øvste leiaren, ayatolla Ali Khamenei,"
            if nxt is None and f.j + 2 < len(self.toks) and self.toks[f.j + 1].text == ",":
                after = by_i.get(f.j + 2)
                if after is not None and after.kind == "role" and not after.plural:
                    after = by_i.get(after.j + 1)  # "leiaren, ayatolla Ali Khamenei"
                if after is not None and after.kind == "person":
                    self._link_title(f, after)
                    continue
            # apposition: "Múte B. Egede, Grønlands statsminister"
            if f.qualified and f.i >= 2 and self.toks[f.i - 1].text == ",":
                prev = by_j.get(f.i - 2)
                if prev is not None and prev.kind == "person":
                    self._link_title(f, prev)
        for p in new:
            # a shorter name inside the new one ("Manuel Santos" in "Juan Manuel Santos")
            self.found = [f for f in self.found if not (
                f.kind == "person" and p.start <= f.start and f.end <= p.end)]
            self.found.append(p)
            for k in range(p.i, p.j + 1):
                self.covered[k] = p

    def _link_title(self, title: Found, person: Found) -> None:
        title.linked = person
        if title.qualified and title.code:
            known = person.person is not None and person.code
            spell_ok = known and person.code == title.code
            if not spell_ok:
                person.code, person.sector = title.code, title.sector
                person.role = title.role
                person.conf = max(person.conf, 0.8)
                if person.surname and person.person is not None and not known:
                    person.person = None
            if title.name is None or not spell_ok:
                title.name = person.name or person.text
        elif person.code:
            if person.person is None:  # a name the KB does not know takes the title's role
                person.role = person.role or title.role
                person.sector = person.sector or title.sector
            title.code = person.code
            title.qualified = True
            title.conf = max(title.conf, 0.85)
            title.name = person.name or person.text
            if title.role in ("LEADER", "MIN") and person.role:
                title.role = person.role if person.role in ROLE_WEIGHT else title.role
        else:
            person.role = person.role or title.role
            person.sector = person.sector or title.sector

    def _unknown_person(self, i: int, j: int, source: str) -> Found:
        s, e = self.toks[i].start, self.toks[j].end
        return Found(i, j, s, e, "person", None, None, self.text[s:e], None, conf=0.6,
                     source=source, text=self.text[s:e])

    def _ent_at(self, k: int, label: str) -> tuple[int, int] | None:
        if k >= len(self.toks):
            return None
        start = self.toks[k].start
        for s, e, lab in self.ents:
            if s == start and lab == label:
                j = k
                while j + 1 < len(self.toks) and self.toks[j + 1].end <= e:
                    j += 1
                return k, j
        return None

    def _party_tags(self) -> None:
        """"Jonas Gahr Støre (Ap)": a Norwegian party tag makes the person act for Norway."""
        toks, parties = self.toks, self.kb.parties
        by_j = {f.j: f for f in self.found}
        for k in range(1, len(toks) - 2):
            if toks[k].text != "(" or toks[k + 2].text != ")" or toks[k + 1].text not in parties:
                continue
            code = parties[toks[k + 1].text]
            p = by_j.get(k - 1)
            self.covered.setdefault(k + 1, Found(k + 1, k + 1, toks[k + 1].start,
                                                 toks[k + 1].end, "tag"))
            if p is None:
                j = k - 1
                i = j
                while i - 1 >= 0 and toks[i - 1].text[:1].isupper() and (i - 1) not in \
                        self.covered and j - i < 3 and not toks[i - 1].space:
                    i -= 1
                if not toks[j].text[:1].isupper() or j in self.covered:
                    continue
                p = self._unknown_person(i, j, source="pattern")
                self.found.append(p)
                for x in range(i, j + 1):
                    self.covered[x] = p
            if p.kind == "person" and p.code != code:
                if p.person is not None and p.surname:
                    p.person, p.name, p.role = None, p.text, None
                p.code, p.sector = code, None
                p.conf = max(p.conf, 0.8)

    def _capitals(self) -> None:
        """Capitals and seats: actor when acting, place after a locative preposition."""
        for f in [f for f in self.found if f.kind == "capital" and self._given_name(f)]:
            self.found.remove(f)  # "Sofia Sapega", "Washington Post": part of a longer name
            for x in range(f.i, f.j + 1):
                self.covered.pop(x, None)
        for f in self.found:
            if f.kind not in ("capital", "region"):
                continue
            if f.kind == "region":
                prev = self.toks[f.i - 1].key if f.i > 0 else ""
                if prev in PLACE_PREPS and not f.gen:
                    f.place, f.conf = True, 0.35
                continue
            t = self.toks[f.i]
            prev = self.toks[f.i - 1].key if f.i > 0 else ""
            if t.dep:
                if t.dep in ("SUBJ", "nsubj", "FSUBJ") and not f.gen:
                    f.conf = 0.9
                    continue
                head = self.toks[t.head] if 0 <= t.head < len(self.toks) else None
                cases = [x for x in self.toks if x.head == f.i and x.dep == "case"]
                if cases and cases[0].key in PLACE_PREPS:
                    f.place, f.conf = True, 0.35
                    continue
                if head is not None and head.pos == "ADP" and head.key in PLACE_PREPS:
                    f.place, f.conf = True, 0.35
                    continue
            if prev in PLACE_PREPS and not f.gen:
                f.place, f.conf = True, 0.35
            elif prev in ("fra", "frå", "mot"):
                f.conf = 0.6
            else:
                f.conf = 0.85

    def _given_name(self, f: Found) -> bool:
        """A one-word capital directly followed by an unknown capitalised word: a first name
        or the start of a longer name, not the city."""
        k = f.j + 1
        if f.gen or f.i != f.j or not self.toks[f.j].ws or k >= len(self.toks):
            return False
        t = self.toks[k]
        return k not in self.covered and not t.sent_start and self._name_like(k) \
            and not self.kb.entries(t.key)

    # -- pass 3 ----------------------------------------------------------------------------
    def ner(self) -> None:
        """PER and ORG spans of the NER model that the knowledge base did not cover."""
        if not self.ents:
            return
        starts = {t.start: k for k, t in enumerate(self.toks)}
        for s, e, label in self.ents:
            if label not in ("PER", "ORG", "GPE_ORG"):
                continue
            k = starts.get(s)
            if k is None or any(x in self.covered for x in range(k, k + 1)):
                continue
            j = k
            while j + 1 < len(self.toks) and self.toks[j + 1].end <= e:
                j += 1
            if any(x in self.covered for x in range(k, j + 1)):
                continue
            span = self.text[s:e]
            if sum(c.isalpha() for c in span) < 2 or not span[:1].isupper():
                continue
            if label == "PER" and " " not in span.strip():
                continue  # single words tagged PER are mostly places; surnames come via memory
            kind = {"PER": "person", "ORG": "org", "GPE_ORG": "state"}[label]
            f = Found(k, j, s, e, kind, None, None, self.text[s:e], None, conf=0.5,
                      source="ner", text=self.text[s:e])
            self.found.append(f)
            for x in range(k, j + 1):
                self.covered[x] = f

    def _described_persons(self) -> None:
        """A name the knowledge base cannot place, after a description the role table does
        not hold, takes the state of the description's qualifier: "den russiske
        dumarepresentanten Sergej Gavrilov", "USAs nasjonale tryggingsrådgjevar John Bolton",
        "den dømte russiske våpenhandleren Viktor Bout" (a citizen is coded by state,
        whatever the office); a full name no pass found there is added."""
        by_i = {f.i: f for f in self.found}
        new: list[Found] = []
        for q in list(self.found):
            if not q.code or not (q.kind == "adjective" or q.gen and q.kind in (
                    "state", "org", "person")):
                continue
            k = q.j + 1
            while k < len(self.toks) and self.toks[k].pos == "ADJ" \
                    and self.toks[k].text.islower() and k not in self.covered:
                k += 1  # "nasjonale"
            if k + 1 >= len(self.toks) or k in self.covered:
                continue
            noun = self.toks[k]
            if noun.pos != "NOUN" or not noun.text.isalpha() or not noun.text[:1].islower():
                continue
            f = by_i.get(k + 1)
            if f is None:
                span = self._ent_at(k + 1, "PER") or self._name_after(k + 1)
                if span is None or span[1] == span[0]:
                    continue  # (one word: a company, a programme, a place more often)
                f = self._unknown_person(*span, source="pattern")
                new.append(f)
            elif f.kind != "person" or f.code:
                continue
            f.code, f.conf = q.code, max(f.conf, 0.75)
            if q.org_sector in GROUP_SECTORS:
                f.sector = q.org_sector
        for p in new:
            self.found.append(p)
            for k in range(p.i, p.j + 1):
                self.covered[k] = p

    def run(self) -> list[Found]:
        self.scan()
        self.phrases()
        self.ner()
        self._described_persons()
        self.found.sort(key=lambda f: (f.start, -f.end))
        return self.found


def _strip_gen(text: str, gen: bool) -> str:
    if not gen:
        return text
    return text[:-1] if text.endswith(("s", "'")) else text


def _gap_years(spell: list[Any], date: str) -> float:
    end = spell[4] or spell[3]
    if not end:
        return 0.0
    return abs(month_index(date) - month_index(end)) / 12
