"""Gazetteer features: name lists -> per-word kind bits -> a spaCy static-vector table."""

from __future__ import annotations

import numpy as np
import spacy

from multivektor.nlp import gazetteer as gz


def test_name_words_keep_capitalised_words_only() -> None:
    assert gz.name_words("Den norske kirke") == []  # "Den" is a function word
    assert gz.name_words("Universitetet i Oslo") == ["Universitetet", "Oslo"]
    assert gz.name_words("Bodø/Glimt") == ["Bodø", "Glimt"]
    assert gz.name_words("H") == []  # single letters fire on too much


def test_genitive() -> None:
    assert gz.genitive("Hansen") == "Hansens"
    assert gz.genitive("Paris") == "Paris'"


def test_word_kinds_combine_bits_and_genitives() -> None:
    masks = gz.word_kinds([("Oslo", "place"), ("Oslo", "org"), ("Ole Hansen", "given")])
    place, org, given = (1 << gz.KINDS.index(k) for k in ("place", "org", "given"))
    assert masks["Oslo"] == masks["Oslos"] == place | org
    assert masks["Hansen"] == given


def test_vector_table_looks_words_up_by_exact_form() -> None:
    vocab = spacy.blank("nb").vocab
    vectors = gz.build_vectors(vocab, {"Grünerløkka": 1 << gz.KINDS.index("place")})
    vocab.vectors = vectors
    assert vectors.shape == (1 << len(gz.KINDS), len(gz.KINDS))
    row = vectors[vocab.strings["Grünerløkka"]]
    assert list(np.asarray(row)) == [1.0 if k == "place" else 0.0 for k in gz.KINDS]
    assert vocab.strings.add("grünerløkka") not in vectors  # case-sensitive: ORTH


def test_the_shipped_lists_are_read() -> None:
    names = list(gz.list_names())
    kinds = {kind for _, kind in names}
    assert kinds == {"given", "surname", "place", "org"}
    assert len(names) > 5000
    masks = gz.word_kinds(names)
    assert masks.get("Bergen", 0) & (1 << gz.KINDS.index("place"))
