"""Who did it and to whom: actors and recipients of a cue from the parse and the mentions.

Subject -> actor; objects and prepositional objects -> recipient; passive ``av``-agent -> actor;
relative clauses take their noun; coordinated verbs share the subject; infinitives take the
subject of the verb that governs them; nominal events take genitives, country adjectives and
``fra``-phrases as actor. Without a usable parse, the nearest coded mention to the left is the
actor and the coded mentions to the right are the recipients (with lower confidence).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from multivektor.events.rules import ORGANISATIONS
from multivektor.events.syntax import (
    OBJ,
    TIME_WORDS,
    aux_chain,
    cleft_focus,
    governor_of_infinitive,
    has_parse,
    is_object,
    is_prep,
    is_verb,
    lemma,
    np_tokens,
    per_token,
    prep_object,
    token_indices,
    tokens_at,
)
from multivektor.model import Actor, Mention

#: Prepositions whose object is the recipient, by event category (``*`` = all categories).
RECIPIENT_PREPS: dict[str, frozenset[str]] = {
    "*": frozenset({"mot", "overfor", "til", "med", "hos", "mellom", "på"}),
    "violent": frozenset({"i", "inn", "over", "rundt"}),
}
VIOLENT = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE"})
AGENT_PREPS = frozenset({"fra", "frå"})
#: Verbs whose predicative names what the subject is ("Italia ble det første landet som ...").
COPULAS = frozenset({"være", "vere", "bli", "verte"})
#: Events whose noun takes a group or organisation prefix as its actor ("Hamas-angrepet").
PREFIX_AGENT_EVENTS = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN", "PROTEST",
                                 "ACCUSE", "REJECT", "AID"})
NOMINAL_RECIPIENT_PREPS = frozenset({"mot", "overfor", "av", "med", "til", "på", "i", "mellom",
                                     "inn", "rundt"})


class MentionIndex:
    """Coded mentions of an article, found by token."""

    def __init__(self, doc: Doc, mentions: list[Mention]) -> None:
        self.by_token: dict[int, Mention] = {}
        #: other members of a group reference at the same span ("de to landene")
        self.members: dict[tuple[int, int], list[Mention]] = {}
        spans = doc.to_array(["IDX", "LENGTH"])  # (Doc.char_span walks the tokens each time)
        self._starts: list[int] = spans[:, 0].tolist()
        self._ends: list[int] = (spans[:, 0] + spans[:, 1]).tolist()
        for m in mentions:
            if not m.code or m.sector == "MED" and m.kind not in ("role", "person") \
                    and m.text.lower() not in ("ham", "henne", "honom"):  # (a journalist)
                continue  # news media report events, they are not parties; journalists can be
            tokens = self.tokens(m)
            if tokens is None:
                continue
            lo, hi = tokens.start, tokens.stop
            first = self.by_token.get(lo)
            if first is not None and (first.start, first.end) == (m.start, m.end) \
                    and first.code != m.code:
                self.members.setdefault((m.start, m.end), []).append(m)
                continue
            for i in range(lo, hi):
                prev = self.by_token.get(i)
                if prev is None or (prev.end - prev.start) < (m.end - m.start):
                    self.by_token[i] = m

    def in_tokens(self, tokens: list[Token]) -> list[Mention]:
        out: list[Mention] = []
        for t in tokens:
            m = self.by_token.get(t.i)
            if m is not None and m not in out:
                out.append(m)
                out.extend(self.members.get((m.start, m.end), ()))
        return out

    def at(self, t: Token) -> Mention | None:
        return self.by_token.get(t.i)

    def tokens(self, m: Mention) -> range | None:
        """The indices of the tokens ``m`` overlaps (as ``char_span(..., alignment_mode=
        "expand")``), None if it overlaps none."""
        lo = bisect_right(self._starts, m.start) - 1
        if lo < 0 or self._ends[lo] <= m.start:
            lo += 1
        hi = bisect_left(self._starts, m.end)
        return range(lo, hi) if lo < hi else None


@dataclass(slots=True)
class Args:
    """Actor and recipient mentions of one cue, with how they were found."""

    actor: list[Mention] = field(default_factory=list)
    recipient: list[Mention] = field(default_factory=list)
    how: list[str] = field(default_factory=list)
    confidence: float = 1.0
    clausal: list[Mention] = field(default_factory=list)  # recipients from a that-clause
    direct: list[Mention] = field(default_factory=list)  # heads of objects / PP objects


def to_actors(mentions: list[Mention]) -> list[Actor]:
    out: list[Actor] = []
    seen: set[str] = set()
    for m in mentions:
        if m.code and m.code not in seen:
            seen.add(m.code)
            if m.kind == "implicit":  # inferred from the article, not named here
                out.append(Actor(code=m.code, sector=m.sector))
            else:
                out.append(Actor(code=m.code, sector=m.sector, text=m.text, name=m.name,
                                 start=m.start, end=m.end))
    return out


# ---------------------------------------------------------------- verbal cues

def _subject_indices(found: tuple[list[Token], str]) -> tuple[tuple[int, ...], str]:
    return token_indices(found[0]), found[1]


def _subject_at(doc: Doc, kept: tuple[tuple[int, ...], str]) -> tuple[list[Token], str]:
    return tokens_at(doc, kept[0]), kept[1]


@per_token(_subject_indices, _subject_at)
def find_subject(v: Token) -> tuple[list[Token], str]:
    """Tokens of the subject noun phrase of verb ``v`` and how it was found."""
    return _find_subject(v, 0)


def _find_subject(v: Token, depth: int) -> tuple[list[Token], str]:
    if depth > 5:
        return [], ""
    focus = cleft_focus(v) if depth == 0 else None
    if focus is not None:  # "Det var Spania og Norge som anerkjente Palestina"
        return focus, "cleft"
    chain = aux_chain(v)
    if len(chain) > 1 and _fronted_subject(chain[-1]) and not any(
            c.dep_ == "SUBJ" and c.i < v.i for c in v.children):
        chain = chain[1:]  # "Politiet har pågrepet tre statsborgere": the auxiliary's subject
        # before it, not the object after the participle the parse called a second subject
    for t in chain:
        subjects = [c for c in t.children if c.dep_ == "SUBJ"
                    and c.doc[c.left_edge.i].lower_ not in ATTRIBUTION_WORDS]
        # ("Ifølge Kyiv har russiske styrkar skote": an attribution the parse took for a subject)
        if subjects and subjects[0].i < t.i and subjects[0].lower_ in TIME_WORDS:
            # "Lørdag ringte Niinistö til Putin": a fronted day the parse took for the subject
            subjects = [c for c in t.children if c.dep_ == "SUBJ" and c.i > t.i] or subjects
        if subjects and any(x.dep_ == "SBU" and x.i < subjects[0].i for x in t.children):
            # "Siden kuppet i 2021 har juntaen fengslet ...": a fronted phrase the parse took
            # for the subject; the subject is the noun right after the finite verb (parsed as
            # a second subject, or as the auxiliary's object before the participle)
            after = [c for c in t.children if c.i > t.i and (c.dep_ == "SUBJ" or (
                c.dep_ == "DOBJ" and t != v and c.i < v.i))]
            subjects = after[:1] or subjects
        if subjects and all(c.i > t.i for c in subjects):
            fronted = _fronted_noun_phrase(t)
            if fronted:  # "Russiske fly pepret Kharkiv med glidebomber": a main clause opens
                return fronted, "noun phrase before the verb"  # with its subject (V2)
        for c in subjects:
            if c.dep_ == "SUBJ":
                if c.lower_ in ("som", "der") and t.head != t:
                    return np_tokens(t.head), "relative"
                if c.i < t.i:  # a subject before its verb ends before it (not the name
                    # after the verb the parse hung on it: "departementet kalte inn Ukrainas
                    # ambassadør Vasyl Zvarytsj")
                    return [x for x in np_tokens(c) if x.i < t.i], "subject"
                return np_tokens(c), "subject"
    top = chain[-1]
    if top.head == top:
        return [], ""
    if top.dep_ == "FLAT" and top.head.i < top.i and not is_verb(top.head):
        # "Zhao anklaget USA for ...": the verb parsed as part of the name before it (and
        # the object after it too): the subject is the name up to the verb
        name = top.head
        while name.dep_ == "KOORD" and name.head != name and name.head.i < name.i:
            name = name.head  # ("USA og Frankrike angrep ...": the whole coordination)
        return [t for t in np_tokens(name) if t.i < top.i], "name before a verb parsed flat"
    if top.dep_ == "ATR" and not is_verb(top.head):
        if top.i < top.head.i:  # before its noun: a participle or a broken parse, no relative
            return [], ""
        noun = top.head
        if noun.dep_ == "SPRED" and noun.head != noun and lemma(noun.head) in COPULAS \
                and any(c.dep_ == "SBU" and c.lower_ == "som" for c in top.children):
            # "Italia ble det første G7-landet som sluttet seg til ...": the copula's subject
            subj = next((c for c in noun.head.children if c.dep_ == "SUBJ"), None)
            if subj is not None:
                return np_tokens(subj), "relative on a predicative"
        return np_tokens(noun), "relative"
    if top.dep_ == "SPRED" and is_verb(top.head) and top.head != top:
        toks, how = _find_subject(top.head, depth + 1)  # "Ukraina vart angripen": the
        return toks, how  # participle parsed as the predicative of "vart"
    if top.dep_ == "KOORD" and is_verb(top.head):
        toks, how = _find_subject(first_conjunct(top), depth + 1)
        return toks, how and "coordination"
    gov, prep = governor_of_infinitive(v)
    accused = _controlling_object(gov, prep)
    if accused is not None:  # "anklager kystvakten for å ha gått til angrep": the accused
        return np_tokens(accused), "object of the accusation"
    if gov is not None and is_verb(gov):
        toks, how = _find_subject(gov, depth + 1)
        return toks, how and "infinitive"
    if gov is not None and gov.pos_ == "ADJ" and gov.head != gov and (
            is_verb(gov.head) or gov.head.pos_ == "AUX"):
        toks, how = _find_subject(gov.head, depth + 1)  # "Vi står klare til å snakke med X":
        return toks, how and "infinitive"  # the subject of the verb the adjective is with
    return [], ""


def _fronted_subject(aux: Token) -> bool:
    """The auxiliary has a subject right before it, in the same clause ("Politiet vårt har")."""
    return any(c.dep_ == "SUBJ" and c.i < aux.i and c.lower_ not in TIME_WORDS
               and c.doc[c.left_edge.i].lower_ not in ATTRIBUTION_WORDS for c in aux.children)


#: Words opening an attribution, never a subject ("Ifølge Kyiv ...").
ATTRIBUTION_WORDS = frozenset({"ifølge", "iflg", "iflg."})
#: Verbs whose object, not subject, does the act of their "for å" infinitive ("anklager
#: kystvakten for å ha angrepet", "takket Norge for å ha sendt hjelp").
OBJECT_CONTROL = frozenset({"anklage", "beskylde", "skulde", "skylde", "kritisere", "fordømme",
                            "takke", "rose", "berømme", "hylle", "straffe", "dømme", "mistenke",
                            "sikte", "tiltale", "refse", "klandre"})
#: Words before a partitive "av" ("en del av Aserbajdsjan", "mange av dem"): no agent.
PARTITIVE = frozenset({"del", "deler", "delen", "en", "ei", "ett", "eitt", "noen", "nokre",
                       "mange", "flere", "fleire", "resten", "halvparten", "medlem", "alle"})


def _controlling_object(gov: Token | None, prep: Token | None) -> Token | None:
    """The object of an object-control verb whose "for å" infinitive is governed by ``gov``
    through ``prep``: the verb's object, or ``gov`` itself when the parse hung "for" on it."""
    if gov is None or prep is None or prep.lower_ != "for":
        return None
    obj = next((c for c in gov.children if c.dep_ == "DOBJ"), None)
    if obj is not None and is_verb(gov) and lemma(gov) in OBJECT_CONTROL:
        return obj
    if gov.dep_ == "DOBJ" and is_verb(gov.head) and lemma(gov.head) in OBJECT_CONTROL:
        return gov
    return None


