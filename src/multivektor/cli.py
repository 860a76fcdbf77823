"""The ``multivektor`` command: thin wrappers over the library."""

from __future__ import annotations

import contextlib
import json
import logging
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

import multivektor.blas_threads  # noqa: F401  (first: before anything imports numpy)
from multivektor.actors.commands import register as register_actors
from multivektor.events.commands import register as register_events
from multivektor.nlp.commands import register as register_nlp
from multivektor.quotes.commands import register as register_quotes
from multivektor.web.commands import register as register_web

if TYPE_CHECKING:
    from multivektor.store import Store

app = typer.Typer(
    name="multivektor",
    help="Political event data (PLOVER) from Norwegian news, Bokmål and Nynorsk.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True)

DbOption = Annotated[Path, typer.Option("--db", help="DuckDB database file.")]
StagesOption = Annotated[str, typer.Option(
    "--stages", help="Comma-separated stages to run: nlp,actors,events,quotes (the default); "
    "empty to read and store articles only.")]
ALL_STAGES = "nlp,actors,events,quotes"


def _pipeline(stages: str):
    from multivektor.pipeline import Pipeline

    try:
        return Pipeline(stages=[s.strip() for s in stages.split(",") if s.strip()])
    except ValueError as e:
        _fail(str(e))
DEFAULT_DB_PATH = Path("multivektor.duckdb")


@contextlib.contextmanager
def _progress(label: str, quiet: bool) -> Iterator[Callable[[int], None] | None]:
    """A progress bar on stderr; yields the callback that advances it (None when quiet)."""
    if quiet:
        yield None
        return
    columns = (TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    # redrawn by the job itself, at most ten times a second: rich's refresh thread would make
    # the process multi-threaded, and the spaCy parser runs ~25% slower in such a process
    with Progress(*columns, console=err, transient=True, auto_refresh=False) as bar:
        task = bar.add_task(label, total=None)
        last = 0.0

        def advance(n: int) -> None:
            nonlocal last
            bar.advance(task, n)
            if (now := time.monotonic()) - last >= 0.1:
                bar.refresh()
                last = now

        yield advance


def _report(summary, what: str) -> None:
    """Print the closing summary of a job to stderr."""
    table = Table(title=f"multivektor {what}", show_header=False, box=None)
    table.add_row("articles read", str(summary.read))
    table.add_row("written", str(summary.written))
    table.add_row("skipped", str(len(summary.skipped)))
    table.add_row("errors", str(summary.errors))
    err.print(table)
    for skip in summary.skipped[:20]:
        tag = "[red]error[/red]" if skip.error else "[yellow]skip[/yellow]"
        err.print(f"  {tag} {skip.origin}: {skip.reason}", markup=True, highlight=False)
    if len(summary.skipped) > 20:
        err.print(f"  … and {len(summary.skipped) - 20} more")
    for article_id, error in summary.stage_errors[:20]:
        err.print(f"  [red]error[/red] article {article_id}: {error}", highlight=False)


def _fail(message: str, code: int = 2) -> NoReturn:
    err.print(f"[red]error[/red] {message}", highlight=False)
    raise typer.Exit(code)


@contextlib.contextmanager
def _open_store(db: Path, read_only: bool = True) -> Iterator[Store]:
    """The store at ``db``; a missing or foreign database, or a bad query parameter
    (ValueError), ends the command with a clear message and exit status 2."""
    from multivektor.store import Store, StoreError

    try:
        store = Store(db, read_only=read_only)
    except StoreError as e:
        _fail(str(e))
    with store:
        try:
            yield store
        except ValueError as e:
            _fail(str(e))


@contextlib.contextmanager
def _models_present() -> Iterator[None]:
    """A missing NLP model ends the command with the message that says how to train one."""
    from multivektor.nlp import ModelMissingError

    try:
        yield
    except ModelMissingError as e:
        _fail(str(e))


def _check_inputs(inputs: list[Path]) -> None:
    missing = [p for p in inputs if not p.exists()]
    for p in missing:
        err.print(f"[red]error[/red] {p}: no such file or directory")
    if missing and len(missing) == len(inputs):
        raise typer.Exit(2)


@app.command()
def extract(
    inputs: Annotated[list[Path], typer.Argument(help="Files or directories to read.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Predictions, JSON Lines "
                                         "('-' for standard output).")] = Path("-"),
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    stages: StagesOption = ALL_STAGES,
) -> None:
    """Extract events, quotes and sources: one JSON line per input article, in input order."""
    from multivektor import jobs

    _check_inputs(inputs)
    with contextlib.ExitStack() as stack:
        if str(output) == "-":
            out = sys.stdout
        else:
            output.parent.mkdir(parents=True, exist_ok=True)
            out = stack.enter_context(output.open("w", encoding="utf-8"))
        stack.enter_context(_models_present())
        advance = stack.enter_context(_progress("extracting", quiet or out is sys.stdout))
        summary = jobs.extract(
            inputs, out, pipeline=_pipeline(stages),
            progress=advance,
        )
    _report(summary, "extract")
    if summary.errors or len(summary.skipped) and not summary.written:
        raise typer.Exit(1)


@app.command()
def ingest(
    inputs: Annotated[list[Path], typer.Argument(help="Files or directories to read.")],
    db: DbOption = DEFAULT_DB_PATH,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    stages: StagesOption = ALL_STAGES,
) -> None:
    """Read, process and store articles (re-ingesting an article replaces its results)."""
    from multivektor import jobs

    _check_inputs(inputs)
    with _open_store(db, read_only=False) as store, _models_present(), \
            _progress("ingesting", quiet) as advance:
        summary = jobs.ingest(
            inputs, store, pipeline=_pipeline(stages),
            progress=advance,
        )
    _report(summary, f"ingest → {db}")
    if summary.errors:
        raise typer.Exit(1)


@app.command()
def scale(
    inputs: Annotated[list[Path], typer.Argument(help="Files or directories to read.")],
    db: DbOption = DEFAULT_DB_PATH,
    scheduler: Annotated[str | None, typer.Option(
        help="Address of a running Dask scheduler (tcp://host:8786); default: a local "
        "cluster.")] = None,
    workers: Annotated[int, typer.Option(help="Worker processes of the local cluster.")] = 2,
    shard_files: Annotated[int, typer.Option(help="Input files per shard.")] = 500,
    work_dir: Annotated[Path | None, typer.Option(
        help="Where shards are written (default: next to the database).")] = None,
    stages: StagesOption = ALL_STAGES,
) -> None:
    """Ingest a large corpus on Dask; an interrupted run resumes where it stopped."""
    from multivektor.scale import run
    from multivektor.store import StoreError

    _check_inputs(inputs)
    pipeline = _pipeline(stages)
    merged = 0
    import distributed  # noqa: F401  (configures its loggers on import; quiet them after)

    for name in ("distributed", "tornado"):  # the cluster's own chatter
        logging.getLogger(name).setLevel(logging.ERROR)

    def report(name: str, n: int) -> None:
        nonlocal merged
        merged += n
        err.print(f"merged {name}: {n} articles ({merged} in all)", highlight=False)

    try:
        summary = run(inputs, db, work_dir=work_dir, scheduler=scheduler, workers=workers,
                      files_per_shard=shard_files, stages=pipeline.stages, progress=report)
    except (StoreError, ValueError, OSError) as e:
        _fail(str(e))
    _report(summary, f"scale → {db}")
    if summary.errors:
        raise typer.Exit(1)


@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", "-f", help="plover, csv or parquet.")] = "plover",
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Output file.")] = None,
    db: DbOption = DEFAULT_DB_PATH,
) -> None:
    """Export the stored events as PLOVER JSON Lines, CSV or Parquet."""
    from multivektor.store import FORMATS
    from multivektor.store import export as export_events

    if fmt not in FORMATS:
        _fail(f"unknown format {fmt!r}: choose {', '.join(FORMATS)}")
    suffix = {"plover": ".jsonl", "csv": ".csv", "parquet": ".parquet"}[fmt]
    output = output or Path(f"events{suffix}")
    with _open_store(db) as store:
        n = export_events(store, fmt, output)
    err.print(f"wrote {n} events to {output}")


@app.command()
def quotes(
    speaker: Annotated[str | None, typer.Option("--speaker", "-s",
                                                help="Part of the speaker's name.")] = None,
    limit: Annotated[int, typer.Option(help="At most this many quotes.")] = 50,
    as_json: Annotated[bool, typer.Option("--json", help="JSON Lines output.")] = False,
    db: DbOption = DEFAULT_DB_PATH,
) -> None:
    """List stored quotes, optionally of one speaker."""
    with _open_store(db) as store:
        rows = store.quotes(speaker, limit=limit)
    if as_json:
        for row in rows:
            typer.echo(json.dumps(row, ensure_ascii=False, default=str))
        return
    console = Console()
    for row in rows:
        console.print(f"[bold]{row['speaker'] or '?'}[/bold] ({row['code'] or '-'}, "
                      f"{row['date'] or 'no date'}, {row['article_id']}) {row['kind']}:",
                      highlight=False)
        console.print(f"  «{row['text']}»", highlight=False)
    if not rows:
        err.print("no quotes found")


@app.command()
def demo(
    db: DbOption = Path("multivektor-demo.duckdb"),
) -> None:
    """Ingest the bundled sample articles into a fresh database and summarise them."""
    from multivektor import jobs
    from multivektor.demo import SAMPLE
    from multivektor.store import Store

    if db.exists():
        db.unlink()
    with Store(db) as store:
        with _models_present(), _progress("demo", False) as advance:
            summary = jobs.ingest([SAMPLE], store,
                                  progress=advance)
        _report(summary, f"demo → {db}")
        _print_overview(store)
    if summary.errors:
        raise typer.Exit(1)


def _print_overview(store) -> None:
    console = Console()
    counts = store.counts()
    console.print(f"\n[bold]{counts['articles']}[/bold] articles, [bold]{counts['events']}"
                  f"[/bold] events, [bold]{counts['quotes']}[/bold] quotes, "
                  f"[bold]{counts['sources']}[/bold] cited sources")
    table = Table(title="events by PLOVER category")
    table.add_column("event")
    table.add_column("n", justify="right")
    for row in store.event_counts():
        table.add_row(row["event"], str(row["n"]))
    console.print(table)
    table = Table(title="most frequent dyads")
    for col in ("actor", "event", "recipient", "n"):
        table.add_column(col)
    for row in store.top_dyads(10):
        table.add_row(row["actor"], row["event"], row["recipient"], str(row["n"]))
    console.print(table)
    for row in store.quotes(limit=5):
        console.print(f"[bold]{row['speaker'] or '?'}[/bold]: «{row['text'][:100]}»",
                      highlight=False)


@app.command()
def stats(db: DbOption = DEFAULT_DB_PATH) -> None:
    """Summarise what a database holds."""
    with _open_store(db) as store:
        _print_overview(store)


@app.command()
def balance(
    country: Annotated[str, typer.Argument(help="ISO alpha-3 code, e.g. KAZ.")],
    partners: Annotated[str, typer.Option(help="Comma-separated partner codes.")]
    = "RUS,CHN,USA,EU",
    period: Annotated[str, typer.Option(help="day, week, month, quarter or year.")] = "quarter",
    as_json: Annotated[bool, typer.Option("--json", help="JSON Lines output.")] = False,
    db: DbOption = DEFAULT_DB_PATH,
) -> None:
    """The multi-vector balance: a country's cooperation and conflict with each partner."""
    from multivektor.analysis import balance as compute_balance

    codes = [p.strip().upper() for p in partners.split(",") if p.strip()]
    with _open_store(db) as store:
        rows = compute_balance(store, country, codes, period)
    if as_json:
        for row in rows:
            typer.echo(json.dumps(row, ensure_ascii=False, default=str))
        return
    table = Table(title=f"{country.upper()}: cooperation / conflict (share of cooperation)")
    table.add_column(period)
    for code in codes:
        table.add_column(code, justify="right")
    table.add_column("evenness", justify="right")
    for row in rows:
        cells = [f"{row['partners'][c]['cooperation']} / {row['partners'][c]['conflict']} "
                 f"({row['coop_share'][c]:.0%})" for c in codes]
        even = "-" if row["evenness"] is None else f"{row['evenness']:.2f}"
        table.add_row(str(row["period"]), *cells, even)
    Console().print(table)
    if not rows:
        err.print(f"no dated events between {country.upper()} and {', '.join(codes)}")


for _register in (register_nlp, register_actors, register_events, register_quotes, register_web):
    _register(app)


def main() -> None:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    app()
