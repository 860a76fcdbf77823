"""Actor tokens read from a parsed Doc as arrays carry what the spaCy tokens say."""

from __future__ import annotations

import pytest

from multivektor.actors.tokens import from_doc


def test_from_doc_matches_the_spacy_tokens():
    from multivektor import nlp

    try:
        model = nlp.load("nn")
    except nlp.ModelMissingError:
        pytest.skip("no trained NLP model in the package")
    doc = model("Statsministeren sa at Noreg vil sende hjelp.\n\nRussland avviste kravet frå EU. "
                "– Vi vil ikkje, sa han.")
    expected = [(t.idx, t.idx + len(t.text), t.text, bool(t.whitespace_), t.is_space, t.pos_,
                 t.dep_, t.head.i, bool(t.is_sent_start)) for t in doc]
    got = [(x.start, x.end, x.text, x.ws, x.space, x.pos, x.dep, x.head, x.sent_start)
           for x in from_doc(doc)]
    assert got == expected
    assert from_doc(doc, doc.text) == from_doc(doc)