def _later_agent(v: Token, index: MentionIndex, places: frozenset[int] = frozenset()
                 ) -> list[Token]:
    """The first "av X" after passive verb ``v`` in its clause with a coded X, wherever the
    parse attached it (``places``: the "av" of a particle's "ut av", no agent)."""
    doc = v.doc
    for j in range(v.i + 1, min(v.sent.end, v.i + 12)):
        tok = doc[j]
        if tok.text in (",", ";", ":", ".") or (is_verb(tok) and tok.pos_ != "AUX" and j > v.i + 1
                                                  and doc[j - 1].lower_ != "å"):
            break
        if tok.lower_ == "av" and doc[j - 1].lower_ not in PARTITIVE \
                and j not in places and not _of_an_act(tok, v) \
                and (obj := prep_object(tok)) is not None:
            found = np_tokens(obj)
            if index.in_tokens(found):
                return found
    return []


#: Endings of nouns made from verbs ("annektering", "invasjon", "utvisinga", "handelen").
ACT_NOUN_ENDINGS = ("ing", "inga", "ingen", "sjon", "sjonen", "else", "elsen", "elsa")


def _of_an_act(av: Token, v: Token) -> bool:
    """"av" completing a noun of an act after passive verb ``v`` ("vart innførte etter
    Russlands annektering av Krim"): its object is what was acted on, no agent of ``v``."""
    head = av.head
    return av.dep_ == "ATR" and head.i > v.i and head.pos_ == "NOUN" \
        and head.lower_.endswith(ACT_NOUN_ENDINGS)


