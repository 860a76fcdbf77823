"""Loading the committed models: offline, cached, clear error when absent."""

from __future__ import annotations

import socket

import pytest

import multivektor.nlp as nlp_pkg
from multivektor.nlp import ModelMissingError, load


def test_unknown_language_is_refused():
    with pytest.raises(ValueError, match="unknown language"):
        load("sv")


def test_missing_model_gives_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setattr(nlp_pkg, "MODELS_DIR", tmp_path)
    load.cache_clear()
    try:
        with pytest.raises(ModelMissingError, match="train-nlp"):
            load("nb")
    finally:
        load.cache_clear()


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["nb", "nn"])
def test_loads_offline_and_is_cached(lang, monkeypatch):
    if not (nlp_pkg.model_path(lang) / "config.cfg").exists():
        pytest.skip(f"trained {lang} model not in the package")

    def no_network(*args, **kwargs):
        raise AssertionError("the model tried to use the network")

    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    load.cache_clear()
    nlp = load(lang)
    assert load(lang) is nlp
    assert nlp.lang == lang
    assert {"tagger", "morphologizer", "parser", "ner"} <= set(nlp.pipe_names)
    doc = nlp("Regjeringen la fram budsjettet i dag.")
    assert len(list(doc.sents)) == 1
