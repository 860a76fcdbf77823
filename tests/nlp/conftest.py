"""Fixtures for the NLP tests: the trained models, skipped with a reason where absent."""

from __future__ import annotations

import pytest

from multivektor.nlp import load, model_path


def _model(lang: str):
    if not (model_path(lang) / "config.cfg").exists():
        pytest.skip(f"trained {lang} model not in the package (multivektor train-nlp --install)")
    return load(lang)


@pytest.fixture(scope="session")
def nb():
    """The committed Bokmål pipeline."""
    return _model("nb")


@pytest.fixture(scope="session")
def nn():
    """The committed Nynorsk pipeline."""
    return _model("nn")