#: Verbs of handing a person over: in the passive, "fra X" names who did it.
HANDED_OVER = frozenset({"utlevere", "overlevere", "deportere", "utvise", "levere", "sende"})
#: Verbs of firing: in the passive, "fra X" names who fired ("ble avfyrt mot Israel fra
#: Libanon").
FIRED_FROM = frozenset({"avfyre", "skyte"})
#: Passive verbs whose "fra X" is their doer.
FROM_AGENT = HANDED_OVER | FIRED_FROM


def _prep_phrase(heads: list[Token], preps: tuple[str, ...]) -> list[Token]:
    """The noun phrase of the first of ``preps`` in the clause of ``heads`` (wherever the
    parse hung it), up to the next preposition ("fra Kapp Verde til USA": Kapp Verde)."""
    v = heads[0]
    for j in range(v.i + 1, v.sent.end):
        tok = v.doc[j]
        if tok.text in (",", ";", ".") or (is_verb(tok) and tok.pos_ != "AUX"):
            break
        if tok.lower_ in preps and is_prep(tok) and (obj := prep_object(tok)) is not None:
            return [t for t in np_tokens(obj) if t.i <= obj.i or not any(
                is_prep(x) for x in v.doc[obj.i + 1:t.i + 1])]
    return []


def trailing_agent(n: Token) -> Token | None:
    """The object of a "fra X" right after the object noun ``n`` that the parse hung on the
    verb instead ("avviste ultimatumet fra Madrid, Paris og Berlin"): the author of the act
    the noun names."""
    if n.head == n or not is_object(n):
        return None
    end = max(t.i for t in np_tokens(n))
    for c in n.head.children:
        if c.i == end + 1 and c.lower_ in AGENT_PREPS and is_prep(c):
            return prep_object(c)
    return None


def _agent_and_target(obj: Token) -> tuple[list[Token], list[Token]]:
    """The noun phrase of a fra-phrase's object ``obj`` up to a preposition inside it, and
    the target that preposition names when the parse hung it on the agent ("angrepet fra
    Hamas mot Israel": Hamas, Israel)."""
    words = np_tokens(obj)
    doc = obj.doc
    agent = [t for t in words if t.i <= obj.i or not any(
        is_prep(x) for x in doc[obj.i + 1:t.i + 1])]
    target: list[Token] = []
    for c in obj.children:
        if c.i > obj.i and is_prep(c) and c.lower_ in NOMINAL_RECIPIENT_PREPS - {"av", "i"} \
                and (o := prep_object(c)) is not None:
            target.extend(np_tokens(o))
    return agent, target


def first_conjunct(v: Token) -> Token:
    """The verb a coordinated verb ``v`` shares its subject with: its head, or after ", og"
    the verb saying the at-clause it was hung on ("sa at Libanon står ..., og oppmoda")."""
    first = v.head
    after_comma_og = v.i >= 2 and v.doc[v.i - 1].lower_ == "og" and v.doc[v.i - 2].text == ","
    if after_comma_og and (gov := _main_verb_of_at_clause(first)) is not None:
        return gov
    return first


def _main_verb_of_at_clause(v: Token) -> Token | None:
    """The verb whose at-clause ``v`` heads ("sa at Libanon står"): ``sa``."""
    top = aux_chain(v)[-1]
    if not any(c.dep_ == "SBU" and c.lower_ == "at" for c in top.children):
        return None
    h = top.head
    if h == top:
        return None
    if is_prep(h) and h.head != h:
        h = h.head
    return h if is_verb(h) else None


