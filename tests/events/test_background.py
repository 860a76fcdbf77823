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
