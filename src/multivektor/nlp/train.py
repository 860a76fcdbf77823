"""Train a Norwegian pipeline from the treebank, with a wall-clock budget.

``train(data_dir, lang, out_dir, minutes)`` converts ``train.conll``/``dev.conll`` of the
language folder (``nob``/``nno``) to ``.spacy`` files, initialises the pipeline from
``configs/default.cfg`` and trains until the time budget is spent, keeping the checkpoint with
the best weighted dev score in ``out_dir/model-best``. Seeded, single-threaded.
"""

from __future__ import annotations

import json
import shutil
import sys
import time
from pathlib import Path

import numpy as np
import spacy
from spacy.language import Language
from spacy.training.initialize import init_nlp
from spacy.training.loop import (
    create_evaluation_callback,
    create_train_batches,
    train_while_improving,
    update_meta,
)
from spacy.util import load_config, registry, resolve_dot_names
from thinc.api import fix_random_seed

from multivektor.nlp.convert import docs_from_file, write_docbin
from multivektor.nlp.gazetteer import write_vectors_model
from multivektor.nlp.tokenizer import customize

CONFIG = Path(__file__).parent / "configs" / "default.cfg"
LANG_DIRS = {"nb": "nob", "nn": "nno"}
TRAIN_CHUNK_TOKENS = 250


@registry.callbacks("multivektor.norwegian_tokenizer.v1")
def _norwegian_tokenizer_callback():
    return customize


def treebank_dir(data: Path, lang: str) -> Path:
    """The treebank folder for ``lang``: ``data`` itself or ``data/nob``/``data/nno``."""
    if (data / "train.conll").exists():
        return data
    return data / LANG_DIRS[lang]


def prepare_corpus(data: Path, lang: str, out_dir: Path, seed: int) -> tuple[Path, Path]:
    """Write ``train.spacy`` (chunks of paragraphs) and ``dev.spacy`` (whole documents)."""
    src = treebank_dir(data, lang)
    vocab = spacy.blank(lang).vocab
    train_path, dev_path = out_dir / "corpus" / "train.spacy", out_dir / "corpus" / "dev.spacy"
    write_docbin(docs_from_file(vocab, src / "train.conll", TRAIN_CHUNK_TOKENS, seed), train_path)
    write_docbin(docs_from_file(vocab, src / "dev.conll", None), dev_path)
    return train_path, dev_path


def train(
    data: Path,
    lang: str,
    out_dir: Path,
    minutes: float,
    overrides: dict[str, object] | None = None,
    log=sys.stdout,
    config_path: Path | None = None,
) -> Path:
    """Train ``lang`` for about ``minutes`` minutes; returns the path of the best model."""
    start = time.monotonic()
    config_path = config_path or CONFIG
    config = load_config(config_path)
    seed = int(config["system"]["seed"])
    out_dir.mkdir(parents=True, exist_ok=True)
    train_path, dev_path = prepare_corpus(data, lang, out_dir, seed)
    all_overrides: dict[str, object] = {
        "nlp.lang": lang,
        "paths.train": str(train_path),
        "paths.dev": str(dev_path),
    }
    base = load_config(config_path, interpolate=False)
    if "base_model" in base["paths"]:
        all_overrides["paths.base_model"] = str(_base_model(lang))
    all_overrides.update(overrides or {})
    config = load_config(config_path, overrides=all_overrides, interpolate=False)
    if _uses_static_vectors(config["components"]):
        vectors = write_vectors_model(lang, out_dir / "gazetteer")
        config = load_config(
            config_path, overrides={**all_overrides, "paths.vectors": str(vectors)},
            interpolate=False,
        )
    config.to_disk(out_dir / "config.cfg")
    fix_random_seed(seed)
    nlp = init_nlp(config)
    _train_loop(nlp, out_dir, start + minutes * 60, log)
    return out_dir / "model-best"


