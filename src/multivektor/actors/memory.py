"""Per-article actor memory: what an article has named so far, and what later words mean.

:class:`ArticleActors` runs the matcher over one article, then reads the mentions in order
and keeps a memory of the people, states and groups named so far, so that

- a later surname ("Tokajev", "Egede") links to the earlier full name, even when the
  knowledge base does not know the person (the code then comes from the earlier title,
  apposition or party tag);
- a bare role noun links to the most recent compatible actor before it: "presidenten",
  "statsministeren" to the last person in that office (or the office holder of the last
  state), "landet" to the last state, "regjeringen", "politiet" to the state most of the
  last three actors belong to, "organisasjonen", "alliansen" to the last organisation,
  plural "de to landene", "leiarane" to the last group named together (see ``group_at``);
- a pronoun ("han", "hun", "ho", "de", "dei") links to the most recent person (or group).

Event and quote coders call :meth:`ArticleActors.resolve_at` with any word or phrase and the
offset where it occurs, e.g. ``actors.resolve_at("han", 812)`` for the speaker of "sa han"
at offset 812, or ``actors.resolve_at("presidenten", 1040)``.
"""

from __future__ import annotations

import re
from typing import Any

from multivektor.actors.kb import KnowledgeBase, load_kb
from multivektor.actors.matcher import OFFICE_ROLES, Found, Matcher
from multivektor.actors.normalize import norm
from multivektor.actors.resolution import Resolution
from multivektor.actors.tokens import Tok, from_doc, from_text
from multivektor.model import Mention

PERSON_PRONOUNS = {"han", "hun", "ho", "ham", "henne", "hans", "hennes", "hennar", "honom"}
#: Words between a person role and the body it speaks for ("talsperson for", "leiar for").
OWNER_WORDS = frozenset({"for", "i", "ved", "hos"})
#: Object pronouns: they may stand for a private person named only by nationality and
#: occupation ("en amerikansk forretningsmann ... pågrep ham").
OBJECT_PRONOUNS = frozenset({"ham", "henne", "honom"})
PRIVATE_SECTORS = frozenset({"CVL", "BUS", "MED", "NGO", "EDU", "REL"})
#: A speech verb closing a quote right before a pronoun ("..., sa han", "», skriv ho").
_SPEECH_TAIL = re.compile(r"[,»\"]\s*(?:sa|sier|seier|skriv|skriver|la til|legg til|legger til|"
                          r"fortel|forteller|understreka|understreket|opplyser|uttalte|"
                          r"heldt fram|fortsatte)\s*$", re.IGNORECASE)
#: A personal pronoun as a word (the subject of "Fredag anklaget han nabolandet").
_PRONOUN_BEFORE = re.compile(r"\b(?:han|hun|ho)\b", re.IGNORECASE)
FEMALE_PRONOUNS = {"hun", "ho", "henne", "hennes", "hennar"}
#: The state a bare "regjeringen" or "statsministeren" means when no other is named before it.
HOME_STATE = "NOR"
#: A possessive pronoun of a person right after a role noun ("regjeringen hennes").
_POSSESSIVE_AFTER = re.compile(r"\s+(hans|hennes|hennar)\b", re.IGNORECASE)
#: States whose people are called by the first word of their name alone: the family name
#: first ("Lin Jian", "Kim Jong-un", "Xi Jinping"), or a given name and a father's name
#: ("Abiy Ahmed ... Abiy").
FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "JPN", "VNM",
                               "ETH", "ERI"})
#: "X, bedre kjent som Y": Y is another name of the person just named.
_ALIAS = re.compile(r",? (?:bedre |betre )?(?:kjent|kjend|kalt|kalla) som ([A-ZÆØÅ][\w-]+)")
#: Between a group noun and the person leading it: ", ledet av den 34 år gamle kapteinen ".
_LED_BY = re.compile(r",?\s+(?:ledet|leia|leidd|leda|anført|under\s+(?:ledelse|leiing|leiinga))"
                     r"\s+av\s+(?:[\wæøåÆØÅ.-]+\s+){0,5}")
#: Prepositions before a place name ("i Arba Minch"): a name after them is no person.
PLACE_PREPOSITIONS = frozenset({"i", "fra", "frå", "til", "på", "ved", "utenfor", "utanfor"})
#: Capitalised names of Norway's own institutions ("Forsvaret" is the Norwegian Armed Forces).
HOME_INSTITUTIONS = frozenset({"Forsvaret", "Hæren", "Sjøforsvaret", "Luftforsvaret",
                               "Heimevernet"})
#: Titles Norway's offices do not have: a bare "Presidenten" is never Norway's.
NOT_HOME_TITLES = ("president", "visepresident", "kansler", "forbundskansler")
#: Words marking a former office holder ("tidligere president X").
FORMER_WORDS = frozenset({"tidligere", "tidlegare", "forhenværende", "forhenverande",
                          "avgåtte", "avgått", "eks"})
