"""Command-line commands of the ``events`` package, added to the ``multivektor`` app by cli.py.

Heavy imports stay inside the command functions so that ``multivektor --help`` stays fast.
"""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add this package's commands to the main app."""

    @app.command()
    def explain(
        sentence: str = typer.Argument(..., help="Norwegian text (one or a few sentences)."),
        date: str = typer.Option(None, "--date", "-d", help="Date of the text, YYYY-MM-DD "
                                 "(decides who holds an office)."),
        lang: str = typer.Option(None, "--lang", help="nb or nn (detected when omitted)."),
    ) -> None:
        """Show how the event coder reads SENTENCE: parse, actors, cues and events (or why
        none) — the tool for a lexicon maintainer."""
        from multivektor.events.explain import explain as run
        from multivektor.nlp import ModelMissingError

        if lang is not None and lang not in ("nb", "nn"):
            raise typer.BadParameter("--lang must be nb or nn")
        try:
            result = run(sentence, date=date, lang=lang)
        except ModelMissingError as err:
            typer.echo(str(err), err=True)
            raise typer.Exit(2) from err
        typer.echo(result.render())