def _prep_recipients(heads: list[Token], preps: frozenset[str], exclude: set[int],
                     particles: set[int]) -> list[Token]:
    out: list[Token] = []
    for h in heads:
        for c in h.children:
            if c.i in exclude:
                continue
            p = c
            if not is_prep(p):
                continue
            if lemma(p) not in preps and p.lower_ not in preps and p.i not in particles:
                continue
            obj = prep_object(p)
            if obj is not None and not (p.lower_ == "med" and lemma(obj) in HELP_NOUNS):
                out.extend(np_tokens(obj, exclude))  # ("rykket fram med støtte fra USA":
    return out  # the helper is no target)


#: Nouns of help given to whoever acts "med støtte/hjelp fra X".
HELP_NOUNS = frozenset({"støtte", "stønad", "hjelp", "bistand", "assistanse"})


def _object_tokens(v: Token, exclude: set[int], clausal_out: list[Token] | None = None
                   ) -> list[Token]:
    out: list[Token] = []
    for c in v.children:
        if c.dep_ not in OBJ or c.i in exclude:
            continue
        verb = is_verb(c)
        if verb and any(x.dep_ in ("SBU", "SUBJ") for x in c.children):
            # a clausal object: "krever at Noreg løyser saka" -> its subject
            subj, _ = find_subject(c)
            out.extend(subj)
            if clausal_out is not None:
                clausal_out.extend(subj)
        elif verb:  # a noun the tagger took for a verb ("fordømte angrepet fra Hamas")
            out.extend(t for t in c.subtree if t.i not in exclude)
        else:
            out.extend(np_tokens(c, exclude))
    return out


def _sibling_agent(v: Token) -> list[Token]:
    """The av-phrase of a passive participle coordinated before ``v`` under the same
    auxiliary or verb ("vart benåda av Putin og sett fri"), for a ``v`` with none."""
    aux = v.head
    if aux is v or v.i == 0 or v.doc[v.i - 1].lower_ not in ("og", "eller") and not any(
            c.lower_ in ("og", "eller") and c.head == v for c in v.children):
        return []
    sibs = [c for c in aux.children if c.i < v.i and c.dep_ in ("INFV", "SPRED", "KOORD")]
    if v.dep_ == "KOORD":
        sibs.append(aux)
    for sib in reversed(sibs):
        for c in sib.children:
            if is_prep(c) and c.lower_ == "av" and (obj := prep_object(c)) is not None:
                return np_tokens(obj)
    return []


def _appositive_owners_dropped(actors: list[Mention], doc: Doc,
                               index: MentionIndex) -> list[Mention]:
    """"Kina, Nord-Koreas viktigste allierte, tok til orde for ...": the genitive inside an
    apposition describes the subject; it does not act with it."""
    if len(actors) < 2:
        return actors
    kept = []
    for m in actors:
        at = index.tokens(m)
        t = doc[at[-1]] if at is not None else None
        if t is not None and t.dep_ == "DET" and t.head.dep_ == "APP" and t.head.i > t.i \
                and t.i > 0 and doc[t.i - 1].text == "," and t.head.head.i < t.i:
            continue  # (after a comma, describing a name before: not "FNs utsending, X")
        kept.append(m)
    return kept or actors


def _among_named(actors: list[Mention], subj: list[Token]) -> list[Mention]:
    """"Fjorten EU-land, blant dem Tyskland, Frankrike og Polen": a group subject whose
    members are named after "blant dem/andre" acts as those members."""
    for k, t in enumerate(subj[:-1]):
        if t.lower_ == "blant" and subj[k + 1].lower_ in ("dem", "dei", "andre"):
            named = [m for m in actors if m.start > subj[k + 1].idx]
            if named and len(named) < len(actors):
                return named
    return actors


