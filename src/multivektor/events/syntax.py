"""Small helpers over a spaCy ``Doc`` with NDT dependency labels (see ``multivektor.nlp``).

Conventions of the Norwegian Dependency Treebank that matter here: the finite verb heads the
clause (auxiliaries and modals govern the main verb as ``INFV``); the infinitive marker ``å``
heads its verb; subordinators (``at``, ``som``, ``dersom``) are ``SBU`` children of the verb of
their clause; a relative clause hangs on its noun as ``ATR`` with no subject of its own; the
second conjunct is a ``KOORD`` child of the first; a genitive is a ``DET`` of its noun.
Every helper degrades gracefully on a Doc without a parse.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import wraps
from typing import Any, NamedTuple, TypeVar

import numpy
from spacy.attrs import IS_PUNCT, IS_SPACE, LEMMA, LOWER, ORTH, POS, TAG
from spacy.symbols import ADP, AUX, NOUN, PROPN, VERB
from spacy.tokens import Doc, Span, Token

SUBJ = ("SUBJ",)
OBJ = ("DOBJ", "IOBJ")
PASSIVE_AUX = frozenset({"bli", "verte", "ble", "blir", "blitt", "vart", "vert", "vorte",
                         "blei"})
#: Verbs whose perfect is formed with være/vere ("er gått av", "er reist"): never passive.
MOTION_VERBS = frozenset({"gå", "komme", "kome", "reise", "dra", "fare", "flykte", "rykke",
                          "vende", "bli", "verte", "falle", "stige", "snu", "ankomme"})
#: Verbs a participle after which tells a state the subject is in ("er anerkjent", "satt
#: fengslet", "sit arrestert").
STATIVE_AUX = frozenset({"være", "vere", "sitte", "sitje"})
RECIPROCAL = frozenset({"møtes", "møttes", "møtast", "møttest", "møtest", "enes", "samles",
                        "treffes", "snakkes", "sees", "samlast", "einast", "eintest", "enedes",
                        "ens"})


def has_parse(doc: Doc) -> bool:
    return doc.has_annotation("DEP")


# (the four tests below are asked hundreds of thousands of times per run: each reads the
# last document's words itself before it calls doc_words)

def is_verb(t: Token) -> bool:
    doc = t.doc
    last_doc, words = _last
    return (words if last_doc is doc else doc_words(doc)).verb[t.i]


def is_noun(t: Token) -> bool:
    doc = t.doc
    last_doc, words = _last
    return (words if last_doc is doc else doc_words(doc)).noun[t.i]


def is_prep(t: Token) -> bool:
    doc = t.doc
    last_doc, words = _last
    return (words if last_doc is doc else doc_words(doc)).prep[t.i]


def lemma(t: Token) -> str:
    """The lower-case lemma (the form where the tagger gave none)."""
    doc = t.doc
    last_doc, words = _last
    return (words if last_doc is doc else doc_words(doc)).lemma[t.i]


class DocWords(NamedTuple):
    """Per-token facts of one document, one list entry per token."""

    lower: list[str]
    #: lower-case lemma (the form where the tagger gave none), as :func:`lemma`
    lemma: list[str]
    #: space or punctuation
    skip: list[bool]
    #: VERB/AUX or NDT "verb"
    verb: list[bool]
    #: NOUN, or NDT "subst" that is no PROPN
    noun: list[bool]
    #: NDT "prep" or ADP
    prep: list[bool]


_WORDS_KEY = "multivektor.words"


#: Lower-case forms and lemmas by the hash ids read from documents: most words recur, and a
#: dict is quicker than the StringStore (and than ``Doc.text``, rebuilt on every read).
_FORMS: dict[int, str] = {}
_LEMMAS: dict[int, str] = {}
_MEMO_SIZE = 300_000  # (emptied beyond this: a long run's memory stays flat)
#: The document last asked for and its words: the coder asks thousands of times per
#: document (one tuple, read and replaced whole, so threads never see a mixed pair).
_last: tuple[Doc | None, DocWords | None] = (None, None)


def doc_words(doc: Doc) -> DocWords:
    """The :class:`DocWords` of ``doc``, read once from its arrays (no Token objects) and kept
    in ``doc.user_data`` (the tests run per word on every path)."""
    global _last
    last_doc, words = _last
    if last_doc is doc and words is not None and len(words.lower) == len(doc):
        return words
    words = doc.user_data.get(_WORDS_KEY)
    if words is None or len(words.lower) != len(doc):
        words = doc.user_data[_WORDS_KEY] = _read_words(doc)
    _last = (doc, words)
    return words


def _read_words(doc: Doc) -> DocWords:
    strings = doc.vocab.strings
    rows = doc.to_array([LOWER, LEMMA, ORTH, IS_SPACE, IS_PUNCT, POS, TAG])
    pos, tag = rows[:, 5], rows[:, 6]
    verbs = (pos == VERB) | (pos == AUX) | (tag == strings["verb"])
    nouns = (pos == NOUN) | ((tag == strings["subst"]) & (pos != PROPN))
    preps = (tag == strings["prep"]) | (pos == ADP)
    skip = (rows[:, 3] != 0) | (rows[:, 4] != 0)
    lowers = _strings(rows[:, 0].tolist(), _FORMS, lambda h: strings[h])
    # the lemma, or the form where the tagger gave none
    lemma_ids = numpy.where(rows[:, 1] != 0, rows[:, 1], rows[:, 2]).tolist()
    lemmas = _strings(lemma_ids, _LEMMAS, lambda h: strings[h].lower())
    return DocWords(lowers, lemmas, skip.tolist(), verbs.tolist(), nouns.tolist(),
                    preps.tolist())


def _strings(ids: list[int], memo: dict[int, str], read: Callable[[int], str]) -> list[str]:
    """The strings of hash ``ids``: the known ones from ``memo`` at C speed, new ones
    ``read`` once and remembered."""
    if len(memo) > _MEMO_SIZE:
        memo.clear()
    out = list(map(memo.get, ids))
    if None in out:
        for k, h in enumerate(ids):
            if out[k] is None:
                out[k] = memo[h] = read(h)
    return out


R = TypeVar("R")


def token_indices(tokens: list[Token]) -> tuple[int, ...]:
    return tuple(t.i for t in tokens)


def tokens_at(doc: Doc, indices: tuple[int, ...]) -> list[Token]:
    return list(map(doc.__getitem__, indices))


def per_token(encode: Callable[[R], Any] | None = None,
              decode: Callable[[Doc, Any], R] | None = None
              ) -> Callable[[Callable[[Token], R]], Callable[[Token], R]]:
    """``fn`` remembered per token of a document: a parse does not change once the coder
    reads it, and the coder asks many times about the same verb (its subject, its
    auxiliaries) from different rules. The answers live in ``doc.user_data``, with the doc.
    ``encode``/``decode`` keep tokens as their indices (:func:`token_indices`,
    :func:`tokens_at`): no Token object is kept alive for the garbage collector to walk,
    and each caller gets a list of its own."""

    def remember(fn: Callable[[Token], R]) -> Callable[[Token], R]:
        key = ("multivektor.memo", fn.__module__, fn.__qualname__)

        @wraps(fn)
        def remembered(t: Token) -> R:
            doc = t.doc
            memo = doc.user_data.get(key)
            if memo is None:
                memo = doc.user_data[key] = {}
            i = t.i
            if i in memo:
                found = memo[i]
            else:
                found = memo[i] = fn(t) if encode is None else encode(fn(t))
            return found if decode is None else decode(doc, found)

        return remembered

    return remember


@per_token(token_indices, tokens_at)
def aux_chain(v: Token) -> list[Token]:
    """``v`` and the auxiliaries/modals above it, innermost first (``har ikke utvist``)."""
    chain = [v]
    t = v
    while (dep := t.dep_) in ("INFV", "DOBJ"):
        h = t.head
        if h == t or not is_verb(h) or (dep == "DOBJ" and not _perfect_object(t, h)):
            break
        t = h
        chain.append(t)
    return chain


def edge_span(t: Token) -> slice:
    """The positions from ``t``'s left edge to its right edge: they hold its whole subtree,
    so a word missing from them is missing from it (a test before walking the tree)."""
    return slice(t.left_edge.i, t.right_edge.i + 1)


def is_object(t: Token) -> bool:
    """``t`` is its head's object: so tagged, or a second subject after the verb when one
    stands before it ("Teheran fordømde sanksjonane" with both parsed as subjects)."""
    if t.dep_ in OBJ:
        return True
    h = t.head
    return t.dep_ == "SUBJ" and h != t and t.i > h.i and any(
        c.dep_ == "SUBJ" and c.i < h.i for c in h.children)


def _perfect_object(t: Token, head: Token) -> bool:
    """A participle the parse made the object of "har/hadde" ("Vi har bevilget"): the
    perfect's main verb (the tagger often calls it a past, or an adjective: "forbudt")."""
    return t.pos_ in ("VERB", "ADJ") and t.lower_.endswith(("et", "t", "a", "d")) \
        and head.i < t.i and lemma(head) == "ha"


