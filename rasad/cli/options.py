"""Options shared by every command that reads or writes the store."""

from __future__ import annotations

import sys
from pathlib import Path

import typer
from rich.console import Console

from rasad.store import DEFAULT_DB

DbOption = typer.Option(Path(DEFAULT_DB), "--db", help="DuckDB store file (created if missing).")

# Tables of Persian evidence need room; when output goes to a file or a pipe (no terminal width to ask),
# print them 160 columns wide rather than rich's default 80.
console = Console() if sys.stdout.isatty() else Console(width=160)
