"""The DuckDB store: idempotent and crash-safe writes, queries, exports."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from multivektor.model import Actor, Article, ArticleResult, Event, Evidence, Quote, Source
from multivektor.store import Store, StoreError, export


def result(i: int, n_events: int = 2) -> ArticleResult:
    text = f"Artikkel {i}: Norge møtte Sverige, og Finland kritiserte Russland."
    events = [
        Event(event="CONSULT", actor=[Actor("NOR", "GOV", "Norge", 13, 18)],
              recipient=[Actor("SWE", None, "Sverige", 25, 32)], date="2024-01-02",
              evidence=[Evidence(text, 0, len(text), "møtte", 19, 24)], rule="møte"),
        Event(event="ACCUSE", actor=[Actor("FIN")], recipient=[Actor("RUS")], mode="disapprove",
              context=["diplomatic"], evidence=[Evidence(text, 0, len(text))]),
    ][:n_events]
    return ArticleResult(
        article=Article(id=f"a{i}", text=text, date="2024-01-02", lang="nb", title=f"T{i}"),
        events=events,
        quotes=[Quote(text="Vi står sammen", start=0, end=14, speaker="Jonas Gahr Støre",
                      code="NOR")],
        sources=[Source("NTB", "NTB", 0, 3)],
    )


def test_rewriting_an_article_replaces_its_results(tmp_path: Path) -> None:
    with Store(tmp_path / "db.duckdb") as store:
        store.write([result(1), result(2)])
        store.write([result(1, n_events=1)])
        counts = store.counts()
    assert counts["articles"] == 2
    assert counts["events"] == 3  # a1 now has one event, a2 two
    assert counts["quotes"] == 2 and counts["sources"] == 2


def test_duplicate_ids_in_one_batch_are_written_once(tmp_path: Path) -> None:
    with Store(tmp_path / "db.duckdb") as store:
        assert store.write([result(1), result(1)]) == 1
        assert store.counts()["events"] == 2


def test_failed_batch_leaves_database_unchanged(tmp_path: Path) -> None:
    with Store(tmp_path / "db.duckdb") as store:
        store.write([result(1)])
        bad = result(2)
        bad.events[0].actor = [Actor(code=None)]  # type: ignore[arg-type]  # NOT NULL violated
        with pytest.raises(duckdb.Error):
            store.write([result(3), bad])
        assert store.article_ids() == {"a1"}
        assert store.counts()["events"] == 2


def test_queries(tmp_path: Path) -> None:
    with Store(tmp_path / "db.duckdb") as store:
        store.write([result(1), result(2)])
        assert store.event_counts() == [{"event": "ACCUSE", "n": 2}, {"event": "CONSULT", "n": 2}]
        top = store.top_dyads(5)
        assert {"actor": "NOR", "event": "CONSULT", "recipient": "SWE", "n": 2} in top
        assert len(store.quotes("støre")) == 2
        assert store.quotes("putin") == []


def test_exports(tmp_path: Path) -> None:
    with Store(tmp_path / "db.duckdb") as store:
        store.write([result(1), result(2)])
        assert export(store, "plover", tmp_path / "e.jsonl") == 4
        assert export(store, "csv", tmp_path / "e.csv") == 4
        assert export(store, "parquet", tmp_path / "e.parquet") == 4
        with pytest.raises(ValueError):
            export(store, "xml", tmp_path / "e.xml")
    records = [json.loads(line) for line in (tmp_path / "e.jsonl").open()]
    consult = next(r for r in records if r["event"] == "CONSULT")
    assert consult["actor"][0]["code"] == "NOR" and consult["recipient"][0]["code"] == "SWE"
    assert consult["evidence"][0]["cue"] == "møtte"
    rows = list(csv.DictReader((tmp_path / "e.csv").open()))
    assert {r["actor"] for r in rows} == {"NOR", "FIN"}
    table = pq.read_table(tmp_path / "e.parquet")
    assert table.num_rows == 4 and "recipient" in table.column_names


def test_read_only_store_needs_an_existing_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no database"):
        Store(tmp_path / "missing.duckdb", read_only=True)


def test_not_a_multivektor_database(tmp_path: Path) -> None:
    path = tmp_path / "other.duckdb"
    duckdb.connect(str(path)).execute("CREATE TABLE x (a INT)").close()
    with pytest.raises(StoreError, match="not a Multivektor database"):
        Store(path, read_only=True)


WRITER = """
import importlib.util
spec = importlib.util.spec_from_file_location("store_test", {module!r})
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
result = mod.result
from multivektor.store import Store
with Store({db!r}) as store:
    for start in range(0, 4000, 20):
        store.write([result(i) for i in range(start, start + 20)])
        print(start, flush=True)
"""


def test_killed_writer_leaves_consistent_database_and_rerun_completes(tmp_path: Path) -> None:
    db = tmp_path / "db.duckdb"
    script = WRITER.format(module=str(Path(__file__).resolve()), db=str(db))
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    for _ in range(5):  # let a few batches commit, then kill it mid-run
        proc.stdout.readline()
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    time.sleep(0.1)
    with Store(db) as store:
        counts = store.counts()
        assert 0 < counts["articles"] < 4000
        # every stored article has all its rows: batches are atomic
        assert counts["events"] == 2 * counts["articles"]
        assert counts["quotes"] == counts["articles"] == counts["sources"]
    subprocess.run([sys.executable, "-c", script], check=True, capture_output=True)
    with Store(db) as store:
        assert store.counts() == {"articles": 4000, "events": 8000, "quotes": 4000,
                                  "sources": 4000, "mentions": 0}


def test_background_flag_is_stored_and_a_version_1_database_is_upgraded(tmp_path: Path) -> None:
    r = result(1)
    r.events[1].background = True
    path = tmp_path / "db.duckdb"
    with Store(path) as s:
        s.write([r])
        flags = s.con.execute("SELECT background FROM events ORDER BY idx").fetchall()
    assert flags == [(False,), (True,)]
    # a database made by schema version 1 (no background column) is upgraded when opened
    old = tmp_path / "old.duckdb"
    con = duckdb.connect(str(old))
    from multivektor.store.schema import DDL
    con.execute(DDL.replace(
        ",\n    background BOOLEAN DEFAULT false  -- an earlier event the article reports "
        "(schema 2)", ""))
    con.execute("INSERT INTO schema_info (version) VALUES (1)")
    assert "background" not in [c[0] for c in con.execute("DESCRIBE events").fetchall()]
    con.close()
    with pytest.raises(StoreError, match="open it once for writing"):
        Store(old, read_only=True)
    with Store(old) as s:
        assert s.schema_version() == 2
        s.write([r])
        assert s.con.execute("SELECT count(*) FROM events WHERE background").fetchone()[0] == 1
