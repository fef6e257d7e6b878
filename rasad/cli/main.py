"""The `rasad` command: a thin typer shell over library functions (the API calls the same functions)."""

from __future__ import annotations

import typer

from rasad.cli import corpus, outputs, text_tools

app = typer.Typer(
    help="Rasad: Persian news in, PLOVER political event data out.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
)
corpus.register(app)
text_tools.register(app)
outputs.register(app)

if __name__ == "__main__":  # pragma: no cover
    app()
