"""Rule tables of the coder: which categories count as cooperative, violent, domestic; the
word lists of request modes; the prepositions that introduce targets. Kept apart from the
logic so a maintainer can read them in one place (the lexicon itself is in ``lexicon/``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from multivektor.events.lexicon import Cue

COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})
MATERIAL_CONFLICT = frozenset({"SANCTION", "ASSAULT", "COERCE", "MOBILIZE"})
#: Force used or threatened: a commitment not to use it is a concession.
FORCEFUL = MATERIAL_CONFLICT | {"THREATEN"}
#: Cues whose infinitive / that-clause holds the act they talk about: the embedded cue is not
#: coded on its own (``krever at X løslates``, ``nektet å møte``, ``lovet å sende``).
GOVERNING = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "AGREE", "CONCEDE"})
PROMISE_LEMMAS = frozenset({"love", "lova", "lover", "lovet", "lovar", "lovte", "lovde"})
YIELD_WORDS = ("våpenhvile", "våpenkvile", "fred", "slutt", "løslat", "lauslat", "tilbakehold",
               "trekke seg", "trekkje seg", "trekke tilbake",
               "stans", "stopp", "deeskal", "frigi", "sett fri", "avslutt", "avsluttar", "innstill",
               "nedtrapp", "trappe ned", "legge ned våpn", "leggje ned våpn", "overgi")
ASSIST_WORDS = ("hjelp", "støtte", "våpen", "luftvern", "bistand", "vern", "forsyning",
                "ammunisjon", "penger", "misjon", "beskyttelse")
MEET_WORDS = ("møte", "samtale", "forhandling", "hastemøte", "toppmøte", "konsultasjon", "dialog")
CROWD = "crowd"
#: Events that can stay inside one state (police vs protesters, army vs rebels).
DOMESTIC = frozenset({"COERCE", "ASSAULT", "PROTEST", "SANCTION", "RETREAT"})
#: Events a state can direct at itself (a government accusing its opposition, a court
#: convicting a citizen); any other X -> X event is an artefact of argument assignment.
SELF_DIRECTED_OK = DOMESTIC | {"ACCUSE"}
#: Events whose target, when the text leaves it implicit, is the actor's own state
#: (police arrest protesters, crowds protest against their government).
INWARD = frozenset({"COERCE", "PROTEST"})
#: Court verdicts: someone convicted whom the text gives no nationality is the court's own
#: state's (GUIDE: court convictions are SANCTION; "dømte Kara-Murza til 25 år").
VERDICT_LEMMAS = frozenset({"dømme", "døme"})
#: Verbs of pardoning.
PARDON_LEMMAS = frozenset({"benåde", "benåda"})
#: Verbs of arresting, jailing, sentencing or releasing a person: done by a state's
#: authorities, named or not ("ble pågrepet", "vart lauslaten").
DETENTION_LEMMAS = frozenset({"pågripe", "arrestere", "anholde", "fengsle", "varetektsfengsle",
                              "internere", "sette", "setje", "dømme", "døme", "løslate",
                              "lauslate", "slippe", "sleppe", "frigi"})
#: Expelling or deporting someone: the person is a foreigner, never the actor's own state.
EXPEL_LEMMAS = frozenset({"utvise", "vise", "deportere", "kaste", "tvangsflytte"})
VIOLENT = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE"})
LOCATIVE_PREPS = frozenset({"i", "ved", "utenfor", "utanfor", "nær", "rundt"})
#: Prepositions before where an act happens ("pågrepet i Minsk", "løslatt fra russisk
#: fengsel", "utenfor Moskva").
PLACE_PREPS = (LOCATIVE_PREPS - {"rundt"}) | {"fra", "frå"}
#: Prepositions introducing a target, by category (linear fallback when the parse has none).
TARGET_PREPS = {"*": frozenset({"mot", "overfor", "til"}),
                "CONSULT": frozenset({"med", "til", "hos"}),
                "ASSAULT": frozenset({"mot", "på"}),
                "AID": frozenset({"til"}),
                "REQUEST": frozenset({"til", "overfor"}),
                "SUPPORT": frozenset({"til", "overfor"}),
                "ACCUSE": frozenset({"mot", "overfor"}),
                "SANCTION": frozenset({"mot", "overfor"}),
                "THREATEN": frozenset({"mot", "overfor"}),
                "REJECT": frozenset({"mot", "overfor", "til", "med", "mellom"})}
#: International organisations (GUIDE.md): never the target of a "domestic" story.
ORGANISATIONS = frozenset({"UN", "NATO", "EU", "CSTO", "OSCE", "AU", "ASEAN", "G7", "G20", "WHO",
                           "IAEA", "ICC", "ICJ", "IMF", "WB", "WTO", "OPEC", "SCO", "BRICS",
                           "EAEU", "CIS", "COE", "ARCTIC", "NORDIC", "ECOWAS", "ARAB", "OIC",
                           "IOC", "FIFA", "ICRC", "MSF", "AI", "HRW"})
#: Salience ratio above which a story counts as domestic (implicit recipient = own state).
DOMESTIC_STORY = 3.0
#: Events that commonly have no recipient at all.
NO_IMPLICIT_RECIPIENT = frozenset({"MOBILIZE"})
#: Nouns of an offer or promise: aid "offered" ("tilbud om nødhjelp") is not yet given.
OFFER_NOUNS = frozenset({"tilbud", "tilbod", "løfte", "lovnad", "tilsagn"})
#: Signing verbs: signing an agreement is SUPPORT, signing pardons or sanctions is that act.
SIGN_LEMMAS = frozenset({"signere", "undertegne", "underteikne"})
#: Resigning ("gikk av", "fratrådte") is done to no one: no recipient is inferred.
RESIGN_FRAMES = frozenset({"gå av", "fratre", "tre av", "trekke seg"})
#: Categories coded from a noun on its own (with a named actor); the others need a verb.
NOMINAL_OK = frozenset({"ASSAULT", "SANCTION", "COERCE", "PROTEST", "RETREAT", "CONSULT",
                        "MOBILIZE", "AID"})
#: Receiving verbs: with an event noun as object, the subject is the recipient
#: ("fikk kritikk fra X", "mottok støtte fra Y").
#: Cues whose negation is another act: refused recognition is REJECT, "does not tolerate" and
#: "does not appreciate" are disapproval.
NEGATED_RECODE = {"anerkjen": "REJECT", "tolerere": "ACCUSE", "sette pris": "ACCUSE",
                  "setje pris": "ACCUSE", "bli stående": "THREATEN", "forbli": "THREATEN",
                  "verte ståande": "THREATEN"}
#: Cues whose negation is the threat ("utelukker ikke militærmakt").
NEGATED_THREATS = frozenset({"utelukke"})
#: Verbs of hesitating: "vil ikke nøle med å innføre sanksjoner" is a threat, hesitating alone
#: is no act.
HESITATE_LEMMAS = frozenset({"nøle", "nøla"})
PLANNED = frozenset({"planlagt", "planlagte", "planlagde", "planlagd", "foreslått", "foreslåtte",
                     "påtenkt", "påtenkte", "mulig", "mulige", "eventuell", "eventuelle"})
FIRST_PERSON = frozenset({"vi", "me", "jeg", "eg"})
#: Verbs whose subject receives: "fra X" names the actor ("møtte kritikk fra Egypt").
RECEIVE_LEMMAS = frozenset({"få", "motta", "fikk", "mottok", "møte"})
#: Plural references to the two sides of a story ("de to landene", "begge partar").
BOTH_SIDES = frozenset({"landene", "landa", "land", "partene", "partane", "partar", "sidene",
                        "sider", "nasjonene", "statene", "regjeringene", "lederne", "leiarane",
                        "to", "begge", "båe"})
#: Verbs announcing a measure: with a concrete sanction noun the measure itself is coded.
ANNOUNCING = frozenset({"varsle", "kunngjøre", "kunngjere", "annonsere"})
#: Decisions a party welcomes: aimed at whoever took the decision (a SUPPORT in the article).
DECISION_NOUNS = frozenset({"avstemning", "resultat", "beslutning", "vedtak", "avgjørelse",
                            "avgjerd", "godkjenning", "ratifisering", "ratifikasjon"})
#: Nouns for an act or statement a reaction judges ("kalla handlinga hærverk", "kalte
#: uttalelsen respektløs"): the reaction is aimed at the act the story is about.
ACT_NOUNS = frozenset({"handling", "uttale", "uttalelse", "utsegn", "utspill", "utspel",
                       "svar", "trekk", "blokkering", "avlysning", "avlysing", "forslag",
                       "tiltak", "beslutning", "avgjørelse", "avgjerd", "vedtak", "tanke",
                       "idé", "ide", "framlegg", "krav", "oppførsel", "framferd",
                       "opptreden", "politikk", "retorikk"})
#: Verbal acts aimed at whoever the object names: with an object the actor tables cannot
#: code ("skulda Vesten") the recipient is left empty, not guessed from the story.
VERBAL_TARGETED = frozenset({"ACCUSE", "REJECT", "THREATEN", "REQUEST", "SUPPORT"})
#: Verbs that continue an act ("vil fortsette å støtte", "held fram med å"): their modality
#: is the act's; with the act as a noun after "med" they are its light verb ("heldt fram med
#: angrepa").
CONTINUE_VERBS = frozenset({"fortsette", "halde", "holde"})
#: Present-tense modals of obligation: "X må/bør <act>" states a demand, not an act
#: ("måtte" and "burde" are past: "Russland måtte trekke seg ut" happened).
DEONTIC = frozenset({"må", "bør"})
#: Nouns whose "om å" infinitive is an act ordered or decided ("ga ordre om å bombe"); under
#: any other noun ("spørsmålet om å", "planer om å") the act is only talked about.
DIRECTIVE_NOUNS = frozenset({"ordre", "befaling", "beslutning", "vedtak", "avgjørelse", "avgjerd"})
#: Words that make a plural subject the two sides ("de to landene", "begge partar").
PAIR_WORDS = frozenset({"to", "begge", "båe", "partene", "partane", "partar", "sider", "sidene"})
#: Acts only a state's authorities do: with no agent, the state of the place did them.
STATE_ACTS = frozenset({"COERCE", "SANCTION"})
#: Summoning verbs: a passive's "til X" names who summoned ("ble kalt inn til UD").
SUMMON_LEMMAS = frozenset({"kalle", "innkalle", "kalla"})
#: Verbs that are events only with a named object: "forsvare Taiwan", not "forsvare
#: hjemlandet" or "forsvare kvar centimeter av territoriet".
NAMED_OBJECT_VERBS = frozenset({"forsvare", "forsvara"})
#: Frames that are events only with a named actor as object ("står bak Tyrkias regjering",
#: not "står bak angrepet").
NAMED_OBJECT_FRAMES = frozenset({"stå bak"})
#: Frames that are demands only on a named party ("forventer at Russland ...", not
#: "forventer at veksten tar seg opp").
ADDRESSED_FRAMES = frozenset({"forvente at"})
#: Warning verbs: THREATEN only when someone is warned or consequences are named.
WARN_VERBS = frozenset({"advare", "åtvare"})
#: "svarte med å / ved å X", "reagerte med å X": the verb introduces the act X itself.
RESPONSE_VERBS = frozenset({"svare", "reagere", "gjengjelde"})
#: Frames that respond in kind like those verbs ("slo tilbake med toll på ...").
RESPONSE_FRAMES = frozenset({"slå tilbake med"})
#: Withdrawing a complaint or lawsuit: at an organisation, aimed at the party complained of.
COMPLAINT_FRAMES = frozenset({"trekke klagen"})
#: "takket Sør-Afrika for å ha vært vertskap": the act in the for-clause is the object's, the
#: reason for the thanks or praise.
REASON_VERBS = frozenset({"takke", "rose", "hylle", "berømme", "gratulere", "hedre", "prise",
                          "lovprise"})
#: Reactions whose "det"/"den" object is the story's act ("hyllet det", "avviste det").
REACTIONS = frozenset({"SUPPORT", "ACCUSE", "REJECT"})
#: Pronouns that stand for a thing or an act, not a party.
THING_PRONOUNS = frozenset({"det", "den", "dette", "denne"})
#: Frames of parties agreeing with each other (deciding together, or being agreed): agreed
#: sanctions are imposed, and agreed tariff cuts stay an agreement.
AGREEMENT_FRAMES = ("bli enig", "bli samd", "verte samd", "verte einig", "enes", "einast",
                    "semjast", "være enig", "være samd", "vere samd", "vere einig", "avtale")


#: Verbs of opening a border, port or airspace (an easing when a RETREAT cue).
OPENING_LEMMAS = frozenset({"åpne", "opne", "gjenåpne", "gjenopne"})


def is_easing(cue: Cue) -> bool:
    """A RETREAT cue that eases sanctions, tariffs or a closure (not a withdrawal or a
    ceasefire)."""
    return cue.event == "RETREAT" and (
        cue.needs in ("lift", "closable") or cue.lemma in OPENING_LEMMAS
        or any(word.startswith("toll") for slot in cue.particles for word in slot))
#: Frames of joining an organisation: their implicit recipient is one ("vart medlem i april").
JOIN_FRAMES = ("bli medlem", "verte medlem", "melde seg inn")
#: Recalling one's own envoy: the recipient is the state the envoy leaves.
RECALL_FRAMES = ("kalle hjem", "kalle heim", "kalle tilbake", "hente hjem", "hente heim")
#: Verbs of taking part in an act: refusing to ("vil ikke delta i et motangrep") is a REJECT.
TAKE_PART_LEMMAS = frozenset({"delta", "bidra", "slutte", "være", "vere"})
#: Words opening the condition of a threat ("dersom USA fortsetter ...").
CONDITION_WORDS = frozenset({"dersom", "hvis", "viss", "om"})
#: The copula of a quoted verdict ("– Dette er et brudd på folkeretten, sa X"): its bare row
#: (no particles) is a cue only in a quoted sentence and governs nothing.
VERDICT_COPULAS = frozenset({"være", "vere"})
