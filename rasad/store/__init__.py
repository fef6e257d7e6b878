"""The only code that talks to the database.

``open_store(path)`` opens (creating and migrating if needed) an embedded DuckDB file. Stages never see
SQL: the runner hands finished articles to :meth:`Store.save_article`, and the CLI and the API read
through the query methods.
"""

from __future__ import annotations

from rasad.store.duckdb_store import DEFAULT_DB, Store, StoreWriteError, open_store

__all__ = ["DEFAULT_DB", "Store", "StoreWriteError", "open_store"]
