"""Options shared by every command that reads or writes the store."""

from __future__ import annotations

from pathlib import Path

import typer

from rasad.store import DEFAULT_DB

DbOption = typer.Option(Path(DEFAULT_DB), "--db", help="DuckDB store file (created if missing).")
