"""The committed training recipes: which use gazetteer vectors, which train NER alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.util import load_config

from multivektor.nlp import ModelMissingError, train

CONFIGS = Path(train.__file__).parent / "configs"


def test_static_vectors_are_found_wherever_an_embedding_asks_for_them() -> None:
    assert not train._uses_static_vectors(load_config(CONFIGS / "default.cfg")["components"])
    assert train._uses_static_vectors(load_config(CONFIGS / "gazetteer.cfg")["components"])
    ner_only = load_config(CONFIGS / "ner_gazetteer.cfg", interpolate=False)
    assert train._uses_static_vectors(ner_only["components"])


def test_ner_recipe_freezes_everything_it_sources() -> None:
    config = load_config(CONFIGS / "ner_gazetteer.cfg", interpolate=False)
    sourced = [name for name, comp in config["components"].items() if "source" in comp]
    assert sourced and set(sourced) == set(config["training"]["frozen_components"])
    assert "ner" not in sourced and "base_model" in config["paths"]


def test_sourcing_recipe_needs_the_installed_model(monkeypatch, tmp_path) -> None:
    monkeypatch.setattr("multivektor.nlp.MODELS_DIR", tmp_path)
    with pytest.raises(ModelMissingError, match="sources the installed nb model"):
        train._base_model("nb")
