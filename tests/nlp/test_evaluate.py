"""The scorer: perfect predictions score 100, wrong ones less (mini treebank written for tests)."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from multivektor.nlp.convert import docs_from_file
from multivektor.nlp.evaluate import Scores, evaluate

MINI = Path(__file__).parent / "data" / "mini.conll"


def _gold():
    return docs_from_file(spacy.blank("nb").vocab, MINI, None)


def test_gold_against_itself_is_perfect():
    scores = Scores()
    for doc in _gold():
        scores.add(doc, doc)
    out = scores.summary()
    for key in ("upos", "tag", "lemma", "uas", "las", "tokens_f", "sents_f"):
        assert out[key] == pytest.approx(100.0)
    assert out["ents"]["f"] == pytest.approx(100.0)
    assert out["ents_per_type"]["PER"]["n"] == 1


def test_errors_lower_the_scores():
    (gold,) = _gold()
    (pred,) = _gold()
    pred.ents = []  # no entities found
    pred[5].tag_ = "subst"  # "har"
    out = Scores()
    out.add(gold, pred)
    summary = out.summary()
    assert summary["ents"]["r"] == 0.0
    assert summary["tag"] == pytest.approx(100 * 15 / 16)


@pytest.mark.slow
def test_evaluate_runs_the_model_in_both_modes(nb):
    golds = docs_from_file(nb.vocab, MINI, None)
    for raw in (False, True):
        out = evaluate(nb, golds, raw_text=raw)
        assert out["n_tokens"] == 16
        assert out["tokens_f"] > 90.0
        assert 0.0 <= out["las"] <= 100.0
