"""Background flag: an event sentence about an earlier event (sentences written for the test)."""

from __future__ import annotations

import pytest

from multivektor.events.background import is_background


@pytest.mark.parametrize(("sentence", "date", "expected"), [
    ("Russland annekterte Krim i 2014.", "2024-03-01", True),
    ("Norge sendte i fjor våpen til Ukraina.", "2024-03-01", True),
    ("Israel hadde allerede trukket seg ut av Gaza.", "2024-03-01", True),
    ("Dei to landa møttest i mars.", "2024-11-01", True),  # nn
    ("Dei to landa møtest i desember.", "2024-11-01", False),  # later month: planned
    ("Støre møtte Zelenskyj i Kyiv mandag.", "2024-03-01", False),
    ("Avtalen gjelder fra 2025.", "2024-03-01", False),
    ("Sanksjonene fra 2022 ble forlenget.", None, False),  # no article date: no year rule
])
def test_background(sentence: str, date: str | None, expected: bool) -> None:
    assert is_background(sentence, date) is expected


def test_flag_scoring_counts_matched_events_only(tmp_path) -> None:
    import json

    from multivektor.events.evaluate import background_flag

    ev = {"event": "ASSAULT", "actor": ["RUS"], "recipient": ["UKR"]}
    gold = {"id": "a", "events": [{**ev, "background": True},
                                  {"event": "AID", "actor": ["NOR"], "recipient": ["UKR"]}]}
    pred = {"id": "a", "events": [{**ev, "background": True},
                                  {"event": "AID", "actor": ["NOR"], "recipient": ["UKR"],
                                   "background": True},
                                  {"event": "CONSULT", "actor": ["NOR", "SWE"],
                                   "background": True}]}
    g, p = tmp_path / "g.jsonl", tmp_path / "p.jsonl"
    g.write_text(json.dumps(gold) + "\n")
    p.write_text(json.dumps(pred) + "\n")
    assert background_flag(g, p) == ("background flag on 2 matched events: P 0.50 R 1.00 "
                                     "(tp 1, fp 1, fn 0)")
