"""Running the pipeline over large corpora on Dask (a local or remote cluster), resumably."""

from multivektor.scale.runner import DEFAULT_SHARD_FILES, Shard, merge_shard, plan_shards, run

__all__ = ["DEFAULT_SHARD_FILES", "Shard", "merge_shard", "plan_shards", "run"]
