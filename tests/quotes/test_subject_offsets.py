"""The subject offsets read as arrays are those a loop over the tokens finds."""

from __future__ import annotations

import pytest

from multivektor.quotes.names import _subject_offsets


def test_subject_offsets_match_the_token_loop():
    from multivektor import nlp

    try:
        model = nlp.load("nb")
    except nlp.ModelMissingError:
        pytest.skip("no trained NLP model in the package")
    doc = model("Statsministeren sa at Norge vil sende hjelp. Russland avviste kravet fra EU.")
    expected = {t.idx for t in doc if t.dep_ == "SUBJ"}
    assert expected and _subject_offsets(doc) == expected