def verbal_args(v: Token, parts: list[Token], event: str, passive: bool,
                index: MentionIndex, subject_of: Token | None = None) -> Args:
    """Actor and recipient of a verb cue (``subject_of``: take the subject from this verb)."""
    args = Args()
    subj_toks, how = find_subject(subject_of or v)
    subj_ids = {t.i for t in subj_toks}
    inverted: list[Token] = []
    preps = RECIPIENT_PREPS["*"] | (RECIPIENT_PREPS["violent"] if event in VIOLENT else set())
    particle_ids = {p.i for p in parts}
    heads = [v, *parts]
    if passive:
        agent: list[Token] = []
        places = _place_av(parts)
        for h in aux_chain(v) + parts:
            for c in h.children:
                if is_prep(c) and c.lower_ == "av" and c.i not in places:
                    obj = prep_object(c)
                    if obj is not None:
                        agent.extend(np_tokens(obj))
        if not index.in_tokens(agent) and event == "SANCTION":
            out_of = next((p for p in parts if p.lower_ == "av"), None)  # "vart kasta ut av
            obj = prep_object(out_of) if out_of is not None else None  # Europarådet": the
            if obj is not None:  # body one is thrown out of does it (not its relative clause)
                agent = [t for t in np_tokens(obj) if t.i <= obj.i]
        if not index.in_tokens(agent):  # "dømt til 16 års fangenskap av en domstol i X":
            agent = _later_agent(v, index, places)  # the parse hung the av-phrase on a noun
        if not index.in_tokens(agent):  # "vart benåda av Putin og sett fri": the agent of
            agent = _sibling_agent(v)  # the participle coordinated before it
        handed = not index.in_tokens(agent) and lemma(v) in FROM_AGENT
        if handed:
            agent = _prep_phrase(heads, ("fra", "frå"))  # "vart utlevert frå Spania til USA"
        args.actor = index.in_tokens(agent)
        args.recipient = index.in_tokens(subj_toks)
        if handed and args.actor and (to := index.in_tokens(_prep_phrase(heads, ("til",)))):
            args.recipient = to  # the state the person was handed to, not the person
        args.how.append("passive agent" if agent else "passive")
        if not args.actor and (event in ("AID", "MOBILIZE") or event == "RETREAT" and (
                args.recipient and all(m.sector == "MIL" for m in args.recipient))):
            # "styrkene skal trekkes ut av Niger": the troops' state withdraws them
            args.actor, args.recipient = args.recipient, []
            recip = _prep_recipients(heads, preps, subj_ids, particle_ids)
            args.recipient = index.in_tokens(recip)
        else:
            extra = _prep_recipients(heads, preps - {"av"}, subj_ids, particle_ids)
            args.recipient += [m for m in index.in_tokens(extra) if m not in args.recipient]
        return args
    args.actor = _appositive_owners_dropped(
        _among_named(index.in_tokens(subj_toks), subj_toks), v.doc, index)
    if event != "PROTEST":  # protesters are coded by where they protest
        args.actor = _drop_locatives(args.actor, subj_toks, index)
    if how:
        args.how.append(how)
    top = aux_chain(v)[-1]
    first: Args | None = None
    if how == "coordination" and subject_of is None and is_verb(top.head) and top.head != top:
        first = verbal_args(first_conjunct(top), [], event, False, index)  # share its actor
        if first.actor:
            args.actor = first.actor
    left = _mention_before(aux_chain(v)[-1], index) if subject_of is None else None
    if left is not None and left not in args.actor and (
            not subj_toks or min(t.i for t in subj_toks) > v.i or not args.actor):
        # V2 order: a name right before the finite verb is its subject, whatever the parse says
        # ("USA og Storbritannia angrep ...")
        args.actor = _with_conjuncts([left], v.doc, index, after=False)
        args.how.append("name before the verb")
        if subj_toks and min(t.i for t in subj_toks) > v.i:
            # the parse took the object after the verb for the subject: it is the object
            subj_ids = {i for i in subj_ids if i < v.i}
            inverted = subj_toks
    if subj_toks and min(t.i for t in subj_toks) < v.i:
        # "presidenten ba Kina om å ...": a second subject after the verb is its object
        for c in v.children:
            if c.dep_ == "SUBJ" and c.i > v.i and c.i not in subj_ids and not is_verb(c):
                inverted = inverted + np_tokens(c)
    exclude = subj_ids | {v.i}
    clausal: list[Token] = []
    recip = _object_tokens(v, exclude, clausal) + inverted
    for p in parts:
        if not is_prep(p):
            recip.extend(_object_tokens(p, exclude, clausal))
            recip.extend(t for t in np_tokens(p, exclude) if t.i != p.i)
    recip.extend(_prep_recipients(heads, preps, exclude, particle_ids))
    args.recipient = [m for m in index.in_tokens(recip) if m not in args.actor]
    forum = _forum_of(parts)
    if forum is not None:  # "klage de tre landene inn for WTO": the WTO is where, not whom
        objects = [m for m in index.in_tokens(_object_tokens(v, exclude)) if m not in args.actor]
        if objects:
            args.recipient = objects
        elif lemma(v) in ("klage", "bringe", "melde"):
            # "klaget saken inn for WTO": whom the case is against is told elsewhere
            where = {id(m) for m in index.in_tokens(np_tokens(forum))}
            args.recipient = [m for m in args.recipient if id(m) not in where]
    if not args.recipient and first is not None and first.recipient and not clausal:
        # "ringde til Kagame og kravde ei våpenkvile": the demand went to the one called
        args.recipient = [m for m in first.recipient if m not in args.actor]
        args.how.append("recipient of the first conjunct")
    if not args.recipient and not clausal and event in ("ASSAULT", "COERCE") \
            and not _object_tokens(v, exclude):
        # "pågrep og sendte hjem tusenvis av migranter fra Honduras": a verb with no object
        # of its own shares the object of the verb coordinated right after it
        later = next((c for c in v.children if c.dep_ == "KOORD" and c.i > v.i
                      and (is_verb(c) or any(x.dep_ == "DOBJ" for x in c.children))
                      and v.doc[c.i - 1].lower_ in ("og", "eller")), None)  # (a verb the
        # tagger took for an adjective still has its object: "arresterte og avhørte to ...")
        if later is not None:
            shared = index.in_tokens(_object_tokens(later, exclude))
            args.recipient = [m for m in shared if m not in args.actor]
            if args.recipient:
                args.how.append("object of the verb coordinated after it")
    args.clausal = index.in_tokens(clausal)
    heads_direct: list[Token] = []
    for h in heads:
        for c in h.children:
            if c.dep_ in OBJ and not is_verb(c):
                heads_direct.append(c)
            elif is_prep(c) and (obj := prep_object(c)) is not None:
                heads_direct.append(obj)
    args.direct = index.in_tokens(heads_direct)
    if not args.recipient and how == "cleft":  # the parse of a cleft's som-clause is broken:
        args.recipient = [m for m in _mentions_after(v, index)[:1]  # the name after the verb
                          if m not in args.actor]
    if not args.recipient and event in TARGETED_BY_OBJECT and forum is None:
        authors = [t for c in v.children if is_object(c) and not is_verb(c)
                   and (o := trailing_agent(c)) is not None for t in _agent_and_target(o)[0]]
        named = index.in_tokens(authors)
        named = _with_conjuncts(named, v.doc, index, after=True) if named else []
        args.recipient = [m for m in named if m not in args.actor]
        if args.recipient:  # "avviste kravet fra Polen": aimed at the demand's author
            args.how.append("the author of its object ('fra X' after it)")
    if not args.recipient and event in TARGETED_BY_OBJECT and forum is None:
        named = _name_right_after(v, parts, index)
        if named is not None and named not in args.actor:
            args.recipient = [named]  # "skulda då Tyskland for ...", "anklaget torsdag Paris"
            args.how.append("the name right after the verb")
    if not args.recipient and all(h.n_lefts + h.n_rights == 0 for h in heads) \
            and v.dep_ in ("FLAT", "APP", "KOORD", "PUTFYLL"):
        # a verb the parse left without dependents, hung as a name's part ("Iran beslagla en
        # britisk tanker", "beslagla" parsed as FLAT of "Iran"): its object is what follows
        args.recipient = [m for m in _mentions_after(v, index) if m not in args.actor]
        if args.recipient:
            args.how.append("object after a verb the parse left bare")
    return args


