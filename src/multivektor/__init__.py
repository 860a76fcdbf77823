"""Multivektor: PLOVER political event data from Norwegian news (Bokmål and Nynorsk)."""

__version__ = "0.1.0"
