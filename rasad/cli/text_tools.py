"""Line-oriented filters: `rasad normalize` and `rasad entities`, one output line per input line."""

from __future__ import annotations

import json
import sys

import typer

from rasad.entities import line_entities
from rasad.normalise.stage import normalise_text


def register(app: typer.Typer) -> None:
    app.command("normalize")(normalize_command)
    app.command("entities")(entities_command)


def normalize_command() -> None:
    """Read lines on stdin, write each one normalised (letters, digits, spacing, ZWNJ) to stdout."""
    for line in sys.stdin:
        sys.stdout.write(normalise_text(line.rstrip("\n")).text + "\n")


def entities_command() -> None:
    """Read lines on stdin; for each, print a JSON array of {start, end, type, actor_id} (PER ORG LOC DATE)."""
    for line in sys.stdin:
        print(json.dumps(line_entities(line.rstrip("\n")), ensure_ascii=False), flush=True)
