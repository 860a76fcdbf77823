"""Newsroom phrasings added in session 13, end to end (sentences written for this test)."""

from __future__ import annotations

import pytest

from .test_pipeline_events import events_of, triples

pytestmark = pytest.mark.slow


def test_a_reported_must_is_the_speakers_demand_on_its_subject(pipeline):
    got = triples(events_of(pipeline, "Statsminister Jonas Gahr Støre sa at Israel må stanse "
                            "bombingen av Gaza.", "nb"))
    assert ("REQUEST", ("NOR",), ("ISR",)) in got, got
    got = triples(events_of(pipeline, "Kanslar Olaf Scholz meiner at Russland må trekkje "
                            "styrkane ut av Ukraina.", "nn"))
    assert ("REQUEST", ("DEU",), ("RUS",)) in got, got

