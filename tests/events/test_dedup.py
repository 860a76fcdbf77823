"""Per-article deduplication of events (events/dedup.py)."""

from __future__ import annotations

from multivektor.events.dedup import deduplicate
from multivektor.model import Actor, Event, Evidence


def event(kind: str, actors: list[str], recipients: list[str], start: int,
          cue_start: int) -> Event:
    return Event(event=kind, actor=[Actor(code=c) for c in actors],
                 recipient=[Actor(code=c) for c in recipients],
                 evidence=[Evidence(text="...", start=start, end=start + 80, cue="x",
                                    cue_start=cue_start, cue_end=cue_start + 4)])


def codes(events: list[Event]) -> set[tuple]:
    return {(e.event, tuple(a.code for a in e.actor), tuple(r.code for r in e.recipient))
            for e in events}


def test_same_event_twice_is_one_with_both_evidence_spans():
    a = event("SANCTION", ["NOR"], ["RUS"], 0, 5)
    b = event("SANCTION", ["NOR"], ["RUS"], 200, 210)
    out = deduplicate([a, b])
    assert len(out) == 1 and len(out[0].evidence) == 2


def test_a_guessed_recipient_folds_into_the_named_one():
    named = event("ACCUSE", ["USA"], ["IRN"], 0, 5)
    guessed = event("ACCUSE", ["USA"], ["ISR"], 300, 310)
    assert codes(deduplicate([named, guessed], implicit={id(guessed)})) == {
        ("ACCUSE", ("USA",), ("IRN",))}


def test_a_second_cue_of_one_meeting_with_a_guessed_partner_is_the_same_meeting():
    # "Pompeo og Lavrov hadde eit møte i Rovaniemi, der dei drøfta ...": one meeting
    meeting = event("CONSULT", ["USA", "RUS"], [], 0, 40)
    talks = event("CONSULT", ["USA"], ["FIN"], 0, 90)
    assert codes(deduplicate([meeting, talks], implicit={id(talks)})) == {
        ("CONSULT", ("USA", "RUS"), ())}
    elsewhere = event("CONSULT", ["USA"], ["FIN"], 400, 420)  # another sentence: kept
    assert len(deduplicate([meeting, elsewhere], implicit={id(elsewhere)})) == 2
