"""Accuracy of the resolver on the hand-written test list (tests/actors/mentions.tsv)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from multivektor.actors.evaluate import evaluate, read_rows

LIST = Path(__file__).parent / "mentions.tsv"


def test_list_is_large_and_covers_every_case() -> None:
    rows = read_rows(LIST)
    assert len(rows) >= 150
    cases = Counter(r["case"] for r in rows)
    for case in ("state", "genitive", "adjective role", "demonym", "genitive role",
                 "role in place", "capital actor", "capital place", "seat", "org", "person",
                 "surname", "dated", "compound", "nynorsk", "memory surname", "memory role",
                 "memory pronoun", "title new person"):
        assert cases[case] >= 3, case


def test_accuracy_at_least_95_percent() -> None:
    outcomes = evaluate(LIST)
    wrong = [(o.mention, o.date, o.expected, o.got) for o in outcomes if not o.ok]
    accuracy = 1 - len(wrong) / len(outcomes)
    assert accuracy >= 0.95, wrong


def test_blind_articles() -> None:
    from multivektor.actors.evaluate import evaluate_articles

    rows = evaluate_articles(Path(__file__).parent / "articles")
    assert len(rows) >= 80
    wrong = [r for r in rows if not r[4]]
    assert len(wrong) / len(rows) <= 0.05, wrong
