"""Sharded, resumable processing on Dask (an in-process cluster here)."""

from __future__ import annotations

from pathlib import Path

import pytest

from multivektor.model import Skip
from multivektor.scale import merge_shard, plan_shards, run
from multivektor.scale.runner import process_shard
from multivektor.store import Store


def corpus(tmp_path: Path, n: int = 25) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for i in range(n):
        (folder / f"{i:03d}.txt").write_text(
            f"Sak {i}\n\nRegjeringen la fram et nytt forslag om budsjettet tirsdag, sak {i}. "
            "Opposisjonen kritiserte forslaget i Stortinget.\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def client():
    from dask.distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                           dashboard_address=None)
    with Client(cluster) as c:
        yield c
    cluster.close()


def test_plan_shards_groups_files_and_reports_missing(tmp_path: Path) -> None:
    folder = corpus(tmp_path)
    skipped: list[Skip] = []
    shards = list(plan_shards([folder, tmp_path / "missing"], 10, skipped))
    assert [len(s.files) for s in shards] == [10, 10, 5]
    assert len({s.name for s in shards}) == 3
    assert [s.name for s in plan_shards([folder], 10, [])] == [s.name for s in shards]
    assert skipped and skipped[0].error and "missing" in skipped[0].origin
    with pytest.raises(ValueError):
        list(plan_shards([folder], 0, []))


def test_run_stores_everything_and_cleans_up(tmp_path: Path, client) -> None:
    folder = corpus(tmp_path)
    merged: list[int] = []
    summary = run([folder], tmp_path / "db.duckdb", files_per_shard=10, stages=(),
                  client=client, progress=lambda name, n: merged.append(n))
    assert summary.read == summary.written == 25 and summary.errors == 0
    assert sorted(merged) == [5, 10, 10]
    with Store(tmp_path / "db.duckdb") as store:
        assert store.counts()["articles"] == 25
    assert not (tmp_path / "db.duckdb.shards").exists()


def test_interrupted_run_resumes_without_redoing_merged_shards(tmp_path: Path, client) -> None:
    folder = corpus(tmp_path)
    work = tmp_path / "work"
    work.mkdir()
    first, second, third = plan_shards([folder], 10, [])
    # an earlier run processed the first shard but died before merging it, and had merged
    # the second (whose articles are therefore not re-read: here they are absent on purpose)
    process_shard(first.files, str(work / f"{first.name}.duckdb"), ())
    (work / f"{second.name}.merged").touch()
    summary = run([folder], tmp_path / "db.duckdb", work_dir=work, files_per_shard=10,
                  stages=(), client=client)
    assert summary.written == 15
    with Store(tmp_path / "db.duckdb") as store:
        assert store.counts()["articles"] == 15


def test_merging_a_shard_twice_does_not_duplicate(tmp_path: Path) -> None:
    folder = corpus(tmp_path, n=4)
    (shard,) = plan_shards([folder], 10, [])
    shard_db = tmp_path / "s.duckdb"
    process_shard(shard.files, str(shard_db), ())
    with Store(tmp_path / "db.duckdb") as store:
        assert merge_shard(store, shard_db) == 4
        assert merge_shard(store, shard_db) == 4
        assert store.counts()["articles"] == 4
