"""Line-oriented filters: `rasad normalize` (and, with the actor stage, `rasad entities`)."""

from __future__ import annotations

import sys

import typer

from rasad.normalise.stage import normalise_text


def register(app: typer.Typer) -> None:
    app.command("normalize")(normalize_command)


def normalize_command() -> None:
    """Read lines on stdin, write each one normalised (letters, digits, spacing, ZWNJ) to stdout."""
    for line in sys.stdin:
        sys.stdout.write(normalise_text(line.rstrip("\n")).text + "\n")
