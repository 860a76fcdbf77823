"""Phrasings handled in session 16, end to end (sentences written for this test)."""

from __future__ import annotations

import pytest

from .test_pipeline_events import events_of, triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # "X står bak <a misdeed>" in what someone says or believes: the claimant accuses X
    ("nb", "Tyrkias innenriksminister hevdet at USA sto bak kuppforsøket.",
     ("ACCUSE", ("TUR",), ("USA",))),
    ("nn", "Iran hevdar at Israel stod bak attentatet.", ("ACCUSE", ("IRN",), ("ISR",))),
    ("nb", "Regjeringen i Kyiv mener at Russland står bak sabotasjen mot kraftverket.",
     ("ACCUSE", ("UKR",), ("RUS",))),
    # a passive said act with no agent: the issuer of the statement it is said in
    ("nb", "I en uttalelse fra utenriksdepartementet i Beijing anklages Japan for å provosere.",
     ("ACCUSE", ("CHN",), ("JPN",))),
    ("nn", "I ei fråsegn frå regjeringa i Teheran vert USA skulda for å ha planlagt åtaket.",
     ("ACCUSE", ("IRN",), ("USA",))),
    # a quoted verdict on someone's account, a credit denied in a quoted verdict
    ("nb", "– Den russiske forklaringen er absurd, sa Støre.", ("ACCUSE", ("NOR",), ("RUS",))),
    ("nb", "– Den russiske forklaringen er ikke troverdig, sa Støre.",
     ("ACCUSE", ("NOR",), ("RUS",))),
    ("nn", "– Den kinesiske påstanden er ikkje haldbar, sa Støre.",
     ("ACCUSE", ("NOR",), ("CHN",))),
    # invited to a state's capital with no inviter named: the host invites; trust in an ally
    ("nb", "Tshisekedi og Kagame er invitert til Washington.",
     ("AGREE", ("USA",), ("COD", "RWA"))),
    ("nn", "Kenyas president og Etiopias statsminister er inviterte til Beijing.",
     ("AGREE", ("CHN",), ("ETH", "KEN"))),
    ("nb", "Den litauiske presidenten sier hun har full tillit til USA.",
     ("SUPPORT", ("LTU",), ("USA",))),
])
def test_phrasing(pipeline, lang, text, expected):
    assert expected in triples(events_of(pipeline, text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    # a neutral act's author is no accusation, nor is authorship the text itself states
    ("nn", "Statsministeren meiner at Noreg står bak forslaget."),
    ("nb", "USA sto bak kuppet i Iran i 1953."),
])
def test_authorship_without_a_claim_of_a_misdeed_is_no_accusation(pipeline, lang, text):
    assert not any(e.event == "ACCUSE" for e in events_of(pipeline, text, lang))


def test_a_listed_past_tense_is_known_as_one():
    # "anklaget" and "støttet" are pasts of verbs.tsv that the nouns "en anklage", "en støtte"
    # only over-generate; a neuter noun's definite form ("møtet") is no past
    from multivektor.events.lexicon import load_lexicon

    lex = load_lexicon()
    assert {"anklaget", "støttet"} <= lex.verb_pasts
    assert "møtet" not in lex.verb_pasts and "anklagen" not in lex.verb_pasts


def test_a_past_tagged_as_noun_in_a_flat_name_is_the_verb(pipeline):
    text = "Zhao anklaget USA for å bryte ettkinaprinsippet og blande seg inn i Kinas saker."
    assert ("ACCUSE", ("CHN",), ("USA",)) in triples(events_of(pipeline, text, "nb"))


def test_a_passive_accusation_without_a_statement_has_no_actor(pipeline):
    assert not events_of(pipeline, "Japan anklages for å provosere.", "nb")


@pytest.mark.parametrize(("lang", "text"), [
    ("nb", "– Den russiske forklaringen er troverdig, sa Støre."),
    ("nb", "– Møtene med Taliban er ikke en legitimering av styret, sa Støre."),
])
def test_a_credit_given_or_a_denied_word_of_no_verdict_is_no_accusation(pipeline, lang, text):
    assert not any(e.event == "ACCUSE" for e in events_of(pipeline, text, lang))


@pytest.mark.parametrize(("lang", "text", "category"), [
    ("nb", "Zelenskyj er invitert til toppmøtet i Vilnius.", "AGREE"),  # a place, no host
    ("nb", "– Vi hadde bygget et tillitsforhold til Australia, sa Macron.", "SUPPORT"),
])
def test_no_host_for_an_events_place_and_no_trust_in_a_compound(pipeline, lang, text, category):
    assert not any(e.event == category for e in events_of(pipeline, text, lang))


def test_the_nynorsk_participle_of_be_asks(pipeline):
    text = "Australia har lenge bede USA om å leggje bort saka mot journalisten."
    assert ("REQUEST", ("AUS",), ("USA",)) in triples(events_of(pipeline, text, "nn"))