#: Verbal acts whose object is their target: a name right after the verb is that object even
#: when the parse hangs it elsewhere.
TARGETED_BY_OBJECT = frozenset({"ACCUSE", "REJECT", "THREATEN", "SUPPORT", "SANCTION"})


def _name_right_after(v: Token, parts: list[Token], index: MentionIndex) -> Mention | None:
    """The coded name right after verb ``v`` (and its particles), past adverbs and a day
    ("skulda då Tyskland", "anklaget torsdag Paris"), unless the parse calls it a subject."""
    j = max([v.i, *(p.i for p in parts)]) + 1
    doc = v.doc
    for _ in range(3):
        if j >= len(doc):
            return None
        t = doc[j]
        if t.pos_ in ("ADV", "SCONJ", "PART") or t.lower_ in TIME_WORDS:
            j += 1
            continue
        m = index.at(t)
        return m if m is not None and t.dep_ != "SUBJ" and t.pos_ == "PROPN" else None
    return None


def _forum_of(parts: list[Token]) -> Token | None:
    """The "for" of a frame "inn for" ("klage X inn for WTO"): its object is a forum."""
    words = [p.lower_ for p in parts]
    if "inn" in words and "for" in words:
        return parts[words.index("for")]
    return None


def _mentions_after(v: Token, index: MentionIndex, limit: int = 8) -> list[Mention]:
    """Coded mentions in the words after ``v`` up to the next punctuation or verb."""
    toks = []
    for j in range(v.i + 1, min(v.sent.end, v.i + 1 + limit)):
        t = v.doc[j]
        if t.is_punct or (is_verb(t) and t.pos_ != "AUX"):
            break
        toks.append(t)
    return index.in_tokens(toks)


# ---------------------------------------------------------------- nominal cues

#: Events whose noun's fra-phrase is the place left, not the agent ("tilbaketrekningen fra Mali").
FROM_IS_PLACE = frozenset({"RETREAT"})
#: Events whose noun takes the forces of its av-phrase as actor ("tilbaketrekkinga av franske
#: soldatar", "oppbygginga av russiske styrkar").
FORCES_EVENTS = frozenset({"MOBILIZE", "RETREAT"})


def nominal_args(n: Token, index: MentionIndex, event: str = "") -> Args:
    """Actor (genitive, adjective, fra-phrase) and recipient (av/mot/med...) of an event noun."""
    args = Args()
    actor_toks: list[Token] = []
    recip_toks: list[Token] = []
    both: list[Token] = []
    agent_toks: list[Token] = []
    forces_toks: list[Token] = []
    for c in n.children:
        if c.i < n.i and c.dep_ in ("DET", "ATR") and not is_prep(c):
            actor_toks.extend(t for t in c.subtree if t.i < n.i)
        elif is_prep(c):
            obj = prep_object(c)
            if obj is None:
                continue
            p = c.lower_
            if p in AGENT_PREPS and event in FROM_IS_PLACE:
                recip_toks.extend(np_tokens(obj))
            elif p in AGENT_PREPS:
                agent, aimed = _agent_and_target(obj)
                agent_toks.extend(agent)
                recip_toks.extend(aimed)
            elif p == "av" and event in FORCES_EVENTS:
                forces_toks.extend(np_tokens(obj))  # "oppbygginga av russiske styrkar"
            elif p == "mellom":
                both.extend(np_tokens(obj))
                if obj.lower_ in ("de", "dei"):  # "mellom de to landene" parsed as "mellom de"
                    both.extend(t for t in obj.doc[obj.i + 1:obj.i + 4]
                                if t.pos_ in ("NUM", "ADJ", "NOUN"))
            elif p in NOMINAL_RECIPIENT_PREPS:
                recip_toks.extend(np_tokens(obj))
    if not agent_toks and event not in FROM_IS_PLACE:
        trailing = trailing_agent(n)  # "fordømte sanksjonene fra USA", "fra" on the verb
        if trailing is not None:
            agent_toks, aimed = _agent_and_target(trailing)
            recip_toks.extend(aimed)
    forces = index.in_tokens(forces_toks)  # a build-up of forces is their state's; the
    troops = [m for m in forces if m.sector == "MIL"]  # place they are in is its recipient
    named = index.in_tokens(agent_toks)
    if named:  # "fra Spania, Frankrike og Tyskland" with the list hung on the noun
        named = _with_conjuncts(named, n.doc, index, after=True)
    agents = [m for m in named + troops if m not in index.in_tokens(actor_toks)]
    args.actor = index.in_tokens(actor_toks) + agents + index.in_tokens(both)
    args.recipient = [m for m in index.in_tokens(recip_toks) + [
        f for f in forces if f not in troops] if m not in args.actor]
    args.direct = list(args.recipient)
    if args.actor:
        args.how.append("nominal")
    if agents:
        args.how.append("agent")
    return args


