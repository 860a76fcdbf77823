"""Command-line commands of the ``web`` package, added to the ``multivektor`` app by cli.py.

Heavy imports stay inside the command functions so that ``multivektor --help`` stays fast.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    """Add this package's commands to the main app."""

    @app.command()
    def serve(
        db: Annotated[Path, typer.Option("--db", help="DuckDB database file.")]
        = Path("multivektor.duckdb"),
        host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
        port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    ) -> None:
        """Serve the REST API and the dashboard (read-only) over a database."""
        import uvicorn
        from rich.console import Console

        from multivektor.web import create_app

        err = Console(stderr=True)
        if not db.exists():
            err.print(f"[yellow]warning[/yellow] no database at {db} yet: the API answers 503 "
                      "until `multivektor ingest` creates it")
        err.print(f"dashboard: http://{host}:{port}/   API docs: http://{host}:{port}/docs",
                  highlight=False)
        uvicorn.run(create_app(db), host=host, port=port, log_level="warning")