def children(tokens: Iterable[Token], deps: tuple[str, ...]) -> list[Token]:
    return [c for t in tokens for c in t.children if c.dep_ in deps]


@per_token()
def is_passive(v: Token) -> bool:
    """``ble angrepet``, ``løslates``, ``vart pågripne`` (not reciprocal ``møttes``)."""
    chain = aux_chain(v)
    low = v.lower_
    if low in RECIPROCAL or lemma(v) in RECIPROCAL:
        return False
    if low.endswith(("s", "st")) and "Pass" in v.morph.get("Voice"):
        return True  # an s-passive; the tagger also says Pass of "beslagla" (seized)
    if low.endswith(("es", "ast")) and not lemma(v).endswith("s") and len(low) > 4:
        return True
    auxes = chain[1:]
    if any(lemma(t) in PASSIVE_AUX or t.lower_ in PASSIVE_AUX for t in auxes):
        return True
    if any(lemma(t) in STATIVE_AUX for t in auxes) \
            and lemma(v) not in MOTION_VERBS and "Part" in v.morph.get("VerbForm"):
        return True  # stative passive: "er anerkjent som", "satt fengslet" (not the perfect
        # "er gått av")
    if v.dep_ == "SPRED" and (lemma(v.head) in PASSIVE_AUX or (
            lemma(v.head) in ("være", "vere") and any(c.lower_ == "av" for c in v.children))):
        return True  # "vart angripen", "er etterlyst av ICC" (parsed as a predicative)
    if v.dep_ == "KOORD" and is_verb(v.head) and v.head != v:  # "ble skutt og drept"
        return is_passive(v.head)
    if any(c.lower_ == "av" for c in v.children) and "Part" in v.morph.get("VerbForm"):
        return _passive_aux_before(v)  # "ble natt til fredag truffet av": a parse that hung
    return False                       # the participle on the time phrase


