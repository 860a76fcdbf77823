"""Command-line commands of the ``actors`` package, added to the ``multivektor`` app by cli.py.

``multivektor actors resolve "Tokajev" --date 2022-11-28`` prints the resolution as JSON;
``multivektor actors show KAZ`` lists what the knowledge base knows of a code;
``multivektor actors mentions FILE`` lists the actor mentions of a text;
``multivektor actors evaluate tests/actors/mentions.tsv`` measures the resolver's accuracy;
``multivektor actors build`` recompiles the knowledge base from its sources.

Heavy imports stay inside the command functions so that ``multivektor --help`` stays fast.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

actors_app = typer.Typer(help="Actor knowledge base: resolve mentions, inspect codes, rebuild.",
                         no_args_is_help=True)


@actors_app.command("resolve")
def resolve_cmd(
    mention: str = typer.Argument(..., help='The words to resolve, e.g. "Kasakhstans president".'),
    date: str = typer.Option(None, "--date", "-d", help="Date of the text, YYYY-MM-DD."),
    context: str = typer.Option(None, "--context", "-c",
                                help="Words before the mention (decides capital vs place)."),
) -> None:
    """Resolve one mention and print the result as JSON."""
    from multivektor.actors import resolve

    r = resolve(mention, date, context)
    out = {"mention": mention, "date": date, "resolved": r.to_json() if r else None}
    typer.echo(json.dumps(out, ensure_ascii=False, indent=2))
    if r is None:
        raise typer.Exit(1)


@actors_app.command("show")
def show_cmd(
    code: str = typer.Argument(..., help="ISO alpha-3 or organisation code (KAZ, NATO)."),
    date: str = typer.Option(None, "--date", "-d", help="Only office holders on this date."),
    limit: int = typer.Option(40, help="Most people to list."),
) -> None:
    """List what the knowledge base knows of a code: names, capitals, organisations, people."""
    from multivektor.actors.show import describe

    text = describe(code.upper(), date, limit)
    if not text:
        typer.echo(f"unknown code: {code}", err=True)
        raise typer.Exit(1)
    typer.echo(text)


@actors_app.command("mentions")
def mentions_cmd(
    path: Annotated[Path, typer.Argument(exists=True, dir_okay=False,
                                         help="A plain-text article.")],
    date: str = typer.Option(None, "--date", "-d", help="Date of the article, YYYY-MM-DD."),
) -> None:
    """Print the actor mentions of a text file as JSON Lines (no NLP model needed)."""
    from multivektor.actors import ArticleActors

    actors = ArticleActors.from_text(path.read_text(encoding="utf-8"), date)
    for m in actors.mentions:
        typer.echo(json.dumps(m.to_json(), ensure_ascii=False))


@actors_app.command("evaluate")
def evaluate_cmd(
    path: Annotated[Path, typer.Argument(exists=True, dir_okay=False,
                                         help="Test list (TSV), e.g. tests/actors/mentions.tsv.")],
) -> None:
    """Accuracy of the resolver on a test list of mentions."""
    from multivektor.actors.evaluate import report

    typer.echo(report(path))


@actors_app.command("build")
def build_cmd(
    wikidata: Annotated[Path | None, typer.Option(
        help="wikidata_roles.csv (default: ../shared/data/actors).")] = None,
) -> None:
    """Recompile actors/data/generated/kb.json from the hand-written tables and Wikidata."""
    from multivektor.actors.build import GENERATED, build

    counts = build(wikidata)
    typer.echo(json.dumps(counts, indent=2))
    typer.echo(f"wrote {GENERATED}")


def register(app: typer.Typer) -> None:
    """Add this package's commands to the main app."""
    app.add_typer(actors_app, name="actors")