def finetune(
    data: Path,
    lang: str,
    model: Path,
    out_dir: Path,
    minutes: float,
    learn_rate: float,
    log=sys.stdout,
) -> Path:
    """Continue training a trained pipeline at a lower learning rate (second phase)."""
    start = time.monotonic()
    nlp = spacy.load(model)
    _restore_lemmatizer_labels(nlp)
    seed = int(nlp.config["system"]["seed"])
    out_dir.mkdir(parents=True, exist_ok=True)
    train_path, dev_path = prepare_corpus(data, lang, out_dir, seed)
    config = nlp.config
    config["paths"]["train"], config["paths"]["dev"] = str(train_path), str(dev_path)
    config["corpora"]["train"]["path"] = str(train_path)
    config["corpora"]["dev"]["path"] = str(dev_path)
    config["training"]["optimizer"]["learn_rate"] = learn_rate
    config.to_disk(out_dir / "config.cfg")
    fix_random_seed(seed)
    _train_loop(nlp, out_dir, start + minutes * 60, log)
    return out_dir / "model-best"


def _uses_static_vectors(section: object) -> bool:
    """Whether any embedding layer in a (sub)config reads the static-vector table."""
    if isinstance(section, dict):
        return bool(section.get("include_static_vectors")) or any(
            _uses_static_vectors(value) for value in section.values()
        )
    return False


def _base_model(lang: str) -> Path:
    """The installed model whose frozen components a sourcing config (ner_gazetteer) reuses."""
    from multivektor.nlp import ModelMissingError, model_path

    path = model_path(lang)
    if not (path / "config.cfg").exists():
        raise ModelMissingError(f"this config sources the installed {lang} model; none at {path}")
    return path


def _restore_lemmatizer_labels(nlp: Language) -> None:
    """Rebuild the edit-tree → label map, which spaCy 3.8 does not restore when loading.

    Without it, training a loaded pipeline teaches the lemmatizer that every tree is label 0.
    """
    for _name, pipe in nlp.pipeline:
        if hasattr(pipe, "tree2label") and "labels" in pipe.cfg:
            pipe.tree2label = {tree: i for i, tree in enumerate(pipe.cfg["labels"])}


def _train_loop(nlp: Language, out_dir: Path, deadline: float, log) -> None:
    config = nlp.config.interpolate()
    T = registry.resolve(config["training"])
    fix_random_seed(T["seed"])
    train_corpus, dev_corpus = resolve_dot_names(config, [T["train_corpus"], T["dev_corpus"]])
    optimizer = T["optimizer"]
    steps = train_while_improving(
        nlp,
        optimizer,
        create_train_batches(nlp, train_corpus, T["batcher"], T["max_epochs"]),
        create_evaluation_callback(nlp, dev_corpus, T["score_weights"]),
        dropout=T["dropout"],
        accumulate_gradient=T["accumulate_gradient"],
        patience=T["patience"],
        max_steps=T["max_steps"],
        eval_frequency=T["eval_frequency"],
        exclude=T["frozen_components"],
        annotating_components=T["annotating_components"],
        before_update=None,
    )
    best_dir = out_dir / "model-best"
    t0 = time.monotonic()
    for _batch, info, is_best in steps:
        if is_best is None:
            if time.monotonic() > deadline:
                break
            continue
        update_meta(T, nlp, info)
        scores = {k: round(float(v), 4) for k, v in info["other_scores"].items() if _scalar(v)}
        record = {
            "step": info["step"],
            "epoch": info["epoch"],
            "score": round(info["score"], 4),
            "words_per_s": round(info["words"] / max(time.monotonic() - t0, 1e-9)),
            "losses": {k: round(float(v), 1) for k, v in info["losses"].items()},
            **scores,
        }
        print(json.dumps(record), file=log, flush=True)
        if is_best:
            tmp = out_dir / "model-best.tmp"
            if tmp.exists():
                shutil.rmtree(tmp)
            with nlp.use_params(optimizer.averages):
                nlp.to_disk(tmp)
            if best_dir.exists():
                shutil.rmtree(best_dir)
            tmp.rename(best_dir)
        if time.monotonic() > deadline:
            break
    if not best_dir.exists():
        nlp.to_disk(best_dir)


def _scalar(value: object) -> bool:
    return isinstance(value, int | float | np.floating) and not isinstance(value, bool)