def _passive_aux_before(v: Token, reach: int = 6) -> bool:
    """A passive auxiliary ("ble", "vart") a few words before ``v``, with no verb or comma
    between."""
    for j in range(v.i - 1, max(-1, v.i - 1 - reach), -1):
        t = v.doc[j]
        if lemma(t) in PASSIVE_AUX or t.lower_ in PASSIVE_AUX:
            return True
        if is_verb(t) or t.text in (",", ";", ".", ":"):
            return False
    return False


#: Verbs of a relative clause that names the owner of its noun ("baser som tilhører NATO").
OWNERSHIP_VERBS = frozenset({"tilhøre", "tilhøyre"})


def np_tokens(head: Token, stop: set[int] | None = None) -> list[Token]:
    """The noun phrase of ``head``: its subtree without embedded clauses (verbs, ``som``),
    and without the tokens in ``stop``."""
    whole = _whole_noun_phrase(head)
    if not stop or stop.isdisjoint([t.i for t in whole]):
        return whole  # (``stop`` prunes nothing the phrase reaches)
    return _noun_phrase(head, stop)


@per_token(token_indices, tokens_at)
def _whole_noun_phrase(head: Token) -> list[Token]:
    return _noun_phrase(head, set())


def _noun_phrase(head: Token, stop: set[int]) -> list[Token]:
    out: list[Token] = []
    todo = [head]
    seen: set[int] = set()
    while todo:
        t = todo.pop()
        if t.i in stop or t.i in seen:
            continue
        seen.add(t.i)
        out.append(t)
        for c in t.children:
            if c.i in stop:
                continue
            if is_verb(c) and c != head:
                if lemma(c) in OWNERSHIP_VERBS:  # "stillingar som tilhøyrer FN-styrken":
                    todo.extend(x for x in c.children  # the owner belongs to the phrase
                                if x.dep_ in ("DOBJ", "IOBJ", "ADV") and x.i > c.i)
                continue  # relative or embedded clause
            if c.dep_ == "ATR" and any(x.dep_ == "SBU" and x.lower_ == "som" for x in c.children):
                continue  # a relative clause whose verb the tagger took for a noun
            if c.dep_ in ("SBU", "IK", "IP") and c.lower_ not in ("og", "eller"):
                continue
            todo.append(c)
    return sorted(out, key=lambda t: t.i)


def prep_object(p: Token) -> Token | None:
    for c in p.children:
        if c.dep_ == "PUTFYLL":
            return c
    return None


def preps_of(tokens: Iterable[Token]) -> Iterator[Token]:
    for t in tokens:
        for c in t.children:
            if is_prep(c):
                yield c


def governor_of_infinitive(v: Token) -> tuple[Token | None, Token | None]:
    """For ``... å V``: (the word governing the infinitive, the preposition in between)."""
    top = aux_chain(v)[-1]
    h = top.head
    if h == top or h.lower_ != "å":
        return None, None
    g = h.head
    if g == h:
        return None, None
    if is_prep(g):
        return (g.head if g.head != g else None), g
    return g, None


