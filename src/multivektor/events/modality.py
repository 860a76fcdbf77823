"""Negation, hypotheticals and future/intent around a cue (word lists in modality.yaml)."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from multivektor.events.lexicon import Lexicon
from multivektor.events.syntax import (
    ancestors_verbs,
    aux_chain,
    doc_words,
    edge_span,
    is_verb,
    lemma,
)

MODAL_LEMMAS = frozenset({"ville", "skulle", "kunne", "vil", "skal", "kan", "kunna", "vilje"})
POSSIBLE = frozenset({"kunne", "kan", "kunna"})
CLAUSE_BREAK = frozenset({",", ";", ":", "–", "—", "«", "»", '"'})
NOMINAL_NEGATORS = frozenset({"ingen", "inga", "intet", "ikkje", "ikke"})
#: Words that deny a subject ("Verken Kina eller Russland har fordømt ...", "Ingen land").
NONE_WORDS = frozenset({"verken", "hverken", "korkje", "ingen", "inga"})
#: "Neither" of "verken X eller Y".
NEITHER = frozenset({"verken", "hverken", "korkje"})


@dataclass(slots=True)
class Modality:
    """How the act of a cue is asserted."""

    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    possible: bool = False
    #: the opener of a condition fronted before the main clause, when that alone makes the
    #: act hypothetical ("Dersom X angriper, vil vi svare"): the act is held out on it
    condition: Token | None = None
    markers: list[str] = field(default_factory=list)

    @property
    def conditioned(self) -> bool:
        return self.condition is not None


def _concessive(sbu: Token) -> bool:
    """``selv om`` / ``sjølv om`` (even though) asserts its clause."""
    return sbu.i > 0 and sbu.doc[sbu.i - 1].lower_ in ("selv", "sjølv", "enda", "endå")


def _negators(lex: Lexicon) -> frozenset[str]:
    return lex.words("negators")


#: Past modals that with a perfect make a counterfactual ("ville ha", "kunne ha", "burde ha").
COUNTERFACTUAL = frozenset({"ville", "kunne", "burde", "kunna"})


def verbal_modality(v: Token, sent: Span, lex: Lexicon, parsed: bool) -> Modality:
    """Modality of a verb cue: negation around its clause, hypothetical clause, modal chain."""
    mod = Modality()
    neg = _negators(lex)
    hyp = lex.words("hypothetical")
    chain = aux_chain(v) if parsed else [v]
    doc = v.doc
    words = doc_words(doc)  # (words read from the document's arrays: no Token objects)
    lowers = words.lower
    # negation: a negator attached to the verb chain, or between finite verb and the cue
    if parsed:
        for t in chain:
            for c in t.children:
                if c.lower_ in neg and c.i > (t.i - 6):
                    mod.negated = True
                    mod.markers.append(c.text)
                if c.dep_ == "SUBJ" and not NONE_WORDS.isdisjoint(lowers[edge_span(c)]) \
                        and any(s.lower_ in NONE_WORDS for s in c.subtree):
                    mod.negated = True
                    mod.markers.append("verken/ingen")
    lo = min(t.i for t in chain)
    lo = max(sent.start, min(lo, v.i - 3))
    for j in range(lo, min(sent.end, v.i + 3)):
        low = lowers[j]
        if j > v.i and (low in CLAUSE_BREAK or is_verb(doc[j])):
            break
        if low in neg and low not in ("ingen", "inga", "intet"):
            if j < v.i and any(lowers[k] in CLAUSE_BREAK for k in range(j, v.i)):
                continue
            if j + 1 < sent.end and lowers[j + 1] == "bare":
                continue  # "ikke bare ... men også"
            if not mod.negated:
                mod.negated = True
                mod.markers.append(doc[j].text)
    if not mod.negated:  # "Verken Keïta eller Cissé var sette fri": a fronted "neither"
        for j in range(v.i - 1, sent.start - 1, -1):  # in the cue's clause, far before it
            if lowers[j] in CLAUSE_BREAK:
                break
            if lowers[j] in NEITHER and j + 1 < sent.end and any(
                    lowers[k] in ("eller", "nor") for k in range(j + 1, v.i)):
                mod.negated = True
                mod.markers.append(doc[j].text)
                break
    # hypothetical: a dersom/hvis/om clause above the cue
    # a conditional clause opener in the cue's own clause ("Hvis Iran angriper, ...")
    for j in range(v.i - 1, sent.start - 1, -1):
        low = lowers[j]
        if low in CLAUSE_BREAK:
            break
        if (low in hyp and low != "om") or (
                low == "om" and doc[j].pos_ == "SCONJ" and not _concessive(doc[j])
                and lowers[j + 1] != "å"):  # "ordre om å bombe": a preposition
            mod.hypothetical = True
            mod.markers.append(doc[j].text)
            break
    own_condition = mod.hypothetical
    fronted: Token | None = None
    if parsed:
        for t in ancestors_verbs(v):
            if not is_verb(t):
                continue
            span = edge_span(t)
            if not (hyp.isdisjoint(lowers[span]) and hyp.isdisjoint(words.lemma[span])):
                for c in t.children:
                    if c.dep_ == "SBU" and (c.lower_ in hyp or lemma(c) in hyp) \
                            and not _concessive(c):
                        mod.hypothetical = own_condition = True
                        mod.markers.append(c.text)
            cond = _fronted_condition(t, hyp)
            if cond is not None:
                mod.hypothetical, fronted = True, cond
                mod.markers.append(cond.text)
            if t.dep_ in ("ROOT", "FINV"):
                break
    mod.condition = None if own_condition else fronted
    # future / possibility: a modal in the verb chain (not "skal ha angrepet": reported past)
    aux = chain[1:] if parsed else list(v.doc[max(sent.start, v.i - 3):v.i])
    perfect = any(lemma(t) == "ha" for t in aux)
    if perfect and any(t.lower_ in COUNTERFACTUAL for t in aux):
        mod.hypothetical = True  # "en resolusjon som ville ha skjerpet sanksjonene"
        mod.markers.append("ville ha")
    for t in aux:
        lem = lemma(t)
        if lem in MODAL_LEMMAS or t.lower_ in MODAL_LEMMAS:
            if perfect:
                continue
            mod.future = True
            mod.possible = mod.possible or lem in POSSIBLE or t.lower_ in POSSIBLE
            mod.markers.append(t.text)
    return mod


def nominal_modality(n: Token, lex: Lexicon, parsed: bool) -> Modality:
    """Modality of an event noun: ``ingen avtale``, a hypothetical clause above it."""
    mod = Modality()
    if parsed:
        for c in n.children:
            if c.lower_ in NOMINAL_NEGATORS and c.i < n.i:
                mod.negated = True
                mod.markers.append(c.text)
        hyp = lex.words("hypothetical")
        for t in ancestors_verbs(n):
            if is_verb(t) and (any(c.dep_ == "SBU" and c.lower_ in hyp and not _concessive(c)
                                   for c in t.children) or _fronted_condition(t, hyp)):
                mod.hypothetical = True
                break
    elif n.i > 0 and n.doc[n.i - 1].lower_ in NOMINAL_NEGATORS:
        mod.negated = True
    return mod


def _fronted_condition(t: Token, hyp: frozenset[str]) -> Token | None:
    """The opener of a conditional clause fronted before verb ``t`` ("Dersom Iran beriker
    uran, vil et angrep være uunngåelig"): the main clause is as hypothetical as the
    condition."""
    openers = hyp.intersection(doc_words(t.doc).lower[t.left_edge.i:t.i])
    if not openers or openers == {"om"}:
        return None  # (an opener stands before t, within its subtree)
    for c in t.children:
        if c.i < t.i and c.dep_ != "SBU":
            for x in c.children:
                if x.dep_ == "SBU" and x.i < c.i and x.lower_ in hyp and x.lower_ != "om" \
                        and not _concessive(x):
                    return x
    return None
