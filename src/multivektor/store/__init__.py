"""The DuckDB store: schema, idempotent writes, queries and exports."""

from multivektor.store.database import DEFAULT_DB, Store, StoreError
from multivektor.store.export import FORMATS, export

__all__ = ["DEFAULT_DB", "FORMATS", "Store", "StoreError", "export"]
