"""Command-line commands of the ``actors`` package, added to the ``multivektor`` app by cli.py.

Heavy imports stay inside the command functions so that ``multivektor --help`` stays fast.
"""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add this package's commands to the main app."""
