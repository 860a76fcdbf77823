"""Find lexicon cues in a sentence: verbs with their particles, and event nouns.

Matching is by lemma or by inflected form (so it works with any lemmatiser), restricted by the
part of speech when the Doc has one. The longest particle frame wins; a ``needs`` keyword class
must occur near the cue.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from multivektor.events.lexicon import Cue, Lexicon
from multivektor.events.rules import VERDICT_COPULAS
from multivektor.events.syntax import (
    PASSIVE_AUX,
    STATIVE_AUX,
    TIME_WORDS,
    WEEKDAYS,
    clause_subject,
    cleft_focus,
    doc_words,
    in_protest,
    is_noun,
    is_passive,
    is_verb,
    lemma,
    noun_shaped,
)

PARTICLE_WINDOW = 10  # tokens allowed between the verb and its (next) particle
#: Words that open another clause: a verb's particle is not searched beyond them.
CLAUSE_OPENERS = frozenset({"som", "at", "der", "fordi", "men", "mens", "da", "når", "dersom",
                            "hvis", "viss"})
NEEDS_BEFORE, NEEDS_AFTER = 8, 16
#: Openers of a condition, cause or contrast after a cue: its keywords are not the cue's
#: ("stanse handelen dersom Israel ikke stanser angrepene": the trade, not the attacks).
CLAUSE_ENDS = frozenset({"dersom", "hvis", "viss", "fordi", "mens", "men"})


@dataclass(slots=True)
class CueMatch:
    """A cue found in the text: the lexicon entry, its head token and its particle tokens."""

    cue: Cue
    token: Token
    parts: list[Token] = field(default_factory=list)

    @property
    def kind(self) -> str:
        return self.cue.kind

    @property
    def tokens(self) -> list[Token]:
        return [self.token, *self.parts]

    def text(self) -> str:
        return " ".join(t.text for t in self.tokens)


def _form_fits(form: str, w: str) -> bool:
    """A word form fills slot word ``w``: the same, or (for words of five letters or more) an
    inflection of it or a hyphenated compound ending in it ("rohingya-flyktninger")."""
    return form == w or len(w) >= 5 and w not in FUNCTION_PARTICLES and (
        form.startswith(w) or ("-" in form and form.rsplit("-", 1)[1] == w))


#: Frames whose particle follows the verb at once (an adverb between at most).
ADJACENT_FRAMES = frozenset({"kalle på"})
#: Frames whose particle follows the verb within a few words (a subject or an adverb between:
#: "Til slutt gav Ankara etter"; not "har gjeve mest militær støtte til Ukraina målt etter").
NEAR_FRAMES = frozenset({"gi etter", "gje etter"})
#: Particle words that never inflect: only the word itself fills their slot ("gi etter" is
#: not in "gitt ... etterretning skylden").
FUNCTION_PARTICLES = frozenset({"etter", "tilbake", "attende", "sammen", "saman", "mellom",
                                "gjennom", "utenfor", "utanfor", "overfor", "innenfor",
                                "innanfor", "framfor", "foran", "unntatt", "videre", "vidare",
                                "tillit"})  # ("har tillit til", not "et tillitsforhold til")


def _word_matches(t: Token, w: str) -> bool:
    return _form_fits(t.lower_, w) or lemma(t) == w


def has_keyword(lex: Lexicon, name: str, tokens: list[Token]) -> bool:
    """Whether a word of ``tokens`` holds a keyword of class ``name`` (keywords.yaml)."""
    return _holds_keyword(lex, name, ((t.lower_, lemma(t)) for t in tokens))


def _holds_keyword(lex: Lexicon, name: str, forms: Iterable[tuple[str, str]]) -> bool:
    """Whether one of ``forms`` (lower-case form, lemma) holds a keyword of class ``name``."""
    holds = lex.holds_keyword
    return any(holds(name, low, lem) for low, lem in forms)


def _particles(cue: Cue, t: Token, sent: Span, used: set[int],
               seen: dict[tuple, Token | None], words: SentenceWords) -> list[Token] | None:
    """The tokens that fill the particle slots of ``cue`` after the verb ``t``, or None.
    ``seen`` remembers each slot's search for the verb (many entries share a first slot);
    ``words`` (the sentence's forms and lemmas) rules a slot out without a search."""
    parts: list[Token] = []
    pos = t.i + 1
    for slot in cue.particles:
        if not words.may_fill(slot):
            return None  # (most slots: no word of the sentence could fill them)
        key = (slot, pos, tuple(p.i for p in parts))
        found = seen.get(key, False)
        if found is False:
            found = seen[key] = _slot_filler(slot, t, sent, used, pos, parts)
        if found is None:
            return None
        parts.append(found)
        pos = found.i + 1
    return parts


class SentenceWords:
    """The lexicon's slot words a sentence could fill (as :func:`_form_fits` loosely: the word
    itself, or for words of five letters or more a form it begins or a hyphen tail), found
    once per sentence so that most particle slots are ruled out without a search."""

    def __init__(self, forms: Iterable[tuple[str, str]], lex: Lexicon) -> None:
        self.present = lex.slot_words_among(word for pair in forms for word in pair)

    def may_fill(self, slot: tuple[str, ...]) -> bool:
        return not self.present.isdisjoint(slot)


def _slot_filler(slot: tuple[str, ...], t: Token, sent: Span, used: set[int], pos: int,
                 parts: list[Token]) -> Token | None:
    """The first word from ``pos`` on that fills a particle slot, within the verb's clause."""
    counted = 0  # words of the window; a list of names does not count ("lederne fra
    for j in range(pos, sent.end):  # Japan, Sør-Korea, ... og New Zealand til")
        tok = t.doc[j]
        if not (tok.pos_ == "PROPN" or tok.text == "," or tok.lower_ == "og"):
            counted += 1
        if counted > PARTICLE_WINDOW:
            break
        if tok.is_punct and tok.text in (".", "!", "?", ";", ":", "«", "»"):
            break  # nor beyond a quoted phrase ("kalla det «absurd» på Twitter")
        if j in used or _in_night_phrase(tok) or _on_ones_part(tok):
            continue  # ("slo natt til fredag til mot": the time's "til" fills no slot;
            # "kalte på sin side inn ambassadøren": "for its part" is no "kalle på")
        if any(_word_matches(tok, w) for w in slot):
            if _nouns_own_preposition(tok, t, parts):
                continue  # "kalla arrestasjonen eit åtak på demokratiet": the noun's "på"
            return tok
        if tok.lower_ in CLAUSE_OPENERS or _heads_clause(tok):
            break  # the particle of a verb is in its own clause
    return None


def _in_night_phrase(tok: Token) -> bool:
    """The "til" of "natt til fredag" (a time, not a particle)."""
    doc = tok.doc
    return tok.lower_ == "til" and tok.i > 0 and doc[tok.i - 1].lower_ == "natt" \
        and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in WEEKDAYS


#: Possessives of "på sin side" ('for its part'), an adverbial and no particle.
OWN_SIDE = frozenset({"sin", "si", "sitt", "deres", "deira", "hans", "hennar", "hennes"})


def _on_ones_part(tok: Token) -> bool:
    """The "på" of "på sin side" / "på deira side"."""
    doc = tok.doc
    return tok.lower_ == "på" and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ in OWN_SIDE \
        and doc[tok.i + 2].lower_ in ("side", "sida")


#: Words before a number that the parse may take for a preposition ("over 80 raketter").
QUANTITY_WORDS = frozenset({"over", "rundt", "omkring", "opptil", "oppimot", "nærmere",
                            "nærare", "cirka", "ca.", "nesten", "minst", "under"})


#: Particles that are adverbs of direction, never a noun's preposition ("kalle inn", "kaste
#: ut", "kalle hjem").
ADVERB_PARTICLES = frozenset({"inn", "ut", "hjem", "heim", "tilbake", "attende", "opp", "ned"})


def _nouns_own_preposition(tok: Token, verb: Token, parts: list[Token]) -> bool:
    """A preposition the parse gives to a noun that is neither the verb's object nor a word of
    the frame ("kalla ... eit åtak på demokratiet"), unlike "sendte droner mot Israel" or
    "legge press på"."""
    h = tok.head
    if tok.pos_ != "ADP" or tok.dep_ != "ATR" or h.i <= verb.i or not is_noun(h) \
            or tok.lower_ in ADVERB_PARTICLES:
        return False  # ("kalte samme kveld inn ambassadøren": "inn" is the verb's)
    if h.lower_ in WEEKDAYS and _in_night_phrase(h.head):
        return False  # "slo natt til søndag til mot": the time owns no preposition
    if any(h.i == p.i for p in parts):
        return False
    top = h  # climb to the verb: is the noun inside its object ("droner og missiler mot")?
    while top.head.i != verb.i and top.head != top and top.head.i > verb.i:
        top = top.head
    # (an object the parse calls a second subject counts: "skjøt styrker ... droner mot Kyiv";
    # so does a number the parse read as a phrase: "sendte over 80 raketter mot byer")
    quantity = top.lower_ in QUANTITY_WORDS and top.i + 1 < len(top.doc) \
        and top.doc[top.i + 1].like_num
    return not (top.head.i == verb.i and (top.dep_ in ("DOBJ", "IOBJ", "SUBJ") or quantity))


def _heads_clause(tok: Token) -> bool:
    """A verb that heads a clause of its own (not a noun the tagger took for a verb)."""
    if not is_verb(tok) or tok.pos_ == "AUX" or noun_shaped(tok):
        return False
    if not tok.doc.has_annotation("DEP"):
        return True
    return tok.dep_ in ("ROOT", "ATR") or any(c.dep_ in ("SUBJ", "SBU") for c in tok.children)


#: Marks that open or hold a direct quote: the verdict copula's bare row
#: (``VERDICT_COPULAS``) is tried only in sentences with one, checked before any window
#: test because "er" and "var" are in almost every sentence.
QUOTE_OPENERS = frozenset({"–", "-", "«", "»", '"', "“", "”"})

#: Endings of past participles ("anklaget", "utvist", "kalla", "møtt", nn "broten", and the
#: nn strong "forbode", "skote", "teke", "gjeve").
PARTICIPLE_ENDINGS = ("et", "t", "a", "d", "dd", "tt", "en", "ode", "ote", "eke", "eve")


def _noun_tagged_verb(t: Token) -> bool:
    """A word tagged as a verb with an adjective before it describing it: a plural noun
    ("chilenske styrker", "russiske fanger")."""
    return t.pos_ == "VERB" and any(c.dep_ == "ATR" and c.pos_ == "ADJ" and c.i < t.i
                                    for c in t.children)


def _mistagged_verb(t: Token, lex: Lexicon, sent: Span) -> bool:
    """A verb form the tagger took for a noun or adjective ("løslot", "utviste")."""
    if t.pos_ not in ("NOUN", "ADJ", "X") or t.is_title and t.i > sent.start:
        return False
    low = t.lower_
    if low in lex.verbs_by_key and low.endswith(FINITE_ENDINGS) and cleft_focus(t):
        return True  # "Det var Norge som formelt anerkjente Palestina"
    prev = t.doc[t.i - 1] if t.i > sent.start else None
    if t.dep_ == "ROOT" and any(c.dep_ == "DOBJ" for c in t.children) and lex.verb_cues(low) \
            and (any(c.dep_ == "SUBJ" for c in t.children)
                 or prev is not None and prev.pos_ in ("NOUN", "PROPN") and prev.dep_ == "ROOT"):
        return True  # it heads the clause, with a subject and an object: "X anklaget Y for"
        # (or with an object, after a noun the parse left as a root of its own: "Russiske
        # styrker angrep et kjøpesenter")
    if t.pos_ == "NOUN" and any(c.dep_ == "SBU" for c in t.children) \
            and any(c.dep_ == "SUBJ" for c in t.children) and lex.verb_cues(low):
        return True  # it heads an "at"-clause with a subject: "meldte at landet kutter
        # båndene til Nauru" (a noun has no subordinator and no subject)
    if prev is not None and lemma(prev) in PERFECT_AUX and low in lex.verbs_by_key \
            and low.endswith(PARTICIPLE_ENDINGS):
        return True  # "har gjenerobret", "har anklaget USA": a listed participle after "har"
    if t.dep_ in ("INFV", "SPRED") and t.head is not t and (
            lemma(t.head) in PASSIVE_AUX or lemma(t.head) in ("være", "vere")) \
            and low in lex.verbs_by_key and low.endswith(PARTICIPLE_ENDINGS):
        return True  # "vart i 2019 dømd til", "vart benåda av", "er sett i beredskap": a
        # listed passive participle under "bli"/"verte"/"vere", whatever its tag
    if lex.noun_cues(low) and low not in lex.verb_pasts or len(low) < 5:
        return False  # (a noun, unless a listed past the noun's forms only over-generate)
    if t.dep_ == "INFV" and bool(lex.verb_cues(low)):
        return True  # the parse hangs it on an auxiliary: "har ... utvist", whatever its tag
    if prev is not None and prev.pos_ in ("DET", "ADJ", "NUM", "VERB") \
            and lemma(prev) not in PASSIVE_AUX and not _noun_tagged_verb(prev):
        return False  # after a main verb it is its object ("står skulder ved skulder")
        # ("vart angripen": a participle; "chilenske styrker okkuperte": "styrker" a noun)
    if t.dep_ == "PUTFYLL" and prev is not None and prev.pos_ == "ADP":
        return False  # the object of a preposition ("ved skulder") is a noun
    coordinated = t.dep_ == "KOORD" and is_verb(t.head)  # "fordømde ... og varsla"
    if low.endswith("a") and not coordinated and (
            prev is None or prev.pos_ not in ("PROPN", "PRON", "NOUN")):
        return False  # nn "lova" (the law) vs "lova" (promised): only after a subject
    lem = lemma(t)
    after_subject = prev is not None and (prev.pos_ in ("PROPN", "PRON")
                                          or lemma(prev) in PASSIVE_AUX)
    if lem != low and lem not in lex.verb_lemmas and not after_subject and not coordinated:
        return False  # the lemmatiser knows it as another word ("forsvaret" -> forsvar)
    return bool(lex.verb_cues(lem) or lex.verb_cues(low))


def _homograph_verb(t: Token, lex: Lexicon, sent: Span) -> bool:
    """"Hamas angrep Israel", "... og anklaget Norge": a verb/noun homograph tagged as noun,
    right after a subject name or a coordinating "og" after a verb, and before a name, with
    no determiner — read as the verb."""
    if t.pos_ != "NOUN" or t.i <= sent.start or t.i + 1 >= sent.end:
        return False
    prev, nxt = t.doc[t.i - 1], t.doc[t.i + 1]
    if not (lex.verb_cues(t.lower_) and lex.noun_cues(t.lower_)):
        return False
    if prev.lower_ in TIME_WORDS and (nxt.pos_ == "PROPN" or nxt.lower_ in POSSESSIVES or (
            nxt.pos_ == "ADJ" and nxt.lower_.endswith("ske"))):  # (a nationality: "russiske")
        return True  # "Natt til fredag angrep USA og Storbritannia ...", "... angrep hans
        # styrker": V2 after a time, its subject right after the verb
    if _nationality_subject(t, lex, sent) and (nxt.lower_ in TIME_WORDS or nxt.lower_ == "natt"
                                           or nxt.pos_ in ("DET", "PROPN", "NUM")):
        return True  # "Russiske styrker angrep natt til fredag en boligblokk"
    if nxt.pos_ != "PROPN":
        return False
    if prev.pos_ == "PROPN" and prev.dep_ == "SUBJ":
        return True
    # "kritiserte avtalen og anklaget Norge for ...": a second verb coordinated with a first
    return prev.lower_ in ("og", "men") and any(
        is_verb(x) and x.pos_ != "AUX" for x in t.doc[sent.start:prev.i])


def _nationality_subject(t: Token, lex: Lexicon, sent: Span) -> bool:
    """Right before ``t``: forces or weapons with a nationality adjective ("Russiske styrker",
    "israelske fly", "ukrainske droner"), or any noun with one opening the sentence
    ("Russiske myndigheter"): a subject whatever the tags say."""
    if t.i - 2 < sent.start:
        return False
    adj, noun = t.doc[t.i - 2], t.doc[t.i - 1]
    if not adj.lower_.endswith("ske"):
        return False
    if adj.i == sent.start and is_noun(noun):
        return True  # "Russiske myndigheter anklaget torsdag Ukraina": a sentence's subject
    return has_keyword(lex, "troops", [noun]) or has_keyword(lex, "missiles", [noun]) \
        or noun.lower_ in ("fly", "flyene", "flya")


#: Possessives that open a subject right after a V2 verb ("angrep hans styrker").
POSSESSIVES = frozenset({"hans", "hennes", "hennar", "deres", "deira", "dets", "dens", "landets"})
#: Endings of finite (past or present) verb forms, Bokmål and Nynorsk.
FINITE_ENDINGS = ("et", "te", "de", "a", "er", "ar", "dde")


def _verb_of_verbless_clause(t: Token, lex: Lexicon, sent: Span) -> bool:
    """"Russland anklaget Ukraina for angrepet" parsed with no verb at all: a finite form of a
    cue verb right after the subject's noun or name, in a sentence whose parse has no finite
    verb, is the missing verb."""
    if t.pos_ not in ("NOUN", "ADJ", "X") or t.i <= sent.start or t.is_title:
        return False
    low = t.lower_
    if not lex.verb_cues(low) or (low in lex.verb_lemmas and not low.endswith(FINITE_ENDINGS)):
        return False  # the infinitive ("anklage") is no finite verb
    prev = t.doc[t.i - 1]
    if _after_fronted_phrase(t, sent):  # "I 1982 invaderte ..., men de ble drevet ut"
        end = next((x.i for x in t.doc[t.i + 1:sent.end] if x.text in (",", ";", ":")),
                   sent.end)
        return not any(_finite(x) for x in t.doc[sent.start:end])
    if prev.pos_ not in ("PROPN", "NOUN", "PRON") and not noun_shaped(prev):
        return False
    if not any(_finite(x) for x in sent):
        return True
    # "Pentagon opplyser at amerikanske styrker angrep tre mål": a verbless at-clause whose
    # subject is followed by the cue and an object
    clause = _at_clause_of(t, sent)
    nxt = t.doc[t.i + 1] if t.i + 1 < sent.end else None
    return clause is not None and nxt is not None and nxt.pos_ in ("NUM", "DET", "ADJ", "PROPN") \
        and not any(_finite(x) for x in clause)


def _after_fronted_phrase(t: Token, sent: Span) -> bool:
    """``t`` follows a short prepositional phrase that opens the sentence ("I 1982
    invaderte ..."): in Norwegian word order the finite verb comes next."""
    first = t.doc[sent.start]
    return first.pos_ == "ADP" and 1 < t.i - sent.start <= 4 and all(
        x.pos_ in ("NUM", "NOUN", "PROPN", "DET", "ADJ") for x in t.doc[sent.start + 1:t.i])


def _at_clause_of(t: Token, sent: Span) -> Span | None:
    """The "at"-clause ``t`` stands in, up to the next comma (None outside one)."""
    lo = t.i
    while lo > sent.start and t.doc[lo - 1].lower_ != "at":
        if t.doc[lo - 1].text in (",", ";", ":"):
            return None
        lo -= 1
    if lo == sent.start:
        return None
    hi = t.i + 1
    while hi < sent.end and t.doc[hi].text not in (",", ";", ":"):
        hi += 1
    return t.doc[lo:hi]


#: Quotation marks that may stand between "å" and its infinitive ("å «oppmuntre til krig»").
QUOTE_MARKS = frozenset({"«", "»", '"', "'"})


def _finite(x: Token) -> bool:
    """A verb heading a clause: not an infinitive after "å", not a noun the tagger took for a
    verb (an object or a preposition's complement, a word with a noun's ending)."""
    if x.pos_ not in ("VERB", "AUX") or x.dep_ in ("DOBJ", "SUBJ", "PUTFYLL", "IOBJ"):
        return False
    if noun_shaped(x):
        return False
    j = x.i - 1
    while j > 0 and x.doc[j].text in QUOTE_MARKS:  # "å «oppmuntre til krig»"
        j -= 1
    return not (j >= 0 and x.doc[j].lower_ == "å")


def _mediator_role(t: Token, lex: Lexicon, sent: Span) -> bool:
    """"med Oman og Qatar som meklere": a mediator noun after "som", whatever its tag (a
    relative "som" is followed by a verb, and no verb form is a mediator noun)."""
    return t.i > sent.start and t.doc[t.i - 1].lower_ == "som" and any(
        c.mode == "third-party" for c in lex.noun_cues(t.lower_))


def _noun_in_disguise(t: Token, lex: Lexicon) -> bool:
    """A word tagged as verb that the parse uses as a noun ("fordømte angrepet"), also as an
    infinitive of a verb that takes none (``noun_in_verb_chain``)."""
    if noun_in_verb_chain(t, lex):
        return True
    if t.dep_ not in ("DOBJ", "SUBJ", "PUTFYLL", "IOBJ") or any(
            c.dep_ == "SUBJ" for c in t.children):
        return False
    if t.head != t and t.head.lower_ == "å":
        return False
    return bool(lex.noun_cues(t.lower_))


def noun_in_verb_chain(t: Token, lex: Lexicon) -> bool:
    """A definite event noun tagged as a verb and hung as an infinitive on a verb that
    takes none ("kalte angrepet et grovt brudd", "beskrev invasjonen som ...")."""
    if t.dep_ != "INFV" or t.head is t or not is_verb(t.head) \
            or lemma(t.head) in VERB_CHAIN_HEADS or t.head.lower_ in VERB_CHAIN_HEADS:
        return False
    if t.i > 0 and t.doc[t.i - 1].lower_ == "å":
        return False
    return bool(lex.noun_cues(t.lower_))


#: Determiners of a definite noun phrase ("de løslatte fangene", "dei drepne soldatane").
DEFINITE_PLURAL = frozenset({"de", "dei", "den", "det", "disse", "desse", "begge", "alle"})


def _attributive(t: Token, sent: Span) -> bool:
    """"de løslatte tyskerne", "dei drepne soldatane": a participle describing the noun after
    its determiner is no act of its own."""
    if t.i <= sent.start or t.i + 1 >= sent.end:
        return False
    prev, nxt = t.doc[t.i - 1], t.doc[t.i + 1]
    if prev.pos_ == "DET" and prev.lower_ in DEFINITE_PLURAL and nxt.pos_ == "NOUN":
        return True  # no finite verb follows "de": "de løslatte amerikanerne", whatever the parse
    if t.dep_ != "ATR" or t.head.i <= t.i or not is_noun(t.head):
        return False
    if prev.pos_ == "ADP":  # "frå okkuperte område", "på okkupert palestinsk område": the
        return all(x.pos_ == "ADJ" for x in t.doc[t.i + 1:t.head.i])  # noun after it
    return prev.pos_ in ("DET", "ADJ", "NUM")


#: Keyword classes that describe the subject, looked for before the cue as well (a passive's
#: subject is its object: "ambassadøren ble kalt inn").
SUBJECT_CLASSES = frozenset({"crowd", "leaders", "troops", "joint", "diplomats", "missiles",
                             "closable", "cyber", "coup"})
#: Auxiliaries of the perfect: a verb form after them is a participle, whatever its tag.
PERFECT_AUX = frozenset({"ha", "har", "hadde", "hatt"})
#: Verbs that take a bare infinitive or a participle: a verb form under any other verb is a
#: noun the parse misread ("kalte angrepet et brudd på folkeretten").
VERB_CHAIN_HEADS = PERFECT_AUX | PASSIVE_AUX | STATIVE_AUX | frozenset({
    "ville", "vilje", "skulle", "kunne", "kunna", "måtte", "burde", "få", "la", "tore",
    "kome", "komme", "bør", "må", "kan", "vil", "skal"})


def _continues_list(x: Token) -> bool:
    """The word after a comma continues a list: a name ("Japan, Sør-Korea og ...") or a
    coordinated adjective ("dei norske, irske og spanske ambassadørane")."""
    return x.pos_ == "PROPN" or (x.pos_ == "ADJ" and x.dep_ == "KOORD")


def _window(t: Token, sent: Span, needs: str, last: int | None = None) -> list[int]:
    """The positions a ``needs`` keyword is looked for at: around the cue, to NEEDS_AFTER
    past its last particle (``last``)."""
    before = needs in SUBJECT_CLASSES or (is_verb(t) and is_passive(t))
    start = t.i - NEEDS_BEFORE if before else t.i - 1  # (a passive's subject is its object:
    # "Artilleriet ble sendt fra Sør-Korea")
    end = max(t.i, last if last is not None else t.i) + NEEDS_AFTER
    window = list(range(max(sent.start, start), min(sent.end, end)))
    if needs in SUBJECT_CLASSES and in_protest(t):
        # "Hundrevis av demonstranter har slått leir utenfor X i protest mot Y": the noun of
        # a prepositional phrase is described by its clause's subject, however far before
        window = [x.i for x in clause_subject(t, sent) if x.i < window[0]] + window
    # the keyword belongs to the cue's clause: not past a comma after it ("kalte det
    # antiterroroperasjoner i regionen, med artilleri- og droneangrep")
    # (a comma inside a list of names or adjectives does not end it: "lederne fra Japan,
    # Sør-Korea og ...", "kalla dei norske, irske og spanske ambassadørane inn")
    lowers = doc_words(t.doc).lower
    cut = next((k for k, j in enumerate(window) if j > t.i and (
                lowers[j] in (",", ";", ":") and not (
                    lowers[j] == "," and j + 1 < sent.end and _continues_list(t.doc[j + 1]))
                or lowers[j] in CLAUSE_ENDS)), len(window))
    return window[:cut]


def _verdict_head(t: Token, window: list[int]) -> list[int]:
    """The window of a verdict up to the first preposition after a noun past the verb (where
    a positive word there outweighs a negative one after it: "kalla vedtaket eit viktig
    bidrag til kampen mot folkemord" praises the decision)."""
    doc = t.doc
    for k, j in enumerate(window):
        if j > t.i + 1 and doc[j].pos_ == "ADP" and doc[j - 1].pos_ == "NOUN":
            return window[:k]
    return window


def _name_follows(t: Token, parts: list[Token], sent: Span) -> bool:
    """"tok imot Xi Jinping": a proper name right after the cue and its particles stands for
    the leader a ``leaders`` condition asks for."""
    last = max([t.i, *(p.i for p in parts)])
    if last + 2 < sent.end and t.doc[last + 1].lower_ == "av":
        last += 1  # the passive's agent: "ble tatt imot av Putin"
    nxt = t.doc[last + 1] if last + 1 < sent.end else None
    return nxt is not None and (nxt.pos_ == "PROPN" or nxt.is_title)


def _best(cands: list[tuple[Cue, list[Token]]], lex: Lexicon, t: Token,
          sent: Span) -> tuple[Cue, list[Token]] | None:
    ok = []
    words = doc_words(t.doc)
    lowers, lemmas = words.lower, words.lemma
    held: dict[tuple[str, int | None], bool] = {}  # (keyword class, last particle) -> found
    for cue, parts in cands:
        needs = cue.needs
        if needs:
            last = max((x.i for x in parts), default=None)
            found = held.get((needs, last))
            if found is None:  # (many entries of one verb share a condition and a window)
                window = _window(t, sent, needs, last)
                found = held[needs, last] = _holds_keyword(lex, needs, (
                    (lowers[j], lemmas[j]) for j in window))
                if found and needs == "negative":
                    head = [(lowers[j], lemmas[j]) for j in _verdict_head(t, window)]
                    # ("kalla vedtaket eit viktig bidrag til kampen mot folkemord": praise,
                    # the negative word is the cause's)
                    found = held[needs, last] = _holds_keyword(lex, needs, head) \
                        or not _holds_keyword(lex, "positive", head)
            if not found and not (needs == "leaders" and _name_follows(t, parts, sent)):
                continue
        ok.append((cue, parts))
    if not ok:
        return None
    # longest frame first, then the frame whose particles sit closest to the verb, then
    # entries with a `needs` condition (more specific), then file order
    ok.sort(key=lambda p: (-len(p[1]), sum(x.i - t.i for x in p[1]), p[0].needs is None,
                           p[0].line))
    return ok[0]


def find_cues(sent: Span, lex: Lexicon, tagged: bool = True) -> list[CueMatch]:
    """All cue matches in a sentence, verbs first; a token belongs to one match only."""
    used: set[int] = set()
    matches: list[CueMatch] = []
    words: SentenceWords | None = None  # built when a verb first needs it
    quoted: bool | None = None  # whether the sentence holds a quotation mark or dash
    doc = sent.doc
    facts = doc_words(doc)
    lowers, lemmas, skip = facts.lower, facts.lemma, facts.skip
    forms = [(j, lowers[j], lemmas[j]) for j in range(sent.start, sent.end) if not skip[j]]
    # verbs
    verb_keys = lex.verbs_by_key
    for j, low, lem in forms:
        if (low not in verb_keys and lem not in verb_keys) or j in used:
            continue  # (most words: no verb cue has the form or the lemma; a particle of a
            # frame matched before is no verb of its own: "gav løyve")
        cues = lex.verb_cues(low, lem)  # the cheap test first (a Token only for a cue)
        if cues and cues[0].lemma in VERDICT_COPULAS:  # ("er", "var": a verdict only in a quote)
            if quoted is None:
                quoted = any(x.text in QUOTE_OPENERS for x in sent)
            if not quoted:
                cues = [c for c in cues if c.particles or c.lemma not in VERDICT_COPULAS]
        if not cues:
            continue
        t = doc[j]
        if lem == "ha" and any(c.dep_ == "INFV" and is_verb(c) for c in t.children):
            continue  # the perfect's auxiliary ("har avvist tilbudet om samtaler"), no "ha"
        verbless = False  # the missing verb of a clause the parse left without one
        homograph = False  # a verb/noun homograph read as the verb by its neighbours
        if tagged and not is_verb(t) and not _mistagged_verb(t, lex, sent):
            homograph = _homograph_verb(t, lex, sent)
            verbless = not homograph and _verb_of_verbless_clause(t, lex, sent)
            if not (homograph or verbless):
                continue
        if tagged and not (verbless or homograph) and (
                _noun_in_disguise(t, lex) or _attributive(t, sent)):
            continue
        cands = []
        seen: dict[tuple, Token | None] = {}
        if words is None:  # (from the verb on: a particle follows its verb)
            words = SentenceWords(((low, lem) for k, low, lem in forms if k > j), lex)
        for cue in cues:
            parts = _particles(cue, t, sent, used, seen, words) if cue.particles else []
            if parts and cue.frame in ADJACENT_FRAMES and any(
                    x.pos_ != "ADV" for x in t.doc[t.i + 1:parts[0].i]):
                continue  # "kalte angrepet på Israel et terrorangrep" is no "kalle på"
                # (an adverb may stand between: "kalte i dag på FN")
            if parts and cue.frame in NEAR_FRAMES and parts[0].i - t.i > 3:
                continue
            if parts is not None:
                cands.append((cue, parts))
        best = _best(cands, lex, t, sent)
        if best is None:
            continue
        cue, parts = best
        matches.append(CueMatch(cue, t, parts))
        used.add(t.i)
        used.update(p.i for p in parts)
    # nouns
    for j, low, lem in forms:
        if j in used:
            continue
        cues = lex.noun_cues(low, lem)  # (the cheap test first: most words are no cue)
        if not cues:
            continue
        t = doc[j]
        if tagged and not is_noun(t) and not _noun_in_disguise(t, lex) \
                and not _mediator_role(t, lex, sent):
            continue
        if not tagged and any(m.token.i == t.i for m in matches):
            continue
        best = _best([(c, []) for c in cues], lex, t, sent)
        if best is None:
            continue
        matches.append(CueMatch(best[0], t, []))
        used.add(t.i)
    matches.sort(key=lambda m: m.token.i)
    return matches
