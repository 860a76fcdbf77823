"""Per-article deduplication: same category, actor set and recipient set -> one event."""

from __future__ import annotations

from multivektor.model import Event

#: Categories whose participants form one unordered set (as the scorer treats CONSULT).
SYMMETRIC = frozenset({"CONSULT"})


def _key(e: Event) -> tuple:
    actors = frozenset(a.code for a in e.actor)
    recips = frozenset(r.code for r in e.recipient)
    if e.event in SYMMETRIC or (len(actors) >= 2 and not recips):
        return (e.event, e.negated, actors | recips, frozenset())
    return (e.event, e.negated, actors, recips)


def _merge(into: Event, other: Event) -> None:
    for ev in other.evidence:
        if all((ev.start, ev.cue_start) != (x.start, x.cue_start) for x in into.evidence):
            into.evidence.append(ev)
    into.confidence = max(into.confidence, other.confidence)
    into.nominal = into.nominal and other.nominal
    into.background = into.background and other.background  # news of the day wins
    if into.mode is None:
        into.mode = other.mode
    for c in other.context:
        if c not in into.context:
            into.context.append(c)


def _meeting_of_same_sentence(e: Event, events: list[Event], implicit: set[int]
                              ) -> Event | None:
    """A meeting named in the same sentence whose participants include ``e``'s actors."""
    starts = {ev.start for ev in e.evidence}
    actors = {a.code for a in e.actor}
    for other in events:
        if other is e or id(other) in implicit or other.event != e.event \
                or other.negated != e.negated:
            continue
        people = {a.code for a in other.actor} | {r.code for r in other.recipient}
        if actors <= people and starts & {ev.start for ev in other.evidence}:
            return other
    return None


def deduplicate(events: list[Event], implicit: set[int] | None = None) -> list[Event]:
    """Merge duplicates (keeping every evidence span); an event without a recipient, or whose
    recipient was only inferred (``implicit``: ids of such events), is folded into one with
    the same category and actors whose recipient the text names."""
    implicit = implicit or set()
    named: dict[tuple, Event] = {}
    for e in events:
        if id(e) not in implicit and e.recipient:
            named.setdefault((e.event, e.negated, frozenset(a.code for a in e.actor)), e)
    kept: list[Event] = []
    for e in events:
        target = named.get((e.event, e.negated, frozenset(a.code for a in e.actor)))
        if id(e) in implicit and target is not None and target is not e \
                and e.event not in SYMMETRIC:
            _merge(target, e)
            continue
        if id(e) in implicit and e.event in SYMMETRIC:
            same = _meeting_of_same_sentence(e, events, implicit)
            if same is not None:  # "A og B hadde eit møte i X, der dei drøfta ...": one meeting
                _merge(same, e)
                continue
        kept.append(e)
    merged: dict[tuple, Event] = {}
    for e in kept:
        k = _key(e)
        if k in merged:
            _merge(merged[k], e)
        else:
            merged[k] = e
    out = list(merged.values())
    with_recipient: dict[tuple, Event] = {}
    for e in out:
        if e.recipient:
            with_recipient.setdefault(
                (e.event, e.negated, frozenset(a.code for a in e.actor)), e)
    final: list[Event] = []
    for e in out:
        if not e.recipient and e.event not in SYMMETRIC:
            target = with_recipient.get((e.event, e.negated, frozenset(a.code for a in e.actor)))
            if target is not None:
                _merge(target, e)
                continue
        final.append(e)
    final.sort(key=lambda e: e.evidence[0].start if e.evidence else 0)
    return final
