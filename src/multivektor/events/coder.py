"""The PLOVER event coder: cues + arguments + modality -> deduplicated events of an article."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import takewhile

from spacy.tokens import Doc, Span, Token

from multivektor.events.arguments import (
    HELP_NOUNS,
    Args,
    MentionIndex,
    find_subject,
    linear_args,
    nominal_args,
    premodifier_args,
    to_actors,
    verbal_args,
)
from multivektor.events.background import is_background
from multivektor.events.context import ContextFinder, is_political
from multivektor.events.dedup import deduplicate
from multivektor.events.lexicon import NOT_AN_EVENT, Cue, Lexicon, load_lexicon
from multivektor.events.match import CueMatch, find_cues, has_keyword, noun_in_verb_chain
from multivektor.events.modality import Modality, nominal_modality, verbal_modality
from multivektor.events.rules import (
    ACT_NOUNS,
    ADDRESSED_FRAMES,
    AGREEMENT_FRAMES,
    ANNOUNCING,
    ASSIST_WORDS,
    BOTH_SIDES,
    COMPLAINT_FRAMES,
    CONDITION_WORDS,
    CONTINUE_VERBS,
    COOPERATIVE,
    CROWD,
    DECISION_NOUNS,
    DEONTIC,
    DETENTION_LEMMAS,
    DIRECTIVE_NOUNS,
    DOMESTIC,
    EXPEL_LEMMAS,
    FIRST_PERSON,
    FORCEFUL,
    GOVERNING,
    HESITATE_LEMMAS,
    INWARD,
    JOIN_FRAMES,
    MATERIAL_CONFLICT,
    MEET_WORDS,
    NAMED_OBJECT_FRAMES,
    NAMED_OBJECT_VERBS,
    NEGATED_RECODE,
    NEGATED_THREATS,
    NO_IMPLICIT_RECIPIENT,
    NOMINAL_OK,
    OFFER_NOUNS,
    ORGANISATIONS,
    PAIR_WORDS,
    PARDON_LEMMAS,
    PLACE_PREPS,
    PLANNED,
    PROMISE_LEMMAS,
    REACTIONS,
    REASON_VERBS,
    RECALL_FRAMES,
    RECEIVE_LEMMAS,
    RESIGN_FRAMES,
    RESPONSE_FRAMES,
    RESPONSE_VERBS,
    SELF_DIRECTED_OK,
    SIGN_LEMMAS,
    STATE_ACTS,
    SUMMON_LEMMAS,
    TAKE_PART_LEMMAS,
    THING_PRONOUNS,
    VERBAL_TARGETED,
    VERDICT_COPULAS,
    VERDICT_LEMMAS,
    VIOLENT,
    WARN_VERBS,
    YIELD_WORDS,
    is_easing,
)
from multivektor.events.story import INTERNAL_FOES, Story, implicit
from multivektor.events.syntax import (
    OBJ,
    TIME_WORDS,
    WEEKDAYS,
    aux_chain,
    clause_subject,
    doc_words,
    edge_span,
    governor_of_clause,
    governor_of_infinitive,
    has_parse,
    in_protest,
    is_noun,
    is_object,
    is_passive,
    is_prep,
    is_verb,
    lemma,
    np_tokens,
    prep_object,
)
from multivektor.model import Actor, Article, Event, Evidence, Mention, Quote

#: Verbs that call off a meeting ("avlyste valkampmøtet"): the meeting is not held.
CANCEL_LEMMAS = frozenset({"avlyse", "utsette", "kansellere"})
#: "under ledelse av X": X chairs (mediates) the talks.
CHAIRED_BY = frozenset({"ledelse", "ledelsen", "leiing", "leiinga"})
#: "fulgte etter": following suit repeats the previous act.
FOLLOW_LEMMAS = frozenset({"følge", "følgje"})
#: Cues whose clausal complement is alleged, threatened or refused, not asserted.
UNASSERTING_GOVERNORS = frozenset({"ACCUSE", "THREATEN", "REJECT", "REQUEST"})
#: Relative words that refer to the whole clause before them ("..., noe Russland kritiserte").
SENTENTIAL_RELATIVES = frozenset({"noe", "noko", "hvilket"})


@dataclass(slots=True)
class Candidate:
    """An event before deduplication, with what produced it (for ``explain``)."""

    event: Event
    match: CueMatch
    args: Args
    modality: Modality
    notes: list[str] = field(default_factory=list)
    object_event: str | None = None  # "fordømte angrepet": the event its object names
    object_token: int | None = None  # that object's token index
    light: int | None = None  # the light verb of a nominal event ("gjekk til åtak")


@dataclass(slots=True)
class Trace:
    """Why each cue did or did not become an event (filled when explaining)."""

    lines: list[str] = field(default_factory=list)

    def add(self, text: str) -> None:
        self.lines.append(text)


class _Article:
    """Per-article state of the coder."""

    def __init__(self, doc: Doc, mentions: list[Mention], article: Article, lex: Lexicon,
                 trace: Trace | None, quotes: list[Quote] | None = None,
                 contexts: ContextFinder | None = None) -> None:
        self.doc, self.article, self.lex, self.trace = doc, article, lex, trace
        self.index = MentionIndex(doc, mentions)
        self.parsed = has_parse(doc)
        self.tagged = doc.has_annotation("POS") or doc.has_annotation("TAG")
        self.contexts = contexts or ContextFinder(article.text, lex)
        self.story = Story(doc, mentions, article, lex, self.index, quotes)
        self.text = self.story.text  # (a Span builds its text anew at every access: slice this)
        self.weekday = _weekday(article.date)  # of the article's date (None: unknown)

    def sent_text(self, sent: Span) -> str:
        """The text of ``sent`` (as ``Span.text``, without rebuilding it from its tokens)."""
        return self.text[sent.start_char:sent.end_char]

    def note(self, text: str) -> None:
        if self.trace is not None:
            self.trace.add(text)

    # ------------------------------------------------------------------ per sentence
    def code_sentence(self, sent: Span) -> list[Candidate]:
        text = self.sent_text(sent)
        if text.rstrip().rstrip("»«\"'”").endswith("?"):
            self.note(f"question — not an assertion: {text.strip()[:60]}")
            return []
        matches = [m for m in find_cues(sent, self.lex, self.tagged)
                   if not self._names_an_act(m)]
        by_token: dict[int, CueMatch] = {}
        for m in matches:
            for t in m.tokens:
                by_token[t.i] = m
        embedded: dict[int, list[CueMatch]] = {}
        governed: set[int] = set()
        replaced: set[int] = set()
        if self.parsed:
            for m in matches:
                if m.kind == "noun" and m.cue.event == "RETREAT" and not is_verb(m.token):
                    gov = None  # "villig til å forlenge våpenhvilen": agreeing, coded on its own
                else:
                    gov = self._governor(m.token)
                    for _ in range(2):  # up through verbs that are no cue ("oppmoda Rwanda om å
                        if gov is None or gov.i in by_token:  # trekkje ut og slutte å støtte
                            break  # M23": under "slutte", itself under the request)
                        up = self._governor(gov)
                        if up is not None and up.i in by_token \
                                and by_token[up.i].cue.event == "AGREE":
                            break  # (a promised act keeps its own subject: coded as AGREE)
                        gov = up
                if gov is not None and gov.i in by_token:
                    g = by_token[gov.i]
                    if g is not m and _responds(g):
                        # "svarte med å skyte raketter mot X": the response is the act done
                        replaced.add(id(g))
                        continue
                    if g is not m and g.cue.event in GOVERNING:
                        embedded.setdefault(id(g), []).append(m)
                        governed.add(id(m))
        out: list[Candidate] = []
        governors = any(_governs(m) for m in matches)  # (any cue whose clause is unasserted)
        for m in matches:
            if id(m) in replaced:
                self.note(f"{m.text()}: a response by an act coded on its own — skipped")
                continue
            if id(m) in governed:
                self.note(f"{m.text()}: {m.cue.event} inside the clause of another cue — skipped")
                continue
            asker = self._requester(m, by_token) if self.parsed else None
            if asker is not None:
                self.note(f"{m.text()}: what '{asker.text()}' asks for — not done")
                continue
            content = self._unasserted_content(m, by_token) if self.parsed and governors \
                else None
            if content is not None:
                self.note(f"{m.text()}: inside what '{content.text()}' ({content.cue.event}) "
                          "says, refuses or threatens — not asserted")
                continue
            if m.cue.event == NOT_AN_EVENT:
                self.note(f"{m.text()}: not an event ({m.cue.rule})")
                continue
            if m.kind == "verb" and m.token.i == sent.start and _is_heading(sent):
                self.note(f"{m.text()}: heading with its subject left out — skipped")
                continue
            if m.kind == "verb" and self.parsed and m.cue.lemma not in VERDICT_COPULAS \
                    and self._subject_is_event(m, by_token) \
                    and not is_passive(m.token):  # "angrepet vart fordømt" (a verdict on the
                # act is no continuation of it: "– Angrepet er ulovlig, sa Støre")
                self.note(f"{m.text()}: its subject is an event noun coded on its own — skipped")
                continue
            cand = (self._verb(m, sent, embedded.get(id(m), [])) if m.kind == "verb"
                    else self._noun(m, sent, by_token))
            if cand is not None:
                out.append(cand)
                v = m.token if m.kind == "verb" else (
                    sent.doc[cand.light] if cand.light is not None else None)
                if v is not None and self.parsed and cand.event.event in ALLEGED_ACTS:
                    claim = self._allegation(m, v, sent, cand)
                    if claim is not None:  # (the act itself is only claimed, not asserted)
                        out[-1] = claim
                if v is not None and cand.event.event == "AGREE":
                    signed = self._concluded(m, v, sent, cand)
                    if signed is not None:
                        out.append(signed)
        _aim_at_the_acts_author(out)
        return _reciprocals_split(out)

    def _withdrawn_forces(self, v: Token, args: Args) -> None:
        """"De amerikanske styrkene i Niger skal trekkes ut": a passive withdrawal with no
        agent is done by the state of the forces its subject names, from the state the
        subject places them in."""
        subj, _ = find_subject(v)
        found = self.index.in_tokens(subj)
        forces = [x for x in found if x.sector == "MIL" and x.code and x.source == "kb"]
        if not forces:
            return
        args.actor = forces[:1]
        args.recipient = [x for x in found if x.code and x.code != forces[0].code][:1] \
            or args.recipient
        args.how.append("withdrawn forces: their state withdraws")

    def _subject_is_event(self, m: CueMatch, by_token: dict[int, CueMatch]) -> bool:
        """"Angrepet drepte 20": the verb only continues the event its subject names (not
        a receiving verb: "bombingen har møtt kritikk fra X" is X's act)."""
        if lemma(m.token) in RECEIVE_LEMMAS:
            return False
        for t in aux_chain(m.token):
            for c in t.children:
                if c.dep_ == "SUBJ" and c.i in by_token and by_token[c.i].kind == "noun":
                    return by_token[c.i].cue.event in ("ASSAULT", "COERCE", "PROTEST", "MOBILIZE")
        return False

    def _requester(self, m: CueMatch, by_token: dict[int, CueMatch]) -> CueMatch | None:
        """The request verb whose object (or om-phrase) is event noun ``m`` ("kravde ei
        orsaking", "ba om våpenhvile"): the thing asked for has not happened."""
        if m.kind != "noun":
            return None
        n = m.token
        head = n.head
        if n.dep_ == "PUTFYLL" and head.lower_ == "om":
            head = head.head
        elif n.dep_ != "DOBJ":
            return None
        g = by_token.get(head.i)
        if g is None or g is m or g.kind != "verb" or g.cue.event != "REQUEST":
            return None
        if n.dep_ == "DOBJ" and any(p.lower_ == "om" for p in g.parts):
            return None  # "søkte om medlemskap ... invasjon": the om-phrase is what is asked
        lo, hi = sorted((g.token.i, n.i))
        return None if any(t.text == "," for t in n.doc[lo:hi]) else g  # (a parse's long jump)

    def followed_suit(self, sent: Span, last: Candidate) -> Candidate | None:
        """"Også Danmark og Portugal fulgte etter": a sentence whose only act is following
        suit repeats the article's previous event with its own subjects as actors."""
        low = self.sent_text(sent).lower()  # (cheap test first: most follow no one)
        if not self.parsed or last.event.negated or "etter" not in low or not (
                "følg" in low or "fulgt" in low):
            return None
        verb = next((t for t in sent if lemma(t) in FOLLOW_LEMMAS and t.i + 1 < sent.end
                     and t.doc[t.i + 1].lower_ == "etter" and is_verb(t)), None)
        if verb is None:
            return None
        subj, _ = find_subject(verb)
        actors = to_actors(self.index.in_tokens(subj))
        prev = {a.code for a in last.event.actor}
        actors = [a for a in actors if a.code not in prev]
        if not actors:
            return None
        e = last.event
        ev = Event(event=e.event, actor=actors, recipient=list(e.recipient), mode=e.mode,
                   context=list(e.context), date=e.date, nominal=False,
                   background=is_background(self.sent_text(sent), self.article.date),
                   evidence=[Evidence(text=self.sent_text(sent).strip(), start=sent.start_char,
                                      end=sent.end_char, cue=f"{verb.text} etter",
                                      cue_start=verb.idx,
                                      cue_end=verb.doc[verb.i + 1].idx + 5)],
                   cameo=e.cameo, quad_class=e.quad_class, score=e.score,
                   confidence=round(e.confidence * 0.8, 3), rule="followed suit: " + (e.rule or ""))
        self.note(f"{verb.text} etter: follows suit — repeats {e.event} with "
                  f"{[a.code for a in actors]}")
        return Candidate(ev, last.match, Args(how=["followed suit"]), last.modality,
                         ["followed suit"])

    def _unasserted_content(self, m: CueMatch, by_token: dict[int, CueMatch]
                            ) -> CueMatch | None:
        """The accusation, threat or refusal whose clausal complement holds cue ``m`` further
        down than one clause ("skuldar landa for å sjå gjennom fingrane med at Rwanda støttar
        opprørarane", "truet med å innføre en toll", "nektet å delta på toppmøtene"): what
        is alleged, threatened or refused is not itself an event."""
        crossed = False  # a verb between the cue and the governing cue: a clause boundary
        below: Token | None = None  # the word on the path right under the current one
        for x in [m.token, *m.token.ancestors]:
            if x.dep_ == "KOORD" and _governs(by_token.get(x.head.i)) or _adverbial_clause(x) \
                    or _relative_clause(x):
                return None  # acts coordinated with the governing cue, "da/etter at ..."
            g = by_token.get(x.i)  # clauses and relative clauses ("som partene undertegnet")
            if g is not None and g is not m and g.kind == "verb" and crossed:
                if _responds(g) and "med" in (
                        x.lower_, below.lower_ if below is not None else ""):
                    return None  # "svarte med å innføre eit forbod": the response is done
                if _responds(g) and below is not None and any(
                        c.dep_ == "SBU" and c.lower_ == "at" for c in below.children):
                    return None  # "svara at USA vil auke tollen": an answer said, reported
                return g if g.cue.event in UNASSERTING_GOVERNORS else None
            if x is not m.token and is_verb(x) and x.pos_ != "AUX":
                crossed = True
            below = x
        return None

    def _governor(self, t: Token) -> Token | None:
        if not is_verb(t) and t.dep_ == "DOBJ" and is_verb(t.head) and t.head.i < t.i:
            # "er rede til å utvide samarbeidet": a noun act under an infinitive is that
            # infinitive's, governed like it
            t = t.head
        if is_verb(t) and t.dep_ == "KOORD" and is_verb(t.head) and t.head != t:
            t = t.head  # "ba EU om å stå sammen med Kina og motsette seg ...": both embedded
        if is_verb(t):
            if t.dep_ == "DOBJ" and is_verb(t.head) and t.head != t and t.i > t.head.i \
                    and "Inf" in t.morph.get("VerbForm"):
                return t.head  # a bare infinitive: "ber Israel og Hizbollah stanse åtaka"
            gov, _ = governor_of_infinitive(t)
            if gov is None:
                gov, sbu = governor_of_clause(t)
                if sbu is None or sbu.lower_ not in ("at", "om"):
                    return None
            return gov
        return None

    # ------------------------------------------------------------------ verbs
    def _verb(self, m: CueMatch, sent: Span, inner: list[CueMatch]) -> Candidate | None:
        v = m.token
        if _verdict_copula(m):
            return self._quoted_verdict(m, sent)
        if m.cue.mode == MISDEED:
            return self._claimed_misdeed(m, sent)
        if m.cue.frame in VOTE_FRAMES and m.parts and m.parts[-1].i + 1 < len(v.doc) \
                and v.doc[m.parts[-1].i + 1].lower_ == "å":
            self.note(f"{m.text()}: a vote to do something — the act voted for is coded")
            return None  # ("røysta for å stengje Hormuzstredet")
        lex = self.lex
        event, mode = m.cue.event, m.cue.mode
        notes: list[str] = []
        subject_of: Token | None = None
        reason_of: Token | None = None
        mod = verbal_modality(v, sent, lex, self.parsed)
        if not mod.future and self._later_weekday(v, sent):
            mod.future = True  # "reiser til Washington måndag" in Saturday's paper: planned
            notes.append("present tense with a later weekday: planned")
        if self.parsed:
            gov, prep = governor_of_infinitive(v)
            if gov is not None:
                glem = lemma(gov)
                intent = lex.words("intent_verbs")
                # "nærmere å bli medlem": a possibility, not an act ("klar til å" is intent)
                ready = prep is not None and prep.lower_ in READY_ADJECTIVES.get(
                    glem, READY_ADJECTIVES.get(gov.lower_, ()))
                answer = prep is not None and prep.lower_ == "med" and _answering(gov)
                considered = is_verb(gov) and glem in lex.words("considering_verbs")
                if considered and _held_out(m.cue):
                    event, mode = "THREATEN", None  # "vurderer å innføre 25 prosent toll",
                    notes.append(f"{CONSIDERED} '{gov.text}' -> THREATEN")  # "vurderer å
                    considered = False  # klage saka inn for WTO": held out as a threat
                if (gov.pos_ == "ADJ" and not is_verb(gov) and not ready and not answer) or (
                        gov.pos_ == "NOUN" and glem in lex.words("unasserting_nouns")) or (
                        gov.pos_ == "NOUN" and prep is not None and prep.lower_ == "om"
                        and glem not in DIRECTIVE_NOUNS) or considered or (
                        prep is not None and prep.lower_ in ("mot", "imot")):
                    # ("åtvara mot å angripe", wherever the parse hangs it: warned against)
                    # "har plikt til å samarbeide", "muligheten til å møte": not an act
                    self.note(f"{m.text()}: infinitive under '{gov.text}' — not asserted")
                    return None
                if prep is not None and prep.lower_ == "for" and lemma(gov) in REASON_VERBS:
                    reason_of = gov
                    notes.append(f"the reason for '{gov.text}': its object's act")
                elif prep is not None and prep.lower_ == "for" and is_verb(gov):
                    subject_of = gov
                    notes.append(f"purpose clause under '{gov.text}'")
                    if self._announced(gov, sent):  # "skal reise til Moskva for å møte"
                        mod.future = True
                        notes.append("the trip is announced, not done")
                elif glem in intent or _looks_forward(gov) or ready or (
                        prep is not None and prep.lower_ == "til"
                        and glem in ("komme", "kome")):
                    subject_of = gov if is_verb(gov) else None
                    mod.future = True
                    mod.possible = mod.possible or (ready and glem != "klar")  # ready, not done
                    notes.append(f"intent/future: '{gov.text}'")
                    gmod = verbal_modality(gov, sent, lex, True) if is_verb(gov) else None
                    if gmod is not None:
                        mod.negated = mod.negated or gmod.negated
                        mod.hypothetical = mod.hypothetical or gmod.hypothetical
                elif glem in lex.words("refusal_verbs"):
                    event, mode = "REJECT", None
                    subject_of = gov
                    notes.append(f"refusal: '{gov.text}'")
                elif is_verb(gov) or answer:  # ("svarte med å": "svarte" tagged 'black')
                    subject_of = gov
                    notes.append(f"infinitive under '{gov.text}'")
                    if answer and not is_verb(gov):  # "har ikkje svart med å vise ut ..."
                        mod.negated = mod.negated or verbal_modality(gov, sent, lex, True).negated
                    if glem in CONTINUE_VERBS:  # "vil fortsette å støtte": the modal carries over
                        gmod = verbal_modality(gov, sent, lex, True)
                        mod.future = mod.future or gmod.future
                        mod.negated = mod.negated or gmod.negated
        if mod.hypothetical and mod.conditioned and mod.future and not mod.negated \
                and event in HELD_OUT:  # "Dersom Israel angriper, vil Iran svare med full
            mod.hypothetical = False  # styrke": an act held out on a condition, a threat
            notes.append("held out on a fronted condition")
        if mod.hypothetical:
            self.note(f"{m.text()}: hypothetical ({', '.join(mod.markers)}) — dropped")
            return None
        doubt = self._doubter(v) if self.parsed else None
        if doubt is not None and m.cue.frame in NAMED_OBJECT_FRAMES and _likely(doubt):
            doubt = None  # "sa at det er sannsynlig at Russland sto bak": an allegation
        if doubt is not None:
            self.note(f"{m.text()}: under '{doubt.text}', not asserted — dropped")
            return None
        guess = self._believer(v) if (mod.future or mod.possible) and self.parsed else None
        if guess is not None:
            self.note(f"{m.text()}: a guess under '{guess.text}', not an announcement — dropped")
            return None
        if (mod.future or mod.possible) and _experts_say(sent):
            self.note(f"{m.text()}: what experts expect, not an announcement — dropped")
            return None  # "Ifølge eksperter kan Kina komme til å angripe Taiwan"
        if self.parsed and _poll_finding(v):
            self.note(f"{m.text()}: what a poll shows, not an act — dropped")
            return None  # "En måling viser at flertallet av svenskene støtter NATO-medlemskap"
        must = v if v.lower_ in DEONTIC else (
            _deontic(v) if self.parsed and not mod.negated else None)
        must_subj = find_subject(must)[0] if must is not None else []
        if must is not None and not (must_subj and must_subj[0].lower_ in FIRST_PERSON):
            # "Israel må stanse angrepene, sa Støre": a demand, not an act ("vi må stå
            # sammen med" is the speaker's own stance and coded as such)
            return self._demand(m, must, must_subj, sent, event, mod, notes)
        if v.lower_ in DEONTIC:
            self.note(f"{m.text()}: the speaker's own obligation — no demand")
            return None
        passive = self.parsed and is_passive(v)
        args = self._args_verbal(v, m.parts, event, passive, sent, subject_of)
        if not args.actor and m.cue.frame.startswith(UNANSWERED_FRAMES) and self.parsed:
            speaker = self._quote_speaker(aux_chain(v)[-1], sent)  # "– Slike skritt vil ikke
            if speaker is not None:  # bli stående uten svar, sa Zakharova": her threat
                args.actor = [speaker]
                args.recipient = [r for r in args.recipient if r.code != speaker.code]
                args.how.append("the speaker of a quoted warning")
        if passive and not args.actor and event in ("RETREAT", "CONCEDE"):
            self._withdrawn_forces(v, args)  # "De amerikanske styrkene skal trekkes ut"
        if passive and not args.actor and lemma(v) in INVITING:
            host = self._host_invited_to(v)
            if host is not None:  # "Kagame og Tshisekedi er inviterte til Washington": the
                args.actor = [host]  # host invites them
                args.recipient = [r for r in args.recipient if r.code != host.code]
                args.how.append("the host of the place invited to")
        if passive and not args.actor and event in STATED_ACTS:
            issuer = self._statement_issuer(sent, args)
            if issuer is not None:  # "I en uttalelse fra presidentkontoret i Alger anklages
                args.actor = [issuer]  # Spania for ...": who issued the statement says it
                args.how.append("the issuer of the statement it is said in")
        if reason_of is not None:
            objects = [m2 for c in reason_of.children if c.dep_ == "DOBJ"
                       for m2 in self.index.in_tokens(np_tokens(c))]
            if not objects:
                self.note(f"{m.text()}: the reason for '{reason_of.text}' names no actor — skipped")
                return None
            args.actor = objects
            args.recipient = [r for r in args.recipient if r not in objects]
        if (lemma(v) in NAMED_OBJECT_VERBS or m.cue.frame in NAMED_OBJECT_FRAMES) \
                and not args.direct:
            claim = self._alleged_authorship(m, args) if self.parsed else None
            if claim is not None:  # "Soylu hevdet at USA sto bak kuppforsøket": the claim
                notes.append(f"'{m.text()}' a misdeed in what someone says -> ACCUSE")
                return self._build(m, sent, "ACCUSE", "allege", claim, mod, nominal=False,
                                   notes=notes)
            self.note(f"{m.text()}: no state or organisation as its object — not an event")
            return None
        if m.cue.frame in ADDRESSED_FRAMES and not args.recipient:
            self.note(f"{m.text()}: no one named who is expected to act — not a demand")
            return None  # ("forventer at veksten tar seg opp": a forecast)
        if event == "REQUEST" and not mod.future and self._told_to_leave(v, sent):
            event, mode = "SANCTION", "expel"  # "ba ambassadøren forlate landet": an expulsion
            notes.append("diplomats asked to leave the country -> SANCTION")
        if event == "THREATEN" and (_responds(m) or m.cue.frame in RESPONSE_FRAMES) \
                and not mod.future:
            after = v.doc[v.i + 1:min(sent.end, v.i + 8)]  # ("svara på si side med toll")
            acts = [c.event for t in after for c in self.lex.noun_cues(t.lower_, lemma(t))
                    if c.event in ("SANCTION", "ASSAULT")]
            if acts:
                event = acts[0]  # "svarer med mottoll på amerikanske varer", "svarte med
                notes.append(f"responded with a concrete act -> {event}")  # angrep på ..."
            else:
                self.note(f"{m.text()}: a response described, not announced — not a threat")
                return None
        if event == "THREATEN" and lemma(v) in WARN_VERBS and not self._a_warning_threat(
                v, sent, {m.code for m in args.actor}):
            self.note(f"{m.text()}: a warning about a danger, not a threat to anyone — skipped")
            return None
        if lemma(v) in SIGN_LEMMAS and self.parsed:
            signed = self._signed_act(v)
            if signed is not None:  # "signerte benådninger": the act signed, not an agreement
                act = self.lex.noun_cues(signed.lower_, lemma(signed))[0].event
                notes.append(f"signed '{signed.text}': {event} -> {act}")
                event, mode = act, None
            elif self._signs_a_decree(v):
                self.note(f"{m.text()}: signs an order, a law or a note — no agreement")
                return None
        if lemma(v) in RECEIVE_LEMMAS and self.parsed and event != "CONSULT" and not any(
                p.lower_ in ("fram", "frem") for p in m.parts):  # "mottok våpen fra Tyskland"
            # (not "fått fram et redningsteam": the subject got it there, a giver)
            giver = []
            for j in range(v.i + 1, sent.end):  # "fra X" after the verb, wherever it hangs
                if v.doc[j].lower_ in ("fra", "frå"):
                    giver = self.index.in_tokens(_givers(v.doc, j + 1, sent.end))
                    if giver:
                        break
            if not giver:
                self.note(f"{m.text()}: received from an unnamed giver — skipped")
                return None
            receiver = args.actor
            subj_noun = next((c for t in aux_chain(v) for c in t.children if c.dep_ == "SUBJ"
                              and is_noun(c) and self.lex.noun_cues(c.lower_, lemma(c))), None)
            if subj_noun is not None:  # "Den israelske bombingen av Rafah har møtt kritikk
                own = nominal_args(subj_noun, self.index).actor  # fra Egypt": its author
                receiver = own or receiver
            args = Args(actor=giver, recipient=receiver, how=["receiver is subject"])
        # embedded acts: recode the governing cue, borrow a recipient
        inner_events = {i.cue.event for i in inner}
        if inner:
            notes.append("governs " + ", ".join(f"{i.text()} ({i.cue.event})" for i in inner))
            if not args.recipient:
                for i in inner:
                    ia = self._args_verbal(i.token, i.parts, i.cue.event, False, sent, v)
                    args.recipient = [r for r in ia.recipient if r not in args.actor]
                    if args.recipient:
                        break
        if event == "AGREE" and self._agreed_on(v, m.parts, {"RETREAT", "CONCEDE"}):
            # "gikk med på en våpenhvile": agreeing to a retreat
            event = "CONCEDE"
            notes.append("agreed to a retreat (ceasefire, withdrawal) -> CONCEDE")
        if event == "AGREE" and m.cue.frame.startswith(AGREEMENT_FRAMES) and (
                "SANCTION" in inner_events or self._agreed_on(v, m.parts, {"SANCTION"})):
            event, mode = "SANCTION", None  # "ble enige om nye sanksjoner mot Iran": decided
            notes.append("agreed on sanctions -> SANCTION")
        agreeing = event in ("AGREE", "CONCEDE")
        if agreeing and any(  # "forplikter seg til ikke å angripe"
                i.kind == "verb" and i.cue.event in FORCEFUL
                and verbal_modality(i.token, sent, lex, self.parsed).negated for i in inner):
            event = "CONCEDE"  # a commitment not to attack or coerce: a concession
            notes.append("commitment not to use force -> CONCEDE")
        elif agreeing:
            if inner_events & {"RETREAT", "CONCEDE"} and not (
                    m.cue.frame.startswith(AGREEMENT_FRAMES)
                    and all(is_easing(i.cue) for i in inner if i.cue.event == "RETREAT")):
                event = "CONCEDE"  # (parties agreeing to cut tariffs agree; "vil oppheve
                # sanksjonene" concedes)
            elif inner_events & (MATERIAL_CONFLICT - {"MOBILIZE"}) or (
                    event == "AGREE" and m.cue.lemma in PROPOSING and not mod.negated
                    and self._agreed_on(v, m.parts, MATERIAL_CONFLICT - {"MOBILIZE"})):
                event = "THREATEN"  # (offering to deploy air defence to an ally is no threat;
                # "foreslo straffetoll på franske varer": a sanction held out)
        if event == "AGREE" and (lemma(v) in PROMISE_LEMMAS or v.lower_ in PROMISE_LEMMAS):
            after = list(v.doc[v.i + 1:sent.end])
            if has_keyword(lex, "retaliation", after):
                event = "THREATEN"
                notes.append("promise of retaliation -> THREATEN")
        if event == "ACCUSE" and lemma(v).startswith("protest"):
            subj_window = list(v.doc[max(sent.start, v.i - 6):v.i])
            if has_keyword(lex, CROWD, subj_window):
                event, mode = "PROTEST", None
                if not self.index.in_tokens(subj_window):  # "Hundrevis av demonstranter
                    args.actor = []  # protesterte mot Blinken-besøket": coded by the place
                    against = self.story.protest_against(sent)
                    args.recipient = [against] if against is not None else []
                    args.how.append("a crowd: coded by where it protests")
        if event == "MOBILIZE" and lemma(v) in ("sende", "sendt") and self.parsed:
            objs = [c for c in v.children if c.dep_ == "DOBJ"]
            for c in [*v.children, *(t for o in objs for t in o.subtree if t is not o)]:
                # ("sende politi og soldatar til landet": "til" may hang on the troops)
                if is_prep(c) and c.lower_ == "til":
                    obj = prep_object(c)
                    if obj is not None and (self.index.at(obj) is not None
                                            or self._abroad_place(obj, args.actor)):
                        event = "AID"
                        notes.append("troops sent to a state -> AID")
            helped = self._helped_by_troops(v) if event == "MOBILIZE" else []
            if helped and helped[0].code not in {a.code for a in args.actor}:
                event = "AID"  # "sendt soldater for å kjempe på russisk side": help to Russia
                args.recipient = helped
                notes.append("troops sent to fight for or protect a state -> AID")
        if m.cue.frame in COMPLAINT_FRAMES:  # "trekte klagesaka si i WTO": withdrawn at the
            args.recipient = [r for r in args.recipient  # organisation, aimed at the party
                              if r.code not in ORGANISATIONS]  # complained of
        elif event == "RETREAT" and lemma(v) in ("trekke", "trekkje"):
            left = self._named_after(v, sent, lambda m: m.code in ORGANISATIONS,
                                     preps=("av", "fra", "frå"), stops=())
            orgs = [r for r in [*args.recipient, left] if r is not None
                    and r.code in ORGANISATIONS]
            if orgs:  # leaving the ICC, WHO, OPEC: reduced relations, not a retreat
                event, mode = "SANCTION", None
                args.recipient = orgs[:1]
                notes.append("withdrawal from an organisation -> SANCTION")
        if event == "REQUEST":
            mode = self._request_mode(v, sent, inner_events, mode)
            forum = self._forum(v, sent) if mode == "meet" else []
            if forum and not {r.code for r in forum} & {r.code for r in args.recipient}:
                # "krever et hastemøte i FNs sikkerhetsråd", "ber om konsultasjonar etter
                # artikkel 4 i NATO-traktaten": the body asked to meet is the addressee
                args.recipient = forum
                args.how.append("the organisation asked to meet")
        if event == "ASSAULT" and self.parsed and any(p.lower_ == "mot" for p in m.parts) \
                and lemma(v) != "slå":  # (firing at no one is a show of force; striking is not)
            target = next((prep_object(p) for p in m.parts if p.lower_ == "mot"), None)
            if target is not None and not self.index.in_tokens(list(target.subtree)) \
                    and target.lower_ not in RECIPROCALS and lemma(target) not in TARGET_NOUNS \
                    and not has_keyword(lex, "vessel", [target]):
                # ("skutt mot hverandre": a fight; "skaut ein rakett mot eit handelsskip")
                event = "MOBILIZE"  # missiles fired "mot havområdet": a show of force
                notes.append("fired at no named target -> MOBILIZE")
        if event == "THREATEN" and lemma(v) in ANNOUNCING:
            after = list(v.doc[v.i + 1:min(sent.end, v.i + 7)])
            reply = next((k for k, t in enumerate(after) if lemma(t) in RESPONSE_VERBS), None)
            if reply is not None:  # "varsla at Russland vil svare på sanksjonane med ...":
                with_ = next((k for k, t in enumerate(after) if k > reply and t.lower_ == "med"),
                             len(after))  # the sanctions answered are not the measure
                after = after[with_:]
            if any(c.event == "SANCTION" for t in after
                   for c in self.lex.noun_cues(t.lower_, lemma(t))):
                event = "SANCTION"  # "varslet en toll på 15 prosent": a concrete measure
                notes.append("announced a concrete sanction -> SANCTION")
        if mod.negated and lemma(v) in NEGATED_THREATS:
            mod.negated = False
            notes.append("not ruling out force is a threat")
        if event == "PROTEST" and _gathered_to_celebrate(v, sent):
            self.note(f"{m.text()}: a crowd gathered to celebrate or welcome — no protest")
            return None
        if lemma(v) in HESITATE_LEMMAS:
            if not mod.negated:
                self.note(f"{m.text()}: hesitating is no act — skipped")
                return None
            mod.negated = False  # "vil ikke nøle med å innføre sanksjoner": a threat
            notes.append("not hesitating to act is a threat")
        if event == "MOBILIZE" and has_keyword(self.lex, "peacekeeping", list(sent)):
            event = "AID"  # "fredsbevarende soldater skal utplasseres": help to both sides
            notes.append("peacekeepers deployed -> AID")
        event, mode, mod = self._future(event, mode, mod, v, notes, m.cue)
        if event is None:
            return None
        if event == "THREATEN" and self.parsed:
            warned = self._condition_subject(v, {a.code for a in args.actor}, mod.condition)
            if warned:  # "advarte om konsekvenser hvis Finland blir med i NATO": Finland
                args.recipient = warned
                args.how.append("the subject of the condition")
        cand = self._build(m, sent, event, mode, args, mod, nominal=False, notes=notes)
        if cand is not None and self.parsed:
            in_cue = {p.i for p in m.parts}  # ("møter kritikk": the noun is the cue's own)
            objects = [c for h in [v, *m.parts] for c in h.children if (
                c.dep_ == "DOBJ" or noun_in_verb_chain(c, self.lex)) and c.i not in in_cue]
            # "sa at angrepet er en krigsforbrytelse": the subject of the judged clause
            objects += [c for o in objects if is_verb(o) for c in o.children if c.dep_ == "SUBJ"]
            # "ba om at offensiven stanses": the act named in the clause after a preposition
            objects += [c for h in m.parts for o in h.children if o.dep_ == "PUTFYLL"
                        and is_verb(o) for c in o.children if c.dep_ == "SUBJ"]
            for o in objects:
                act = self._act_of(o)
                if act is not None:
                    cand.object_event, cand.object_token = act, o.i
                    break
                if event == "SUPPORT" and lemma(o) in DECISION_NOUNS:
                    cand.object_event = "SUPPORT"  # "ønsket avstemningen velkommen": the voters
                    break
                if event in REACTIONS and o.lower_ in THING_PRONOUNS and o.i > v.i:
                    cand.object_event = LEAD  # "hyllet det", "kalte den et viktig skritt":
                    break  # the act the story is about
                if event in REACTIONS and lemma(o) in ACT_NOUNS | DECISION_NOUNS:
                    cand.object_event = LEAD  # "kalla handlinga hærverk", "kalte Putins
                    break  # svar manipulerende": the act the story is about
            if event == "THREATEN" and cand.object_event is None:
                answered = self._answered_act(v)
                if answered is not None:  # "vil svare på sanksjonane": aimed at their author
                    cand.object_event, cand.object_token = answered
            if event in PUNISHMENTS | {"REJECT"} and cand.object_event is None:
                answered = self._reaction_to(sent)
                if answered is not None:  # "Som reaksjon på krigføringa braut Colombia
                    cand.object_event, cand.object_token = answered  # banda": its author
        return cand

    def _act_of(self, t: Token) -> str | None:
        """The category of the event noun ``t`` ("angrepet": ASSAULT), None for no event."""
        cues = self.lex.noun_cues(t.lower_, lemma(t))
        return cues[0].event if cues and cues[0].event != NOT_AN_EVENT else None

    def _reaction_to(self, sent: Span) -> tuple[str, int] | None:
        """The act that "som (en) reaksjon på X" / "som svar på X" in ``sent`` names: its
        category and token."""
        toks = list(sent)
        for k, t in enumerate(toks[:-2]):
            if t.lower_ not in ("reaksjon", "svar") or toks[k + 1].lower_ != "på":
                continue
            if not any(x.lower_ == "som" for x in toks[max(0, k - 2):k]):
                continue
            for o in toks[k + 2:k + 5]:
                act = self._act_of(o) if is_noun(o) else None
                if act is not None:
                    return act, o.i
        return None

    def _answered_act(self, v: Token) -> tuple[str, int] | None:
        """The act a threatened response answers ("varsla at Russland vil svare på
        sanksjonane med tiltak"): its category and token, from "svare/reagere på X"."""
        for r in v.subtree:
            if lemma(r) not in RESPONSE_VERBS:
                continue
            for c in r.children:
                if c.lower_ == "på" and is_prep(c):
                    o = prep_object(c)
                    act = self._act_of(o) if o is not None else None
                    if act is not None:
                        return act, o.i
        return None

    def _agreed_on(self, v: Token, parts: list[Token], events: set[str]) -> bool:
        """The object of an agreement is a noun of one of ``events`` ("gikk med på en
        våpenhvile", "enige om nye sanksjoner")."""
        heads = [v, *parts]
        objs = [c for h in heads for c in h.children if c.dep_ in ("DOBJ", "PUTFYLL")]
        objs += [prep_object(c) for h in heads for c in h.children if is_prep(c)]
        return any(o is not None and any(c.event in events for c in self.lex.noun_cues(
            o.lower_, lemma(o))) for o in objs)

    def _args_verbal(self, v: Token, parts: list[Token], event: str, passive: bool, sent: Span,
                     subject_of: Token | None) -> Args:
        if self.parsed:
            args = verbal_args(v, parts, event, passive, self.index, subject_of)
            fronted = self._fronted_fragment(v, sent) if not passive else None
            if fronted is not None and args.actor and all(a.start > v.idx for a in args.actor):
                # "FNs generalsekretær | ba partene om ...": the parse cut the fronted subject
                # off and took the object after the verb for the subject
                args.recipient = [*args.actor, *args.recipient]
                args.actor = [fronted]
                args.how.append("fronted name cut off by the parse is the subject")
            split = self._inverted_genitive_object(v, args.actor) if not passive else None
            if split is not None:  # "Torsdag erklærte Ecuador Mexicos ambassadør uønsket":
                args.actor, moved = split  # the parse read subject and object as one phrase
                args.recipient = [*moved, *args.recipient]
                args.how.append("a genitive object right after the inverted subject")
            subj, _how = find_subject(subject_of or v) if not passive else ([], "")
            words = {t.lower_ for t in subj}
            if not args.actor and not passive:
                named = self._named_among(v, sent)
                if named:  # "Flere land, blant dem Tyskland og Frankrike, har fordømt ..."
                    args.actor = named
                    args.recipient = [r for r in args.recipient if r not in named]
                    args.how.append("the states named 'blant dem' in the subject")
                    return args
            if not passive:  # (before the pronoun's antecedent: "dem" are those named after)
                named = self._named_after_among(v)
                if named:  # "Blant dem som stemte nei, var USA og Israel"
                    args.actor = named
                    args.recipient = [r for r in args.recipient if r not in named]
                    args.how.append("the states a fronted 'blant dem som' clause names")
                    return args
            if not args.actor and not passive and subj and event in DOCUMENT_ACTS \
                    and not any(lemma(x) in ("bli", "verte") for x in aux_chain(v)[1:]):
                issuer = self._issuer_named_before(subj)
                if issuer:  # "Resolusjonen oppfordrer alle stater ...": who adopted it
                    args.actor = issuer
                    args.recipient = [r for r in args.recipient if r not in issuer]
                    args.how.append("the issuer of the document named before")
                    return args
            if not args.actor and _how == "relative":
                issuer = self._issuer_of_document(v)
                if issuer:  # "vedtok en resolusjon som krever våpenhvile": the Council
                    args.actor = issuer
                    args.recipient = [r for r in args.recipient if r not in issuer]
                    args.how.append("the issuer of the document that says it")
                    return args
            if subj and any(t.lower_ in FIRST_POSSESSIVE for t in subj):
                speaker = self.story.speaker(sent)  # "– Regjeringen min ønsker ...": the
                if speaker is not None:  # speaker's, whatever "regjeringen" resolved to
                    args.actor = [speaker]
                    args.recipient = [r for r in args.recipient if r.code != speaker.code]
                    args.how.append("quoted speaker's 'vår/min'")
                    return args
            if not args.actor and subj and subj[0].lower_ in FIRST_PERSON:
                speaker = self.story.speaker(sent)
                if speaker is not None:
                    args.actor = [speaker]
                    args.recipient = [r for r in args.recipient if r.code != speaker.code]
                    args.how.append("quoted speaker's 'vi'")
                    return args
            # "de to landene", "begge partar": the article's main dyad; "Begge landa" even
            # when the noun resolved to one of them
            both = len(args.actor) < 2 and bool(words & {"begge", "båe"})
            if both or (not args.actor and words & BOTH_SIDES and words & PAIR_WORDS):
                pair = self.story.main_pair()
                if pair:
                    args.actor = pair
                    if both:
                        args.recipient = [r for r in args.recipient
                                          if r.code not in {p.code for p in pair}]
                    args.how.append("the two parties of the story")
                    return args
            if not args.actor and not passive and _coordinated_vp(v, sent):
                first = self._clause_opening_actor(sent, v)
                if first is not None:  # "Katz anklaget ..., og advarte om ...": shared subject
                    args.actor = [first]
                    if not args.recipient:  # the parse found no object either: go linear
                        args.recipient = linear_args(v, sent, self.index, nominal=False).recipient
                    args.recipient = [r for r in args.recipient if r is not first]
                    args.how.append("subject of the first coordinated clause")
            if not args.actor and not passive and _uncoded_subject(subj) and subject_of is None \
                    and event != "PROTEST":
                args.how.append("its subject is no coded actor")  # "det internasjonale samfunnet"
            elif event == "PROTEST" and not args.actor and has_keyword(self.lex, CROWD, subj) \
                    and not self.index.in_tokens(subj):
                args.how.append("a crowd: coded by where it protests")  # "Hundrevis av ..."
            elif not args.actor and not passive:
                lin = linear_args(subject_of or v, sent, self.index, nominal=False)
                args.actor = [a for a in lin.actor if not self.story.locative(a)]  # ("møttest
                # i Wien": the place of the meeting does nothing)
                if not args.recipient:  # the parse found neither: a broken parse, go linear
                    args.recipient = lin.recipient
                args.recipient = [r for r in args.recipient if r not in args.actor]
                args.how.append("linear actor")
                args.confidence *= 0.7
            if args.actor and not args.recipient and not passive and self._to_both_parties(v):
                codes = {a.code for a in args.actor}
                pair = [p for p in self.story.main_pair() if p.code not in codes]
                if pair:  # "oppmoda partane om å godta ei våpenkvile": the article's dyad
                    args.recipient = pair
                    args.how.append("the two parties of the story as recipient")
            if not args.actor and passive and event in COOPERATIVE | {"AGREE"}:
                subj = next((c for t in aux_chain(v) for c in t.children if c.dep_ == "SUBJ"
                             and is_noun(c)), None)
                own = nominal_args(subj, self.index) if subj is not None else None
                if own is not None and len({a.code for a in own.actor}) >= 2:
                    # "Fredsavtalen mellom Israel og Egypt ble undertegnet": the parties the
                    # subject noun names
                    args.actor = own.actor
                    args.how.append("passive without agent: the parties of its subject")
            if not args.actor and passive and lemma(v) in SUMMON_LEMMAS:
                host = self._named_after(v, sent, lambda m: m.sector == "GOV" or m.kind in (
                    "state", "capital", "org"), preps=("til", "i"),
                    stop_words=("og", "som", "at"))
                place = self._state_of_place(v, sent)
                if place is not None and (host is None or host.kind in ("org", "role")):
                    if host is not None:  # ("UD" itself is no one summoned)
                        args.recipient = [r for r in args.recipient if r is not host]
                    host = place  # "kalla inn til UD i Stockholm": the ministry of that state
                if host is not None:  # "ble kalt inn til Utenriksdepartementet": who summons
                    args.actor = [host]
                    args.recipient = [r for r in args.recipient if r.code != host.code]
                    args.how.append("summoned to: the host as actor")
            if not args.actor and passive and event in STATE_ACTS:
                where = self._place_in_clause(v, sent, set())
                if where is not None:  # "ble pågrepet i Minsk": the authorities of the place
                    args.actor = [where]
                    args.recipient = [r for r in args.recipient if r.code != where.code
                                      or r.sector not in ("GOV", None)]
                    args.how.append(WHERE_IT_HAPPENED)
            return args
        return linear_args(v, sent, self.index, nominal=False)

    def _a_warning_threat(self, v: Token, sent: Span, actor_codes: set[str | None]) -> bool:
        """"advarte Israel", "advarte om konsekvenser", "åtvara om at Russland kan seie opp
        avtalen" (the warner's own state will act): a threat; "FN advarer om at landet står
        foran en katastrofe", "advarte mot utvisninger": a warning, no event."""
        if any((c.dep_ in OBJ or (c.dep_ == "SUBJ" and c.i > v.i)) and self.index.at(c)
               is not None for c in v.children):
            return True  # someone warned (the parse may call the object a second subject)
        after = list(v.doc[v.i + 1:sent.end])
        if any((m := self.index.at(t)) is not None and m.code in actor_codes for t in after):
            return True
        return has_keyword(self.lex, "conflict", after) or has_keyword(
            self.lex, "retaliation", after)

    def _named_after(self, v: Token, sent: Span, accept, preps: tuple[str, ...] = (),
                     limit: int = 8, stops: tuple[str, ...] = (",", ";", ":", "–"),
                     stop_words: tuple[str, ...] = (), stop_at_verb: bool = False
                     ) -> Mention | None:
        """The first coded mention in the clause after ``v`` that ``accept`` takes, only right
        after one of ``preps`` when given; the scan ends at ``stops`` and ``stop_words`` (and
        with ``stop_at_verb`` at a finite verb, which opens the next clause)."""
        for j in range(v.i + 1, min(sent.end, v.i + limit)):
            tok = v.doc[j]
            if tok.text in stops or tok.lower_ in stop_words:
                return None
            if stop_at_verb and tok.pos_ in ("VERB", "AUX") and v.doc[j - 1].lower_ != "å":
                return None
            m = self.index.at(tok)
            if m is not None and (not preps or v.doc[j - 1].lower_ in preps) and accept(m):
                return m
        return None

    def _state_of_place(self, v: Token, sent: Span) -> Mention | None:
        """A state, capital or region named after "i"/"fra" in the verb's clause."""
        return self._named_after(
            v, sent, lambda m: m.kind in ("state", "capital", "region", "city", "place"),
            preps=("i", "fra", "frå"), stop_words=("og", "som", "at"))

    @staticmethod
    def _to_both_parties(v: Token) -> bool:
        """The verb's object is "partene", "begge parter", "begge sider" (not "alle parter")."""
        lowers = doc_words(v.doc).lower
        for c in v.children:
            if c.dep_ not in OBJ and not is_prep(c):
                continue
            if PARTY_WORDS.isdisjoint(lowers[edge_span(c)]):
                continue  # (most objects hold no such word)
            words = [t.lower_ for t in c.subtree]
            if any(w in ("partene", "partane", "sidene") for w in words) or (
                    any(w in ("begge", "båe") for w in words)
                    and any(w in ("parter", "partar", "sider") for w in words)):
                return True
        return False

    def _clause_opening_actor(self, sent: Span, v: Token) -> Mention | None:
        """The coded name that opens the sentence right before its finite verb (V2 order)."""
        for t in sent:
            if t.i >= v.i:
                return None
            m = self.index.at(t)
            if m is None:
                continue
            span = t.doc.char_span(m.start, m.end, alignment_mode="expand")
            nxt = t.doc[span.end] if span is not None and span.end < v.i else None
            return m if nxt is not None and nxt.tag_ == "verb" else None
        return None

    def _demand(self, m: CueMatch, must: Token, subj: list[Token], sent: Span, event: str,
                mod: Modality, notes: list[str]) -> Candidate | None:
        """"X må/bør <act>" said by someone else (``subj``: X): a REQUEST of the speaker to X
        (GUIDE: demands); with no other speaker, an obligation is no event."""
        targets = self.index.in_tokens(subj)
        if self._quoted_main_clause(must, sent):
            speaker = self.story.speaker(sent)
        else:  # reported: "sa at de må ..." is the speaker's own side, not a named target
            speaker = self._reporting_subject(must) \
                if subj and subj[0].pos_ != "PRON" else None
        if not targets or speaker is None or speaker.code in {t.code for t in targets}:
            self.note(f"{m.text()}: an obligation ('{must.text}'), no one demanding it — dropped")
            return None
        if self._diplomat_must_leave(must, subj, targets):
            notes.append(f"a diplomat who '{must.text}' leave the country: an expulsion")
            args = Args(actor=[speaker], recipient=targets, how=["speaker expels", "subject"])
            return self._build(m, sent, "SANCTION", "expel", args, mod, nominal=False,
                               notes=notes)
        mode = "yield" if event in ("RETREAT", "CONCEDE") else self._request_mode(
            must, sent, set(), "change")
        notes.append(f"'{must.text}' in {speaker.text}'s words: a demand on the subject")
        args = Args(actor=[speaker], recipient=targets, how=["speaker demands", "subject"])
        return self._build(m, sent, "REQUEST", mode, args, mod, nominal=False, notes=notes)

    def _diplomat_must_leave(self, must: Token, subj: list[Token], targets: list[Mention]
                             ) -> bool:
        """"Ambassadøren må forlate landet", "Božović må forlate landet" (an ambassador named
        before): a diplomat obliged to leave the country is expelled."""
        words = doc_words(must.doc)
        leaving = self.lex.words("leaving_verbs")
        end = min(len(must.doc), must.i + 5)
        leave = next((j for j in range(must.i + 1, end) if words.lemma[j] in leaving), None)
        if leave is None or not any(words.lower[j] in ("landet", "riket")
                                    for j in range(leave + 1, min(len(must.doc), leave + 3))):
            return False
        return any(t.role == "AMB" for t in targets) or has_keyword(self.lex, "diplomats", subj)

    def _border_state(self, t: Token, sent: Span, own: set[str]) -> list[Mention]:
        """The coded state named by "grensen til/mot X" after cue ``t`` in its sentence."""
        for j in range(t.i + 1, sent.end - 2):
            if t.doc[j].lower_.startswith(("grensen", "grensa", "grense")) \
                    and t.doc[j + 1].lower_ in ("til", "mot"):
                found = self.index.in_tokens(list(t.doc[j + 2:min(sent.end, j + 5)]))
                return [m for m in found[:1] if m.code not in own]
        return []

    def _condition_subject(self, v: Token, own: set[str], fronted: Token | None = None
                           ) -> list[Mention]:
        """The coded subject of a dersom/hvis clause after threat ``v`` ("... hvis Finland
        blir med i NATO") or of the ``fronted`` one before its main clause ("Dersom Israel
        angriper, vil Iran svare"): whom the threat is aimed at."""
        x = _condition_opener(v) or fronted
        if x is None or x.head == x or not is_verb(x.head):
            return []
        return [m for m in self.index.in_tokens(find_subject(x.head)[0])
                if m.code and m.code not in own]

    def _quoted_verdict(self, m: CueMatch, sent: Span) -> Candidate | None:
        """"– Dette er et klart brudd på folkeretten, sa X", "– Tiltakene er uberettigede":
        a verdict on an act in a direct quote is the speaker's ACCUSE of the act's author."""
        v = m.token
        subj = find_subject(v)[0] if self.parsed else []
        head = next((t for t in subj if t.head == v or t.dep_ == "SUBJ"), None)
        speaker = self._quote_speaker(v, sent)
        act = head is not None and (head.lower_ in ("dette", "det", "denne") or bool(
            self.lex.noun_cues(head.lower_, lemma(head))) or head.lower_.startswith(
            ACT_STEMS) or has_keyword(self.lex, "claims", [head]))
        # ("Tiltaka" the tagger left unlemmatised; "forklaringen": someone's account)
        if speaker is None or not act:
            self.note(f"{m.text()}: a verdict outside a quote, or on no act — no event")
            return None
        mod = verbal_modality(v, sent, self.lex, self.parsed)
        # the verdict: a negative word, or a credit denied ("ikke troverdig"); none where the
        # verdict word is the subject ("Bruddet er et svar på ...")
        if not has_keyword(self.lex, "credible" if mod.negated else "judgement",
                           list(v.doc[v.i + 1:sent.end])):
            self.note(f"{m.text()}: no verdict word after the copula — no event")
            return None
        if mod.hypothetical or mod.future:
            self.note(f"{m.text()}: a hypothetical or future verdict — no event")
            return None
        mod.negated = False  # (a credit denied is a verdict made)
        named = [r for r in self.index.in_tokens(list(subj)) if r.code != speaker.code]
        args = Args(actor=[speaker], recipient=named,
                    how=["the speaker of a quoted verdict on an act"])
        cand = self._build(m, sent, "ACCUSE", "disapprove", args, mod, nominal=False,
                           notes=["a quoted verdict"])
        if cand is not None and not named:
            act = self._act_of(head)
            if act is not None:
                cand.object_event, cand.object_token = act, head.i
            else:
                cand.object_event = LEAD  # "Dette er ...": the act the story is about
        return cand

    def _relative_doer(self, n: Token) -> list[Mention]:
        """Who does event noun ``n`` according to a relative clause on it: the subject of a
        light verb ("sanksjonene, som EU innførte") or a passive's av-agent ("angrepet, som
        ble utført av Hamas")."""
        light = self.lex.words("light_verbs")
        for c in n.children:
            if not is_verb(c) or c.i < n.i or not any(x.lower_ == "som" for x in c.children):
                continue
            verbs = [c, *(x for x in c.children if x.dep_ == "INFV" and is_verb(x))]
            main = verbs[-1]
            if lemma(main) not in light and lemma(main) != "utføre":  # ("ble utført av")
                continue
            if is_passive(main):
                for x in main.subtree:
                    if x.lower_ == "av" and (obj := prep_object(x)) is not None:
                        return [m for m in self.index.in_tokens(np_tokens(obj)) if m.code]
                return []
            subj = [x for v in verbs for x in v.children if x.dep_ == "SUBJ" and x.lower_ != "som"]
            return [m for m in self.index.in_tokens(np_tokens(subj[0])) if m.code] if subj else []
        return []

    def _named_among(self, v: Token, sent: Span) -> list[Mention]:
        """The coded names after "blant dem / mellom dei / deriblant" before verb ``v``, up to
        the next comma ("Flere land, blant dem Tyskland og Frankrike, har ...")."""
        words = list(v.doc[sent.start:v.i])
        for k, t in enumerate(words):
            pair = (t.lower_, words[k + 1].lower_ if k + 1 < len(words) else "")
            if pair in AMONG or t.lower_ == "deriblant":
                start = k + (1 if t.lower_ == "deriblant" else 2)
                end = next((j for j in range(start, len(words)) if words[j].text == ","
                            and not (j + 1 < len(words) and words[j + 1].pos_ == "PROPN")),
                           len(words))  # (a comma inside a list of names does not end it)
                return [m for m in self.index.in_tokens(words[start:end]) if m.code]
        return []

    def _named_after_among(self, v: Token) -> list[Mention]:
        """"Blant dem som stemte nei, var USA og Israel": the verb of a relative clause on a
        fronted "blant dem" is done by the subject of the copula the phrase opens."""
        pron = v.head
        if v.dep_ != "ATR" or pron.lower_ not in ("dem", "de", "dei") or pron.i == 0:
            return []
        among = pron.head
        if among.lower_ not in ("blant", "mellom") or among.i != v.sent.start:
            return []
        cop = among.head
        if cop == among or lemma(cop) not in VERDICT_COPULAS:
            return []
        subj = [t for c in cop.children if c.dep_ == "SUBJ" and c.i > cop.i for t in c.subtree]
        return [m for m in self.index.in_tokens(subj) if m.code]

    def _issuer_of_document(self, v: Token) -> list[Mention]:
        """The coded subject of the verb that adopted or issued the document a relative
        clause ``v`` hangs on ("FNs sikkerhetsråd vedtok en resolusjon som krever ...")."""
        doc_noun = v.head
        if doc_noun == v or not is_verb(doc_noun.head) or (
                lemma(doc_noun) not in DOCUMENT_NOUNS
                and lemma(doc_noun) not in self.lex.words("decrees")):
            return []  # ("undertegnet en ordre som opphever sanksjonene": the signer)
        issued = doc_noun.head
        if governor_of_infinitive(issued)[0] is not None or issued.dep_ == "INFV":
            return []  # "har truet med å legge fram en resolusjon som ...": not adopted
        return [m for m in self.index.in_tokens(find_subject(issued)[0]) if m.code]

    def _issuer_named_before(self, subj: list[Token]) -> list[Mention]:
        """"FNs hovudforsamling vedtok ein resolusjon ... Resolusjonen oppfordrar ...": a
        document as the subject acts for whoever adopted or issued it, the coded subject
        (or agent) of the verb over the last document of the same kind named before."""
        head = next((t for t in subj if is_noun(t) and lemma(t) in DOCUMENT_NOUNS
                     and t.lower_ != lemma(t)), None)  # (definite: "resolusjonen")
        if head is None:
            return []
        kind = lemma(head)
        doc = head.doc
        for j in range(head.i - 1, max(-1, head.i - 400), -1):
            t = doc[j]
            if lemma(t) != kind or t.head == t:
                continue
            verb = t.head.head if is_prep(t.head) else t.head  # ("vedtok med 14 stemmer
            if not is_verb(verb):  # resolusjon 2334": the parse hung it on the "med")
                continue
            verbs = [verb, *(c for c in verb.children if c.dep_ == "INFV")]
            if not any(lemma(x) in self.lex.words("issuing_verbs") for x in verbs):
                continue  # ("resolusjonen ble fremmet av USA": proposed, not adopted)
            by = next((prep_object(c) for x in verbs for c in x.children
                       if c.lower_ == "av" and c.i > t.i), None)
            if by is not None:  # "erklæringa vart underteikna av Kina og Brasil"
                named = self.index.in_tokens(np_tokens(by))
            else:  # the subject, or a name before the verb the parse left unattached
                named = self.index.in_tokens(find_subject(verb)[0]) or [
                    m for m in self.index.in_tokens(list(doc[t.sent.start:verb.i]))
                    if m.start < doc[min(t.i, verb.i)].idx]
            return [m for m in named if m.code][:3]
        return []

    def _reporting_subject(self, must: Token) -> Mention | None:
        """The coded subject of the speech or claim verb whose at-clause holds ``must``
        ("Solberg sa at Iran må stanse angrepene": Solberg)."""
        head = must.head
        if head == must or must.dep_ != "DOBJ" or not is_verb(head) \
                or not any(c.lower_ == "at" for c in must.children if c.i < must.i):
            return None
        if lemma(head) not in self.lex.words("speech_verbs") | CLAIM_VERBS:
            return None
        found = self.index.in_tokens(find_subject(head)[0])
        codes = {m.code for m in found}
        return found[-1] if len(codes) == 1 and found[-1].code else None

    def _told_to_leave(self, v: Token, sent: Span) -> bool:
        """"ba Libanons ambassadør reise heim", "har bede ein tilsett ved ambassaden om å
        forlate landet": a request to diplomats (keywords.yaml ``diplomats``) to leave the
        country (modality.yaml ``leaving_verbs``), which is how an expulsion is told."""
        words = doc_words(v.doc)
        end = min(sent.end, v.i + 16)
        leaving = self.lex.words("leaving_verbs")
        leave = next((j for j in range(v.i + 1, end) if words.lemma[j] in leaving or (
            words.lemma[j] == "reise" and j + 1 < end
            and words.lower[j + 1] in ("hjem", "heim", "ut"))), None)
        if leave is None or words.lemma[leave] in leaving and not any(
                words.lower[j] in ("landet", "riket") or v.doc[j].pos_ == "PROPN"
                for j in range(leave + 1, min(sent.end, leave + 3))):
            return False  # (leaving what: the country)
        return has_keyword(self.lex, "diplomats", list(v.doc[v.i + 1:leave]))

    def _claimed_misdeed(self, m: CueMatch, sent: Span) -> Candidate | None:
        """A misdeed frame (verbs.tsv mode ``misdeed``: "blande seg inn i", "bere ansvaret
        for") told in a direct quote or in a coded claimant's at-clause: the speaker or
        claimant accuses the subject (ACCUSE, mode allege). Told by the article itself, it
        codes nothing."""
        v = m.token
        top = aux_chain(v)[-1] if self.parsed else v  # ("har blanda seg inn": from "har")
        claimant = self._quote_speaker(top, sent) or (
            self._claimant(top) if self.parsed else None)
        if claimant is None:
            self.note(f"{m.text()}: a misdeed no one is quoted or said to claim — no event")
            return None
        subj, _ = find_subject(v) if self.parsed else ([], "")
        doers = [x for x in self.index.in_tokens(subj) if x.code and x.code != claimant.code]
        if not doers:
            self.note(f"{m.text()}: a claimed misdeed with no coded doer — no event")
            return None
        mod = verbal_modality(v, sent, self.lex, self.parsed)
        if mod.negated or mod.hypothetical:
            self.note(f"{m.text()}: a misdeed denied or hypothetical — no event")
            return None
        args = Args(actor=[claimant], recipient=doers,
                    how=["the claimant of a misdeed", "its doer"])
        return self._build(m, sent, "ACCUSE", "allege", args, mod, nominal=False,
                           notes=["a misdeed in what someone says"])

    def _quote_speaker(self, v: Token, sent: Span) -> Mention | None:
        """The coded speaker of the direct quote whose main clause ``v`` heads, else None."""
        if not self._quoted_main_clause(v, sent):
            return None
        speaker = self.story.speaker(sent)
        return speaker if speaker is not None and speaker.code else None

    def _quoted_main_clause(self, v: Token, sent: Span) -> bool:
        """``v`` heads the main clause of a direct quote: "– X må ...", "«X må ...»" or
        "X må ..., sa Y" (not an at-clause, a passive or reported speech)."""
        if v.dep_ != "ROOT" or any(c.dep_ == "INFV" and c.lower_.endswith(("es", "ast"))
                                   for c in v.children):
            return False  # "Avtalen må ratifiseres": no one is asked
        opening = self.sent_text(sent).lstrip()[:1] in ("–", "-", "«", '"')
        speech = self.lex.words("speech_verbs")
        said = any(c.dep_ == "PAR" and lemma(c) in speech for c in v.children)
        return opening or said

    def _signed_act(self, v: Token) -> Token | None:
        """The object of a signing verb when it names an act other than an agreement
        ("signerte benådninger", "undertegnet nye sanksjoner")."""
        for c in v.children:
            if c.dep_ != "DOBJ" or not is_noun(c):
                continue
            objs = [c]
            if self._is_decree(c):  # "signerte en lov om nye sanksjoner": the act it makes
                objs = [o for pp in c.children if pp.lower_ == "om"
                        if (o := prep_object(pp)) is not None and is_noun(o)]
            for o in objs:
                cues = self.lex.noun_cues(o.lower_, lemma(o))
                if cues and cues[0].event not in ("AGREE", "SUPPORT", NOT_AN_EVENT):
                    return o
        return None

    def _is_decree(self, t: Token) -> bool:
        """``t`` names an order, a law or a note (modality.yaml ``decrees``)."""
        decrees = self.lex.words("decrees")
        return lemma(t) in decrees or t.lower_ in decrees

    def _signs_a_decree(self, v: Token) -> bool:
        """"undertegnet en rekke presidentordrer", "signerte loven": the signed object is an
        order, a law or a note (modality.yaml ``decrees``), no agreement with anyone."""
        if any(c.dep_ == "DOBJ" and self._is_decree(c) for c in v.children):
            return True
        doc = v.doc  # (or the word after a quantity, whatever its tag: "en rekke
        for j in range(v.i + 1, min(len(doc), v.i + 5)):  # presidentordrer")
            if self._is_decree(doc[j]):
                return doc[j - 1].lower_ in ("rekke", "serie", "antall", "par", "flere",
                                             "fleire", "nye", "to", "tre")
        return False

    def _uncoded_named_object(self, v: Token) -> bool:
        """"skulda Vesten for ...": the object names a party the actor tables cannot code, so
        the recipient is left empty rather than guessed from the story."""
        if not self.parsed:
            return False
        subject_before = any(c.dep_ == "SUBJ" and c.i < v.i for c in v.children)
        for c in v.children:
            is_object = c.dep_ in ("DOBJ", "IOBJ") or (
                c.dep_ == "SUBJ" and c.i > v.i and subject_before)  # a second subject
            named = c.pos_ == "PROPN" or (c.is_title and not c.is_sent_start)
            if is_object and named and not self.index.in_tokens(np_tokens(c)):
                return True
        return False

    def _doubter(self, v: Token) -> Token | None:
        """The likelihood word whose at/om-clause holds ``v`` ("Det er lite sannsynlig at
        Kina vil invadere", "Det er uklart om Biden deltar"): the act is not asserted."""
        def doubt(a: Token) -> Token | None:  # the word, or the predicative of "er"
            words = [a, *(c for c in a.children if c.dep_ == "SPRED" and c.i < v.i)]
            return next((w for w in words if w.i < v.i and (
                w.lower_ in LIKELIHOOD or lemma(w) in LIKELIHOOD)), None)
        return _clause_governor(v, doubt, ("at", "om"))

    def _believer(self, v: Token) -> Token | None:
        """The belief verb whose at-clause holds ``v`` ("tror at Kina kan angripe")."""
        beliefs = self.lex.words("belief_verbs")
        return _clause_governor(v, lambda a: a if lemma(a) in beliefs and a.i < v.i else None,
                                ("at",))

    def _announced(self, v: Token, sent: Span) -> bool:
        """True if verb ``v`` is future or intended ("skal reise", "er ventet å reise",
        "reiser måndag" written before that Monday)."""
        if verbal_modality(v, sent, self.lex, self.parsed).future or self._later_weekday(v, sent):
            return True
        gov, prep = governor_of_infinitive(v)
        return gov is not None and lemma(gov) in self.lex.words("intent_verbs")

    def _later_weekday(self, v: Token, sent: Span) -> bool:
        """``v`` is in the present tense and its clause names a weekday other than the
        article's own (not "sist/forrige måndag"): Norwegian news puts planned acts in the
        present ("Zelenskyj reiser til Washington måndag")."""
        today = self.weekday
        if not v.lower_.endswith(PRESENT_ENDINGS) or "Pres" not in v.morph.get("Tense"):
            return False  # (a present form ends in -r: "beslagla" is a past the tagger missed)
        doc = v.doc
        lower = doc_words(doc).lower
        lo = v.i
        while lo > sent.start and doc[lo - 1].text not in CLAUSE_STOPS:
            lo -= 1
        for j in range(lo, sent.end):
            low = lower[j]
            if j > v.i and doc[j].text in CLAUSE_STOPS:
                break
            if j + 1 < sent.end and (low, lower[j + 1]) in LATER_TIMES:
                return True  # "besøker Kina neste uke", "møtes i morgen"
            if today is None:
                continue
            day = WEEKDAYS.get(low)
            if day is None:
                continue
            before = lower[j - 1] if j > sent.start else ""
            return day != today and before not in ("sist", "forrige", "førre", "sidste")
        return False

    def _forum(self, v: Token, sent: Span) -> list[Mention]:
        """An international organisation named in the clause after a request to meet."""
        # "å" ends the clause, except right after the verb ("krever å få et møte i ...")
        if v.i + 1 < sent.end and v.doc[v.i + 1].lower_ == "å":
            v = v.doc[v.i + 1]
        m = self._named_after(v, sent, lambda m: m.code in ORGANISATIONS, limit=14,
                              stops=(",", ";", ":"), stop_words=("å",), stop_at_verb=True)
        return [m] if m is not None else []

    def _request_mode(self, v: Token, sent: Span, inner: set[str], mode: str | None) -> str:
        if inner & {"RETREAT", "CONCEDE"}:
            return "yield"
        if inner & {"AID"}:
            return "assist"
        if inner & {"CONSULT"}:
            return "meet"
        # words (or compound tails: "våpenhvile", "hastemøte") that start with a stem
        after = " " + " ".join(t.lower_ for t in v.doc[v.i + 1:min(sent.end, v.i + 14)])

        def found(stems: tuple[str, ...]) -> bool:
            return any(f" {w}" in after or (len(w) >= 5 and w in after) for w in stems)

        if found(YIELD_WORDS):
            return "yield"
        if found(MEET_WORDS):
            return "meet"
        if found(ASSIST_WORDS):
            return "assist"
        return mode or "change"

    def _future(self, event: str, mode: str | None, mod: Modality, t: Token,
                notes: list[str], cue: Cue | None = None
                ) -> tuple[str | None, str | None, Modality]:
        """PLOVER rules for acts announced but not done, and for refusals."""
        if not mod.future and not mod.hypothetical and cue is not None and cue.needs is None \
                and cue.frame in RETALIATION_FRAMES:
            notes.append("hit back with no force named -> ACCUSE")  # "Kina slo tilbake mot
            return "ACCUSE", "disapprove", mod  # G7-landa": in words
        if mod.negated and cue is not None and cue.lemma in self.lex.words("accepting_verbs") \
                and (mod.possible or _at_clause_object(t) and not mod.future):
            notes.append("cannot accept what someone does -> ACCUSE")  # "kan ikke akseptere
            mod.negated = False  # at russiske styrker setter sivile liv i fare", "Vald mot
            return "ACCUSE", "disapprove", mod  # KFOR kan vi ikkje godta" (a refusal: "vil
            # ikke / kommer aldri til å godta at ...", REJECT below)
        if mod.negated and event in ("COOPERATE", "AID") and _no_longer(t):
            notes.append("material cooperation 'ikke lenger' -> SANCTION")  # "vil ikke lenger
            mod.negated = False  # dele etterretning med Japan": cooperation discontinued
            return "SANCTION", "discontinue", mod
        if mod.future:
            if mod.negated and event in COOPERATIVE | {"AGREE", "RETREAT", "CONCEDE", "SANCTION"}:
                # ("vil ikke innføre sanksjoner", "vil ikke slutte å kjøpe olje": a refusal too)
                notes.append("refused cooperation, retreat or sanction -> REJECT")
                mod.negated = False
                return "REJECT", None, mod
            if event in COOPERATIVE:
                notes.append(f"future {event} -> AGREE")
                return "AGREE", None, mod
            if event == "RETREAT":
                notes.append("announced retreat -> CONCEDE")
                return "CONCEDE", None, mod
            # (a dersom/hvis clause after the cue or before it: the act is held out on a
            # condition, "... ville bryte forbindelsene dersom brenningen fikk gå videre")
            on_condition = mod.conditioned or _condition_opener(t) is not None
            if event == "REJECT" and not mod.negated and on_condition:
                notes.append("future REJECT on a condition -> THREATEN")  # ("vil blokkere
                return "THREATEN", None, mod  # søknaden dersom ...": held out as a threat)
            if event in MATERIAL_CONFLICT and not mod.negated and not (
                    event == "SANCTION" and not mod.possible and not on_condition):
                notes.append(f"future {event} -> THREATEN")  # ("vil bryte forbindelsene
                return "THREATEN", None, mod  # dersom ...": a sanction held out as a threat)
        frame = cue.frame if cue else lemma(t)
        recode = next((v for k, v in NEGATED_RECODE.items() if frame.startswith(k)), None)
        if mod.negated and recode is not None:
            notes.append(f"negated '{t.text}' -> {recode}")
            mod.negated = False
            return recode, ("disapprove" if recode == "ACCUSE" else None), mod
        return event, mode, mod

    # ------------------------------------------------------------------ nouns
    def _noun(self, m: CueMatch, sent: Span, by_token: dict[int, CueMatch]) -> Candidate | None:
        n = m.token
        lex = self.lex
        event, mode = m.cue.event, m.cue.mode
        notes: list[str] = []
        light = self._light_verb(n, sent, by_token)
        if light is None and event not in MATERIAL_CONFLICT:  # (not "delta i et angrep":
            light = self._gathering_verb(n, by_token, event)  # the attack's rules judge that)
        if light is None:
            light = self._perpetrator_verb(n, by_token)
        if light is None and event == "CONSULT":
            light = self._talks_before_verb(n, by_token)
        if light is not None and lemma(light) in RECEIVE_LEMMAS:
            mod = verbal_modality(light, sent, lex, self.parsed)
            agent = nominal_args(n, self.index) if self.parsed else Args()
            subj = self._args_verbal(light, [], event, False, sent, None)
            if not agent.actor and self.parsed:  # "fekk asyl av Ecuador", "fikk asyl i Mexico"
                giver = [prep_object(c) for h in (n, light) for c in h.children
                         if is_prep(c) and c.lower_ in GIVER_PREPS.get(lemma(n), ("av",))]
                agent.actor = [x for g in giver if g is not None
                               for x in self.index.in_tokens(np_tokens(g))
                               if x not in subj.actor]
            if not agent.actor:
                self.note(f"{m.text()}: received {event} from an unnamed actor — skipped")
                return None
            args = Args(actor=agent.actor, recipient=subj.actor, how=["receiver is subject"])
            notes.append(f"receiving verb '{light.text}'")
            return self._build(m, sent, event, mode, args, mod, nominal=False, notes=notes,
                               light=light)
        if light is not None:
            gov, gprep = governor_of_infinitive(light) if self.parsed else (None, None)
            if gov is not None and lemma(gov) in lex.words("refusal_verbs"):
                self.note(f"{m.text()}: refused by '{gov.text}' — the refusal is the event")
                return None
            if gov is not None and is_verb(gov) and lemma(gov) in lex.words("considering_verbs"):
                if not _held_out(m.cue):
                    self.note(f"{m.text()}: infinitive under '{gov.text}' — not asserted")
                    return None  # "vurderer å innføre ein opplæringsmisjon"
                event, mode = "THREATEN", None  # "vurderer å innføre nye sanksjonar" (as
                notes.append(f"{CONSIDERED} '{gov.text}' -> THREATEN")  # for a verb cue)
            if gov is not None and gov.pos_ in ("NOUN", "ADJ") \
                    and lemma(gov) in lex.words("unasserting_nouns"):  # ("rett" tagged ADJ)
                self.note(f"{m.text()}: a {gov.text} to do it, not done")  # "har rett til å
                return None  # utvide samarbeidet"
            mod = verbal_modality(light, sent, lex, self.parsed)
            if mod.hypothetical:
                self.note(f"{m.text()}: hypothetical — dropped")
                return None
            ready = event != "RETREAT" and gov is not None and gprep is not None \
                and gprep.lower_ in READY_ADJECTIVES.get(  # "klar til å gjenoppta ..." (a
                    lemma(gov), READY_ADJECTIVES.get(gov.lower_, ()))  # ceasefire: its own)
            if gov is not None and (lemma(gov) in lex.words("intent_verbs") or _looks_forward(gov)
                                    or ready):
                mod.future = True  # "ser fram til å utvide samarbeidet", "vil innføre sanksjoner"
                notes.append(f"intent/future: '{gov.text}'")
            passive = self.parsed and is_passive(light) \
                and lemma(light) not in lex.words("light_prep_verbs")  # "var samla": no passive
            args = self._args_verbal(light, [n], event, passive, sent, None)
            if passive and not args.actor and self.parsed:
                own = nominal_args(n, self.index, event)  # "den amerikanske tollen ble
                if own.actor:  # innført": no agent, the noun names its own actor
                    args = own
            notes.append(f"light verb '{light.text}'")
            claimant = self._claimant(light) if light.i + 1 < len(light.doc) and any(
                c.lower_ == "bak" for c in light.children) else None
            if claimant is not None and args.actor and claimant.code not in {
                    a.code for a in args.actor}:
                # "Regjeringen mener Russland står bak dataangrepet": the claim is the event
                args = Args(actor=[claimant], recipient=args.actor, how=["claimant of the "
                            "authorship", "author named in the claim"])
                notes.append(f"'{light.text} bak' in what someone says -> ACCUSE")
                return self._build(m, sent, "ACCUSE", "allege", args, mod, nominal=False,
                                   notes=notes, light=light)
            if event == "RETREAT" and lemma(light) in ANNOUNCING:
                event = "CONCEDE"  # "kunngjorde ei einsidig våpenkvile": announced, not done
                notes.append("announced retreat -> CONCEDE")
            if event == "MOBILIZE" and any(c.lower_ == "felles" for c in n.children):
                event = "COOPERATE"
                notes.append("joint exercise -> COOPERATE")
            event2, mode, mod = self._future(event, mode, mod, light, notes)
            if event2 is None:
                return None
            if event2 == "REQUEST":
                mode = self._request_mode(n, sent, set(), mode)
            return self._build(m, sent, event2, mode, args, mod, nominal=False, notes=notes,
                               light=light)
        gov = by_token.get(n.head.i) if self.parsed and n.head != n else None
        if event == "CONSULT" and _cancelled(n, by_token):
            self.note(f"{m.text()}: a meeting called off — not held")
            return None
        if gov is not None and gov.cue.event == "REJECT" and event in COOPERATIVE | {"AGREE"}:
            self.note(f"{m.text()}: {event} cancelled or refused by '{gov.text()}' — not coded")
            return None
        if any(c.lower_ in PLANNED for c in n.children if c.i < n.i):
            self.note(f"{m.text()}: planned, not held — not coded as {event}")
            return None
        offer = _offered_by(n) if self.parsed else None
        if offer is not None and event in COOPERATIVE:
            notes.append(f"offered ('{offer.text} om'): not given yet -> AGREE")
            event, mode = "AGREE", None
        mod = nominal_modality(n, lex, self.parsed)
        if event == "MOBILIZE" and any(c.lower_ == "felles" for c in n.children):
            event = "COOPERATE"  # "felles øvelser": joint exercises
            notes.append("joint exercise -> COOPERATE")
        if mod.hypothetical:
            self.note(f"{m.text()}: hypothetical — dropped")
            return None
        verb = _governing_verb(n) if self.parsed else None
        if verb is not None and event in MATERIAL_CONFLICT:
            vmod = verbal_modality(verb, sent, lex, self.parsed)
            if vmod.future and vmod.negated and lemma(verb) in TAKE_PART_LEMMAS:
                # "USA vil ikke delta i et israelsk motangrep": a refusal (GUIDE: "vil ikke
                # ..." is REJECT), aimed at whoever would attack
                args = self._args_verbal(verb, [n], "REJECT", False, sent, None)
                own = nominal_args(n, self.index, event)
                args.recipient = [a for a in own.actor if a.code not in
                                  {x.code for x in args.actor}] or args.recipient
                if args.actor:
                    vmod.negated = vmod.future = False
                    notes.append(f"refused to join ('{verb.text}') -> REJECT")
                    return self._build(m, sent, "REJECT", None, args, vmod, nominal=False,
                                       notes=notes, light=verb)
            if vmod.future:  # "vil ikke delta i et motangrep" (not "aldri fordømt invasjonen")
                self.note(f"{m.text()}: under '{verb.text}', announced, not done")
                return None
        mediators = self._mediators(n, sent) if mode == "third-party" else []
        if not mediators and event == "CONSULT":
            mediators = self._chaired_by(n, sent)
            if mediators:  # "forhandlingar under leiing av AU": AU mediated the talks
                mode = "third-party"
        if mediators:  # "med Qatar og Egypt som meklere": the talks' mediators
            pair = [p for p in self.story.main_pair()
                    if p.code not in {x.code for x in mediators}]
            args = Args(actor=mediators, recipient=pair, confidence=0.8,
                        how=["mediators named before 'som'"])
            return self._build(m, sent, event, mode, args, mod, nominal=True, notes=notes)
        args = nominal_args(n, self.index, event) if self.parsed else linear_args(
            n, sent, self.index, nominal=True)
        if self.parsed and not args.actor:
            pre = premodifier_args(n, sent, self.index, event)
            args = pre if pre.actor else args  # (keeping the noun's own recipient)
        declared = event in ("SUPPORT", "ACCUSE", "REJECT", "THREATEN") and bool(args.actor) \
            and bool(args.recipient) and "nominal" in args.how
        # "Irans støtte til Houthi-bevegelsen", "Kinas kritikk av Japan": both named on it
        mutual = event == "COOPERATE" and len({a.code for a in args.actor}) >= 2 \
            and "nominal" in args.how  # "handelen mellom Norge og Kina": both parties on it
        if event not in NOMINAL_OK and "agent" not in args.how and not declared and not mutual:
            self.note(f"{m.text()}: {event} noun without a verb or a fra-agent — skipped")
            return None
        if not args.actor and event == "ASSAULT" and self.parsed:
            attacker = self._war_enemy(args.recipient)
            if attacker is not None:  # "krigen i Ukraina", "invasjonen av Ukraina": the war
                args.actor = [attacker]  # the target was fighting on the article's date
                args.how.append(f"the war against {args.recipient[0].code} (wars.tsv)")
                args.confidence *= 0.8
        if not args.actor and event == "CONSULT" and self.parsed:
            host = self._occasion_subject(n)
            if host is not None:  # "Blinken sa under et besøk i Athen at ...": the visitor
                args.actor = [host]
                args.recipient = [r for r in args.recipient if r.code != host.code]
                args.how.append(f"the subject of '{n.head.head.text}' during the {n.text}")
        if not args.actor and event == "CONSULT" and self.parsed:
            pair = self._occasion_pair(n)
            if pair is not None:  # "gratulerte Tokajev med sigeren i ein telefonsamtale":
                args.actor, args.recipient = [pair[0]], [pair[1]]  # the talk of the two
                args.how.append(f"the subject and object of '{pair[2].text}' in the talk")
        if not args.actor and event == "CONSULT" and args.recipient and self.parsed \
                and any(c.lower_ == "med" for c in n.children) \
                and n.head.head.i not in by_token:  # (not "trakk seg frå forhandlingane")
            subject = [x for x in self.index.in_tokens(clause_subject(n, sent))
                       if x.code and x.code not in {r.code for r in args.recipient}]
            if subject:  # "USA sa at forhandlingene med Moskva har pågått lenge": the talks
                args.actor = subject[:1]  # of the clause's subject with the named party
                args.how.append("the clause's subject talks with the named party")
        if not args.actor and self.parsed:
            doer = self._relative_doer(n)
            if doer:  # "Sanksjonene, som EU innførte ...", "Angrepet, som ble utført av Hamas"
                args.actor = doer
                args.recipient = [r for r in args.recipient if r not in doer]
                args.how.append("the doer in the relative clause on the noun")
        if not args.actor and event == "RETREAT" and self.parsed and _truce_in_force(n):
            args.actor = self.story.main_pair()  # "Våpenhvilen trådte i kraft": both sides
            args.recipient = []
            args.how.append("a truce in force: the story's two sides")
        if not args.actor and event != "PROTEST":  # (protests: coded by where, or against whom)
            self.note(f"{m.text()}: nominal {event} without a named actor — skipped")
            return None
        if args.actor and not args.recipient and self.parsed and gov is not None \
                and gov.kind == "verb" and gov.cue.event in ("ACCUSE", "REJECT") \
                and event in AIMED_AT_REACTOR and is_object(n) and n.head.i == gov.token.i:
            own = {a.code for a in args.actor}
            reactor = [a for a in self._args_verbal(gov.token, gov.parts, gov.cue.event, False,
                                                    sent, None).actor if a.code not in own]
            if reactor:  # "Iran fordømte sanksjonene fra USA": they were aimed at Iran
                args.recipient = reactor
                args.how.append(f"aimed at the subject of '{gov.text()}', who rejects it")
        if event in ("SUPPORT", "AID") and args.actor and not args.recipient and self.parsed \
                and lemma(n) in HELP_NOUNS:
            helped = [h for h in self._subject_of_host(n, "med") if h.code not in {
                a.code for a in args.actor}]
            if helped:  # "Med støtte fra Russland og Iran har Assad-regimet gjenvunnet ...":
                event, mode = "AID", None  # help to the one who acts with it
                args.recipient = helped
                args.how.append(f"helps the subject of '{n.head.head.text}'")
        if event == "REQUEST" and args.actor and not args.recipient and self.parsed:
            complier = self._complier(n)
            if complier:  # "Iran stengde luftrommet etter oppmoding frå Bagdad": asked of Iran
                args.recipient = [c for c in complier if c.code not in {
                    a.code for a in args.actor}]
                args.how.append(f"the subject of '{n.head.head.text}', who did as asked")
        args.confidence *= 0.8
        if event == "REQUEST":
            mode = self._request_mode(n, sent, set(), mode)
        return self._build(m, sent, event, mode, args, mod, nominal=True, notes=notes)

    def _subject_of_host(self, n: Token, prep: str) -> list[Mention]:
        """The coded subject of the verb that the ``prep``-phrase of noun ``n`` hangs on
        ("Med støtte fra X har Assad-regimet gjenvunnet ...": Assad's Syria)."""
        v = n.head.head
        if n.dep_ != "PUTFYLL" or n.head.lower_ != prep or not is_verb(v):
            return []
        subj, _ = find_subject(v)
        return self.index.in_tokens(subj)

    def _complier(self, n: Token) -> list[Mention]:
        """The coded subject of the active verb a request noun follows "etter" on ("X trakk
        styrkene ut etter krav fra Y"): the party asked."""
        if n.head.dep_ != "ADV" or is_passive(n.head.head):
            return []
        return self._subject_of_host(n, "etter")

    def _occasion_subject(self, n: Token) -> Mention | None:
        """The coded subject of the verb an occasion noun is an adverbial of: "X sa under et
        besøk i Athen", "X sa i en telefonsamtale med Y", "på et møte i Brussel lovet X"."""
        with_ = any(c.lower_ == "med" for c in n.children)
        if not (with_ or lemma(n) in VISIT_NOUNS and any(
                c.lower_ in ("i", "til") for c in n.children)):
            return None  # a visit to a place or talks with someone (not "etter et møte i EU")
        v = _occasion_verb(n, OCCASION_PREPS)
        found = self.index.in_tokens(_dependents(v, ("SUBJ",))) if v is not None else []
        return found[0] if found else None

    def _occasion_pair(self, n: Token) -> tuple[Mention, Mention, Token] | None:
        """The coded subject and object of the verb a talk noun is the occasion of ("X
        gratulerte Y i en telefonsamtale", "X advarte Y under et møte"): they talked. With
        the verb."""
        if not lemma(n).endswith(TALK_NOUNS):
            return None
        if n.dep_ == "ATR" and n.head.dep_ == "PUTFYLL" and (
                n.head.lower_ in WEEKDAYS or n.head.lower_ in TIME_WORDS):
            n = n.head  # "i en telefonsamtale mandag": the parse hangs the noun on the day
        v = _occasion_verb(n, ("i", "under"))
        if v is None:
            return None
        doer = self.index.in_tokens(_dependents(v, ("SUBJ",)))
        other = self.index.in_tokens(_dependents(v, ("DOBJ", "IOBJ")))
        if doer and other and doer[0].code and other[0].code and doer[0].code != other[0].code:
            return doer[0], other[0], v
        return None

    def _war_enemy(self, targets: list[Mention]) -> Mention | None:
        """The enemy of a single targeted state in the war it was fighting on the article's
        date (wars.tsv; the most salient enemy when there are several)."""
        codes = {t.code for t in targets if t.code}
        if len(codes) != 1 or any(t.kind not in PLACE_KINDS for t in targets):
            return None  # a state or a place in it, not a person ("drapet på politikeren")
        foe = self.story.war_enemy(next(iter(codes)), self.article.date)
        if foe is None:
            return None
        return implicit(foe, targets[0].start, source="wars")

    def _mediators(self, n: Token, sent: Span) -> list[Mention]:
        """The parties between "med" and "som" before mediator noun ``n`` ("med USA og
        Saudi-Arabia som meklarar")."""
        doc = n.doc
        if n.i - 1 <= sent.start or doc[n.i - 1].lower_ != "som":
            return []
        for j in range(n.i - 2, max(sent.start, n.i - 12) - 1, -1):
            if doc[j].lower_ == "med":
                return self.index.in_tokens(list(doc[j + 1:n.i - 1]))
            if doc[j].text in (".", ";", ":") or is_verb(doc[j]):
                return []
        return []

    def _chaired_by(self, n: Token, sent: Span) -> list[Mention]:
        """The party after "under ledelse/leiing av" shortly after talks noun ``n``."""
        doc = n.doc
        for j in range(n.i + 1, min(sent.end - 2, n.i + 8)):
            if doc[j].lower_ == "under" and doc[j + 1].lower_ in CHAIRED_BY \
                    and doc[j + 2].lower_ == "av":
                return [m for m in self.index.in_tokens(list(doc[j + 3:min(sent.end, j + 9)]))
                        if m.code][:1]
            if doc[j].text in (".", ";", ":"):
                break
        return []

    def _condition_party(self, m: CueMatch, sent: Span, actor_codes: set[str]
                         ) -> Mention | None:
        """The first coded party within a few words after "dersom"/"hvis"/"viss" that follows
        the cue in its sentence."""
        last = max(t.i for t in m.tokens)
        doc = sent.doc
        for j in range(last + 1, sent.end):
            if doc[j].lower_ in CONDITION_WORDS:
                for k in range(j + 1, min(sent.end, j + 5)):
                    found = self.index.at(doc[k])
                    if found is not None and found.code and found.code not in actor_codes:
                        return found
                return None
        return None

    def _fronted_fragment(self, v: Token, sent: Span) -> Mention | None:
        """A coded name right before root verb ``v`` that the parse made a root of its own."""
        if v.dep_ != "ROOT" or v.i == sent.start:
            return None
        prev = v.doc[v.i - 1]
        m = self.index.at(prev)
        if m is None:
            return None
        top = prev
        while top.head != top:
            top = top.head
        return m if top != v and top.i < v.i and top.pos_ in ("NOUN", "PROPN") else None

    def _abroad_place(self, obj: Token, actors: list[Mention]) -> bool:
        """``obj`` is a place in another state than the actors' ("til den urolege provinsen
        Cabo Delgado nord i Mosambik"), not a border ("til grensa mot Ukraina")."""
        if obj.lower_.startswith(("grense", "grensa")):
            return False
        own = {a.code for a in actors}
        for t in obj.subtree:
            if t.i == obj.i or not (t.head.lower_ == "i" or t.dep_ in ("APP", "FLAT")):
                continue
            found = self.index.at(t)
            if found is not None and found.code and found.code not in own \
                    and found.kind in PLACE_KINDS:
                return True
        return False

    def _abroad(self, actor: Actor, m: CueMatch) -> bool:
        """An actor named by its people or forces ("kineserne", "kinesiske soldater") in a
        story that is mostly about another state acts abroad: "Kineserne beslagla åtte
        geværer" in a story about the Philippines seized Philippine rifles."""
        if actor.sector in ("POL", "JUD", "GOV", "LEG") or m.kind != "verb":
            return False
        top = max(self.story.salience.items(), key=lambda kv: kv[1], default=(None, 0.0))
        return top[0] is not None and top[0] != actor.code and top[0] not in ORGANISATIONS

    def _sentential_antecedent(self, v: Token, sent: Span) -> list[Mention]:
        """For a clause opened by ", noe" / ", noko" / ", hvilket" (which refers to the whole
        clause before it), the actor mentions of that clause's subject."""
        for j in range(v.i - 1, sent.start, -1):
            tok = v.doc[j]
            if tok.lower_ in SENTENTIAL_RELATIVES and v.doc[j - 1].text == ",":
                main = tok.head if is_verb(tok.head) and tok.head.i < j else sent.root
                if main.i >= j or not is_verb(main):
                    return []
                subj, _ = find_subject(main)
                return self.index.in_tokens(subj)
            if tok.text in (",", ";", ":"):
                return []
        return []

    def _anaphor_off_the_recipient(self, args: Args) -> None:
        """"Regjeringa kalla heim ambassadøren frå Addis Abeba": an actor found only by
        anaphora ("regjeringa", "landet", "han") that is the state the clause names as the
        recipient is the wrong antecedent; the story's most salient other party is taken."""
        if len(args.actor) != 1 or args.actor[0].source not in ("memory", "pronoun") \
                or args.actor[0].sector != "GOV":
            return  # (an army, a court or a crowd may well act on its own state)
        code = args.actor[0].code
        clausal = {id(r) for r in args.clausal}  # ("Ambassaden varsler at Moskva vil svare":
        if not any(r.code == code and r.source not in ("memory", "pronoun")  # not a recipient)
                   and r.kind in ("state", "capital") and id(r) not in clausal
                   for r in args.recipient):
            return
        others = sorted(((w, c) for c, w in self.story.salience.items() if c != code),
                        reverse=True)
        if others:
            args.actor = [Mention(start=args.actor[0].start, end=args.actor[0].end,
                                  text=args.actor[0].text, kind="implicit", code=others[0][1],
                                  source="salience")]
            args.how.append(f"anaphor is not the recipient: {others[0][1]}")

    def _gathering_verb(self, n: Token, by_token: dict[int, CueMatch],
                        event: str = "") -> Token | None:
        """The verb whose til/i/på-phrase holds event noun ``n`` when it names the subject's
        own act ("var samla til eit hastemøte", "deltok i samtalene", "kom til statsbesøk"),
        and for talks a for-phrase ("var i Tbilisi for samtalar med styresmaktene")."""
        preps = ("til", "i", "på", "for") if event == "CONSULT" else ("til", "i", "på")
        v = self._verb_over_prep(n, preps, by_token)
        if v is not None and is_verb(v) and lemma(v) in self.lex.words("light_prep_verbs"):
            return v
        v = self._verb_over_prep(n, ("med",), by_token)  # "kom med skarp kritikk av Pakistan",
        return v if v is not None and is_verb(v) and lemma(v) in ("komme", "kome") else None

    def _talks_before_verb(self, n: Token, by_token: dict[int, CueMatch]) -> Token | None:
        """"Ukraina sa ja etter samtaler med en amerikansk delegasjon": talks with someone
        before the clause's act were held by its subject."""
        if not any(is_prep(c) and c.lower_ == "med" for c in n.children):
            return None
        v = self._verb_over_prep(n, ("etter",), by_token)
        return v if v is not None and is_verb(v) else None

    def _verb_over_prep(self, n: Token, preps: tuple[str, ...],
                        by_token: dict[int, CueMatch]) -> Token | None:
        """The word governing the preposition (one of ``preps``) whose object is noun ``n``,
        unless it is a cue of its own."""
        if not self.parsed or n.dep_ != "PUTFYLL" or n.head.lower_ not in preps:
            return None
        v = n.head.head
        return None if v == n.head or v.i in by_token else v

    def _claimant(self, v: Token) -> Mention | None:
        """Who says or believes the at-clause of ``v`` ("Regjeringen mener at Russland står
        bak ..."): the coded subject of the speech or belief verb governing it."""
        gov, sbu = governor_of_clause(v)
        top = aux_chain(v)[-1]  # ("mener Russland har forstyrra": from the auxiliary)
        if gov is None and sbu is None and top.dep_ == "DOBJ" and is_verb(top.head) \
                and top.head != top:
            gov = top.head  # "mener Russland står bak": a complement clause without "at"
        elif sbu is None or sbu.lower_ != "at":
            return None
        if gov is None and top.dep_ == "PSUBJ" and top.head != top:
            gov = top.head  # "det er sannsynlig at X sto bak": the clause is the subject of "er"
        while gov is not None and gov.pos_ == "ADJ" and gov.head != gov:
            gov = gov.head  # "det er sannsynlig at ...": up to whoever says it
            up, _ = governor_of_clause(gov) if is_verb(gov) or gov.pos_ == "AUX" else (None, None)
            gov = up or gov
        if gov is not None and lemma(gov) in VERDICT_COPULAS and any(
                c.dep_ == "SPRED" and c.pos_ == "ADJ" for c in gov.children):
            up, _ = governor_of_clause(gov)  # (the parse hung the clause on "er" itself)
            gov = up or gov
        if gov is None or not is_verb(gov):
            return None
        if lemma(gov) not in self.lex.words("speech_verbs") | self.lex.words("belief_verbs") \
                | CLAIM_VERBS:
            return None
        subj, _how = find_subject(gov)
        found = self.index.in_tokens(subj)
        return found[0] if found and found[0].code else None

    def _allegation(self, m: CueMatch, v: Token, sent: Span, cand: Candidate
                    ) -> Candidate | None:
        """"Kirgisiske styresmakter seier at tadsjikiske styrkar har skote mot ...": a hostile
        act (``ALLEGED_ACTS``) told in what a coded claimant says or believes is the
        claimant's allegation against its doers (ACCUSE, mode allege), in place of the act,
        which the text does not assert (GUIDE.md §3). ``v`` is the act's verb
        (a nominal event's light verb). The claimant is the act's target, or claims it
        (``CLAIM_VERBS``: "hevder at", "mener at"); it is not among the doers."""
        claimant = self._claimant(v)
        if claimant is None:
            return None
        if claimant.code not in {r.code for r in cand.event.recipient}:
            gov, _ = governor_of_clause(v)
            if gov is None or lemma(gov) not in CLAIM_VERBS:
                return None  # ("Støre sa at Russland angrep Ukraina": a third party's report)
        doers = [a for a in cand.args.actor if a.code and a.code != claimant.code]
        if not doers or len(doers) < len(cand.args.actor):
            return None
        args = Args(actor=[claimant], recipient=doers,
                    how=["claimant of the act", "doer named in the claim"])
        return self._build(m, sent, "ACCUSE", "allege", args, cand.modality, nominal=False,
                           notes=[f"'{m.text()}' a hostile act in what someone claims -> ACCUSE"])

    def _concluded(self, m: CueMatch, v: Token, sent: Span, cand: Candidate
                   ) -> Candidate | None:
        """"Egypt inngikk fredsavtale med Israel": an agreement concluded (modality.yaml
        ``concluding_verbs``, not future or negated) is agreed and signed, AGREE and SUPPORT
        (GUIDE.md: signing an agreement is SUPPORT). ``cand`` is the AGREE, ``v`` its verb."""
        if cand.modality.future or cand.modality.negated or not any(
                c.lemma in self.lex.words("concluding_verbs")
                for c in self.lex.verb_cues(v.lower_, lemma(v))):
            return None
        return self._build(m, sent, "SUPPORT", None, replace(
            cand.args, actor=[*cand.args.actor], recipient=[*cand.args.recipient],
            how=[*cand.args.how]),
                           cand.modality, nominal=False,
                           notes=[f"'{v.text}': an agreement concluded is also signed -> SUPPORT"],
                           light=v if v is not m.token else None)

    def _perpetrator_verb(self, n: Token, by_token: dict[int, CueMatch]) -> Token | None:
        """"sto bak angrepet": the verb whose subject is the author of event noun ``n``."""
        v = self._verb_over_prep(n, ("bak",), by_token)
        if v is None or lemma(v) not in ("stå", "stå bak"):
            return None
        if v.i > 0 and v.doc[v.i - 1].lower_ == "å":
            return None  # "skulda GRU for å stå bak åtaka": the accusation is the event
        return v

    def _inverted_genitive_object(self, v: Token, actors: list[Mention]
                                  ) -> tuple[list[Mention], list[Mention]] | None:
        """After a fronted adverbial the subject follows the verb; a state's genitive right
        after it opens the object ("Torsdag erklærte Ecuador Mexicos ambassadør uønsket"):
        the subject and the object's owner when the parse read them as one phrase, or None."""
        if not actors or not all(a.start > v.idx for a in actors) or v.i + 1 >= len(v.doc):
            return None
        first = self.index.at(v.doc[v.i + 1])
        if first is None or first.text.endswith(("s", "'")) or not first.code:
            return None
        span = v.doc.char_span(first.start, first.end, alignment_mode="expand")
        if span is None or span.end >= len(v.doc):
            return None
        second = self.index.at(v.doc[span.end])
        if second is None or not second.code or second.code == first.code:
            return None
        owner = second.text.split()[0]
        genitive = owner.endswith(("s", "'")) and owner[:1].isupper()
        # or two names of different parties side by side ("Laurdag skulda Dong Washington
        # for ...": the parse made one name of them), neither a title of the other
        named = first.kind in NAMED_KINDS and second.kind in NAMED_KINDS \
            and not self.text[first.end:second.start].strip()
        if not (genitive or named):
            return None
        if not any(a.code in (first.code, second.code) for a in actors):
            return None
        return [first], [second]

    def _helped_by_troops(self, v: Token) -> list[Mention]:
        """The state a "for å" purpose of sending troops helps: "for å beskytte regjeringen",
        "for å kjempe på russisk side", "for å støtte Mali"."""
        for c in v.children:
            if c.lower_ != "for" or not is_prep(c):
                continue
            inf = next((t for t in c.subtree if is_verb(t) and lemma(t) in HELPING_PURPOSES),
                       None)
            if inf is None:
                continue
            found = self.index.in_tokens([t for t in inf.subtree if t.i > inf.i])
            states = [f for f in found if f.code and f.sector != "MIL"]
            return states[:1]
        return []

    def _sent_forces(self, v: Token, recipients: list[Mention]) -> set[int]:
        """Recipient mentions that are the forces a deploying verb sends: a military or
        police role noun in its object ("sendte soldater", "sende politi og soldatar")."""
        objects = [c for c in v.children if c.dep_ == "DOBJ"]
        spans = [(o.left_edge.idx, o.right_edge.idx + len(o.right_edge.text)) for o in objects]
        doc = v.doc
        return {id(r) for r in recipients if r.sector in ("MIL", "POL")
                and (r.kind == "role" or (span := doc.char_span(r.start, r.end)) is not None
                     and span[0].pos_ == "NOUN")
                and any(a <= r.start < b for a, b in spans)}

    def _against_a_deal(self, v: Token, sent: Span) -> bool:
        """The clause of protest cue ``v`` says "mot avtalen / besøket / vedtaket" (an act
        between the story's parties, not a named actor)."""
        for j in range(v.i + 1, min(sent.end, v.i + 16)):
            t = v.doc[j]
            if t.lower_ == "mot" and j + 1 < sent.end:
                nxt = v.doc[j + 1]
                return self.index.at(nxt) is None and lemma(nxt) in PROTESTED_ACTS
        return False

    def _host_invited_to(self, v: Token) -> Mention | None:
        """The coded state or capital right after "til" on an invitation verb ("invitert til
        Moskva"), the host of whoever is invited."""
        for c in v.children:
            if c.lower_ != "til" or not is_prep(c) or (obj := prep_object(c)) is None:
                continue
            found = self.index.at(obj)  # (the place itself: "til toppmøtet i Vilnius" is
            if found is not None and found.code and found.kind in ("state", "capital", "city"):
                return found            # an event's place, its host another question)
        return None

    def _statement_issuer(self, sent: Span, args: Args) -> Mention | None:
        """The coded party after "fra/frå" right after a statement noun in ``sent`` ("i en
        uttalelse fra utenriksdepartementet", "i ei fråsegn frå regjeringa"), not a medium and
        not the act's own recipient."""
        doc = sent.doc
        taken = {id(r) for r in args.recipient}
        for j in range(sent.start, sent.end - 2):
            if doc[j].lower_ not in ("fra", "frå") or not has_keyword(
                    self.lex, "statements", [doc[j - 1]] if j > sent.start else []):
                continue
            for x in doc[j + 1:min(sent.end, j + 4)]:
                found = self.index.at(x)
                if found is not None and found.code and found.sector != "MED" \
                        and id(found) not in taken:
                    return found
        return None

    def _alleged_authorship(self, m: CueMatch, args: Args) -> Args | None:
        """"X står bak <a misdeed>" in what a coded claimant says or believes ("Iran hevdar at
        Israel stod bak attentatet"): the claimant accuses X (keywords.yaml ``misdeeds``;
        event nouns are coded through their light verb)."""
        if not m.parts or not args.actor:
            return None
        obj = prep_object(m.parts[-1])
        if obj is None and m.token.lower_ in ("sto", "stod"):
            pass  # "at Russland sto bak": the misdeed the story tells, left implicit
        elif obj is None or not has_keyword(self.lex, "misdeeds", np_tokens(obj)):
            return None
        claimant = self._claimant(m.token)
        if claimant is None or claimant.code in {a.code for a in args.actor}:
            return None
        return Args(actor=[claimant], recipient=args.actor,
                    how=["claimant of the authorship", "author named in the claim"])

    def _names_an_act(self, m: CueMatch) -> bool:
        """A frame that needs a named actor as object has an act instead ("står bak
        angrepet"): no cue, the verb stays free to be the act noun's light verb."""
        if m.cue.frame not in NAMED_OBJECT_FRAMES or not m.parts:
            return False
        nxt = m.parts[-1].i + 1
        doc = m.token.doc
        for j in range(nxt, min(len(doc), nxt + 4)):
            t = doc[j]
            if self.index.at(t) is not None:
                return False
            if any(c.event != NOT_AN_EVENT for c in self.lex.noun_cues(t.lower_, lemma(t))):
                return True
        return False

    @staticmethod
    def _detention(m: CueMatch, event: str) -> bool:
        """An act only a state's authorities do to a person: arrest, jail (COERCE), release
        (RETREAT) or a court's sentence (SANCTION)."""
        return m.cue.lemma in DETENTION_LEMMAS and event in ("COERCE", "RETREAT", "SANCTION")

    def _detaining_state(self, v: Token, sent: Span, args: Args) -> None:
        """"Han ble pågrepet søndag": the agentless passive of a detention was done by a
        state — the place named after it in its clause ("i Moskva", "fra russisk fengsel"),
        else the state the story is about (of the person held, or of no one named; a person
        of another state, or a foreign "statsborger", is held abroad). A relative clause
        ("som er dømt for") describes, and an act asked for or led to ("krev at han blir
        sett fri", "kan føre til at han blir pågripen") is not done: both are left alone."""
        top = v.head if v.dep_ == "KOORD" and v.head.i < v.i else v  # ("tiltalt eller dømt")
        if any(c.lower_ in ("som", "der") and c.i < v.i
               for t in aux_chain(top) for c in t.children):
            return
        if not self._reported_as_done(v, sent):
            return
        patients = {r.code for r in args.recipient if r.code and r.start < v.idx}  # (the
        # passive's subject; a phrase after the verb names a place or a charge)
        args.recipient = [r for r in args.recipient if r.start < v.idx]
        foreign = has_keyword(self.lex, "citizens", list(sent))
        home = self.story.home_state(frozenset(patients) if foreign else frozenset())
        place = self._place_in_clause(v, sent, patients)
        state = place.code if place is not None else None
        how = "the place named after it"
        if state is None:
            state, how = home, "the state the story is about"
        if state is None and len(patients) == 1 and not foreign:
            state, how = next(iter(patients)), "the person's own state"
        if state is None:
            return
        args.actor = [implicit(state, sent.start_char, sector="GOV")]
        if not args.recipient:  # a person of no named state: of the state the story is about
            # ("Berg ble pågrepet i den russiske hovedstaden" in a Norwegian story)
            args.recipient = [implicit(home if home is not None else state, sent.start_char)]
        args.how.append(f"an agentless detention: {how}")

    def _reported_as_done(self, v: Token, sent: Span) -> bool:
        """Verb ``v`` is in a main clause, or in an "at"-clause under a verb of saying
        ("opplyste at 633 vart pågripne"), not under one of wishing, asking or causing
        ("krev at han blir sett fri", "kan føre til at han blir pågripen")."""
        gov, sbu = governor_of_clause(v)
        speech = self.lex.words("speech_verbs")
        if sbu is not None:
            return gov is not None and lemma(gov) in speech
        low = doc_words(v.doc).lower
        for j in range(v.i - 1, sent.start - 1, -1):  # (a second "og at"-clause the parse
            if low[j] in (",", ";", ":"):  # hangs elsewhere)
                return True
            if low[j] == "at":
                before = [t for t in v.doc[sent.start:j] if is_verb(t) and t.pos_ != "AUX"]
                return bool(before) and lemma(before[-1]) in speech
        return True

    def _place_in_clause(self, v: Token, sent: Span, besides: set[str]) -> Mention | None:
        """The place named right after a locative word in verb ``v``'s clause ("i Russland",
        "utenfor Moskva", "fra russisk fengsel", "i den russiske hovedstaden"), of a state
        not in ``besides``: whose authorities did an agentless state act there."""
        doc = v.doc
        low = doc_words(doc).lower
        for j in range(v.i + 1, sent.end):
            if low[j] in CLAUSE_STOPS or low[j] in ("når", "fordi"):
                return None  # (nor past a clause of time or cause)
            if low[j] not in PLACE_PREPS:
                continue
            for x in self.index.in_tokens(list(doc[j + 1:min(sent.end, j + 4)])):
                if x.code and x.code not in besides and (
                        x.kind in PLACE_KINDS or x.kind == "adjective"):
                    return x  # (a region may be a union's: "frosset i Europa")
        return None

    def _recognised_as(self, v: Token, sent: Span) -> Mention | None:
        """The coded office or state in "(anerkjenne) X som Y" right after verb ``v``, when X
        itself has no code: "anerkjente Áñez som Bolivias midlertidige president"."""
        doc = v.doc
        for j in range(v.i + 1, min(sent.end - 1, v.i + 7)):
            t = doc[j]
            if t.text in (",", ";", ":") or is_verb(t) and t.pos_ != "AUX":
                return None
            if t.lower_ != "som" or self.index.in_tokens(list(doc[v.i + 1:j])):
                continue
            for x in doc[j + 1:min(sent.end, j + 4)]:
                if is_verb(x):
                    return None
                found = self.index.at(x)
                if found is not None and found.code:
                    return found
            return None
        return None

    def _light_verb(self, n: Token, sent: Span, by_token: dict[int, CueMatch]) -> Token | None:
        light = self.lex.words("light_verbs")

        def free(v: Token) -> bool:  # a light verb no other cue has taken
            return (lemma(v) in light or v.lower_ in light) and v.i not in by_token

        low = doc_words(n.doc).lower
        if n.i >= 4 and low[n.i - 1] in ("side", "sida") and low[n.i - 3] == "på" \
                and low[n.i - 2] in ("sin", "si", "sitt", "sine", "deira", "deres"):
            v = n.doc[n.i - 4]  # "Canada innfører på sin side toll på ...": the parse hangs
            if free(v):  # the noun on "på sin side"; the verb before it is its light verb
                return v
        j = n.i - 1
        while j > sent.start and (low[j] in TIME_WORDS or low[j] in ("til", "i", "dag", "går")):
            j -= 1  # "USA innførte natt til fredag straffetoll": the parse hangs the noun on
        if any(w in TIME_WORDS or w in ("dag", "går") for w in low[j + 1:n.i]):  # the time
            v = n.doc[j]  # phrase; the verb before it is the light verb
            if free(v) and is_verb(v):
                return v
        if self.parsed:
            t = n
            while t.dep_ == "KOORD" and t.head != t:
                t = t.head
            if t.dep_ == "PUTFYLL" and t.head.lower_ == "av" and t.head.head != t.head:
                t = t.head.head  # "gjennomfører en av sine største øvelser"
            if t.dep_ == "PUTFYLL" and t.head.lower_ == "med" and is_verb(t.head.head) \
                    and lemma(t.head.head) in CONTINUE_VERBS and free(t.head.head):
                return t.head.head  # "heldt fram med angrepa", "fortsatte med angrepene"
            second_subject = t.dep_ == "SUBJ" and t.i > t.head.i and any(
                c.dep_ == "SUBJ" and c.i < t.head.i for c in t.head.children)  # an object
            if (t.dep_ in ("DOBJ", "PSUBJ", "IOBJ") or second_subject) and (
                    is_verb(t.head) or t.head.lower_ in light  # (a verb with another tag:
                    or any(c.dep_ == "SUBJ" for c in t.head.children)) and free(t.head):
                return t.head  # ("ila", "inngikk")
            if t.dep_ == "SUBJ" and is_verb(t.head):
                v = t.head  # "sanksjonene ble skjerpet av USA": the passive's object
                while (inf := next((c for c in v.children if c.dep_ == "INFV"
                                    and (is_verb(c) or lemma(c) in light)), None)) is not None:
                    v = inf  # down the auxiliaries to the participle
                if v.i not in by_token and lemma(v) in light and is_passive(v):
                    return v
            return None
        for j in range(n.i - 1, max(sent.start, n.i - 4) - 1, -1):
            tok = n.doc[j]
            if lemma(tok) in light or tok.lower_ in light:
                return tok if j not in by_token else None
        return None

    # ------------------------------------------------------------------ building
    def _build(self, m: CueMatch, sent: Span, event: str, mode: str | None, args: Args,
               mod: Modality, nominal: bool, notes: list[str],
               light: Token | None = None) -> Candidate | None:
        if not args.actor and event == "PROTEST" and nominal and in_protest(m.token):
            args.actor = self.index.in_tokens(clause_subject(m.token, sent))
            if args.actor:  # "Franske bønder stengde vegane i protest mot ...": the crowd
                args.how.append("the clause's subject protests")
        if not args.actor and event == "PROTEST":
            args.actor = self.story.protest_place(sent)
            if args.actor:
                args.how.append("protest located by place")
        if event == "PROTEST" and not args.recipient:
            embassy = self.story.protest_target(sent)
            if embassy is not None:  # "utenfor den russiske ambassaden i Oslo"
                args.recipient = [embassy]
                args.how.append("the embassy protested at")
        if event == "PROTEST" and args.actor and all(
                r.code in {a.code for a in args.actor} for r in args.recipient) \
                and self._against_a_deal(m.token, sent):
            other = [p for p in self.story.main_pair()
                     if p.code not in {a.code for a in args.actor}][:1]
            if other:  # "gjekk ut i gatene i Mogadishu i protest mot avtalen": the other party
                args.recipient = other
                args.how.append("a protest against the story's deal or visit: its other party")
        self._anaphor_off_the_recipient(args)
        stationed = m.kind == "verb" and m.cue.lemma == "ha" and event in ("MOBILIZE", "AID")
        if stationed and m.parts:  # "har soldater i Somalia": the host, after the "i"
            troops, after = m.parts[0], m.parts[-1]
            between = m.token.doc[m.token.i + 1:troops.i]
            if after.i != troops.i + 1 or len(between) > 5 or any(
                    is_verb(t) and lemma(t) != "ha" for t in between):
                self.note(f"{m.text()}: 'har' is no main verb of stationed forces — skipped")
                return None  # ("har skulda eritreiske soldatar for ...", "har sendt soldater")
            host = self.index.in_tokens(list(after.doc[after.i + 1:min(sent.end, after.i + 4)]))
            args.recipient = [h for h in host[:1] if h.code not in {a.code for a in args.actor}
                              and (h.kind in ("state", "capital", "place", "city", "region",
                                              "gpe") or h.start < after.idx)]
            # (a role over "soldatar i Somalia" names the host; "i styrken" names no state)
            if not args.recipient:  # ("har tusen soldatar i styrken": no state)
                self.note(f"{m.text()}: forces at home or in no named state — not an event")
                return None
            args.how.append("the state the forces are stationed in")
        elif event in ("MOBILIZE", "AID") and m.kind == "verb":
            sent_forces = self._sent_forces(m.token, args.recipient)
            if sent_forces:  # "sendte soldater til ...": the troops are sent, not the target
                args.recipient = [r for r in args.recipient if id(r) not in sent_forces]
                args.how.append("the forces sent are no recipient")
            own = {a.code for a in args.actor}
            troops = bool(sent_forces) or has_keyword(self.lex, "troops", list(sent))
            if event == "AID" and args.recipient and all(
                    r.code in own and r.kind in HOME_PLACES for r in args.recipient) and troops:
                event, mode, args.recipient = "MOBILIZE", None, []  # "sendte soldatar til
                args.how.append("forces sent to a place at home -> MOBILIZE")  # Gotland"
            elif event == "AID" and troops and (border := self._border_state(m.token, sent, own)):
                event, mode, args.recipient = "MOBILIZE", None, border  # "sendte soldater til
                args.how.append("forces sent to the border -> MOBILIZE")  # grensen mot X"
        if not args.actor and m.kind == "verb" and self._detention(m, event) \
                and is_passive(m.token):
            self._detaining_state(m.token, sent, args)
        actors = to_actors(args.actor)
        if not actors:
            self.note(f"{m.text()}: {event} without a coded actor — skipped")
            return None
        actor_codes = {a.code for a in actors}
        if event not in VIOLENT:
            args.recipient = [r for r in args.recipient if not self.story.locative(r)]
        else:  # "fordømt den russiske invasjonen i FN": a forum named with "i" is no target
            args.recipient = [r for r in args.recipient if not (
                r.code in ORGANISATIONS and self.story.text[max(0, r.start - 2):r.start] == "i ")]
        # a recipient of the actor's own state is kept where the text names it as the target
        # (police vs protesters, government vs opposition), not where it only comes from a
        # that-clause ("varslet at Frankrike vil svare") or from pronoun/role memory
        if m.cue.frame.startswith(RECALL_FRAMES):
            # "kalte hjem sin ambassadør Anatolij Antonov": one's own envoy is who is
            # recalled, not whom the recall is aimed at (that is the host state)
            args.recipient = [r for r in args.recipient if r.code not in actor_codes]
        weak = {id(m) for m in args.clausal}
        own = [m for m in args.recipient if m.code in actor_codes]
        direct = {id(m) for m in args.direct}
        keep_own = [m for m in own if id(m) not in weak and (
            event in INWARD or m.source not in ("memory", "pronoun"))
            and (event in DOMESTIC or id(m) in direct)
            and not (m.kind == "adjective" and event in UNDOING)]  # ("opphever de
        # amerikanske sanksjonene": whose measures they are, not whom they are lifted for)
        if not keep_own and any(a.sector in INTERNAL_FOES | {"PTY"} for a in args.actor):
            # "Opposisjonspartiene krever at Pasjinjan går av": the opposition at its own
            # government, named anywhere in the clause
            keep_own = [m for m in own if m.sector == "GOV" and m.kind in ("person", "role")
                        and m.source not in ("memory", "pronoun")]
        # an organisation meeting on its own ("FNs sikkerhetsråd holdt et lukket møte",
        # "Lederne i Ecowas møttes i Abuja") meets no one: no place or guess is its recipient
        own_meeting = event == "CONSULT" and len(actor_codes) == 1 \
            and next(iter(actor_codes)) in ORGANISATIONS and _a_gathering(m.token) \
            and all(a.source not in ("memory", "pronoun") and a.kind not in PLACE_KINDS
                    for a in args.actor)  # (named as itself, not "partene i Brussel")
        others = [m for m in args.recipient if m.code not in actor_codes and not (
            own_meeting and m.kind in PLACE_KINDS and id(m) not in direct)]
        recipients = to_actors(others if others else keep_own)
        if not recipients and not own_meeting and not (
                m.cue.needs in VERDICT_CLASSES and not m.parts):
            # (not "kalla det ei opptrapping mot NATO": the verdict's own phrase names
            # whom the act hurt, not who did it)
            near = self.story.prep_after(m, sent, actor_codes, event)
            if near:
                recipients = to_actors(near)
                args.how.append("prepositional object after the cue")
        if not recipients and m.cue.event == "CONSULT" and mode != "phone" and not own_meeting:
            host = self.story.host_after(m, sent, actor_codes)
            if host:
                recipients = to_actors(host)
                args.how.append("the meeting's host state")
        if not recipients and event == "MOBILIZE":
            neighbour = self._border_state(m.token, sent, actor_codes)
            if neighbour:  # "flyttet soldater nærmere grensen til Ukraina": aimed at Ukraine
                recipients = to_actors(neighbour)
                args.how.append("the state across the border")
        if not recipients and event == "THREATEN":
            cond = self._condition_party(m, sent, actor_codes)
            if cond is not None:  # "truet med militær respons dersom USA ...": whose move
                recipients = to_actors([cond])  # the threat is meant to deter
                args.how.append("the party named in the threat's condition")
        if not recipients and m.kind == "verb" and self.parsed and _ours(m.token):
            speaker = self.story.speaker(sent)
            if speaker is not None and speaker.code and speaker.code not in actor_codes:
                # "Russland har okkupert ein femtedel av territoriet vårt": the speaker's
                recipients = to_actors([speaker])
                args.how.append("'vår' in the speaker's words: the speaker's state")
        if not recipients and event == "ASSAULT" and len(actors) == 1:
            foe = self.story.war_enemy(actors[0].code, self.article.date)
            if foe is not None:  # "den russiske invasjonen": the war the actor was fighting
                recipients = [Actor(code=foe)]
                args.how.append(f"the war against {foe} (wars.tsv)")
                args.confidence *= 0.8
        if not recipients and event == "ASSAULT" and len(actors) == 1 and has_keyword(
                self.lex, "domestic_victims", list(sent)):
            recipients = [Actor(code=actors[0].code, sector="CVL")]
            args.how.append("victims at home: own state as recipient")
        if not recipients and event in ("ACCUSE", "THREATEN") and len(actors) == 1 \
                and self.parsed and has_keyword(self.lex, "domestic_opposition",
                                                _object_words(m.token)):
            # "stemplet opposisjonen som landsforrædere": critics at home, the own state
            recipients = [Actor(code=actors[0].code, sector="OPP")]
            args.how.append("critics at home: own state as recipient")
        if not recipients and m.cue.frame in VOTE_FRAMES \
                and not any(a.sector == "LEG" for a in args.actor):  # (not a parliament's vote)
            forum = self.story.last_organisation(m.token.idx, actor_codes)
            if forum is not None:  # "Norge stemte for": for the resolution of the body voting
                recipients = [Actor(code=forum)]
                args.how.append("the organisation the vote is held in")
        if not recipients and len(actors) == 1 and (event in INWARD or lemma(
                m.token) in VERDICT_LEMMAS) and lemma(m.token) not in EXPEL_LEMMAS \
                and not self._abroad(actors[0], m):
            home = self.story.home_state() if WHERE_IT_HAPPENED in args.how else None
            # ("Pensjonisten ble pågrepet i Moskva" in a Norwegian story: a Norwegian)
            recipients = [Actor(code=home or actors[0].code, sector="CVL")]
            args.how.append("inward: own state as recipient" if not home or home == actors[0].code
                            else "a person held abroad: of the state the story is about")
        if not recipients and m.kind == "verb" and self.parsed and len(actors) == 1:
            antecedent = [x for x in self._sentential_antecedent(m.token, sent)
                          if x.code not in actor_codes]
            if antecedent:  # "EU sende observatørar, noko Russland har kritisert": the EU
                recipients = to_actors(antecedent)
                args.how.append("the act 'noe' refers to: its actor")
        if not recipients and event == "REQUEST" and m.kind == "verb" and self.parsed \
                and len(actor_codes) == 1 and _to_the_people(m.token):
            # "Erdoğan oppfordret folk til å gå ut i gatene": a call on one's own people
            recipients = [Actor(code=actors[0].code, sector="CVL")]
            args.how.append("a call on the people: its own state")
        if not recipients and m.kind == "verb" and self.parsed and (
                _to_the_parties(m.token) or _between_the_parties(m.token)):
            pair = self.story.main_pair(actor_codes)
            if pair:  # "oppmoda partane / alle partar / begge sider om ...": the story's two
                recipients = to_actors(pair)  # sides (annotators name them)
                args.how.append("'the parties': the story's two main parties")
        if not recipients and m.kind == "verb" and event in ("SUPPORT", "REJECT") \
                and (office := self._recognised_as(m.token, sent)) is not None:
            recipients = to_actors([office])  # "anerkjente Áñez som Bolivias midlertidige
            args.how.append("the office it is recognised as")  # president": Bolivia's
        if not recipients and m.kind == "verb" and event in VERBAL_TARGETED \
                and self._uncoded_named_object(m.token):
            args.how.append("its object is a party without a code: recipient left empty")
        elif m.kind == "verb" and self.parsed and event == "REQUEST" and _to_everyone(m.token) \
                or not recipients and m.kind == "verb" and self.parsed and _to_everyone(m.token):
            recipients = []  # (a request's beneficiary "nødhjelp til landet" is not its addressee)
            args.how.append("addressed to all parties: recipient left empty")
        elif not recipients and event in ("ACCUSE", "REJECT") and all(
                a.sector in HOME_CRITICS for a in actors) and len(actor_codes) == 1 \
                and actors[0].code not in ORGANISATIONS:
            # "Demokratene i Kongressen kritiserte avtalen": parliament and parties criticise
            # their own government when they name no one else (not the European Parliament)
            recipients = [Actor(code=actors[0].code, sector="GOV")]
            args.how.append("a party or parliament's criticism: its own government")
        elif not recipients and event == "AID" and lemma(m.token) in WEAK_AID_LEMMAS:
            # "båter som skulle frakte mat", "har bidratt til utvekslingen": helping no one
            # named is no aid to guess a recipient for
            self.note(f"{m.text()}: {lemma(m.token)} without a named recipient — not aid")
            return None
        elif not recipients and len(actors) == 1 and event not in NO_IMPLICIT_RECIPIENT and \
                m.cue.frame not in RESIGN_FRAMES and not own_meeting:
            guessed = self.story.implicit_recipient(sent, m.token.i, actor_codes, event)
            if m.cue.frame.endswith("inn for"):  # "klaget saken inn for WTO": the court is
                guessed = self.story.implicit_recipient(  # where, not whom
                    sent, m.token.i, actor_codes | {r.code for r in guessed
                                                    if r.code in ORGANISATIONS}, event)
            if m.cue.frame.startswith(JOIN_FRAMES):  # "Landet vart medlem i april": of an
                guessed = self.story.top_organisation(actor_codes)  # organisation, not a state
            if lemma(m.token) in EXPEL_LEMMAS or m.cue.frame.startswith(RECALL_FRAMES):
                # whoever is expelled is not from the actor's state; an envoy is recalled
                # from abroad ("kalte hjem sin ambassadør"): the story's other main party
                guessed = [r for r in guessed if r.code not in actor_codes] or [
                    p for p in self.story.main_pair() if p.code not in actor_codes][:1]
            recipients = [r for r in to_actors(guessed)]
            if recipients:
                args.how.append(f"implicit recipient ({guessed[0].source or 'context'})")
                if guessed[0].source == "ranker" and self.trace is not None:
                    self.note(f"{m.text()}: implicit recipients ranked " + ", ".join(
                        f"{c} {round(x, 2)}" for c, x in self.story.last_ranking[:4]))
                args.confidence *= 0.8
        if not recipients and event == "CONCEDE" and m.cue.lemma in PARDON_LEMMAS \
                and len(actor_codes) == 1:
            own = next(iter(actor_codes))  # "Lukasjenko har benådet 18 politiske fanger": its
            recipients = to_actors([implicit(own, sent.start_char, sector="CVL")])  # own
            args.how.append("pardoned people of no other state: the actor's own")  # people
        if not recipients and event == "THREATEN" and any(
                n.startswith(CONSIDERED) for n in notes):
            self.note(f"{m.text()}: a hostile act considered, aimed at no one — no threat")
            return None  # ("vurderer å stenge grenseovergangen": deliberation, no threat)
        cat = self.lex.categories[event]
        if event == "CONSULT":
            mode = self._consult_mode(m, sent, mode, actors, recipients)
        elif mode is not None and mode not in cat.modes:
            mode = None
        toks = m.tokens + ([light] if light is not None else [])
        cue_start = min(t.idx for t in toks)
        cue_end = max(t.idx + len(t.text) for t in toks)
        raw = self.sent_text(sent)
        lead = len(raw) - len(raw.lstrip())
        text = raw.strip()
        evidence = Evidence(text=text, start=sent.start_char + lead,
                            end=sent.start_char + lead + len(text),
                            cue=self.story.text[cue_start:cue_end], cue_start=cue_start,
                            cue_end=cue_end)
        confidence = args.confidence * (0.9 if m.kind == "verb" else 0.75)
        if m.cue.needs:
            confidence *= 0.9
        if not recipients:
            confidence *= 0.9
        ev = Event(
            event=event, mode=mode, actor=actors, recipient=recipients,
            context=self.contexts.at(sent.start_char, cat.context),
            date=self.article.date, negated=mod.negated, nominal=nominal,
            background=is_background(raw, self.article.date), evidence=[evidence],
            cameo=cat.cameo, quad_class=cat.quad, score=cat.score,
            confidence=round(min(confidence, 1.0), 3), rule=m.cue.rule,
        )
        if self.trace is not None:  # (the one note on every event: not built unless traced)
            how = ", ".join(args.how)
            self.note(f"{m.text()}: {event}{'/' + mode if mode else ''} "
                      f"{[a.code for a in actors]} -> {[r.code for r in recipients]}"
                      f"{' NEGATED' if mod.negated else ''}{' nominal' if nominal else ''}"
                      f" [{how}{'; ' + '; '.join(notes) if notes else ''}] ({m.cue.rule})")
        return Candidate(ev, m, args, mod, notes,
                         light=light.i if light is not None else None)

    def _consult_mode(self, m: CueMatch, sent: Span, mode: str | None, actors: list,
                      recipients: list) -> str | None:
        window = " ".join(t.lower_ for t in sent)
        if "telefon" in window or mode == "phone":
            return "phone"
        if mode in ("visit", "third-party"):
            return mode
        if len({a.code for a in actors} | {r.code for r in recipients}) >= 3 or \
                mode == "multilateral":
            return "multilateral"
        return mode


def _coordinated_vp(v: Token, sent: Span) -> bool:
    """"... stenger grensene mot Niger og fryser statens eiendeler": a verb right after "og"
    (an adverb between allowed) continues the first clause and shares its subject."""
    prev = v.doc[v.i - 1] if v.i - 1 >= sent.start else None
    if prev is not None and prev.pos_ == "ADV" and v.i - 2 >= sent.start:
        prev = v.doc[v.i - 2]
    if prev is not None and prev.text in ("–", "—") and prev.i > sent.start:
        return True  # a heading: "Kina slår tilbake – hever tollen på amerikanske varer"
    if prev is None or prev.lower_ != "og":
        return False
    if v.dep_ == "KOORD" and v.head.dep_ == "ROOT":
        return True  # coordinated with the main verb
    if prev.i - 1 >= sent.start and v.doc[prev.i - 1].text == ",":
        return True  # ", og advarte": the embedded clause before the comma is closed
    # inside an embedded clause ("stadfesta at soldatar er sende til Russland og utplasserte")
    # the first conjunct's subject is not the sentence's opening name
    return not any(t.lower_ in ("at", "som") for t in sent if t.i < prev.i)


#: Truce nouns (and their stems) whose entry into force is a ceasefire now in place.
TRUCE_STEMS = ("våpenhvil", "våpenkvil", "våpenstillstand")


def _truce_in_force(n: Token) -> bool:
    """"Våpenhvilen trådte i kraft lørdag", "våpenhvilen som trådte i kraft søndag": a truce
    noun as the subject of "tre i kraft", in its clause or in a relative clause on it."""
    if not n.lower_.startswith(TRUCE_STEMS):
        return False
    verbs = [n.head] if n.dep_ == "SUBJ" else []
    verbs += [c for c in n.children if is_verb(c) and any(x.lower_ == "som" for x in c.children)]
    return any(lemma(v) in ("tre", "tré") and any(
        c.lower_ == "i" and any(k.lower_ == "kraft" for k in c.children) for c in v.children)
        for v in verbs)


def _governing_verb(n: Token) -> Token | None:
    """The verb an event noun is the object of, directly or through a preposition."""
    h = n.head
    if h != n and is_prep(h):
        h = h.head
    return h if h != n and is_verb(h) and n.dep_ in ("DOBJ", "PUTFYLL") else None


def _looks_forward(gov: Token) -> bool:
    """"ser fram til å", "ser frem til å" (nn "sjå fram til å"): a wish for the future."""
    return lemma(gov) in ("se", "sjå") and gov.i + 1 < len(gov.doc) \
        and gov.doc[gov.i + 1].lower_ in ("fram", "frem")


def _is_heading(sent: Span) -> bool:
    """A short line without final punctuation (a sub-heading: "Kritiserte Zelenskyj")."""
    words = [t for t in sent if not t.is_space]
    return len(words) <= 6 and not (words and words[-1].text in ".!?»\"")


def _aim_at_the_acts_author(cands: list[Candidate]) -> None:
    """"Norge anerkjenner ikke annekteringen av Krim": a rejection or a verdict whose object
    is an act coded in the same sentence is aimed at that act's author (Russia), not at the
    act's own target."""
    nominal = {c.match.token.i: c for c in cands if c.match.kind == "noun" and c.event.actor}
    for c in cands:
        e = c.event
        if e.event not in REACTIONS or c.object_token not in nominal:
            continue
        authors = [a for a in nominal[c.object_token].event.actor
                   if a.code not in {x.code for x in e.actor}]
        if authors:
            e.recipient = [Actor(code=a.code, sector=a.sector, text=a.text, name=a.name,
                                 start=a.start, end=a.end) for a in authors]
            c.args.how.append("the author of the act it reacts to")


#: Acts between two parties that a crowd protests against ("i protest mot avtalen").
PROTESTED_ACTS = frozenset({"avtale", "besøk", "vitjing", "avgjerd", "avgjørelse", "vedtak",
                            "beslutning", "overenskomst", "forlik"})
#: Purposes of sending troops that make them help for a state ("for å beskytte regjeringen").
HELPING_PURPOSES = frozenset({"beskytte", "verne", "forsvare", "støtte", "hjelpe", "kjempe",
                              "bistå", "trene", "lære"})
#: Verbs that are aid only when the helped party is named ("fraktet våpen til Ukraina").
WEAK_AID_LEMMAS = frozenset({"frakte", "bidra", "bistå", "hjelpe"})
#: The words "_to_both_parties" looks for.
PARTY_WORDS = frozenset({"partene", "partane", "sidene", "begge", "båe"})
#: Verbs of inviting: a passive one without an agent is the host's ("invitert til Moskva").
INVITING = frozenset({"invitere", "innby", "be"})
#: Categories of acts done by saying them: a passive one without an agent is said by whoever
#: issued the statement the sentence quotes (``_statement_issuer``).
STATED_ACTS = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN", "SUPPORT"})
#: The verbs.tsv mode of frames that are misdeeds: coded as the claimant's ACCUSE.
MISDEED = "misdeed"
#: Frames of voting: with no target named, the vote is for or against the body's resolution.
VOTE_FRAMES = frozenset({"stemme for", "stemme mot", "stemme imot", "stemme nei",
                         "røyste for", "røyste mot", "røyste imot", "røyste nei"})
#: Frames of an act left unanswered: negated, a quoted speaker's threat (NEGATED_RECODE).
UNANSWERED_FRAMES = ("bli stående", "forbli", "verte ståande")
#: Hostile acts that, told in a coded claimant's at-clause, are the claimant's allegation.
ALLEGED_ACTS = frozenset({"ASSAULT", "COERCE"})
#: Verbs of claiming whose at-clause is someone's allegation ("mener at X står bak").
CLAIM_VERBS = frozenset({"mene", "meine", "hevde", "påstå", "konkludere", "fastslå",
                         "slå", "bekrefte", "stadfeste"})
#: Sectors whose unaddressed criticism is aimed at their own government.
HOME_CRITICS = frozenset({"PTY", "LEG", "OPP"})
#: Visit nouns: "under et besøk i Athen" names whom the subject visits.
VISIT_NOUNS = frozenset({"besøk", "statsbesøk", "vitjing", "offisielt besøk", "visitt"})
#: Prepositions of an occasion during which the clause's subject acts ("under et besøk").
OCCASION_PREPS = frozenset({"under", "i", "på", "etter"})
#: Nouns of talking with someone (by their endings: "telefonsamtale", "videomøte").
TALK_NOUNS = ("samtale", "møte", "samtal")


def _occasion_verb(n: Token, preps: Iterable[str]) -> Token | None:
    """The verb, not negated, that noun ``n`` is an occasion of as the object of an
    adverbial preposition in ``preps`` ("sa under et besøk", "gratulerte i en samtale")."""
    prep = n.head
    if n.dep_ != "PUTFYLL" or not is_prep(prep) or prep.lower_ not in preps \
            or prep.dep_ != "ADV":
        return None
    v = prep.head
    if not is_verb(v) or any(c.lower_ in ("ikke", "ikkje", "aldri") for c in v.children):
        return None
    return v


def _dependents(v: Token, deps: tuple[str, ...]) -> list[Token]:
    """The words of the first child of ``v`` with a relation in ``deps``."""
    child = next((c for c in v.children if c.dep_ in deps), None)
    return list(child.subtree) if child is not None else []

#: Tokens that close a clause when looking for its weekday.
CLAUSE_STOPS = frozenset({",", ";", ":", "og", "men", "etter", "da", "då", "mens", "medan", "at",
                          "som"})

#: Adjectives of readiness and the preposition before their infinitive ("klar til å",
#: "budd på å stengje grensa"): the act is announced, like a future.
READY_ADJECTIVES: dict[str, tuple[str, ...]] = {
    "klar": ("til",), "budd": ("på",), "førebudd": ("på",), "forberedt": ("på",),
    "beredt": ("til", "på"), "rede": ("til",), "villig": ("til",), "innstilt": ("på",)}

#: ``Candidate.object_event`` of a reaction to "it": the act the story leads with.
LEAD = "LEAD"


#: Keyword classes of a verdict ("kalle det en provokasjon", "kalte avtalen historisk").
VERDICT_CLASSES = frozenset({"negative", "positive"})


#: Purposes of a crowd that make its gathering no protest ("samlet seg for å ta imot ham",
#: "strøymde ut i gatene for å feire").
CELEBRATING = frozenset({"feire", "hylle", "juble", "minnes", "minne", "sørge", "ta", "ønske",
                         "takke", "hedre", "heidre", "helse", "vinke"})


def _gathered_to_celebrate(v: Token, sent: Span) -> bool:
    """"for å feire/hylle/ta imot ..." after the crowd's verb in its sentence."""
    doc = v.doc
    for j in range(v.i + 1, sent.end - 2):
        if doc[j].lower_ == "for" and doc[j + 1].lower_ == "å":
            nxt = doc[j + 2]
            return lemma(nxt) in CELEBRATING and (lemma(nxt) != "ta" or any(
                x.lower_ == "imot" for x in doc[j + 3:min(sent.end, j + 6)]))
    return False


#: First-person plural possessives ("territoriet vårt", "våre soldater").
OUR_WORDS = frozenset({"vår", "vårt", "våre", "vårs"})


def _ours(v: Token) -> bool:
    """The object of verb ``v`` is the speaker's side's ("territoriet vårt", "landet vårt")."""
    return any(c.dep_ in OBJ and any(t.lower_ in OUR_WORDS for t in c.subtree)
               for c in v.children)


#: Words of a gathering ("møttes", "samlet seg", "et lukket møte"), not talks with someone.
GATHERING_LEMMAS = frozenset({"møte", "møtes", "møtast", "samle", "samles", "samlast",
                              "samling"})


def _a_gathering(t: Token) -> bool:
    """Cue ``t`` names a meeting or gathering ("krisemøte", "møttes", "samlet seg")."""
    lem = lemma(t)
    return lem in GATHERING_LEMMAS or lem.endswith("møte") or t.lower_.startswith("møtt")


def _aim_responses(candidates: list[Candidate]) -> None:
    """"Maduro svarte med å mobilisere militsen": an act given as the answer to an earlier
    one, with no target of its own, is aimed at the author of the last earlier event aimed
    at the answering party."""
    for k, c in enumerate(candidates):
        e = c.event
        if e.recipient or e.negated or not e.actor or not _answers(c.match.token):
            continue
        own = {a.code for a in e.actor}
        for prior in reversed(candidates[:k]):
            p = prior.event
            if not p.negated and own & {r.code for r in p.recipient} \
                    and not own & {a.code for a in p.actor}:
                e.recipient = [replace(a) for a in p.actor]
                c.args.how.append(f"answers the earlier '{prior.match.token.text}'")
                break


def _answers(t: Token) -> bool:
    """``t`` is the infinitive of "svare/reagere med/ved å ..." (the act given as an
    answer)."""
    inf = t.head
    prep = inf.head if inf.lower_ == "å" else None
    if prep is not None and prep.lower_ in ("med", "ved") and _answering(prep.head):
        return True
    doc = t.doc  # (the parse may hang "med" elsewhere: read the words before)
    if t.i < 3 or doc[t.i - 1].lower_ != "å" or doc[t.i - 2].lower_ not in ("med", "ved"):
        return False
    return any(_answering(doc[j]) for j in range(max(0, t.i - 8), t.i - 2))


#: Forms of "svare" the tagger may take for the adjective "svart" (black).
ANSWER_FORMS = frozenset({"svarte", "svart", "svara", "svarer", "svarar"})


def _answering(t: Token) -> bool:
    """``t`` is a verb of answering, whatever its tag ("svarte" is also 'black')."""
    return lemma(t) in RESPONSE_VERBS or t.lower_ in ANSWER_FORMS


def _aim_at_perpetrators(candidates: list[Candidate], implicit: set[int]) -> None:
    """"USA fordømte oppskytingene": a reaction to an event the article reports elsewhere is
    aimed at whoever did it: the actor of that category in the article, counted among events
    with both parties named first; among those whose recipient was guessed (the actor is
    named either way: "Frankrike kritiserte ..." before "Tyrkia avviser kritikken") only when
    a decision's author cannot be the story's lead actor instead."""
    named, guessed = _doer_counts(candidates, implicit)
    aimed: dict[tuple[str, str], set[str]] = {}  # (category, actor) -> its recipients
    for c in candidates:
        if not c.event.negated:
            for a in c.event.actor:
                aimed.setdefault((c.event.event, a.code), set()).update(
                    r.code for r in c.event.recipient)
    leads = [d.event.actor[0].code for d in candidates  # first actors of named events
             if id(d.event) not in implicit and not d.event.negated and d.event.actor]
    for c in candidates:
        e = c.event
        if id(e) not in implicit:
            continue
        if c.object_event in (None, e.event):  # (no object, or its own "sanksjoner")
            aggressor = _aggressor_beside(c, candidates)
            if aggressor is not None:  # "Etter at Russland angrep Ukraina, innførte Japan
                e.recipient = [replace(a) for a in aggressor.event.actor]  # sanksjoner"
                c.args.how.append(f"the author of '{aggressor.match.token.text}' beside it")
                continue
        if c.object_event is None:
            continue
        own = {a.code for a in e.actor}
        earlier = _antecedent(c, candidates)
        if earlier is not None:  # "fordømte øvelsene" after "Kina holdt militærøvelser"
            parties = earlier.event.actor + (  # a meeting or a deal: both its parties
                earlier.event.recipient if earlier.event.event in PARTIES_EVENTS else [])
            if e.event in UNDOING and earlier.event.recipient:  # "oppheve sanksjonene"
                parties = earlier.event.recipient  # after EU's: lifted for their target
            e.recipient = [replace(a) for a in parties if a.code not in own]
            c.args.how.append(f"author of the earlier '{earlier.match.token.text}'")
            continue
        if e.event in UNDOING:
            continue  # lifting sanctions is not aimed at whoever else imposes some
        decision = c.object_event in (LEAD, "SUPPORT")
        lead = next((x for x in leads if x not in own), None) if decision else None
        counts = {k: n for k, n in named.get(c.object_event, {}).items() if k not in own}
        if c.object_event == "ACCUSE":  # "avviser anklagene": accusations reported before
            counts = _doers_before(c, candidates, implicit, own)  # (else the guess stands)
            if not counts:
                continue
        if not counts and lead is None:
            counts = {k: n for k, n in guessed.get(c.object_event, {}).items() if k not in own}
        at_us = {k: n for k, n in counts.items() if aimed.get((c.object_event, k), set()) & own}
        if at_us:  # "FN har avvist oppmodinga": the request made to the UN, not another one
            counts = at_us
        if counts:
            best = max(counts, key=lambda k: counts[k])
            e.recipient = [Actor(code=best)]
            c.args.how.append(f"perpetrator of the {c.object_event.lower()} ({best})")
        elif lead is not None:
            e.recipient = [Actor(code=lead)]  # the decision or act the story leads with
            c.args.how.append(f"the story's lead actor ({lead})")


#: Two-word times to come: a present-tense act with one of them is planned.
LATER_TIMES = frozenset({("neste", "uke"), ("neste", "veke"), ("neste", "måned"),
                         ("neste", "månad"), ("neste", "år"), ("i", "morgen"), ("i", "morgon"),
                         ("til", "helgen"), ("til", "helga"), ("neste", "helg")})
#: "blant dem X og Y": the members of a vague group subject that the text names.
AMONG = frozenset({("blant", "dem"), ("blant", "andre"), ("mellom", "dei"), ("mellom", "andre"),
                   ("blant", "dei")})
#: What a document as the subject does for its issuer: demand, condemn, reject, warn.
DOCUMENT_ACTS = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN"})
#: Documents that speak for whoever adopted or issued them ("en resolusjon som krever ...").
DOCUMENT_NOUNS = frozenset({"resolusjon", "uttalelse", "uttale", "erklæring", "fråsegn",
                            "vedtak", "kommuniké", "felleserklæring", "brev"})


def _at_clause_object(t: Token) -> bool:
    """``t`` (or its auxiliary) takes an at-clause as its object ("godtek ikkje at X ...")."""
    return any(c.dep_ == "DOBJ" and is_verb(c) and any(
        x.dep_ == "SBU" and x.lower_ == "at" for x in c.children)
        for h in aux_chain(t) for c in h.children)


def _likely(w: Token) -> bool:
    """A likelihood word that asserts rather than doubts ("sannsynlig", not "lite
    sannsynlig" or "usannsynlig")."""
    prev = w.doc[w.i - 1].lower_ if w.i > 0 else ""
    return lemma(w) in ("sannsynlig", "sannsynleg", "trolig", "truleg") \
        and prev not in ("lite", "ikke", "ikkje", "mindre")


def _no_longer(t: Token) -> bool:
    """"ikke lenger", "ikkje lenger" among the four words before ``t`` or the three after it
    ("vil ikke lenger sende", "sender ikke lenger")."""
    words = doc_words(t.doc).lower
    lo, hi = max(1, t.i - 4), min(len(words), t.i + 4)
    return any(words[j] in ("lenger", "lengre") and words[j - 1] in ("ikke", "ikkje", "aldri")
               for j in range(lo, hi) if j != t.i)


#: Forecasters: "ifølge eksperter" before a future act makes it a forecast.
EXPERTS = ("ekspert", "analytiker", "analytikar", "forsker", "forskar", "observatør")
#: What polls and figures are: "viser at" after one of them reports a finding, not an act.
POLL_STEMS = ("måling", "meningsmåling", "undersøkelse", "undersøking", "spørreundersøk",
              "statistikk", "tall")


def _experts_say(sent: Span) -> bool:
    """"Ifølge eksperter ..." / "ifølgje analytikarar ..." in the sentence."""
    words = [t.lower_ for t in sent]
    return any(w in ("ifølge", "ifølgje") and any(x.startswith(EXPERTS) for x in words[k + 1:k + 4])
               for k, w in enumerate(words))


def _poll_finding(v: Token) -> bool:
    """``v`` is in the at-clause of "viser at" whose subject is a poll or figures."""
    for a in v.ancestors:
        if lemma(a) in ("vise", "visa") and a.i < v.i:
            subj = find_subject(a)[0]
            return any(t.lower_.startswith(POLL_STEMS) or any(
                t.lower_.endswith(p) for p in ("måling", "målinga", "målingen"))
                for t in subj)
    return False


#: Act and decision nouns as word beginnings (for forms the tagger left unlemmatised).
ACT_STEMS = tuple(sorted(ACT_NOUNS | DECISION_NOUNS))
#: Punishments aimed, when no one is named, at whoever committed the violence beside them.
PUNISHMENTS = frozenset({"SANCTION", "ACCUSE", "THREATEN"})
#: Prepositions naming who gives what a receiving verb's subject gets ("fikk asyl i Mexico":
#: Mexico gave it; anything else "av X").
GIVER_PREPS: dict[str, tuple[str, ...]] = {"asyl": ("av", "i", "fra", "frå")}
#: Frames of hitting back: done with no force named, a reproach in words.
RETALIATION_FRAMES = frozenset({"slå tilbake mot"})
#: Verbs of proposing or promising: with a hostile act as their object, a threat.
PROPOSING = PROMISE_LEMMAS | {"foreslå", "tilby"}
#: Acts named by the object of a rejection or condemnation that, with no target of their own,
#: were aimed at the one who rejects them ("avviste kravet fra Polen": Poland's demand on it).
AIMED_AT_REACTOR = frozenset({"REQUEST", "ACCUSE", "THREATEN", "SANCTION"})


def _aggressor_beside(c: Candidate, candidates: list[Candidate]) -> Candidate | None:
    """An attack told in the same sentence as a punishment with a guessed recipient, done by
    someone else: the punishment answers it ("Etter at Russland angrep Ukraina, innførte
    Japan sanksjoner"; not a war named in passing, "matkrisen etter krigen i Ukraina")."""
    if c.event.event not in PUNISHMENTS:
        return None
    own = {a.code for a in c.event.actor}
    sent = c.match.token.sent
    for d in candidates:
        if d is not c and d.event.event == "ASSAULT" and not d.event.negated \
                and not d.event.nominal \
                and d.match.token.sent == sent and d.event.actor \
                and not own & {a.code for a in d.event.actor}:
            return d
    return None


#: First-person possessives: in a quotation, "regjeringen min", "våre styrker" are the speaker's.
FIRST_POSSESSIVE = frozenset({"min", "mi", "mitt", "mine", "vår", "vårt", "våre"})
#: Military targets: fire "mot mål i X" is an attack, wherever the parse hangs "i X".
TARGET_NOUNS = frozenset({"mål", "stilling", "posisjon", "militærmål"})
#: Mention kinds that name a party outright (a name, not a title or a pronoun).
NAMED_KINDS = frozenset({"person", "state", "capital", "org"})
#: Words of likelihood and doubt over an at/om-clause: "lite sannsynlig at", "uklart om".
LIKELIHOOD = frozenset({"sannsynlig", "usannsynlig", "sannsynleg", "usannsynleg", "mulig",
                        "umulig", "mogleg", "umogleg", "uklart", "uklar", "usikkert", "usikker",
                        "uvisst", "tvilsomt", "tvilsom", "trolig", "truleg", "tenkelig",
                        "tenkjeleg"})
#: Acts a main clause after a fronted condition holds out as a threat ("Dersom X angriper,
#: vil vi svare med full styrke", "Hvis EU innfører sanksjoner, vil Russland stanse gassen").
HELD_OUT = MATERIAL_CONFLICT | {"REJECT", "THREATEN"}
#: Events that undo an earlier act ("opphevet sanksjonene"): aimed at that act's target.
UNDOING = frozenset({"RETREAT", "CONCEDE"})
#: Events whose author is both sides: a reaction to "møtet" or "avtalen" is aimed at both.
PARTIES_EVENTS = frozenset({"CONSULT", "AGREE", "COOPERATE"})


def _doer_counts(candidates: Iterable[Candidate], implicit: set[int]
                 ) -> tuple[dict[str, dict[str, int]], dict[str, dict[str, int]]]:
    """How often each party is the actor of each category among ``candidates`` (negated
    ones left out): for the events with both parties named, and for those whose recipient
    was guessed (``implicit``)."""
    named: dict[str, dict[str, int]] = {}
    guessed: dict[str, dict[str, int]] = {}
    for c in candidates:
        if c.event.negated:
            continue
        doers = guessed if id(c.event) in implicit else named
        counts = doers.setdefault(c.event.event, {})
        for a in c.event.actor:
            counts[a.code] = counts.get(a.code, 0) + 1
    return named, guessed


def _doers_before(c: Candidate, candidates: list[Candidate], implicit: set[int],
                  own: set[str]) -> dict[str, int]:
    """How often each party other than ``own`` is the actor of an event of
    ``c.object_event`` before ``c`` in the text (events with a guessed recipient counted
    only when there are no others)."""
    earlier = takewhile(lambda d: d.match.token.i < c.match.token.i, candidates)
    named, guessed = _doer_counts(earlier, implicit)
    for doers in (named, guessed):
        counts = {k: n for k, n in doers.get(c.object_event or "", {}).items() if k not in own}
        if counts:
            return counts
    return {}


def _antecedent(c: Candidate, candidates: list[Candidate]) -> Candidate | None:
    """The act a definite event noun in a reaction's object refers back to: the latest
    earlier event whose cue word ends in the same noun ("øvelsene" after "militærøvelser",
    "angrepet" after "droneangrepet"), done by someone other than the reactor."""
    if c.object_token is None:
        return None
    o = c.match.token.doc[c.object_token]
    head = lemma(o).lower()
    if len(head) < 4 or o.lower_ == head:  # (an indefinite "angrep" refers to no earlier one)
        return None
    own = {a.code for a in c.event.actor}
    best: Candidate | None = None
    for d in candidates:
        t = d.match.token
        if t.i >= o.i or d.event.negated or not d.event.actor \
                or own & {a.code for a in d.event.actor}:
            continue
        if (t.lower_.startswith(head) or lemma(t).lower().endswith(head)) and (
                best is None or t.i > best.match.token.i):
            best = d
    return best


def _aim_like_peers(candidates: list[Candidate], implicit: set[int]) -> None:
    """"Biden lovet å sende stridsvogner" in a story of tanks sent to Ukraine: a promise of
    aid without a named recipient goes where the article's named aid goes (measured: doing
    the same for all aid and all promises moves more recipients wrong than right)."""
    named: dict[str, dict[str, int]] = {}
    for c in candidates:
        if id(c.event) in implicit or c.event.negated:
            continue
        for r in c.event.recipient:
            counts = named.setdefault(c.event.event, {})
            counts[r.code] = counts.get(r.code, 0) + 1
    for c in candidates:
        e = c.event
        promised_aid = e.event == "AGREE" and any(
            "(AID)" in n or n == "future AID -> AGREE" for n in c.notes)
        if id(e) not in implicit or not promised_aid:
            continue
        own = {a.code for a in e.actor}
        counts = {code: n for code, n in named.get("AID", {}).items() if code not in own}
        if counts:
            best = max(counts, key=lambda k: counts[k])
            e.recipient = [Actor(code=best)]
            c.args.how.append(f"as the article's other {e.event.lower()} events ({best})")


def code_events(doc: Doc | None, mentions: list[Mention], article: Article,
                trace: Trace | None = None, check_scope: bool = True,
                quotes: list[Quote] | None = None) -> list[Event]:
    """PLOVER events of one article from its parsed ``doc`` and its actor ``mentions``.

    ``trace`` collects the reasoning (for ``explain``); ``check_scope=False`` skips the test
    that drops non-political articles (sports, culture, weather, crime); ``quotes`` (the
    article's extracted quotes) tell who says "vi" or "X må ..." inside a quotation.
    """
    if doc is None:
        return []
    lex = load_lexicon()
    contexts = ContextFinder(article.text, lex)
    if check_scope and not is_political(article.title, article.text, lex, contexts.words()):
        if trace is not None:
            trace.add("article judged non-political (domain.yaml) — no events")
        return []
    state = _Article(doc, mentions, article, lex, trace, quotes, contexts)
    candidates: list[Candidate] = []
    try:
        sents = mend_sentences(list(doc.sents))
    except ValueError:  # a Doc without parse or sentence boundaries: one span
        sents = [doc[:]]
    for sent in sents:
        if not state.sent_text(sent).strip():
            continue
        found = state.code_sentence(sent)
        before = found or candidates
        if before:  # "Også Danmark fulgte etter", "..., og Jordan fulgte etter i 1994"
            follower = state.followed_suit(sent, before[-1])
            found = found + [follower] if follower is not None else found
        candidates.extend(found)
    candidates = _launches_of_attacks_dropped(candidates, state)
    implicit = {id(c.event) for c in candidates
                if any(h.startswith("implicit") for h in c.args.how)}
    _aim_at_perpetrators(candidates, implicit)
    _aim_like_peers(candidates, implicit)
    _aim_responses(candidates)
    events = deduplicate([c.event for c in candidates], implicit)
    kept = []
    for e in events:
        if _self_directed(e) and e.event == "MOBILIZE":
            e.recipient = []  # "økte beredskapen på Gotland": a build-up at home, aimed at no one
        if _self_directed(e) and e.event not in SELF_DIRECTED_OK:
            state.note(f"{e.event} {e.actor[0].code} -> itself: a state acting on itself — dropped")
        elif _meets_own_people(e):
            state.note(f"CONSULT {e.actor[0].code}: meeting its own citizens — dropped")
        else:
            kept.append(e)
    return kept


def _launches_of_attacks_dropped(candidates: list[Candidate], state: _Article) -> list[Candidate]:
    """"Iran avfyrte 170 droner" in a story of Iran's attack: the launch is that attack, no
    show of force (MOBILIZE) of its own."""
    attackers = {frozenset(a.code for a in c.event.actor) for c in candidates
                 if c.event.event == "ASSAULT" and not c.event.negated}
    kept = []
    for c in candidates:
        e = c.event
        if e.event == "MOBILIZE" and c.match.cue.needs == "missiles" and not e.recipient \
                and frozenset(a.code for a in e.actor) in attackers:
            state.note(f"{c.match.text()}: a launch in the actor's attack — not a MOBILIZE")
            continue
        kept.append(c)
    return kept


#: Endings of a Norwegian present-tense form ("besøker", "reiser", "møtes", "vil", "skal").
PRESENT_ENDINGS = ("r", "s", "vil", "kan", "skal", "må", "veit", "vet")
#: Mention kinds of a place inside a state ("Gotland", "Bornholm"), not the state itself.
HOME_PLACES = frozenset({"region", "city", "place"})
#: Mention kinds of a state or a place in it (the target of a war).
PLACE_KINDS = frozenset({"state", "capital", "region", "city", "place", "gpe"})
#: Tokens that may end a sentence.
SENTENCE_ENDS = frozenset({".", "!", "?", ":", ";", "»", "«", '"', "…", ")"})


def mend_sentences(sents: list[Span]) -> list[Span]:
    """Join a sentence the parser cut in two: a piece that ends without punctuation or a
    paragraph break, followed by one that opens in lower case ("Kinesiske soldater" +
    "beslagla våpnene ...": the parse gave the subject and the verb a root each)."""
    out: list[Span] = []
    for sent in sents:
        if out:
            prev = out[-1]
            last, first = prev[-1], sent[0]
            if not last.is_space and last.text not in SENTENCE_ENDS and first.is_alpha \
                    and first.is_lower:
                out[-1] = prev.doc[prev.start:sent.end]
                continue
        out.append(sent)
    return out


def _deontic(v: Token) -> Token | None:
    """The "må"/"bør" whose infinitive chain holds ``v`` ("må slutte å provosere og
    respektere"), within the clause."""
    for a in [v, *v.ancestors]:
        if a.lower_ in DEONTIC:
            return a
        if a != v and (a.dep_ == "ROOT" or any(c.dep_ == "SBU" for c in a.children)):
            return None
        if a.dep_ not in ("INFV", "KOORD", "DOBJ", "PUTFYLL") and a.lower_ != "å":
            return None
    return None


def _weekday(day: str | None) -> int | None:
    """The weekday number of an ISO date ("2023-06-01": 3), None when it is not one."""
    try:
        return date.fromisoformat(str(day)[:10]).weekday() if day else None
    except ValueError:
        return None


def _addressees(v: Token) -> list[Token]:
    """The direct and indirect objects of verb ``v``: whom a call or request addresses."""
    return [c for c in v.children if c.dep_ in ("DOBJ", "IOBJ")]


def _to_everyone(v: Token) -> bool:
    """"oppfordret alle land til å ...", "bad omverda respektere ...", "har bedt giverlandene
    om": no one in particular (for "alle parter" see ``_to_the_parties``)."""
    return any(lemma(c) in ("land", "stat") and any(d.lower_ in ("alle", "samtlige")
                                                     for d in c.children)
               or c.lower_ in WORLD_AT_LARGE or lemma(c) in WORLD_AT_LARGE
               for c in _addressees(v))


def _to_the_people(v: Token) -> bool:
    """The object is the people at large ("oppfordret folk til å", "bad innbyggjarane om")."""
    return any(lemma(c) in PEOPLE_NOUNS for c in _addressees(v))


#: The people at large as an addressee.
PEOPLE_NOUNS = frozenset({"folk", "befolkning", "innbygger", "innbyggjar", "borger", "borgar",
                          "tilhenger", "tilhengar", "landsmann", "velger", "veljar"})


def _to_the_parties(v: Token) -> bool:
    """The object is the parties of a conflict: "partane", "alle parter", "begge sider"."""
    return any(c.lower_ in PARTY_NOUNS for c in _addressees(v))


def _between_the_parties(v: Token) -> bool:
    """"mekle mellom partene", "meklar mellom dei krigførande partane": the parties of the
    story's conflict, whoever the memory took them for."""
    for c in v.children:
        if c.lower_ == "mellom":
            o = prep_object(c)
            if o is not None and o.lower_ in PARTY_NOUNS:
                return True
    return False


#: "the parties" of a conflict, as an object ("oppmoda partane", "bad alle partar").
PARTY_NOUNS = frozenset({"parter", "partene", "partane", "partar", "sider", "sidene",
                         "sidane"})


#: Addressees that are no party: the world, the international community, donors.
WORLD_AT_LARGE = frozenset({"omverden", "omverdenen", "omverda", "verden", "verda",
                            "verdenssamfunnet", "verdssamfunnet", "giverlandene", "giverlanda",
                            "giverland", "givere", "giverne", "gjevarane"})


def _uncoded_subject(subj: list[Token]) -> bool:
    """A subject the parse found with a noun of its own ("det internasjonale samfunnet"), not a
    pronoun, a relative "som" or a name: it stands for no coded actor."""
    heads = [t for t in subj if t.head not in subj or t.head == t]
    return bool(heads) and all(  # (a capital only from the sentence start: "Presidenten")
        t.pos_ == "NOUN" and not (t.is_title and not t.is_sent_start) for t in heads)


def _offered_by(n: Token) -> Token | None:
    """"tilbud om nødhjelp fra Spania": the offer noun whose om-phrase holds event noun ``n``."""
    p = n.head
    if n.dep_ != "PUTFYLL" or p == n or p.lower_ != "om" or p.head == p:
        return None
    return p.head if lemma(p.head) in OFFER_NOUNS else None


def _meets_own_people(event: Event) -> bool:
    """"Scholz møtte de løslatte tyskerne": a leader meeting or receiving the state's own
    citizens is no interaction between political actors."""
    actors = {a.code for a in event.actor}
    return event.event == "CONSULT" and bool(event.recipient) and all(
        r.code in actors and r.sector == "CVL" for r in event.recipient)


def _self_directed(event: Event) -> bool:
    """A government acting on itself ("Norway supports Norway"): the same state(s) on both
    sides and no other sector (rebels, army, opposition) that would make it a domestic event."""
    actors = {a.code for a in event.actor}
    if not actors or actors != {r.code for r in event.recipient}:
        return False
    return all(p.sector in (None, "GOV") for p in (*event.actor, *event.recipient))


def _givers(doc: Doc, start: int, end: int, limit: int = 12) -> list[Token]:
    """The words after a receiving verb's "fra": up to the next clause (a verb, ", og",
    a full stop), so that coordinated givers count ("fra Emiratene og Egypt, og ...")."""
    out: list[Token] = []
    for j in range(start, min(end, start + limit)):
        t = doc[j]
        if t.text in (".", ";", ":", "!", "?") or (is_verb(t) and t.pos_ != "AUX" and out):
            break
        if t.text == "," and j + 1 < end and doc[j + 1].lower_ in ("og", "men", "mens"):
            break
        out.append(t)
    return out


#: Subordinators of adverbial clauses, which state facts ("då landet skaut opp ein satellitt").
ADVERBIAL_SUBORDINATORS = frozenset({"da", "då", "når", "før", "etter", "fordi", "siden",
                                     "sidan", "mens", "medan", "ettersom"})


#: How an agentless passive state act got the state of its place as actor ("ble pågrepet i
#: Minsk"); read again when its person is placed.
WHERE_IT_HAPPENED = "passive without agent: the state where it happened"
#: The note of a hostile act held out under a considering verb.
CONSIDERED = "a hostile act considered under"


def _held_out(cue: Cue) -> bool:
    """A hostile act that, considered ("vurderer å ..."), is held out as a threat: force,
    coercion, sanctions, a deployment, or taking a case to court ("klage inn for")."""
    return cue.event in MATERIAL_CONFLICT or cue.frame.startswith(
        ("klage inn", "klage saka inn", "klage saken inn", "gå til sak"))


def _adverbial_clause(x: Token) -> bool:
    """``x`` heads a temporal or causal clause ("da ...", "etter at ..."), whatever its tag
    ("da aserbajdsjanske styrker angrep", "angrep" tagged as a noun)."""
    for c in x.children:
        if c.dep_ == "SBU" and c.i < x.i:
            prev = x.doc[c.i - 1].lower_ if c.i > 0 else ""
            return c.lower_ in ADVERBIAL_SUBORDINATORS or (
                c.lower_ == "at" and prev in ADVERBIAL_SUBORDINATORS)
    return False


def _object_words(v: Token) -> list[Token]:
    """The words of verb ``v``'s object and of its mot/på-phrase ("utstedte en arrestordre
    mot opposisjonslederen")."""
    out: list[Token] = []
    for c in v.children:
        if c.dep_ in ("DOBJ", "IOBJ"):
            out += [x for x in c.subtree]
        elif is_prep(c) and c.lower_ in ("mot", "på"):
            out += [x for x in c.subtree if x is not c]
    for c in v.children:  # the light verb's noun carries the mot-phrase ("arrestordre mot X")
        if c.dep_ == "DOBJ":
            out += [x for p in c.children if is_prep(p) and p.lower_ == "mot"
                    for x in p.subtree if x is not p]
    return out


def _verdict_copula(m: CueMatch) -> bool:
    """``m`` is the bare copula row of a quoted verdict ("– Dette er et brudd på ...")."""
    return m.cue.lemma in VERDICT_COPULAS and not m.cue.particles


def _condition_opener(t: Token) -> Token | None:
    """The "dersom"/"hvis"/"viss" that opens a condition after cue ``t`` in its sentence."""
    for x in t.doc[t.i + 1:t.sent.end]:
        if x.text in (".", ";", "!", "?"):
            return None
        if x.lower_ in ("dersom", "hvis", "viss"):
            return x
    return None


def _clause_governor(v: Token, match: Callable[[Token], Token | None],
                     openers: tuple[str, ...]) -> Token | None:
    """The first word above ``v`` that ``match`` accepts, when a clause opener of
    ``openers`` ("at", "om") stands between them; None otherwise."""
    crossed = False
    for a in v.ancestors:
        crossed = crossed or any(c.lower_ in openers for c in a.children if c.i < v.i)
        found = match(a)
        if found is not None:
            return found if crossed else None
    return None


def _responds(g: CueMatch) -> bool:
    """``g`` is a verb of answering ("svarte", whatever lemma the tagger gave it: "svart")."""
    return g.cue.lemma in RESPONSE_VERBS or _answering(g.token)


def _governs(g: CueMatch | None) -> bool:
    """``g`` is a verb cue whose complement would not be asserted."""
    return g is not None and g.kind == "verb" and g.cue.event in UNASSERTING_GOVERNORS \
        and not _verdict_copula(g)  # (a verdict judges its subject only)


def _relative_clause(x: Token) -> bool:
    """Verb ``x`` heads a relative clause on a noun ("erklæringen som partene undertegnet"):
    a fact about the noun, stated whatever governs the noun."""
    return is_verb(x) and x.head != x and not is_verb(x.head) and any(
        c.lower_ in ("som", "der") and c.i < x.i for c in x.children)


#: "hverandre": two actors acting on each other.
RECIPROCALS = frozenset({"hverandre", "hverandres", "kvarandre", "kvarandres", "kvarandre's"})


def _reciprocals_split(cands: list[Candidate]) -> list[Candidate]:
    """"India og Pakistan skuldar kvarandre", "kaster ut hverandres diplomater": an act of
    two actors on each other is two events, one each way."""
    out: list[Candidate] = []
    for c in cands:
        e = c.event
        t = c.match.token
        window = t.doc[t.i + 1:min(len(t.doc), t.i + 6)]
        if len(e.actor) != 2 or e.recipient or e.event in ("CONSULT", "COOPERATE") or not any(
                x.lower_ in RECIPROCALS for x in window):
            out.append(c)
            continue
        a, b = e.actor
        for x, y in ((a, b), (b, a)):
            ev = replace(e, actor=[x], recipient=[Actor(code=y.code, sector=y.sector)])
            out.append(replace(c, event=ev, notes=[*c.notes, "each on the other"]))
    return out


def _cancelled(n: Token, by_token: dict[int, CueMatch]) -> bool:
    """A cancelling verb cue shortly before meeting noun ``n`` in its clause ("avlyste
    fleire tyske kommunar valkampmøte med ..."), whatever the parse."""
    for j in range(n.i - 1, max(0, n.i - 7), -1):
        tok = n.doc[j]
        if tok.is_punct:
            return False
        g = by_token.get(j)
        if g is not None and g.kind == "verb" and g.cue.lemma in CANCEL_LEMMAS:
            return True
    return False
