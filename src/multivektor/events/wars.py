"""Dated wars (``lexicon/wars.tsv``): whom an actor was fighting on a given date."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

WARS_PATH = Path(__file__).parent / "lexicon" / "wars.tsv"


@cache
def _wars() -> tuple[tuple[str, str, str, str], ...]:
    with WARS_PATH.open(encoding="utf-8") as fh:
        lines = (line for line in fh if line.strip() and not line.startswith("#"))
        rows = csv.reader(lines, delimiter="\t")
        return tuple((r[0], r[1], r[2], r[3] if len(r) > 3 else "") for r in rows)


def enemies(actor: str, date: str | None) -> list[str]:
    """The states ``actor`` was at war with on ``date`` (ISO; none without a date)."""
    if not date:
        return []
    day = date[:10]
    return [target for a, target, start, end in _wars()
            if a == actor and start <= day and (not end or day <= end)]
