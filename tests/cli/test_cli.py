"""The command line, end to end in subprocesses: extract, ingest, export, quotes, balance."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ARTICLES = [
    {"id": "x1", "date": "2024-03-12", "title": "Møte i Oslo",
     "text": "Finlands president møtte statsministeren i Oslo tirsdag. De to lederne "
             "diskuterte forsvarssamarbeid og beredskap i nord."},
    {"id": "x2", "date": "2024-03-13", "title": "Nytt møte",
     "text": "Regjeringa la fram eit nytt forslag om forsvarsbudsjettet tysdag. Det var ikkje "
             "første gongen partane møttest for å diskutere saka."},
]


def run(*args: str, cwd: Path, check: bool = False) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "multivektor", *args], cwd=cwd, text=True,
                          capture_output=True, check=check, timeout=300)


def write_jsonl(path: Path, records: list[dict], bad_line: bool = False) -> Path:
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    if bad_line:
        lines.insert(1, "{not json")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_help_lists_the_commands(tmp_path: Path) -> None:
    out = run("--help", cwd=tmp_path, check=True).stdout
    for command in ("extract", "ingest", "export", "demo", "quotes", "balance"):
        assert command in out


def test_extract_writes_one_line_per_article_and_reports_bad_lines(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", ARTICLES, bad_line=True)
    proc = run("extract", str(src), "-o", "pred.jsonl", "--stages", "", cwd=tmp_path)
    assert proc.returncode == 1  # the malformed line is an error
    assert "in.jsonl:2" in proc.stderr
    lines = [json.loads(x) for x in (tmp_path / "pred.jsonl").read_text().splitlines()]
    assert [x["id"] for x in lines] == ["x1", "x2"]
    assert [x["lang"] for x in lines] == ["nb", "nn"]
    assert all(x["events"] == [] and x["quotes"] == [] and x["sources"] == [] for x in lines)


def test_missing_input_is_a_clear_error(tmp_path: Path) -> None:
    proc = run("extract", "nowhere.jsonl", "--stages", "", cwd=tmp_path)
    assert proc.returncode == 2
    assert "nowhere.jsonl" in proc.stderr and "Traceback" not in proc.stderr


def test_unknown_stage_is_rejected(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", ARTICLES)
    proc = run("ingest", str(src), "--stages", "nlp,magic", cwd=tmp_path)
    assert proc.returncode == 2 and "magic" in proc.stderr


def test_ingest_twice_is_idempotent_and_exports(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", ARTICLES)
    for _ in range(2):
        run("ingest", str(src), "--db", "t.duckdb", "--stages", "", "-q", cwd=tmp_path,
            check=True)
    import duckdb

    con = duckdb.connect(str(tmp_path / "t.duckdb"), read_only=True)
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
    con.close()
    for fmt in ("plover", "csv", "parquet"):
        proc = run("export", "--format", fmt, "-o", f"out.{fmt}", "--db", "t.duckdb",
                   cwd=tmp_path, check=True)
        assert (tmp_path / f"out.{fmt}").exists(), proc.stderr
    assert run("export", "--format", "xml", "--db", "t.duckdb", cwd=tmp_path).returncode == 2


def test_commands_on_a_missing_database_say_so(tmp_path: Path) -> None:
    for args in (("quotes",), ("export",), ("stats",), ("balance", "KAZ")):
        proc = run(*args, "--db", "none.duckdb", cwd=tmp_path)
        assert proc.returncode == 2, args
        assert "no database" in proc.stderr and "Traceback" not in proc.stderr


N_KILL = 6000


def test_killed_ingest_leaves_consistent_database_and_rerun_completes(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(N_KILL):
        (corpus / f"{i:05d}.txt").write_text(
            f"Sak nummer {i}\n\nRegjeringen la fram et nytt forslag tirsdag, sak {i}. "
            "Opposisjonen kritiserte forslaget og krevde en ny behandling i Stortinget.\n",
            encoding="utf-8")
    args = [sys.executable, "-m", "multivektor", "ingest", str(corpus), "--db", "k.duckdb",
            "--stages", "", "-q"]
    proc = subprocess.Popen(args, cwd=tmp_path, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    db = tmp_path / "k.duckdb"
    deadline = time.time() + 60
    wal = tmp_path / "k.duckdb.wal"
    while time.time() < deadline and not (wal.exists() and wal.stat().st_size > 100_000):
        time.sleep(0.01)  # several batches have been committed
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    import duckdb

    con = duckdb.connect(str(db))
    partial = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    con.close()
    assert partial < N_KILL
    subprocess.run(args, cwd=tmp_path, check=True, timeout=300)
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*), count(DISTINCT id) FROM articles").fetchone() == (
        N_KILL, N_KILL)
    con.close()


@pytest.mark.parametrize("period", ["month", "decade"])
def test_balance_on_an_empty_database(tmp_path: Path, period: str) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", ARTICLES)
    run("ingest", str(src), "--db", "b.duckdb", "--stages", "", "-q", cwd=tmp_path, check=True)
    proc = run("balance", "KAZ", "--period", period, "--db", "b.duckdb", cwd=tmp_path)
    if period == "decade":
        assert proc.returncode == 2 and "unknown period" in proc.stderr
    else:
        assert proc.returncode == 0 and "no dated events" in proc.stderr


def test_extract_keeps_input_order_around_skipped_articles(tmp_path: Path) -> None:
    english = {"id": "en", "date": "2024-03-12", "title": "Talks",
               "text": "The prime minister met his Swedish counterpart in Stockholm on "
                       "Tuesday and the two leaders discussed defence cooperation."}
    records = [dict(ARTICLES[0], id=f"a{i}") for i in range(20)]
    records.insert(5, english)
    src = write_jsonl(tmp_path / "in.jsonl", records)
    proc = run("extract", str(src), "-o", "pred.jsonl", "--stages", "", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(x) for x in (tmp_path / "pred.jsonl").read_text().splitlines()]
    assert [x["id"] for x in lines] == [r["id"] for r in records]
    assert "skipped" in lines[5]
