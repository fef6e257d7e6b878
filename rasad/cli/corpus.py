"""`rasad run`: ingest, process and store documents."""

from __future__ import annotations

import sys
from pathlib import Path

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from rasad.cli.options import DbOption, console
from rasad.ingest import count_inputs
from rasad.runner import RunReport, run
from rasad.store import open_store

EXIT_SOME_FAILED = 2


def register(app: typer.Typer) -> None:
    app.command("run")(run_command)


def run_command(
    paths: list[str] = typer.Argument(..., help="Files, folders (recursive) or - for stdin."),
    db: Path = DbOption,
) -> None:
    """Read PATHS, run every stage and store the results. Exits 2 if any document failed (the rest are stored)."""
    store = open_store(db)
    try:
        total = count_inputs(paths)
        stdin = sys.stdin.buffer if "-" in paths else None
        if total > 1:
            columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
            with Progress(*columns, console=console, transient=True) as progress:
                task = progress.add_task("documents", total=total)
                report = run(paths, store, stdin=stdin, on_item=lambda _: progress.advance(task))
        else:
            report = run(paths, store, stdin=stdin)
    finally:
        store.close()
    print_summary(report, db)
    if report.failed:
        raise typer.Exit(EXIT_SOME_FAILED)


def print_summary(report: RunReport, db: Path) -> None:
    table = Table(title=f"rasad run {report.run_id} → {db}")
    table.add_column("result")
    table.add_column("count", justify="right")
    table.add_row("articles stored", str(len(report.stored)))
    table.add_row("skipped as duplicates", str(len(report.duplicates)))
    table.add_row("failed", str(len(report.failed)), style="red" if report.failed else None)
    console.print(table)
    for error in report.failed:
        # One line per failure, never folded, so a file name can be copied or grepped.
        line = escape(f"{error.source} [{error.code}] {error.reason}")
        console.print(f"[red]failed[/red] {line}", soft_wrap=True, highlight=False)