def premodifier_args(n: Token, sent: Span, index: MentionIndex, event: str) -> Args:
    """Fallback when no actor hangs on an event noun: a group or organisation prefixed to it
    ("Hamas-angrepet"), or a genitive or nationality adjective up to three words before it
    that the parse hung elsewhere ("Russlands fullskala invasjon", only adjectives and nouns
    between); the recipient from an av/mot-phrase right after."""
    args = Args(confidence=0.7)
    own = index.at(n)
    prefix = own is not None and own.start == n.idx and own.end < n.idx + len(n.text)
    if prefix and event in PREFIX_AGENT_EVENTS and (
            own.sector not in (None, "GOV") or own.code in ORGANISATIONS):
        # "Hamas-angrepet", "EU-sanksjonene": a group or organisation as the noun's prefix
        # (a state prefix is as often the target or the place: "Russland-sanksjonene"; a
        # meeting or an exercise named after an organisation is its members': "G20-toppmøtet")
        args.actor = [own]
    for j in range(n.i - 1, max(sent.start, n.i - 4) - 1, -1):
        if args.actor:
            break
        tok = n.doc[j]
        m = index.at(tok)
        if m is not None:
            if m.kind == "adjective" or "Gen" in tok.morph.get("Case"):
                args.actor = [m]
            break
        if tok.pos_ not in ("ADJ", "NOUN") or tok.is_punct:
            break
    if args.actor:
        k = n.i + 1
        if k + 1 < sent.end and n.doc[k].lower_ in NOMINAL_RECIPIENT_PREPS:
            args.recipient = [m for m in index.in_tokens(np_tokens(n.doc[k + 1]))
                              if m not in args.actor]
        args.how.append("nominal, genitive before the noun")
    return args


# ---------------------------------------------------------------- linear fallback

def linear_args(t: Token, sent: Span, index: MentionIndex, nominal: bool) -> Args:
    """Nearest coded mention to the left as actor, coded mentions to the right as recipient."""
    args = Args(confidence=0.6)
    if nominal:
        for j in range(t.i - 1, max(sent.start, t.i - 3) - 1, -1):
            m = index.at(t.doc[j])
            if m is not None:
                args.actor = [m]
                break
        window = t.doc[t.i + 1:min(sent.end, t.i + 4)]
        if len(window) and window[0].lower_ in NOMINAL_RECIPIENT_PREPS:
            args.recipient = [m for m in index.in_tokens(list(window)) if m not in args.actor]
        args.how.append("linear nominal")
        return args
    start = sent.start
    for j in range(t.i - 1, max(sent.start, t.i - 12) - 1, -1):  # stay in the clause
        if t.doc[j].text in (",", ";", ":", "–", "—", "(", ")"):
            start = j + 1
            break
    else:
        start = max(sent.start, t.i - 12)
    left = [t.doc[j] for j in range(t.i - 1, start - 1, -1) if index.at(t.doc[j])]
    # prefer a subject, then a mention outside a prepositional phrase, then the nearest
    ranked = ([x for x in left if x.dep_ == "SUBJ"]
              + [x for x in left if x.dep_ != "SUBJ" and not _in_pp(x)] + left)
    inner = _relative_subject(t, index)
    if inner is not None:  # "ei malisk drone som det algeriske luftforsvaret skaut ned":
        ranked = [inner]  # the name between "som" and the verb is the clause's subject
    if ranked:
        tok = ranked[0]
        m = index.at(tok)
        args.actor = [m]
        # include a coordinated actor: "USA og Storbritannia <verb>"
        span = tok.doc.char_span(m.start, m.end, alignment_mode="expand")
        k = (span.start if span is not None else tok.i) - 1
        if k - 1 >= sent.start and t.doc[k].lower_ in ("og", "eller"):
            m2 = index.at(t.doc[k - 1])
            if m2 is not None and m2 is not m:
                args.actor.insert(0, m2)
    prev = t.doc[t.i - 1] if t.i > sent.start else None
    # inverted order needs something fronted before the verb; a verb-first heading
    # ("Kritiserte Zelenskyj") has its subject elided, and the name after it is the object
    inverted = prev is not None and prev.pos_ in ("ADV", "ADP", "PUNCT", "SCONJ", "NUM", "ADJ",
                                                  "NOUN")
    if prev is not None and prev.is_punct and prev.text not in (",", "–"):
        inverted = False
    if prev is not None and prev.dep_ == "SUBJ":  # an (uncoded) subject precedes the verb
        inverted = False
    if prev is not None and prev.text == "," and "Part" in t.morph.get("VerbForm"):
        inverted = False  # "..., mistenkt for å være en russisk agent": a participle after a
        # comma describes what precedes it (weak pasts look the same: "I mai omringet ...")
    if not args.actor and inverted:  # inverted order: "Dagen før gikk Trump hardt ut mot"
        for j in range(t.i + 1, min(sent.end, t.i + 5)):
            tok = t.doc[j]
            if tok.is_punct:
                break
            m = index.at(tok)
            if m is not None:
                args.actor = [m]
                # "undertegnet Støre (Ap) og von der Leyen ...": a coordinated second actor
                for k in range(j + 1, min(sent.end, j + 10)):
                    if t.doc[k].lower_ == "og":
                        for q in range(k + 1, min(sent.end, k + 5)):
                            m2 = index.at(t.doc[q])
                            if m2 is not None and m2.code != m.code:
                                args.actor.append(m2)
                                break
                        break
                    if is_verb(t.doc[k]) or t.doc[k].text in (",", ".", ":"):
                        break
                break
    right = list(t.doc[t.i + 1:min(sent.end, t.i + 12)])
    args.recipient = [m for m in index.in_tokens(right) if m not in args.actor]
    if inner is not None:  # ... and the noun "som" stands for is its object
        som = next(j for j in range(inner.i, sent.start - 1, -1) if t.doc[j].lower_ == "som")
        before = [m for m in index.in_tokens(list(t.doc[max(sent.start, som - 4):som]))
                  if m not in args.actor]
        args.recipient = before[-1:] + args.recipient
    args.how.append("linear")
    return args


LOCATIVE = frozenset({"i", "på", "ved", "fra", "frå"})
#: Nouns of time or place that open a sentence in inverted order ("Same veke gjekk Iran
#: ...", "Flere steder brukte sikkerhetsstyrkene ...").
TIME_NOUNS = frozenset({"dag", "døgn", "veke", "uke", "helg", "måned", "månad", "år", "morgen",
                        "kveld", "natt", "ettermiddag", "formiddag", "time", "periode", "tid",
                        "gang", "vår", "sommar", "sommer", "haust", "høst", "vinter", "tiår",
                        "århundre", "stund", "minutt", "sekund", "tidspunkt", "dato",
                        "januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
                        "september", "oktober", "november", "desember", "sted", "stad"})