def governor_of_clause(v: Token) -> tuple[Token | None, Token | None]:
    """For a finite subordinate clause (``krever at X løslates``): (governor, subordinator)."""
    top = aux_chain(v)[-1]
    sbu = next((c for c in top.children if c.dep_ == "SBU"), None)
    if sbu is None or top.head is top:
        return None, sbu
    g = top.head
    if is_prep(g):
        # "ba om at", "enige om at" govern; "etter at", "fordi", "før" open adverbial clauses
        if lemma(g) not in ("om", "på", "med", "til") or g.head == g:
            return None, sbu
        g = g.head
    elif top.dep_ not in ("DOBJ", "SPRED", "APP", "IOBJ"):
        return None, sbu
    return g, sbu


def ancestors_verbs(v: Token) -> Iterator[Token]:
    t = v
    seen = 0
    while seen < 30:
        yield t
        if t.head == t:
            return
        t = t.head
        seen += 1


#: Endings no Norwegian verb form has ("utenriksdepartement", "kommisjon", "myndighet").
NOUN_ENDINGS = ("ment", "sjon", "itet", "ighet")


def noun_shaped(x: Token) -> bool:
    """A word whose ending makes it a noun, whatever its tag ("ambassadør" but "spør")."""
    low = x.lower_
    return low.endswith(NOUN_ENDINGS) or (len(low) >= 7 and low.endswith("ør"))


#: Weekday names (nb and nn) and their ``date.weekday()`` numbers.
WEEKDAYS = {"mandag": 0, "måndag": 0, "tirsdag": 1, "tysdag": 1, "onsdag": 2, "torsdag": 3,
            "fredag": 4, "lørdag": 5, "laurdag": 5, "søndag": 6, "sundag": 6}
#: Days and parts of the day: a fronted adverbial, never a subject,
#: and the verb after one comes before its subject ("Lørdag ringte Niinistö").
TIME_WORDS = frozenset({*WEEKDAYS, "i dag", "i går", "natt", "kveld", "morgen", "ettermiddag",
                        "helgen", "helga"})
#: "Det var X som ...": the copulas of a cleft sentence.
CLEFT_COPULAS = frozenset({"var", "er", "blir", "ble", "blei", "vart", "vert"})


def cleft_focus(v: Token) -> list[Token] | None:
    """For a verb in the som-clause of a cleft ("Det var Spania, Irland og Norge som tirsdag
    formelt anerkjente Palestina", "... opplyser at det var landets droner som traff"), the
    words put in focus (between the copula and "som"); None if ``v`` is in no cleft. Only
    adverbs, adjectives used as adverbs and time words may stand between "som" and the verb."""
    doc = v.doc
    j = v.i - 1
    while j > 2 and v.i - j <= 4 and doc[j].lower_ != "som":  # (cheap test first: Token.sent
        if doc[j].pos_ not in ("ADV", "ADJ", "NOUN", "PART", "AUX") or doc[j].text == ",":
            return None  # walks the document)
        j -= 1
    if doc[j].lower_ != "som" or v.i - j > 4:
        return None
    sent = v.sent
    if j < sent.start + 3:
        return None
    k = j - 1  # "Spania og Frankrike er blant landene som anerkjente ...": before "er blant"
    while k > sent.start and doc[k].pos_ in ("NOUN", "DET", "ADJ", "NUM"):
        k -= 1
    if doc[k].lower_ == "blant" and k - 1 > sent.start and \
            doc[k - 1].lower_ in CLEFT_COPULAS:
        focus = [t for t in doc[sent.start:k - 1] if not t.is_punct or t.text == ","]
        return focus if focus and len(focus) <= 14 else None
    for k in range(j - 2, sent.start - 1, -1):  # the nearest "det var" before "som"
        if doc[k].lower_ in ("det", "dette") and doc[k + 1].lower_ in CLEFT_COPULAS and (
                k == sent.start or doc[k - 1].lower_ in ("at", ",", "og", "men")):
            focus = [t for t in doc[k + 2:j] if not t.is_punct or t.text == ","]
            return focus if focus and len(focus) <= 12 else None
        if doc[k].text in (".", ";", ":") or doc[k].lower_ == "som":
            return None
    return None


def clause_subject(t: Token, sent: Span) -> list[Token]:
    """The subject phrase of the verb that the prepositional phrase of ``t`` hangs on
    ("demonstranter ... i protest mot": the demonstrators), empty when there is none."""
    v = t
    for _ in range(3):  # noun -> preposition -> verb
        if is_verb(v) or v.head == v:
            break
        v = v.head
    if not is_verb(v):
        return []
    for a in aux_chain(v):
        for c in a.children:
            if c.dep_ == "SUBJ":
                return [x for x in c.subtree if sent.start <= x.i < sent.end]
    return []


def in_protest(t: Token) -> bool:
    """"i protest mot": the protest of whoever does what the clause says."""
    return t.dep_ == "PUTFYLL" and t.head.lower_ == "i" and t.lower_.startswith("protest")
