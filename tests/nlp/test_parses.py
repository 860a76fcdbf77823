"""A few parses of sentences written for these tests (need the trained models)."""

from __future__ import annotations

import pytest

from multivektor.nlp import ndt_label

pytestmark = pytest.mark.slow

ARTICLE_NB = (
    "Regjeringen vil kutte skatten\n\n"
    "Finansministeren la fram et nytt forslag i Stortinget tirsdag. "
    "Forslaget møter kritikk fra opposisjonen.\n\n"
    "– Vi kommer ikke til å støtte dette, sier partilederen.\n\n"
    "Hun mener forslaget er «dårlig nytt for familiene»."
)


def test_sentences_follow_paragraphs_and_full_stops(nb):
    doc = nb(ARTICLE_NB)
    sents = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert sents[0] == "Regjeringen vil kutte skatten"
    assert sents[1].startswith("Finansministeren la fram")
    assert any(s.startswith("– Vi kommer ikke") for s in sents)
    assert sents[-1].startswith("Hun mener")
    assert len(sents) == 5


def test_subject_object_and_tags_nb(nb):
    doc = nb("Statsministeren kritiserte forslaget.")
    verb = doc[1]
    assert verb.tag_ == "verb" and verb.pos_ == "VERB"
    assert verb.dep_ == "ROOT" and ndt_label(verb) == "FINV"
    assert verb.lemma_ == "kritisere"
    assert doc[0].head == verb and doc[0].dep_ == "SUBJ"
    assert doc[2].head == verb and doc[2].dep_ == "DOBJ"
    assert doc[0].tag_ == "subst" and "Def" in doc[0].morph.get("Definite")


def test_preposition_object_nb(nb):
    doc = nb("Han bor i Bergen.")
    assert doc[2].tag_ == "prep" and doc[2].pos_ == "ADP"
    assert doc[3].head == doc[2] and doc[3].dep_ == "PUTFYLL"


def test_entities_nb(nb):
    doc = nb("Jonas Gahr Støre møtte representanter for Equinor i Oslo mandag.")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Jonas Gahr Støre", "PER") in ents
    assert ("Equinor", "ORG") in ents
    assert ("Oslo", "GPE_LOC") in ents


def test_nynorsk_basic_parse(nn):
    doc = nn("Ordføraren opna den nye skulen i Voss måndag.")
    verb = doc[1]
    assert verb.tag_ == "verb" and verb.dep_ == "ROOT"
    assert doc[0].dep_ == "SUBJ" and doc[0].head == verb


def test_nynorsk_place_name(nn):
    doc = nn("Ordføraren opna den nye skulen i Voss måndag.")
    assert any(e.text == "Voss" and e.label_.startswith("GPE") for e in doc.ents)
