"""Phrasings handled in session 18, end to end (sentences written for this test)."""

from __future__ import annotations

import pytest

from .test_pipeline_events import events_of, triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("lang", "text", "alleged", "act"), [
    # a hostile act told in what a coded claimant says: the act, and the claimant's allegation
    ("nb", "Ukrainske myndigheter hevder at russiske styrker har bombet et sykehus i Kharkiv.",
     ("ACCUSE", ("UKR",), ("RUS",)), ("ASSAULT", ("RUS",), ("UKR",))),
    ("nn", "Kirgisiske styresmakter seier at tadsjikiske styrkar har gått til åtak på "
     "landsbyar i Batken.", ("ACCUSE", ("KGZ",), ("TJK",)), ("ASSAULT", ("TJK",), ("KGZ",))),
    ("nb", "Regjeringen i Vilnius mener at Belarus har arrestert tre litauiske journalister.",
     ("ACCUSE", ("LTU",), ("BLR",)), ("COERCE", ("BLR",), ("LTU",))),
])
def test_a_hostile_act_in_a_claim_is_also_an_allegation(pipeline, lang, text, alleged, act):
    found = triples(events_of(pipeline, text, lang))
    assert alleged in found
    assert act in found


@pytest.mark.parametrize(("lang", "text"), [
    # the claimant among the doers accuses no one; an act the text itself tells is no claim
    ("nb", "Russland sier at russiske styrker har angrepet militære mål i Kharkiv."),
    ("nb", "Russiske styrker har bombet et sykehus i Kharkiv, melder NTB."),
])
def test_no_allegation_without_another_claimant(pipeline, lang, text):
    assert not any(e.event == "ACCUSE" for e in events_of(pipeline, text, lang))
