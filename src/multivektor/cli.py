"""The ``multivektor`` command: thin wrappers over the library."""

from __future__ import annotations

import typer

from multivektor.actors.commands import register as register_actors
from multivektor.events.commands import register as register_events
from multivektor.nlp.commands import register as register_nlp
from multivektor.quotes.commands import register as register_quotes

app = typer.Typer(
    name="multivektor",
    help="Political event data (PLOVER) from Norwegian news, Bokmål and Nynorsk.",
    no_args_is_help=True,
    add_completion=False,
)

for _register in (register_nlp, register_actors, register_events, register_quotes):
    _register(app)


def main() -> None:
    app()