#: Sectors of organisations that never stand for a state when a role noun looks back.
_NOT_STATE_SECTORS = {"MED", "BUS", "NGO", "EDU", "REL"}
#: Sectors of a state's own bodies (a rebel group named before them is no antecedent).
_STATE_BODY_SECTORS = {"GOV", "MIL", "POL", "LEG", "JUD"}
#: Mentions "landet" may refer back to: a state, its capital, its people (and an office named
#: with the state's genitive: see ``_names_its_state``).
STATE_ANTECEDENTS = frozenset({"state", "capital", "person", "demonym"})
GROUP_PRONOUNS = {"de", "dei", "dem", "deres", "deira"}
#: Roles whose plural can mean a group of states named further back ("leiarane").
GROUP_ROLES = frozenset({"STATE", "HOG", "HOS", "LEADER", "FM", "MIN", "DEF", "VP"})
#: Plural nouns of the parties to a conflict: the story's main pair, not a group named.
PARTY_NOUNS = frozenset({"partene", "partane", "partar", "sidene", "sidane"})
#: Words before a plural noun that leave it unqualified ("de", "dei", "disse").
GROUP_DETERMINERS = frozenset({"de", "dei", "disse", "desse", "alle"})
#: Words counting a plural role noun as a group named before ("de to EU-landene").
COUNT_WORDS = {"to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "begge": 2, "båe": 2}
#: How far back (characters) a titled spokesperson with an unknown name finds the government
#: it speaks for ("Indias utenriksdepartement svarte ... sa talsperson Anurag Srivastava").
SPOKESPERSON_WINDOW = 300
#: How far back (characters) "Ambassaden", "juntaen" may find the qualified phrase it repeats
#: ("Den russiske ambassaden", "Myanmars militærjunta").
SAME_NOUN_WINDOW = 1500
#: How far back (characters) a counted group of three or more may have been named together
#: ("Argentina, Brasil, Paraguay og Uruguay ... dei fire landa", paragraphs later).
COUNTED_GROUP_WINDOW = 2000
#: Nynorsk pronouns that also stand for a feminine noun ("Regjeringa ... Ho har skulda ...").
FEMININE_THING_PRONOUNS = frozenset({"ho", "henne", "hennar"})
MINISTER_ROLES = {"FM", "DEF", "FIN", "JUS", "INT", "MIN", "OTHER_MIN", "DEP_HOG"}
#: Role nouns whose bare use in Norwegian news means a Norwegian body when nothing else fits.
#: How many recent actors vote on the state of a bare body or group noun ("regjeringen",
#: "politiet"); 0 takes the most recent one. On the dev articles 3 did slightly better than
#: 0 and 4 (events F1 0.701 vs 0.693), within noise.
_VOTE = 3
_ACTOR_KINDS = {"state", "capital", "org", "person", "role", "adjective", "demonym"}
#: Kinds of a place name a person's surname may also be ("Birmingham", "Santiago").
PLACE_KINDS = frozenset({"city", "region", "place"})


def _compatible(noun_role: str, person_role: str | None) -> bool:
    if noun_role == "LEADER":
        return True
    if person_role is None:
        return False
    if noun_role == "MIN":
        return person_role in MINISTER_ROLES
    return noun_role == person_role


def _remember_surnames(surnames: dict[str, Mention], f: Found, m: Mention, text: str) -> None:
    """Register the keys a later bare name of person ``f`` (mention ``m``) may use."""
    full = f.name or f.text
    words = _strip_gen(f.text if not f.name else full, f.gen and not f.name).split()
    written = _strip_gen(f.text, f.gen).split()  # (the surname as written: "Samia Suluhu
    keys = {norm(words[-1]), norm(full), norm(" ".join(written))}  # Hassan", known to the
    if len(written) >= 2 and f.kind == "person":  # KB as "Samia Suluhu")
        keys.add(norm(written[-1]))
    for key in keys:
        old = surnames.get(key)
        if len(key) >= 3 and (old is None or (m.code and not old.code)):
            surnames[key] = m
    if f.name and f.name != f.text:
        for w in f.name.split()[1:]:
            if len(w) >= 3 and w[:1].isupper():
                surnames.setdefault(norm(w), m)
    if len(words) >= 3:  # "Espen Barth Eide … Barth Eide": a two-word surname
        surnames.setdefault(norm(" ".join(words[-2:])), m)
    if m.code in FAMILY_NAME_FIRST and 2 <= len(words) <= 3:
        surnames.setdefault(norm(words[0]), m)  # "Lin Jian ... Lin", "Abiy Ahmed ... Abiy"
    alias = _ALIAS.match(text, f.end)
    if alias is not None:  # "Rodrigo Londoño, bedre kjent som Timochenko"
        surnames.setdefault(norm(alias.group(1)), m)


class ArticleActors:
    """The actor mentions of one article and the memory to resolve later references.

    Build it with :meth:`from_doc` (a spaCy Doc of the article text), :meth:`from_text`
    (plain text, no NER) or :meth:`from_mentions` (the ``result.mentions`` of the pipeline).
    ``mentions`` is the list of :class:`~multivektor.model.Mention` in text order.
    """

    def __init__(self, text: str, date: str | None, mentions: list[Mention],
                 kb: KnowledgeBase | None = None) -> None:
        self.text = text
        self.date = date
        self.mentions = mentions
        self.kb = kb or load_kb()

    # -- construction ----------------------------------------------------------------------
    @classmethod
    def from_doc(cls, doc: Any, date: str | None = None) -> ArticleActors:
        ents = [(e.start_char, e.end_char, e.label_) for e in getattr(doc, "ents", ())]
        text = doc.text  # (rebuilt by spaCy on every access: read once)
        return cls._run(text, from_doc(doc, text), date, ents)

    @classmethod
    def from_text(cls, text: str, date: str | None = None) -> ArticleActors:
        return cls._run(text, from_text(text), date, [])

    @classmethod
    def from_mentions(cls, mentions: list[Mention], text: str = "",
                      date: str | None = None) -> ArticleActors:
        """Rebuild the memory from mentions already found (no new matching)."""
        return cls(text, _iso(date), sorted(mentions, key=lambda m: m.start))

    @classmethod
    def _run(cls, text: str, toks: list[Tok], date: str | None,
             ents: list[tuple[int, int, str]]) -> ArticleActors:
        kb = load_kb()
        date = _iso(date)
        matcher = Matcher(kb, toks, text, date, ents)
        found = matcher.run()
        self = cls(text, date, [], kb)
        self._link(found, matcher)
        return self

    # -- linking ---------------------------------------------------------------------------
    def _link(self, found: list[Found], matcher: Matcher) -> None:
        """Resolve surnames, bare role nouns and pronouns left to right."""
        toks = matcher.toks
        surnames: dict[str, Mention] = {}
        covered = set(matcher.covered)
        pronoun_ok = any(t.pos for t in toks)
        extra: list[Found] = []
        # surnames of people named earlier that the matcher did not see (unknown to the KB)
        for k, t in enumerate(toks):
            if k in covered or t.space or not t.text[:1].isupper() or len(t.text) < 3:
                continue
            extra.append(Found(k, k, t.start, t.end, "surname?", text=t.text))
        for k, t in enumerate(toks):
            if k in covered or t.space:
                continue
            low = t.key
            if low in ("han", "hun", "ho", "ham", "henne") or (pronoun_ok and t.pos == "PRON" and (
                    low in PERSON_PRONOUNS or low in GROUP_PRONOUNS)):
                extra.append(Found(k, k, t.start, t.end, "pronoun", text=t.text))
        absorbed = {id(f) for f in matcher.absorbed}
        items = sorted([*found, *extra, *matcher.absorbed], key=lambda f: (f.start, -f.end))
        out: list[Mention] = []
        for f in items:
            counted: list[Resolution] = []
            if id(f) in absorbed:
                if f.code:
                    _remember_surnames(surnames, f, Mention(
                        f.start, f.end, f.text, f.kind, f.code, f.sector, f.name, f.role,
                        round(f.conf, 3), f.source), self.text)
                continue
            if f.kind == "surname?":
                key = norm(f.text.rstrip("s").rstrip("'")) if f.text.endswith(("s", "'")) \
                    and norm(f.text) not in surnames else norm(f.text)
                ante = surnames.get(key)
                if ante is None:
                    continue
                m = Mention(f.start, f.end, f.text, "person", ante.code, ante.sector, ante.name,
                            ante.role, min(ante.confidence, 0.85), "memory")
                out.append(m)
                continue
            if f.kind in PLACE_KINDS and " " not in f.text \
                    and (ante := surnames.get(norm(f.text))) is not None:
                # "handelsminister Simon Birmingham … Birmingham seier": the person named in
                # full before, not the English city
                out.append(Mention(f.start, f.end, f.text, "person", ante.code, ante.sector,
                                   ante.name, ante.role, min(ante.confidence, 0.85), "memory"))
                continue
            if f.kind == "pronoun":
                self.mentions = out
                r = self.antecedent(f.start, f.text)
                if r is not None:
                    out.append(Mention(f.start, f.end, f.text, "pronoun", r.code, r.sector,
                                       r.name, r.role, min(r.confidence, 0.7), "pronoun"))
                continue
            if f.kind == "person" and (f.surname or len(f.text.split()) == 1
                                       or norm(f.text) in surnames):
                # a bare name links to the person of that surname named earlier in the
                # article ("Juan Manuel Santos … Santos"), before any namesake in the KB
                ante = surnames.get(norm(f.text)) or surnames.get(norm(_strip_gen(f.text, f.gen)))
                if ante is not None and (f.person is None or ante.name != f.name) and (
                        ante.code or f.person is None):
                    out.append(Mention(f.start, f.end, f.text, "person", ante.code, ante.sector,
                                       ante.name, ante.role, 0.9, "memory"))
                    continue
                if f.person is None:
                    continue
            if f.kind == "role" and f.plural:
                self.mentions = out
                counted = self._plural_group(f)
            if counted:  # "de nordiske landene", "dei to NATO-landa": the group's members
                f.code, f.sector, f.source = counted[0].code, "GOV", "memory"
                f.conf = counted[0].confidence
                f.name = " og ".join(r.name or r.code or "" for r in counted)
            elif f.kind == "role" and not f.qualified and f.linked is not None and f.linked.code:
                f.code, f.conf = f.linked.code, 0.8  # "utviklingsminister Ola Nordmann (Ap)"
            elif f.kind == "role" and not f.qualified and (
                    owner := self._owner_after(f, items)) is not None:
                f.code, f.sector = owner.code, f.sector or owner.sector  # "en talsperson for
                f.conf = 0.8  # Tsjekkias utenriksdepartement": the body named after "for"
                p = f.linked
                if p is not None and p.code is None and p.person is None:
                    p.code, p.sector, p.conf = owner.code, f.sector, 0.6  # and the name
            elif f.kind == "role" and not f.qualified:
                self.mentions = out
                r = self._role_antecedent(f, f.start, titled=f.linked is not None)
                if r is not None and f.linked is not None and self._former(f.start):
                    # "tidlegare president Álvaro Uribe": a former office holder is not the
                    # holder named last; the state the story has named most is likelier
                    top = self._most_named_state(f.start)
                    if top is not None:
                        r = Resolution(top, f.sector or "GOV", None, r.role, "role", 0.5,
                                       f.text)
                if r is None and f.sector in ("POL", "MIL") and not f.plural:
                    r = self._place_ahead(f, items)  # "Politiet pågrep 20 personar i
                    # Tbilisi": police no earlier actor owns act where the sentence says
                if r is not None:
                    f.code, f.sector = r.code, f.sector or r.sector
                    if (f.role_kind in ("person", "monarch") and not f.plural) or (
                            f.plural and r.name and " og " in r.name):
                        f.name = r.name
                    f.conf, f.source = min(r.confidence, 0.7), "memory"
                    p = f.linked
                    if p is not None and p.code is None and p.person is None and r.code:
                        p.code, p.sector, p.conf = r.code, f.sector, 0.6
            if f.kind == "person" and f.code is None:
                app = self._apposition_of(out, f.start)
                if app is not None:  # "den filippinske forsvarssjefen, general Romeo Brawner"
                    f.code, f.sector = app.code, f.sector or app.sector
                    f.conf = min(f.conf, 0.8)
            m = Mention(f.start, f.end, self.text[f.start:f.end], f.kind, f.code, f.sector,
                        f.name, f.role, round(f.conf, 3), f.source)
            out.append(m)
            if f.kind == "role" and f.plural and f.source == "memory" and f.name \
                    and " og " in f.name:
                # "de to landene": every member of the group named together, at the same span
                self.mentions = out[:-1]
                for r in (counted or f.members)[1:]:
                    out.append(Mention(f.start, f.end, m.text, f.kind, r.code, f.sector,
                                       f.name, f.role, m.confidence, "memory"))
            if f.kind == "person" and (f.name or f.text):
                _remember_surnames(surnames, f, m, self.text)
        self.mentions = out
        self._take_leaders_states(out)

    def _place_ahead(self, f: Found, items: list[Found]) -> Resolution | None:
        """The capital, city or region named with "i" or "av" ("i sentrum av Tbilisi") later in
        the sentence of ``f``."""
        end = self.text.find(". ", f.end)
        end = len(self.text) if end < 0 else end
        for g in items:
            if g.start <= f.end or g.start > end:
                continue
            before = self.text[max(0, g.start - 4):g.start].split()
            placed = g.kind in ("capital", "city", "region") \
                and bool(before) and before[-1].lower() in ("i", "av")
            if g.code and (placed or g.kind == "role" and " i " in self.text[g.start:g.end]):
                return Resolution(g.code, f.sector, None, f.role, "role", 0.6, f.text)
        return None  # ("demonstranter i Beograd": a role the place qualifies counts too)

    def _owner_after(self, f: Found, items: list[Found]) -> Found | None:
        """The coded body a person role is "for" ("talspersonen for det tyske
        utenriksdepartementet", "lederen for Hamas"), named right after it or after the name
        the role is the title of."""
        if f.role_kind != "person" or f.plural:
            return None
        end = f.end
        named = f.linked
        if named is not None and named.start >= f.end and not named.code:
            end = named.end  # "talsperson Zhao Lijian i det kinesiske utenriksdepartementet"
        nxt = next((g for g in items if g.start >= end), None)
        if nxt is None or not nxt.code or nxt.kind == "pronoun":
            return None
        word = self.text[end:nxt.start].strip().lower()
        if word == "i" and nxt.kind in ("capital", "city", "region", "place"):
            return None  # "ministeren i Moskva": where the minister is, not whose
        return nxt if word in OWNER_WORDS else None

    def _take_leaders_states(self, out: list[Mention]) -> None:
        """A role noun resolved by memory and followed by "ledet av" a known person takes
        that person's state: "kuppmakerne, ledet av kapteinen Ibrahim Traoré" are Burkinabe
        even when France was named last."""
        for i, m in enumerate(out):
            if m.kind != "role" or m.source != "memory" or m.name:
                continue
            for n in out[i + 1:i + 4]:
                if n.kind != "person" or not n.code or n.start - m.end > 80:
                    continue
                if _LED_BY.fullmatch(self.text[m.end:n.start]) and n.code != m.code:
                    out[i] = Mention(m.start, m.end, m.text, m.kind, n.code, m.sector, m.name,
                                     m.role, min(m.confidence, 0.7), m.source)
                break

    def _apposition_of(self, out: list[Mention], start: int) -> Mention | None:
        """A coded role phrase that a name stands in apposition to: "ROLE, [title] NAME"."""
        for m in reversed(out):
            if m.end > start:
                continue
            if m.kind == "role" and m.code is None and start - m.end < 20:
                continue  # the bare title between ("general", "minister")
            gap = self.text[m.end:start]
            if m.kind == "role" and m.code and re.fullmatch(r",\s*(?:\w+\s+)?", gap):
                return m
            return None
        return None

    # -- queries ---------------------------------------------------------------------------
    def _plural_group(self, f: Found) -> list[Resolution]:
        """The states a plural role noun counts or names: a regional group ("de nordiske
        landene", region_groups.tsv), else the last group of the counted size ("dei to
        NATO-landa", "dei fem sentralasiatiske landa"; a bare "de to landene" is left to
        ``group_at``); empty for neither."""
        region = self._region_group(f)
        if region:
            return region
        n, adjacent = self._count_before(f.start)
        if n and (f.qualified or not adjacent):
            return [_res(m, 0.6) for m in self._counted_group(f.start)]
        return []

    def _words_before(self, offset: int, chars: int = 40) -> list[str]:
        """The lower-cased words in the ``chars`` characters before ``offset``."""
        return self.text[max(0, offset - chars):offset].lower().split()

    def _sentence_start(self, offset: int) -> int:
        """Where the sentence (or line) of ``offset`` starts."""
        return max(self.text.rfind(". ", 0, offset), self.text.rfind("\n", 0, offset)) + 1

    def _region_group(self, f: Found) -> list[Resolution]:
        """The members of a regional group named by an adjective right before a plural state
        noun ("de nordiske landene", "dei baltiske statane"; region_groups.tsv)."""
        if (f.role or "") != "STATE":
            return []
        words = self._words_before(f.start, 30)
        codes = self.kb.region_groups.get(words[-1], ()) if words else ()
        return [Resolution(c, "GOV", self.kb.state_name(c) or c,
                           "STATE", "role", 0.7, f.text) for c in codes]

    def _region_named_before(self, f: Found) -> frozenset[str]:
        """The states of the region an adjective right before a singular state noun names
        ("det mellomamerikanske landet"; region_adjectives.tsv); empty for none."""
        words = self._words_before(f.start, 30)
        return frozenset(self.kb.region_adjectives.get(words[-1], ())) if words \
            else frozenset()

    def _count_before(self, offset: int) -> tuple[int, bool]:
        """The number a count word before ``offset`` gives, right before it or before one
        adjective ("dei to NATO-landa", "dei fem sentralasiatiske landa"), and whether it is
        right before; (0, False) without one."""
        words = self._words_before(offset)
        if words and words[-1] in COUNT_WORDS:
            return COUNT_WORDS[words[-1]], True
        if len(words) >= 2 and words[-2] in COUNT_WORDS and words[-1].isalpha():
            return COUNT_WORDS[words[-2]], False
        return 0, False

    def _counted_group(self, offset: int, window: int = 600) -> list[Mention]:
        """The last group of as many states named together as the count before ``offset``
        says ("Hellas og Tyrkia ... Blinken oppmoda dei to NATO-landa"): people named in
        between do not break it, as they do for a bare "dei"."""
        n = self._count_before(offset)[0]
        if not n:
            return []
        if n >= 3:  # a group of three or more counted again is often named much earlier
            window = max(window, COUNTED_GROUP_WINDOW)
        return self._last_group(offset, n, window) or (self._top_pair(offset) if n == 2 else [])

    def _names_a_group(self, f: Found) -> bool:
        """A plural reference that can mean a group named further back: states or their
        leaders and ministers ("landene", "leiarane", "statsministrane", "dei fire landa"),
        with no word but a determiner or a count before it ("dei vestlege landa" is
        another group; whom "partane" means is the story's main pair's to say)."""
        if f.role not in GROUP_ROLES or norm(f.text) in PARTY_NOUNS \
                or (f.sector or "GOV") != "GOV":
            return False
        words = self._words_before(f.start, 20)
        return not words or words[-1] in COUNT_WORDS or words[-1] in GROUP_DETERMINERS \
            or self.text[max(0, f.start - 2):f.start].strip() in ("", ".", "–")

    def _group_for(self, offset: int, further: bool = True) -> list[Resolution]:
        """The group a plural reference at ``offset`` means: the last group named together
        (``group_at``); else, or when a count before it says another size, the last group
        of three or more (of that size) named further back (``_last_group``: "Saudi-Arabia,
        Bahrain og Egypt brøt med Qatar. Landene ...")."""
        group = self.group_at(offset)
        n = self._count_before(offset)[0]
        if not further or n == 2 or (group and (not n or len(group) == n)):
            return group  # (a pair further back: the story's main pair decides, later)
        back = self._last_group(offset, n, COUNTED_GROUP_WINDOW if n >= 3 else 600)
        # (a pair further back counts when only its members are named since: "Etiopia og
        # Eritrea ... Abiy ... Landa")
        if len(back) >= 3 or (back and not group and self._members_only_since(back, offset)):
            return [_res(m, 0.5) for m in back]
        return group

    def _members_only_since(self, group: list[Mention], offset: int) -> bool:
        """No state outside ``group`` is named between its last member and ``offset``."""
        codes = {m.code for m in group}
        end = max(m.end for m in group)
        return all(m.code in codes for m in self.before(offset) if m.start >= end
                   and m.code and m.code in self.kb.states
                   and m.sector not in _NOT_STATE_SECTORS)  # (not "melder Reuters")

    def _last_group(self, offset: int, n: int = 0, window: int = 600) -> list[Mention]:
        """The last group of states named together before ``offset`` (of ``n`` members when
        ``n``, else of two or more), whatever single mentions came after it."""
        for m in self.before(offset):
            if offset - m.end > window:
                break
            members = self._group_mentions(m.end, window=0)
            if members and (not n or len(members) == n):  # (a group has two or more)
                return members
        return []

    def _top_pair(self, offset: int) -> list[Mention]:
        """The two states the story has named most before ``offset`` (each at least twice,
        the second clearly ahead of the third), for "dei to landa" or "landa" with no group
        named together; empty when there is no such pair."""
        counts: dict[str, list[Mention]] = {}
        for m in self.before(offset):
            if m.code in self.kb.states and m.kind in ("state", "capital", "demonym"):
                counts.setdefault(m.code, []).append(m)
        top = sorted(counts.values(), key=len, reverse=True)[:3]
        if len(top) >= 2 and len(top[1]) >= 2 and (len(top) == 2 or len(top[1]) > len(top[2])):
            return [top[0][-1], top[1][-1]]
        return []

    def _former(self, offset: int) -> bool:
        """The word before ``offset`` marks a former office ("tidligere", "tidlegare")."""
        words = self._words_before(offset, 20)
        return bool(words) and norm(words[-1]) in FORMER_WORDS

    def _most_named_state(self, offset: int) -> str | None:
        """The state named most often before ``offset`` (ties: the earliest named)."""
        counts: dict[str, int] = {}
        for m in reversed(self.before(offset)):
            if m.code and m.code in self.kb.states and m.sector not in _NOT_STATE_SECTORS:
                counts[m.code] = counts.get(m.code, 0) + 1
        return max(counts, key=lambda c: counts[c]) if counts else None

    def _place_in_sentence(self, offset: int) -> Mention | None:
        """The capital, city or region named with "i" earlier in the sentence of ``offset``
        (crowds are coded by where they gather)."""
        start = self._sentence_start(offset)
        for m in self.before(offset):
            if m.start < start:
                break
            if m.code and m.kind in ("capital", "city", "region") \
                    and self.text[max(0, m.start - 2):m.start] == "i ":
                return m
        return None

    def before(self, offset: int) -> list[Mention]:
        """Mentions that end at or before ``offset``, most recent first."""
        return [m for m in reversed(self.mentions) if m.end <= offset]

    def antecedent(self, offset: int, pronoun: str = "han") -> Resolution | None:
        """What a pronoun at ``offset`` refers to: the most recent person for han/hun/ho,
        the most recent group, state or organisation for de/dei."""
        low = norm(pronoun)
        group = low in GROUP_PRONOUNS
        other = "m" if low in FEMALE_PRONOUNS else "f"
        together = self._group_mentions(offset, window=300) if group else []
        group_start = min((m.start for m in together), default=-1)
        quoted = self._quote_before(offset)  # "– Vi har invitert Tusk ..., sa han": the
        for m in self.before(offset):       # speaker is not a person named in the quote
            if together and m.end <= group_start:
                break
            if quoted is not None and quoted[0] <= m.start < quoted[1]:
                continue
            if m.code is None and m.name is None:
                continue
            if m.code is None and m.source == "ner" and self._after_place_preposition(m):
                continue  # "en tale i Arba Minch": a place the NER took for a person
            if group:  # people: a group, an organisation, a demonym, not a state
                if m.kind in ("org", "demonym") or (m.kind == "role" and m.name is None
                                                    and m.role not in ("STATE", "LEADER")):
                    return _res(m, 0.5)
            elif (m.kind == "person" or (m.kind == "role" and m.name and " og " not in m.name)
                  ) and self.kb.gender(m.name) != other:  # (a group "de tre landene" is no "han")
                return _res(m, 0.7)
            elif low in OBJECT_PRONOUNS and m.kind == "role" and m.sector in PRIVATE_SECTORS \
                    and not m.name and m.code:
                return _res(m, 0.6)  # "En amerikansk forretningsmann ... politiet pågrep ham"
            elif low in FEMININE_THING_PRONOUNS and self._feminine_body(m, offset):
                return _res(m, 0.6)
        if together:  # "USA og Saudi-Arabia ... dei": the group named together
            names = " og ".join(m.name or m.code or "" for m in together)
            return Resolution(together[0].code, together[0].sector, names, None, "pronoun",
                              0.5, pronoun)
        return None

    def _quote_before(self, offset: int) -> tuple[int, int] | None:
        """The span of the direct quote that a speech verb right before ``offset`` closes
        ("– ..., sa han", "«...», skriv ho"), or None."""
        head = self.text[max(0, offset - 40):offset]
        if not _SPEECH_TAIL.search(head):
            return None
        start = max(self.text.rfind("\n", 0, offset) + 1, 0)
        para = self.text[start:offset]
        for k in range(len(para) - 1, -1, -1):  # a dash opening a sentence: "– Vi ..."
            if para[k] in "–—-" and para[k + 1:k + 2] == " " and (
                    not para[:k].strip() or para[:k].rstrip()[-1] in ".!?:»\""):
                return start + k, offset
        opener = para.rfind("«")
        return (start + opener, offset) if opener >= 0 else None

    def _feminine_body(self, m: Mention, offset: int) -> bool:
        """``m`` is a nn body noun in the feminine definite ("Regjeringa i Mogadishu",
        "leiinga") that opens the sentence before the one at ``offset``: nn "ho" may stand
        for it (a nearer feminine noun, "Lova vart vedteken. Ho krev ...", is no mention, so
        only the previous sentence's first words qualify)."""
        head = m.text.split()[0].lower() if m.text else ""
        if not (m.kind == "role" and m.name is None and m.code is not None
                and len(head) > 4 and head.endswith("a")):
            return False
        before = self.text[max(0, m.start - 3):m.start]
        between = self.text[m.end:offset]
        opens = m.start == 0 or before.endswith(("\n", ". ")) or before.strip() == ""
        return opens and len(re.findall(r"[.!?]\s", between)) == 1

    def _after_place_preposition(self, m: Mention) -> bool:
        """``m`` follows a preposition of place ("i", "fra", "til", ...)."""
        before = self.text[max(0, m.start - 6):m.start].split()
        return bool(before) and before[-1].lower() in PLACE_PREPOSITIONS

    def group_at(self, offset: int, window: int = 400) -> list[Resolution]:
        """The last group of actors named together before ``offset`` ("Saudi-Arabia og
        Iran", "Kina og Kasakhstan, Kirgisistan og Usbekistan"), for plural references such
        as "de to landene", "leiarane", "dei". Empty when there is none within ``window``
        characters. The mention of a plural reference carries the first member's code and
        all members' names in ``name`` ("Saudi-Arabia og Iran")."""
        return [_res(m, 0.5) for m in self._group_mentions(offset, window)]

    def _group_mentions(self, offset: int, window: int = 400) -> list[Mention]:
        """First mention of each code in the last coordinated group before ``offset``."""
        members: list[Mention] = []
        for m in self.before(offset):
            if not m.code or m.code not in self.kb.states or m.kind not in (
                    "state", "capital", "person", "role", "demonym") or m.kind == "pronoun":
                if members:
                    break
                continue
            if not members:
                if offset - m.end > window:
                    break
                members.append(m)
                continue
            gap = self.text[m.end:members[-1].start].strip().lower()
            if gap in (",", "og", "eller", "samt", ", og", "og med", "") or gap.replace(
                    ",", "").strip() in ("og", ""):
                members.append(m)
            else:
                break
        first: dict[str, Mention] = {}
        for m in reversed(members):
            first.setdefault(m.code or "", m)
        return list(first.values()) if len(first) >= 2 else []

    def _role_antecedent(self, f: Found, offset: int, titled: bool = False
                         ) -> Resolution | None:
        """The most recent compatible actor for a bare role noun: a person in that office,
        else the most recent state (or organisation with such an office) it can belong to."""
        role = f.role or ""
        person_role = f.role_kind in ("person", "monarch")
        poss = _POSSESSIVE_AFTER.match(self.text, f.end)
        if poss is not None and not person_role:
            # "regjeringen hennes", "hæren hans": the body of the person the possessive means
            owner = self.antecedent(f.start, poss.group(1))
            if owner is not None and owner.code:
                return Resolution(owner.code, f.sector or owner.sector, None, role, "role",
                                  0.7, f.text)
        if f.plural and (person_role or role == "STATE"):
            # "de to landene", "leiarane": the last group named together, if any; else the
            # last group named together further back, of the counted size if there is a
            # count ("Saudi-Arabia, Bahrain og Egypt brøt med Qatar. Landene ...")
            group = self._group_for(offset, further=self._names_a_group(f))
            if not group:
                same = self._same_noun(f, offset, compounds=person_role)  # "G7-lederne ...
                # Lederne": the same group's leaders
                return _res(same, 0.7) if same is not None and same.code not in \
                    self.kb.states else None
            f.members = group  # (each member gets a mention at the same span)
            names = " og ".join(r.name or r.code or "" for r in group)
            return Resolution(group[0].code, f.sector or group[0].sector, names, role, "role",
                              0.5, f.text)
        if f.sector == "OPP" and person_role and not f.plural:
            # "Opposisjonsleder Kemal Kılıçdaroğlu", "opposisjonslederen": the opposition of
            # the state the recent sentences are about (a foreign one is named: "den
            # russiske opposisjonslederen")
            found = self._state_voted(f, offset, role)
            if found is not None:
                return found
        if titled and role == "SPOKES" and f.sector == "GOV" and not f.plural:
            # "Indias utenriksdepartement svarte ... sa talsperson Anurag Srivastava": the
            # spokesperson of the government the sentences just named
            found = self._state_voted(f, offset, role, SPOKESPERSON_WINDOW)
            if found is not None:
                return found
        if titled and (role not in OFFICE_ROLES and role != "MIN" or f.sector != "GOV"):
            return None  # "journalisten Kari Nordmann": the title belongs to the name after it
        same = None if person_role else self._same_noun(f, offset)
        if same is not None:
            return _res(same, 0.8)
        if f.sector == "JUD" and not person_role:
            # "domstolen" after "Den internasjonale straffedomstolen (ICC)": the court named
            for m in self.before(offset):
                if m.code and m.sector == "JUD" and m.code not in self.kb.states:
                    return Resolution(m.code, m.sector, m.name, None, "role", 0.7, f.text)
        if person_role and not f.plural and not titled:
            titled_name = self._titled_person(f, offset)
            if titled_name is not None:  # "Kronprins Haakon ... Kronprinsen"
                return _res(titled_name, 0.8)
            for m in self.before(offset):
                if m.kind in ("person", "role") and m.name and m.code and (_compatible(
                        role, m.role) or role == "CHIEF" and m.sector == "MIL") and (
                        f.sector in ("GOV", None) or m.sector == f.sector):
                    return _res(m, 0.75)  # ("generalen": the last military man named)
        if role == "ORG":  # "organisasjonen", "alliansen": the last organisation named
            any_group = f.text.lower().startswith("organisasjon")  # Hamas is an organisation,
            for m in self.before(offset):                          # not an alliance
                igo = m.kind == "org" and m.code not in self.kb.states
                group = any_group and (m.kind == "org" or (
                    m.kind in ("role", "person") and m.sector in ("REB", "PTY")))  # Hamas-leder
                if m.code and (igo or group) and m.sector not in _NOT_STATE_SECTORS:
                    return Resolution(m.code, m.sector, m.name, None, "role", 0.6, f.text)
            return None
        if role == "STATE" and not f.plural:
            region = self._region_named_before(f)
            if region:  # "det vestafrikanske landet": the latest state of West Africa
                m = next((x for x in self.before(offset) if x.code in region and (
                    x.kind in STATE_ANTECEDENTS or _names_its_state(x))), None)
                return None if m is None else Resolution(
                    m.code, f.sector or m.sector, None, role, "role", 0.6, f.text)
        eligible = self._eligible(f, offset, role, person_role)
        if f.sector == "CVL" and not person_role:
            place = self._place_in_sentence(offset)
            if place is not None:  # "ambassaden i Bagdad ble stormet av demonstranter":
                return Resolution(place.code, "CVL", None, role, "role", 0.6, f.text)
        if eligible and not person_role and role != "STATE" and _VOTE:
            # a body or group of the state the recent sentences are about: the most frequent
            # state among the last few actors, the most recent one on a tie
            m = _voted(eligible)
            return Resolution(m.code, f.sector or m.sector, None, role, "role", 0.6, f.text)
        if f.text.lower().startswith(("nabo", "granne")):
            # "Støre ønskte nabolandet velkomen": a neighbour is not the state of the sentence
            # that names it ("nabolandet Mali": the name after it says which)
            after = self.text[f.end:f.end + 2]
            if after[:1] == " " and after[1:2].isupper():
                return None
            start = self._sentence_start(offset)
            own = {m.code for m in self.before(offset)  # (its government, not forces or
                   if m.start >= start and m.sector in ("GOV", None)}  # people guessed)
            if _PRONOUN_BEFORE.search(self.text[start:f.start]):  # "Fredag anklaget han
                person = next((m for m in self.before(offset)   # nabolandet": not his state
                               if m.kind == "person" and m.code), None)
                own |= {person.code} if person is not None else set()
            others = [m for m in eligible if m.code not in own]
            if not others:  # a neighbour is never one's own state: any other state named
                others = [m for m in self.before(offset)  # ("afghanske flyktningar")
                          if m.code in self.kb.states and m.code not in own]
            eligible = others
        for m in eligible[:1]:
            name = None
            if f.role_kind in ("person", "monarch") and not f.plural and role in OFFICE_ROLES:
                holders = self.kb.holders(m.code, role, self.date,
                                          "m" if f.role_kind == "monarch" else None)
                name = self.kb.person(holders[0])[0] if holders else None
            return Resolution(m.code, f.sector or m.sector, name, role, "role", 0.6, f.text)
        if not eligible and not f.plural and (f.sector == "GOV" and (
                role in OFFICE_ROLES or role == "GOV") or f.text in HOME_INSTITUTIONS) \
                and not self.before(offset):
            # "Regjeringen stanser ...", "Statsministeren reiser ...", "Forsvaret har hevet
            # beredskapen" before any state is named: in Norwegian news, Norway's
            name = None
            if person_role and role in OFFICE_ROLES:
                holders = self.kb.holders(HOME_STATE, role, self.date)
                if not holders or norm(f.text).startswith(NOT_HOME_TITLES):
                    return None  # Norway has no such office ("Presidenten ..." is someone else's)
                name = self.kb.person(holders[0])[0]
            return Resolution(HOME_STATE, f.sector or "GOV", name, role, "role", 0.5, f.text)
        return None

    def _state_voted(self, f: Found, offset: int, role: str, window: int | None = None
                     ) -> Resolution | None:
        """The state the last sentences are about (``_voted`` over the states and their
        governments before ``offset``, within ``window`` characters when given), for a
        person of role ``role`` and sector ``f.sector`` no name or qualifier places."""
        states = [m for m in self._eligible(f, offset, role, False)
                  if m.code in self.kb.states and m.sector in ("GOV", None)
                  and (window is None or offset - m.end <= window)]
        if not states:
            return None
        return Resolution(_voted(states).code, f.sector, None, role, "role", 0.5, f.text)

    def _titled_person(self, f: Found, offset: int) -> Mention | None:
        """The last person named with this title before the name: "Kronprins Haakon"."""
        word = f.text.lower()
        if " " in word or len(word) < 7:
            return None
        stem = word[:-2] if word.endswith(("en", "et")) else word[:-1]
        for m in self.before(offset):
            first = m.text.lower().split(" ", 1)[0]
            if m.kind == "person" and m.code and " " in m.text and first.startswith(stem):
                return m
        return None

    def _same_noun(self, f: Found, offset: int, compounds: bool = False) -> Mention | None:
        """"Den russiske ambassaden ... Ambassaden": the last qualified role phrase with the
        same noun, nearer than any other reading (a few sentences back at most); with
        ``compounds``, a hyphenated one too ("G7-lederne ... Lederne")."""
        word = f.text.lower()
        if word.endswith("s") and len(word) >= 8 and word[-2] in "aent":
            word = word[:-1]  # the genitive: "Juntaens talsmann"
        if " " in word or len(word) < 7:
            return None
        for m in self.before(offset):
            if offset - m.end > SAME_NOUN_WINDOW:
                break
            last = m.text.lower().rsplit(" ", 1)[-1]
            if m.kind == "role" and m.code and (" " in m.text or compounds and "-" in last) and (
                    last.startswith(word[:-2]) or word.startswith(last)
                    or last.endswith(word) or last.endswith(word[:-2])):
                return m  # ("Aserbajdsjans utenriksdepartement ... departementet")
        return None

    def _eligible(self, f: Found, offset: int, role: str, person_role: bool) -> list[Mention]:
        """Mentions before ``offset`` that a bare role noun may belong to, most recent first."""
        out: list[Mention] = []
        for m in self.before(offset):
            if not m.code or m.kind not in _ACTOR_KINDS or m.kind in ("pronoun", "adjective"):
                continue
            if m.sector in _NOT_STATE_SECTORS:
                continue
            if m.sector == "REB" and f.sector in _STATE_BODY_SECTORS:
                continue  # "Hizbollah ... militæret": a state's army, not the militia's
            if person_role and f.sector not in ("GOV", None) and m.kind == "person":
                continue  # "journalisten" is not the president named before
            if m.code not in self.kb.states:  # an organisation
                if not person_role or m.kind not in ("org", "role", "person") or not (
                        self.kb.holders(m.code, role, self.date) or role == "LEADER"):
                    continue
            elif role == "STATE" and m.kind not in STATE_ANTECEDENTS \
                    and not _names_its_state(m):
                continue
            out.append(m)
            if len(out) >= 8:
                break
        return out

    def resolve_at(self, text: str, offset: int) -> Resolution | None:
        """Resolve a word or phrase of this article occurring at ``offset``.

        Pronouns go to :meth:`antecedent`; bare role nouns ("presidenten", "ministeren",
        "regjeringen", "landet") to the most recent compatible actor before ``offset``
        (then to the office holder of the most recent state); names and surnames to the
        person named earlier in the article; anything else to :func:`resolve` with the
        article's date. A mention already found at that offset is returned as it is.
        """
        low = norm(text)
        for m in self.mentions:
            if m.start <= offset < m.end and (m.code or m.name):
                return _res(m, m.confidence)
        if low in PERSON_PRONOUNS or low in GROUP_PRONOUNS:
            return self.antecedent(offset, low)
        from multivektor.actors.resolver import analyse

        found = analyse(text, self.date)
        if found:
            f = found[0]
            if f.kind == "role" and not f.qualified:
                r = self._role_antecedent(f, offset)
                if r is not None:
                    return r
            if f.kind == "person":
                key = norm(_strip_gen(f.text, f.gen))
                for m in self.before(offset):
                    if m.kind == "person" and m.name and (
                            norm(m.name) == key or norm(m.name.split()[-1]) == key):
                        return _res(m, 0.9)
            if f.code or f.name:
                return Resolution(f.code, f.sector, f.name, f.role, f.kind, f.conf, f.text,
                                  f.place)
        for m in self.before(offset):
            if m.kind == "person" and m.name and norm(m.name.split()[-1]) == low:
                return _res(m, 0.85)
        return None


def _voted(eligible: list[Mention]) -> Mention:
    """The most frequent state among the last few actors of ``eligible`` (most recent
    first), the most recent one on a tie."""
    recent = _entities(eligible)[:_VOTE]
    counts: dict[str, int] = {}
    for m in recent:
        counts[m.code or ""] = counts.get(m.code or "", 0) + 1
    best = max(counts.values())
    return next(x for x in recent if counts[x.code or ""] == best)


def _entities(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` (most recent first) with a title and the name right beside it counted as
    one actor: "Ghanas utanriksminister Shirley Ayorkor Botchwey" is one voice, not two."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.code == m.code and 0 <= prev.start - m.end <= 2:
            continue
        out.append(m)
    return out


def _names_its_state(m: Mention) -> bool:
    """"Indias utenriksminister", "USAs president": a role named with its state's genitive
    (the state is named; "en kanadisk diplomat" only describes someone)."""
    first = m.text.split()[0] if m.text else ""
    return m.kind == "role" and first[:1].isupper() and first.endswith(("s", "'"))


def _res(m: Mention, conf: float) -> Resolution:
    place = m.kind == "capital" and m.confidence < 0.5
    return Resolution(m.code, m.sector, m.name, m.role, m.kind, conf, m.text, place)


def _strip_gen(text: str, gen: bool) -> str:
    if not gen:
        return text
    if text.endswith("'"):
        return text[:-1]
    return text[:-1] if text.endswith("s") else text


def _iso(date: str | None) -> str | None:
    """YYYY-MM-DD from an article date (YYYY-MM -> the 15th; anything longer is cut)."""
    if not date:
        return None
    d = date.strip()[:10]
    if len(d) == 7:
        return d + "-15"
    if len(d) == 4:
        return d + "-07-01"
    return d