#: Word classes of a bare noun phrase ("Russiske fly", "Den tyske regjeringen").
NP_POS = frozenset({"ADJ", "DET", "NOUN", "PROPN", "NUM"})


def _fronted_noun_phrase(t: Token) -> list[Token]:
    """The words before finite verb ``t`` when they are all one noun phrase opening the
    sentence (no adverb, preposition, time word or comma): in a main clause, its subject."""
    words: list[Token] = []
    j = t.i - 1
    while j >= 0:
        x = t.doc[j]
        if x.pos_ not in NP_POS or x.lower_ in TIME_WORDS or lemma(x) in TIME_NOUNS \
                or x.lower_ in ATTRIBUTION_WORDS:  # ("Ifølge Kyiv har ...")
            return []  # ("Samme dag løslot myndighetene ...": a fronted time, inverted order)
        words.append(x)
        if x.is_sent_start:
            break
        j -= 1
    else:
        return []
    words.reverse()
    return words if words[-1].pos_ in ("NOUN", "PROPN") and words[0].pos_ != "NUM" else []


def _relative_subject(v: Token, index: MentionIndex) -> Token | None:
    """The last word of a coded name that stands right between a relative "som" and verb
    ``v`` ("dronen som det algeriske luftforsvaret skaut ned"): the relative clause's
    subject, whatever the parse made of "som" (a comparative preposition, often)."""
    if v.i < 2:
        return None
    prev = v.doc[v.i - 1]
    m = index.at(prev)
    if m is None:
        return None
    at = index.tokens(m)
    if at is None or at.stop != v.i or at.start < 1:
        return None
    return prev if v.doc[at.start - 1].lower_ == "som" else None


def _drop_locatives(found: list[Mention], tokens: list[Token],
                    index: MentionIndex) -> list[Mention]:
    """"Den russiske ambassaden i Oslo": a place inside the actor phrase is not an actor
    when the phrase names one without it."""
    if len({m.code for m in found}) < 2:
        return found
    located: set[int] = set()
    for t in tokens:
        if is_prep(t) and t.lower_ in LOCATIVE:
            located.update(id(m) for m in index.in_tokens(list(t.subtree)))
    kept = [m for m in found if id(m) not in located]
    return kept or found


def _mention_before(f: Token, index: MentionIndex) -> Mention | None:
    """The coded mention ending right before finite verb ``f``, if not inside a PP."""
    if f.i == 0 or f.is_sent_start:
        return None
    prev = f.doc[f.i - 1]
    if prev.text == ",":  # "Tyrkia, som har stått bak X, gratulerte Baku": the name before
        prev = _name_before_relative_clause(prev)  # the relative clause the comma closes
        if prev is None:
            return None
    m = index.at(prev)
    if m is None:
        return None
    span = f.doc.char_span(m.start, m.end, alignment_mode="expand")
    first = span.start if span is not None else prev.i
    if first > 0 and not f.doc[first].is_sent_start and is_prep(f.doc[first - 1]):
        return None
    return m


def _name_before_relative_clause(comma: Token) -> Token | None:
    """The last word before ", som ..." when ``comma`` closes that relative clause and the
    clause holds a verb: "Tyrkia, som har stilt seg bak Aserbajdsjan, gratulerte" -> Tyrkia."""
    doc = comma.doc
    start = comma.sent.start
    for j in range(comma.i - 1, start + 1, -1):
        t = doc[j]
        if t.text in (",", ".", ";", ":", "–", "«", "»"):
            return None  # another clause or a quotation: not one relative clause
        if t.lower_ == "som" and doc[j - 1].text == "," and j - 2 >= start:
            clause = doc[j + 1:comma.i]
            return doc[j - 2] if any(is_verb(x) for x in clause) else None
    return None


def _with_conjuncts(found: list[Mention], doc: Doc, index: MentionIndex, *,
                    after: bool) -> list[Mention]:
    """``found`` with the coded names coordinated with it, for a list the parse did not build:
    before its first name ("USA og Storbritannia angrep ...", within the sentence) or, with
    ``after``, after its last one, each a proper name ("fra Spania, Frankrike og Tyskland")."""
    out = list(found)
    span = index.tokens(out[-1] if after else out[0])
    while span is not None:
        link = span.stop if after else span.start - 1  # the "og" or comma
        name = link + 1 if after else link - 1
        if not 0 <= name < len(doc) or doc[link].lower_ not in ("og", ",") \
                or not after and doc[link].is_sent_start:
            break
        m = index.at(doc[name])
        if m is None or not m.code or m in out or after and doc[name].pos_ != "PROPN":
            break
        out.insert(len(out) if after else 0, m)
        span = index.tokens(m)
    return out


def _in_pp(t: Token) -> bool:
    """True if ``t`` sits inside a prepositional phrase (``i Kyiv``)."""
    h = t
    for _ in range(4):
        if h.head == h:
            return False
        if is_prep(h.head):
            return True
        h = h.head
    return False


def usable_parse(doc: Doc) -> bool:
    return has_parse(doc)


#: Particles that make the "av" after them the second half of a preposition.
COMPOUND_PREPOSITION_HEADS = frozenset({"ut", "inn", "bort", "vekk"})


def _place_av(parts: list[Token]) -> frozenset[int]:
    """The "av" right after a cue's particle "ut" ("trekkes ut av Niger"): a place, not an
    agent (unlike "fanga opp av italienske fly")."""
    return frozenset(p.i + 1 for p in parts if p.lower_ in COMPOUND_PREPOSITION_HEADS
                     and p.i + 1 < len(p.doc) and p.doc[p.i + 1].lower_ == "av")
