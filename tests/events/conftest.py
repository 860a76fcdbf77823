"""Shared fixtures of the event tests."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def pipeline():
    """NLP, actors and events with the committed models (skipped without a model)."""
    from multivektor import nlp

    try:
        nlp.load("nb")
        nlp.load("nn")
    except nlp.ModelMissingError:
        pytest.skip("no trained NLP model in the package")
    from multivektor.pipeline import Pipeline

    return Pipeline(stages=("nlp", "actors", "events"))
