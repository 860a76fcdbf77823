"""Dyadic series and the multi-vector balance, on events written for the test."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from multivektor.analysis import balance, dyad_series, evenness
from multivektor.model import Actor, Article, ArticleResult, Event
from multivektor.store import Store

QUAD = {"CONSULT": 1, "AID": 2, "ACCUSE": 3, "ASSAULT": 4}


def article(i: int, date: str, *events: tuple[str, str, str]) -> ArticleResult:
    return ArticleResult(
        article=Article(id=f"a{i}", text="…", date=date),
        events=[Event(event=cat, actor=[Actor(a)], recipient=[Actor(r)], quad_class=QUAD[cat],
                      score=1.0) for cat, a, r in events],
    )


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "db.duckdb")
    s.write([
        article(1, "2024-01-10", ("CONSULT", "KAZ", "RUS"), ("AID", "CHN", "KAZ")),
        article(2, "2024-02-03", ("CONSULT", "RUS", "KAZ"), ("ACCUSE", "KAZ", "RUS")),
        article(3, "2024-04-20", ("CONSULT", "KAZ", "USA"), ("ASSAULT", "RUS", "UKR")),
        article(4, "2024-05", ("CONSULT", "KAZ", "EU")),  # month-only date: not in a series
    ])
    return s


def test_dyad_series_counts_both_directions(store: Store) -> None:
    rows = dyad_series(store, "KAZ", "RUS", period="month")
    assert [(str(r["period"]), r["cooperation"], r["conflict"]) for r in rows] == [
        ("2024-01-01", 1, 0), ("2024-02-01", 1, 1)]
    assert rows[1]["net"] == 0


def test_balance_shares_and_evenness(store: Store) -> None:
    rows = balance(store, "KAZ", period="quarter")
    assert [str(r["period"]) for r in rows] == ["2024-01-01", "2024-04-01"]
    q1 = rows[0]
    assert q1["partners"]["RUS"]["cooperation"] == 2 and q1["partners"]["RUS"]["conflict"] == 1
    assert q1["coop_share"] == {"RUS": pytest.approx(0.667, abs=1e-3),
                                "CHN": pytest.approx(0.333, abs=1e-3), "USA": 0.0, "EU": 0.0}
    assert rows[1]["coop_share"]["USA"] == 1.0 and rows[1]["evenness"] == 0.0


def test_evenness_bounds() -> None:
    assert evenness([0.25] * 4) == pytest.approx(1.0)
    assert evenness([1.0, 0, 0, 0]) == 0.0
    assert 0 < evenness([0.5, 0.5, 0, 0]) == pytest.approx(math.log(2) / math.log(4))


def test_unknown_period(store: Store) -> None:
    with pytest.raises(ValueError, match="unknown period"):
        balance(store, "KAZ", period="decade")


def test_background_events_stay_out_of_the_series(tmp_path: Path) -> None:
    s = Store(tmp_path / "bg.duckdb")
    recalled = article(1, "2024-01-10", ("CONSULT", "KAZ", "RUS"), ("ASSAULT", "RUS", "KAZ"))
    recalled.events[1].background = True  # "i 2014 angrep Russland ..." recalled in 2024
    s.write([recalled])
    rows = dyad_series(s, "KAZ", "RUS", period="month")
    assert sum(r["events"] for r in rows) == 1
