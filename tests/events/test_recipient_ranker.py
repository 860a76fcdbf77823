"""The implicit-recipient ranker: its features, its weights file, its use in the story, and
its trainer."""

from __future__ import annotations

import math

import numpy as np
import pytest
import spacy
from spacy.tokens import Doc

from multivektor.events import recipient_ranker as ranker
from multivektor.events.arguments import MentionIndex
from multivektor.events.lexicon import load_lexicon
from multivektor.events.story import Story
from multivektor.events.train_recipient_ranker import (
    Example,
    _gold_recipients,
    accuracy,
    cross_validate,
    fit,
    set_name,
)
from multivektor.model import Article, Mention


def test_features_of_a_party_named_before_in_and_after_the_sentence():
    salience = {"RUS": 4.0, "UKR": 2.0}
    before = ranker.features("RUS", salience, 4.0, {"RUS"}, [0, 300], 500, 600)
    assert before == [1.0, 1.0, 0.0, pytest.approx(math.log1p(2.0)), 1.0]
    inside = ranker.features("UKR", salience, 4.0, set(), [550], 500, 600)
    assert inside == [0.5, 0.0, 1.0, 0.0, 0.0]  # named in the sentence, never before it
    after = ranker.features("UKR", salience, 4.0, set(), [700], 500, 600)
    assert after == [0.5, 0.0, 0.0, 0.0, 0.0]


def test_weights_are_read_in_feature_order(tmp_path):
    path = tmp_path / "w.tsv"
    path.write_text("# comment\nfeature\tweight\nbefore\t5\nsalience\t1\nparagraph\t2\n"
                    "sentence\t3\ndistance\t4\n", encoding="utf-8")
    assert ranker.weights(path) == (1.0, 2.0, 3.0, 4.0, 5.0)
    assert ranker.score([1, 0, 0, 0, 1], ranker.weights(path)) == 6.0


