"""Newsroom phrasings added in session 12, end to end (sentences written for this test)."""

from __future__ import annotations

import pytest

from .test_pipeline_events import events_of, triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # forbeholde seg retten til (å forsvare seg, å svare): a conditional threat
    ("nb", "Sudan forbeholder seg retten til å svare militært dersom Sør-Sudan krysser "
     "grensen.", ("THREATEN", ("SDN",), ("SSD",))),
])
def test_phrasing(pipeline, lang, text, expected):
    got = triples(events_of(pipeline, text, lang))
    assert expected in got, got
