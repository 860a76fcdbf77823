"""Tokenizer cases for Norwegian news (sentences written for these tests)."""

from __future__ import annotations

import pytest
import spacy

from multivektor.nlp.tokenizer import customize

CASES = [
    # dialogue dash opening a quote
    (
        "– Vi går ikke av, sa statsministeren.",
        ["–", "Vi", "går", "ikke", "av", ",", "sa", "statsministeren", "."],
    ),
    ("–Vi går ikke av.", ["–", "Vi", "går", "ikke", "av", "."]),
    # guillemets
    (
        "Hun kalte forslaget «helt urimelig».",
        ["Hun", "kalte", "forslaget", "«", "helt", "urimelig", "»", "."],
    ),
    ("«Nei», svarte han.", ["«", "Nei", "»", ",", "svarte", "han", "."]),
    # abbreviations
    ("Partiet vil bl.a. kutte skatten.", ["Partiet", "vil", "bl.a.", "kutte", "skatten", "."]),
    (
        "Mange land, f.eks. Sverige, protesterte.",
        ["Mange", "land", ",", "f.eks.", "Sverige", ",", "protesterte", "."],
    ),
    ("Ap, Sp m.fl. stemte for.", ["Ap", ",", "Sp", "m.fl.", "stemte", "for", "."]),
    (
        "Møtet starter kl. 10 i rom nr. 4 i dag.",
        ["Møtet", "starter", "kl.", "10", "i", "rom", "nr.", "4", "i", "dag", "."],
    ),
    ("Han bor i St. Petersburg.", ["Han", "bor", "i", "St.", "Petersburg", "."]),
    # dates and ordinals stay whole; a year at the end of a sentence is split
    ("Valget holdes 28. november.", ["Valget", "holdes", "28.", "november", "."]),
    ("Hun kom på 3. plass.", ["Hun", "kom", "på", "3.", "plass", "."]),
    ("Loven kom i 2008.", ["Loven", "kom", "i", "2008", "."]),
    # hyphenated compounds and genitives stay whole
    (
        "NATO-toppmøtet samlet Kreml-vennlige ledere.",
        ["NATO-toppmøtet", "samlet", "Kreml-vennlige", "ledere", "."],
    ),
    ("Russlands president svarte.", ["Russlands", "president", "svarte", "."]),
    # party acronyms at the end of a sentence lose the full stop
    ("Forslaget kom fra Frp.", ["Forslaget", "kom", "fra", "Frp", "."]),
    # Nynorsk pronoun at the end of a sentence
    ("Det var ikkje eg.", ["Det", "var", "ikkje", "eg", "."]),
]


@pytest.fixture(scope="module", params=["nb", "nn"])
def tokenizer_nlp(request):
    return customize(spacy.blank(request.param))


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rules(tokenizer_nlp, text, expected):
    assert [t.text for t in tokenizer_nlp.make_doc(text)] == expected


def test_paragraph_break_is_one_space_token(tokenizer_nlp):
    doc = tokenizer_nlp.make_doc("Første avsnitt.\n\n– Andre avsnitt.")
    assert [t.text for t in doc] == ["Første", "avsnitt", ".", "\n\n", "–", "Andre", "avsnitt", "."]
    assert doc[3].is_space


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rules_are_saved_with_the_models(nb, nn, text, expected):
    for nlp in (nb, nn):
        assert [t.text for t in nlp.make_doc(text)] == expected
