"""`rasad export`, `rasad eval`, `rasad events`, `rasad actors`: reading results back out."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer
from rich.table import Table

from rasad.cli.options import DbOption, console
from rasad.evaluation.runner import GoldError, evaluate
from rasad.exports import FORMATS, event_records, export
from rasad.store import open_store


def register(app: typer.Typer) -> None:
    app.command("export")(export_command)
    app.command("eval")(eval_command)
    app.command("events")(events_command)
    app.command("actors")(actors_command)


def export_command(
    file_format: str = typer.Option("events-jsonl", "--format", help=f"One of: {', '.join(FORMATS)}."),
    out: Path | None = typer.Option(None, "--out", help="Output file (stdout for the JSON formats if omitted)."),
    db: Path = DbOption,
) -> None:
    """Export stored events."""
    if file_format not in FORMATS:
        raise typer.BadParameter(f"choose one of {', '.join(FORMATS)}", param_hint="--format")
    store = open_store(db)
    try:
        written = export(store, file_format, out if out else sys.stdout)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--out") from exc
    finally:
        store.close()
    if out:
        console.print(f"{written} events → {out}")


def eval_command(
    gold: Path = typer.Option(..., "--gold", exists=True, dir_okay=False, help="Gold JSONL (FORMAT.md)."),
    root: Path | None = typer.Option(None, "--root", help="Folder source_file paths are relative to."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
    db: Path | None = typer.Option(None, "--db", help="Keep the system output in this new store file."),
) -> None:
    """Run the articles a gold file names and print FORMAT.md's figures."""
    try:
        result = evaluate(gold, root, db=db)
    except GoldError as exc:
        raise typer.BadParameter(str(exc)) from exc
    if as_json:
        print(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
        return
    figures = result.as_dict()
    table = Table(title=f"rasad eval — {gold} ({figures['articles']} articles)")
    for column in ("figure", "precision", "recall", "F1", "tp / system / gold"):
        table.add_column(column, justify="right")
    for name in ("consult", "events", "actor_pairs", "quotes"):
        prf = figures[name]
        table.add_row(name, f"{prf['precision']:.3f}", f"{prf['recall']:.3f}", f"{prf['f1']:.3f}",
                      f"{prf['tp']} / {prf['system']} / {prf['gold']}")
    console.print(table)
    accuracy = Table(title="accuracy")
    for column in ("figure", "accuracy", "correct / total"):
        accuracy.add_column(column, justify="right")
    rows = [(name, figures[name]) for name in ("mode", "date", "location")]
    rows += [(f"story.{name}", value) for name, value in figures["story"].items()]
    for name, value in rows:
        shown = "n/a" if value["accuracy"] is None else f"{value['accuracy']:.3f}"
        accuracy.add_row(name, shown, f"{value['correct']} / {value['total']}")
    console.print(accuracy)
    for reason in figures["failed"]:
        console.print(f"[red]not scored:[/red] {reason}")


def _actor_label(actor: dict | None) -> str:
    if not actor:
        return "—"
    return actor.get("name_en") or actor.get("name") or actor["id"]


def events_command(db: Path = DbOption, limit: int = typer.Option(200, help="Rows to show at most.")) -> None:
    """Stored events as a readable table (English actor names, Persian evidence)."""
    store = open_store(db)
    try:
        records = list(event_records(store))
    finally:
        store.close()
    table = Table(title=f"{len(records)} events in {db}", show_lines=True)
    for column in ("doc", "type", "mode", "source", "target", "date", "location"):
        table.add_column(column, overflow="fold", max_width=24)
    table.add_column("evidence", overflow="fold", min_width=50)
    for record in records[:limit]:
        evidence = record["evidence"]["text"]
        table.add_row(
            record["doc_id"][:12], record["event_type"], record["event_mode"] or "", _actor_label(record["source"]),
            _actor_label(record["target"]), record["event_date"] or "", (record["location"] or {}).get("name") or "",
            evidence if len(evidence) <= 90 else evidence[:87] + "…",
        )
    console.print(table)


def actors_command(db: Path = DbOption, limit: int = typer.Option(30, help="Actors to show.")) -> None:
    """The most-mentioned actors, with their roles."""
    store = open_store(db)
    try:
        rows = store.actor_summary(limit)
    finally:
        store.close()
    table = Table(title=f"most-mentioned actors in {db}")
    for column in ("actor", "name", "kind", "country", "sector", "mentions", "articles", "roles"):
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(
            row["actor_id"], row["name"], row["kind"], row["country"] or "", row["sector"] or "",
            str(row["mentions"]), str(row["articles"]), "; ".join(row["roles"] or []),
        )
    console.print(table)
