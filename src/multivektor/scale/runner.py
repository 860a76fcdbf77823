"""Run the pipeline over large corpora on Dask, resumably.

The input files are cut into shards of a fixed number of files. Each shard is processed by
a Dask worker into a DuckDB file of its own (the same schema as the main store), written
under a temporary name and renamed when complete. The driver merges finished shards into
the main database, one transaction per shard, and marks them merged. A re-run with the same
inputs skips merged shards and reprocesses only what is missing, so an interrupted run
resumes where it stopped.

Workers must see the input files and the work directory (a shared file system on a remote
cluster). Files are the unit of work: a single huge JSON Lines file is one shard.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from multivektor.jobs import Summary
from multivektor.model import Skip
from multivektor.store import Store
from multivektor.store.schema import RESULT_TABLES

DEFAULT_SHARD_FILES = 500


@dataclass(frozen=True, slots=True)
class Shard:
    """A group of input files, named by a hash of their paths (stable across re-runs)."""

    files: tuple[str, ...]

    @property
    def name(self) -> str:
        digest = hashlib.sha256("\n".join(self.files).encode("utf-8")).hexdigest()
        return f"shard-{digest[:16]}"


def plan_shards(paths: Iterable[str | Path], files_per_shard: int,
                skipped: list[Skip]) -> Iterator[Shard]:
    """Stream shards of at most ``files_per_shard`` files; unreadable paths go to ``skipped``."""
    from multivektor.ingest import walk_files

    if files_per_shard < 1:
        raise ValueError("a shard needs at least one file")
    files: list[str] = []
    for item in walk_files(paths):
        if isinstance(item, Skip):
            skipped.append(item)
            continue
        files.append(str(item.resolve()))
        if len(files) >= files_per_shard:
            yield Shard(tuple(files))
            files = []
    if files:
        yield Shard(tuple(files))


def process_shard(files: tuple[str, ...], target: str, stages: tuple[str, ...]) -> dict:
    """Worker task: process the files into the DuckDB file ``target``; returns the summary.

    The file is written as ``target + '.part'`` and renamed when complete, so a shard file
    that exists is always whole.
    """
    from multivektor import jobs
    from multivektor.pipeline import Pipeline

    part = Path(target + ".part")
    part.unlink(missing_ok=True)
    Path(target + ".part.wal").unlink(missing_ok=True)
    with Store(part) as store:
        summary = jobs.ingest(files, store, pipeline=Pipeline(stages=stages))
    Path(target + ".json").write_text(json.dumps(summary.to_json()), encoding="utf-8")
    part.rename(target)
    return summary.to_json()


def merge_shard(store: Store, shard_db: Path) -> int:
    """Copy a finished shard into the main store in one transaction; returns its articles."""
    con = store.con
    path = str(shard_db).replace("'", "''")
    con.execute(f"ATTACH '{path}' AS shard (READ_ONLY)")
    try:
        con.execute("BEGIN TRANSACTION")
        try:
            for table in RESULT_TABLES:
                con.execute(f"DELETE FROM {table} WHERE article_id IN "
                            "(SELECT id FROM shard.articles)")
                con.execute(f"INSERT INTO {table} SELECT * FROM shard.{table}")
            con.execute("INSERT OR REPLACE INTO articles SELECT * FROM shard.articles")
            n = con.execute("SELECT count(*) FROM shard.articles").fetchone()[0]
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
    finally:
        con.execute("DETACH shard")
    return n


def _add(total: Summary, part: dict) -> None:
    total.read += part["read"]
    total.written += part["written"]
    total.skipped.extend(Skip(s["origin"], s["reason"], s["error"]) for s in part["skips"])
    total.stage_errors.extend((e["id"], e["error"]) for e in part["stage_errors"])


def run(paths: Iterable[str | Path], db: str | Path, *, work_dir: str | Path | None = None,
        scheduler: str | None = None, workers: int = 2,
        files_per_shard: int = DEFAULT_SHARD_FILES,
        stages: Iterable[str] = ("nlp", "actors", "events", "quotes"),
        progress: Callable[[str, int], None] | None = None,
        client: Any = None) -> Summary:
    """Process ``paths`` on Dask and merge the results into the store at ``db``.

    ``scheduler`` is the address of a running Dask scheduler (``tcp://host:8786``); without
    it a local cluster of ``workers`` processes is started. ``progress`` is called with the
    shard name and its article count as each shard is merged.
    """
    from dask.distributed import Client, LocalCluster, as_completed

    db = Path(db)
    work = Path(work_dir) if work_dir else db.with_name(db.name + ".shards")
    work.mkdir(parents=True, exist_ok=True)
    stages = tuple(stages)
    summary = Summary()
    own_client = client is None
    if own_client:
        client = Client(scheduler) if scheduler else Client(LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None))
    try:
        with Store(db) as store:
            pending = as_completed()
            in_flight = 0
            limit = 2 * max(1, len(client.scheduler_info()["workers"]))

            def drain(until: int) -> None:
                nonlocal in_flight
                while in_flight > until:
                    future = next(pending)
                    name, shard_db, part = future.result()
                    _add(summary, part)
                    merge_shard(store, shard_db)
                    (work / f"{name}.merged").touch()
                    shard_db.unlink()
                    shard_db.with_name(shard_db.name + ".json").unlink(missing_ok=True)
                    in_flight -= 1
                    if progress:
                        progress(name, part["written"])

            for shard in plan_shards(paths, files_per_shard, summary.skipped):
                if (work / f"{shard.name}.merged").exists():
                    continue  # done in an earlier run
                target = work / f"{shard.name}.duckdb"
                future = client.submit(_task, shard.files, str(target), stages,
                                        key=f"{shard.name}-{'-'.join(stages) or 'store'}")
                pending.add(future)
                in_flight += 1
                drain(limit)
            drain(0)
    finally:
        if own_client:
            cluster = client.cluster
            client.close()
            if cluster is not None:
                cluster.close()
    shutil.rmtree(work, ignore_errors=True)
    return summary


def _task(files: tuple[str, ...], target: str, stages: tuple[str, ...]
          ) -> tuple[str, Path, dict]:
    if Path(target).exists():  # finished in an earlier run but not merged
        part = json.loads(Path(target + ".json").read_text(encoding="utf-8"))
    else:
        part = process_shard(files, target, stages)
    return Path(target).stem, Path(target), part
