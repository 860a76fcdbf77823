"""End to end with the trained NLP models and the actor resolver (skipped without a model).

Sentences written for this test. Only robust cases are asserted: the point is that the
stages fit together, not the accuracy of a particular model."""

from __future__ import annotations

import pytest

from multivektor.model import Article

pytestmark = pytest.mark.slow


def events_of(pipeline, text: str, lang: str, title: str = "Utenriks"):
    article = Article(id="t", text=text, title=title, date="2023-06-01", lang=lang)
    return pipeline.process(article).events


def triples(events):
    return {(e.event, tuple(sorted(a.code for a in e.actor)),
             tuple(sorted(r.code for r in e.recipient))) for e in events if not e.negated}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("nb", "Frankrike utviste fire russiske diplomater fredag.", ("SANCTION", ("FRA",), ("RUS",))),
    ("nb", "Tyskland har sendt flere stridsvogner til Ukraina.", ("AID", ("DEU",), ("UKR",))),
    ("nn", "Noreg har sendt naudhjelp til Gaza.", ("AID", ("NOR",), ("PSE",))),
    ("nb", "Russland angrep Ukraina med droner natt til søndag.", ("ASSAULT", ("RUS",), ("UKR",))),
])
def test_sentences(pipeline, lang, text, expected):
    assert expected in triples(events_of(pipeline, text, lang))


def test_events_carry_evidence_offsets(pipeline):
    text = "Polen anklager Belarus for å sende migranter over grensen."
    (e,) = [e for e in events_of(pipeline, text, "nb") if e.event == "ACCUSE"]
    ev = e.evidence[0]
    assert text[ev.start:ev.end] == ev.text and text[ev.cue_start:ev.cue_end] == ev.cue
    assert e.rule and e.cameo == "11" and e.quad_class == 3


def test_sports_article_has_no_events(pipeline):
    text = ("Det norske fotballandslaget slo Sverige 3–1 i Oslo tirsdag kveld. Haaland scoret "
            "to mål, og Sverige angrep mye i andre omgang. Landslagssjefen roste laget etter "
            "kampen.")
    assert events_of(pipeline, text, "nb", title="Fotball: Norge vant") == []


def test_explain_command_shows_rule_and_event(pipeline):
    from typer.testing import CliRunner

    from multivektor.cli import app

    result = CliRunner().invoke(app, ["explain", "Frankrike utviste fire russiske diplomater.",
                                      "--date", "2023-04-01"])
    assert result.exit_code == 0, result.output
    assert "verbs.tsv:" in result.output and "SANCTION" in result.output
    assert "parse" in result.output and "actors:" in result.output


def test_explain_says_why_nothing_was_coded(pipeline):
    from multivektor.events.explain import explain

    text = explain("Putin sa at økonomien vokser.", date="2023-04-01", lang="nb").render()
    assert "(none)" in text


def test_explain_marks_a_background_event(pipeline):
    from multivektor.events.explain import explain

    text = explain("Russland annekterte Krim i 2014.", date="2024-03-01", lang="nb").render()
    assert "ASSAULT" in text and "(background: an earlier event)" in text
