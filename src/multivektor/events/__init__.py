"""PLOVER event coder."""
