"""Command-line commands of the ``nlp`` package, added to the ``multivektor`` app by cli.py.

Heavy imports stay inside the command functions so that ``multivektor --help`` stays fast.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

LANG_HELP = "Language: nb (Bokmål) or nn (Nynorsk)."
DATA_HELP = "Treebank folder (the one holding nob/ and nno/, or a language folder)."


def register(app: typer.Typer) -> None:
    """Add this package's commands to the main app."""
    app.command("train-nlp")(train_nlp)
    app.command("eval-nlp")(eval_nlp)


def _check_lang(lang: str) -> None:
    if lang not in ("nb", "nn"):
        raise typer.BadParameter("expected nb or nn", param_hint="--lang")


def train_nlp(
    data: Annotated[Path, typer.Option("--data", help=DATA_HELP, exists=True, file_okay=False)],
    lang: Annotated[str, typer.Option("--lang", help=LANG_HELP)],
    minutes: Annotated[float, typer.Option("--minutes", help="Wall-clock budget.")] = 60.0,
    out: Annotated[
        Path | None, typer.Option("--out", help="Output folder (default: training/nlp-<lang>).")
    ] = None,
    width: Annotated[int, typer.Option("--width", help="tok2vec width (0: config's).")] = 0,
    depth: Annotated[int, typer.Option("--depth", help="tok2vec depth (0: config's).")] = 0,
    install: Annotated[
        bool, typer.Option("--install", help="Copy the best model into the package.")
    ] = False,
    config: Annotated[
        Path | None, typer.Option("--config", help="Training config (default: the package's).")
    ] = None,
    resume: Annotated[
        Path | None,
        typer.Option("--resume", help="Continue from this trained model (second phase)."),
    ] = None,
    learn_rate: Annotated[
        float, typer.Option("--learn-rate", help="Learning rate with --resume.")
    ] = 0.0002,
) -> None:
    """Train the nb or nn pipeline from the treebank (seeded; one thread)."""
    _check_lang(lang)
    import shutil

    from multivektor.nlp import model_path
    from multivektor.nlp.train import finetune, train

    out = out or Path("training") / f"nlp-{lang}"
    overrides: dict[str, object] = {}
    if width:
        overrides["components.tok2vec.model.encode.width"] = width
    if depth:
        overrides["components.tok2vec.model.encode.depth"] = depth
    if resume:
        best = finetune(data, lang, resume, out, minutes, learn_rate)
    else:
        best = train(data, lang, out, minutes, overrides, config_path=config)
    typer.echo(f"best model: {best}")
    if install:
        target = model_path(lang)
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(best, target)
        typer.echo(f"installed in {target}")


def eval_nlp(
    data: Annotated[Path, typer.Option("--data", help=DATA_HELP, exists=True, file_okay=False)],
    lang: Annotated[str, typer.Option("--lang", help=LANG_HELP)],
    split: Annotated[str, typer.Option("--split", help="train, dev or test.")] = "test",
    model: Annotated[
        Path | None, typer.Option("--model", help="Model folder (default: the package's).")
    ] = None,
    json_out: Annotated[
        Path | None, typer.Option("--json", help="Also write the figures as JSON here.")
    ] = None,
) -> None:
    """Score the pipeline on a treebank split, from gold tokens and from raw text."""
    _check_lang(lang)
    import spacy

    from multivektor.nlp import ModelMissingError, load
    from multivektor.nlp.evaluate import evaluate, gold_docs, ud_upos
    from multivektor.nlp.train import treebank_dir

    try:
        nlp = spacy.load(model) if model else load(lang)
    except (ModelMissingError, OSError) as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(1) from None
    conll = treebank_dir(data, lang) / f"{split}.conll"
    if not conll.exists():
        typer.echo(f"error: {conll} not found", err=True)
        raise typer.Exit(1)
    golds = gold_docs(nlp, conll)
    conllu = conll.parent / f"ud-{split}.conllu"
    ud = ud_upos(conllu, golds) if conllu.exists() else None
    results = {
        "gold_tokens": evaluate(nlp, golds, raw_text=False, ud=ud),
        "raw_text": evaluate(nlp, golds, raw_text=True, ud=ud),
    }
    _print_results(lang, split, results)
    if json_out:
        json_out.write_text(json.dumps(results, indent=1), encoding="utf-8")


def _print_results(lang: str, split: str, results: dict[str, dict]) -> None:
    from rich.console import Console
    from rich.table import Table

    modes = list(results)
    table = Table(title=f"{lang} {split}")
    table.add_column("figure")
    for mode in modes:
        table.add_column(mode.replace("_", " "), justify="right")
    rows = [
        ("tokens F", "tokens_f"),
        ("sentences F", "sents_f"),
        ("UPOS (derived from NDT)", "upos"),
        ("UPOS (NorNE UD file)", "upos_ud"),
        ("NDT POS", "tag"),
        ("morph (all features)", "morph"),
        ("lemma", "lemma"),
        ("UAS", "uas"),
        ("LAS (NDT labels)", "las"),
    ]
    for name, key in rows:
        table.add_row(name, *(f"{results[m].get(key, float('nan')):.2f}" for m in modes))
    for name, key in (("NER (9 types)", "ents"), ("NER (GPE merged)", "ents_gpe_merged")):
        for part in "prf":
            cells = (f"{results[m][key][part]:.2f}" for m in modes)
            table.add_row(f"{name} {part.upper()}", *cells)
    labels = sorted({k for m in modes for k in results[m]["ents_per_type"]})
    for label in labels:
        cells = []
        for m in modes:
            d = results[m]["ents_per_type"].get(label)
            cells.append(f"{d['p']:.1f}/{d['r']:.1f}/{d['f']:.1f} n={d['n']}" if d else "-")
        table.add_row(f"  {label} P/R/F", *cells)
    table.add_row("words/s (incl. batching)", *(f"{results[m]['words_per_s']:.0f}" for m in modes))
    Console().print(table)
