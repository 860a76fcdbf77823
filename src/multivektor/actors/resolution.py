"""The answer of the resolver."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Resolution:
    """What a mention refers to.

    ``code``: ISO alpha-3 or organisation code; ``sector``: GOV, MIL, POL, ... (None when the
    text does not say); ``name``: canonical name of the person (the office holder for a
    qualified role such as "Kasakhstans president"), or of the state or organisation;
    ``role``: HOS, HOG, FM, DEF, ..., SG, or the sector word of a group noun; ``kind``: person,
    state, org, capital, role, adjective, demonym, compound; ``confidence`` 0..1; ``text``: the
    words resolved; ``place``: a capital or seat used as a place ("reiste til Moskva"),
    not as the acting government ("Moskva svarte").
    """

    code: str | None
    sector: str | None
    name: str | None
    role: str | None
    kind: str
    confidence: float
    text: str = ""
    place: bool = False

    def to_json(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v not in (None, False)}