def test_a_weights_file_without_a_feature_is_a_clear_error(tmp_path):
    path = tmp_path / "w.tsv"
    path.write_text("feature\tweight\nsalience\t1\n", encoding="utf-8")
    with pytest.raises(ValueError, match="no weight for paragraph, sentence"):
        ranker.weights(path)
    path.write_text("feature\tweight\nsalience 1\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"w.tsv:2: 'salience 1' is not a feature, a tab"):
        ranker.weights(path)


def test_the_shipped_weights_favour_parties_named_before_the_sentence():
    w = dict(zip(ranker.FEATURES, ranker.weights(), strict=True))
    assert w["salience"] > 0 and w["paragraph"] > 0 and w["before"] > 0


def _story() -> tuple[Story, list]:
    """Kazakhstan named just before the last sentence, in its paragraph; Japan more often,
    but only after it."""
    words = ["Kasakhstan", "stengte", "grensen", ".", "Kirgisistan", "protesterte", ".", "\n\n",
             "Japan", "kom", ".", "Japan", "reiste", ".", "Japan", "svarte", "."]
    spaces = [True, True, False, True, True, False, False, False, True, False, True, True, False,
              True, True, False, False]
    starts = [True, False, False, False, True, False, False, False, True, False, False, True,
              False, False, True, False, False]
    doc = Doc(spacy.blank("nb").vocab, words=words, spaces=spaces, sent_starts=starts)
    mentions = [Mention(start=doc[i].idx, end=doc[i].idx + len(doc[i].text), text=doc[i].text,
                        kind="state", code=code, sector="GOV")
                for i, code in ((0, "KAZ"), (4, "KGZ"), (8, "JPN"), (11, "JPN"), (14, "JPN"))]
    story = Story(doc, mentions, Article(id="t", text=doc.text), load_lexicon(),
                  MentionIndex(doc, mentions))
    return story, list(doc.sents)


def test_the_story_prefers_a_party_named_before_to_a_more_salient_one_named_later():
    story, sents = _story()
    assert max(story.salience, key=lambda c: story.salience[c]) == "JPN"
    (implicit,) = story.implicit_recipient(sents[1], sents[1].start + 1, {"KGZ"}, "ACCUSE")
    assert implicit.code == "KAZ" and implicit.source == "ranker"


def test_rankings_are_recorded_only_inside_a_recording_block():
    story, sents = _story()
    story.implicit_recipient(sents[1], sents[1].start + 1, {"KGZ"}, "ACCUSE")
    with ranker.recording() as choices:
        story.implicit_recipient(sents[1], sents[1].start + 1, {"KGZ"}, "ACCUSE")
    story.implicit_recipient(sents[1], sents[1].start + 1, {"KGZ"}, "ACCUSE")
    (choice,) = choices
    assert choice.event == "ACCUSE" and choice.actors == {"KGZ"}
    assert set(choice.candidates) == {"KAZ", "JPN"}
    assert (choice.start, choice.end) == (sents[1].start_char, sents[1].end_char)


def test_gold_recipients_come_from_gold_events_of_the_same_act_in_the_sentence():
    text = "Kasakhstan stengte grensen. Kirgisistan protesterte."
    choice = ranker.Choice("a", 28, 52, "ACCUSE", frozenset({"KGZ"}), {})
    article = {"text": text, "events": [
        {"event": "ACCUSE", "actor": ["KGZ"], "recipient": ["KAZ"],
         "evidence": "Kirgisistan protesterte."},
        {"event": "ACCUSE", "actor": ["KGZ"], "recipient": ["CHN"],
         "evidence": "Kasakhstan stengte grensen."},  # another sentence
        {"event": "REJECT", "actor": ["KGZ"], "recipient": ["RUS"],
         "evidence": "Kirgisistan protesterte."},  # another act
        {"event": "ACCUSE", "actor": ["KGZ"], "recipient": ["USA"], "negated": True,
         "evidence": "Kirgisistan protesterte."},
    ]}
    assert _gold_recipients(choice, article) == {"KAZ"}


def test_fitting_learns_what_the_gold_recipients_share():
    # the gold recipient is always the one named before, never the most salient
    examples = [Example(np.array([[1.0, 0, 0, 0, 0], [0.4, 0, 0, 0.5, 1.0]]), np.array([0.0, 1.0]),
                        salient=0) for _ in range(10)]
    w = fit(examples, steps=500)
    assert w[ranker.FEATURES.index("before")] > 0 > w[ranker.FEATURES.index("salience")]
    assert accuracy(examples, w) == (1.0, 0.0)


def test_headroom_bounds_what_the_features_besides_salience_can_add():
    assert ranker.headroom((2.0, 1.0, 0.5, -0.3, 1.5)) == 3.0
    assert ranker.headroom((2.0, 1.0, -0.5, -0.3, 1.5)) == 2.5  # a negative weight adds nothing
    assert ranker.headroom((2.0, 1.0, 0.5, 0.3, 1.5)) is None  # distance would add
    assert ranker.headroom((-2.0, 1.0, 0.5, -0.3, 1.5)) is None  # salience would not order


def test_the_early_stop_chooses_what_scoring_every_candidate_chooses():
    story, sents = _story()
    (fast,) = story.implicit_recipient(sents[1], sents[1].start + 1, {"KGZ"}, "ACCUSE")
    with ranker.recording() as choices:  # (recording scores every candidate)
        story.implicit_recipient(sents[1], sents[1].start + 1, {"KGZ"}, "ACCUSE")
    scores = {c: ranker.score(v) for c, v in choices[0].candidates.items()}
    assert fast.code == max(scores, key=lambda c: scores[c])


def test_a_set_is_a_directory_of_parts_or_a_file_of_its_own(tmp_path):
    (tmp_path / "owndev9").mkdir()
    for name in ("part-a.jsonl", "part-b.jsonl"):
        (tmp_path / "owndev9" / name).write_text("", encoding="utf-8")
    (tmp_path / "dev.jsonl").write_text("", encoding="utf-8")
    assert set_name(tmp_path / "owndev9" / "part-b.jsonl") == "owndev9"
    assert set_name(tmp_path / "dev.jsonl") == "dev"


def test_cross_validation_holds_out_one_set_at_a_time():
    def examples(n: int, gold_is_salient: bool) -> list[Example]:
        gold = np.array([1.0, 0.0]) if gold_is_salient else np.array([0.0, 1.0])
        return [Example(np.array([[1.0, 0, 0, 0, 0], [0.4, 0, 0, 0.5, 1.0]]), gold, salient=0)
                for _ in range(n)]
    # two sets where the party named before wins, one where the salient one does
    ranked, salient, n = cross_validate({"a": examples(10, False), "b": examples(10, False),
                                         "c": examples(4, True)})
    assert n == 24
    assert salient == 4 / 24
    assert ranked == 20 / 24  # held out, "c" is ranked by weights learnt on "a" and "b"


def test_choose_skips_only_candidates_that_cannot_catch_up():
    w = (2.0, 1.0, 1.0, -0.5, 1.0)  # headroom 3
    vectors = {"A": [1.0, 0, 0, 0, 0], "B": [0.5, 1, 1, 0, 1], "C": [0.1, 1, 1, 0, 1]}
    seen: list[str] = []

    def vector_of(code: str) -> list[float]:
        seen.append(code)
        return vectors[code]

    ranked = [(10.0, "A"), (5.0, "B"), (1.0, "C")]
    best, got, scores = ranker.choose(ranked, vector_of, w)
    assert best == "B" and scores == [("B", 4.0), ("A", 2.0)]
    assert seen == ["A", "B"]  # B could reach 2 * 0.5 + 3 = 4 > 2; C only 2 * 0.1 + 3 < 4
    seen.clear()
    _, got, _ = ranker.choose(ranked, vector_of, w, every=True)
    assert seen == ["A", "B", "C"] and set(got) == {"A", "B", "C"}


def test_explain_shows_the_ranking_of_implicit_recipients(pipeline):
    from multivektor.events.explain import explain

    text = explain("Kina og Japan holdt samtaler. Russland avviste kritikken.",
                   date="2024-05-01").render()
    assert "implicit recipients ranked JPN" in text or "implicit recipients ranked CHN" in text


def test_the_trainer_names_a_bad_gold_line_instead_of_failing(tmp_path, capsys):
    from multivektor.events.train_recipient_ranker import main

    bad = tmp_path / "gold.jsonl"
    bad.write_text('{"id": "a", "text": "x"}\n{not json\n', encoding="utf-8")
    out = tmp_path / "w.tsv"
    assert main(["--train", str(bad), "--out", str(out)]) == 2
    assert "gold.jsonl:2: not JSON" in capsys.readouterr().err
    assert not out.exists()
    assert main(["--train", str(tmp_path / "missing.jsonl")]) == 2
    assert "no such file" in capsys.readouterr().err
