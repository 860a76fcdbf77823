"""Gazetteer features for the named-entity recogniser: "this word is a known name of kind X".

The treebank alone has too few names for a recogniser to learn that "Grünerløkka" is a place
or "Nguyen" a surname. This module turns name lists into a tiny spaCy static-vector table,
keyed by the exact word (``ORTH``), with one 0/1 column per kind in :data:`KINDS`. The
tok2vec layer reads it beside its hashed word features (``include_static_vectors``), so the
model learns how far to trust each list. Words not in any list get a zero vector.

Sources, all plain files a reviewer can correct:

- ``gazetteer/*.tsv`` next to this module: Norwegian and world places, given names, surnames,
  organisations (written for the project from general knowledge; independent of the treebank);
- the actor knowledge base (``multivektor/actors/data``): people, states and capitals,
  regions, seats of power and organisations.

Every capitalised word of a name is listed, with its genitive (``Hansens``, ``Paris'``).
The table is built at training time (:func:`write_vectors_model`) and saved inside the trained
model, so nothing is read from these lists when a model is loaded.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy as np

from multivektor.actors.build import DATA as ACTORS_DATA
from multivektor.actors.build import genitive
from multivektor.actors.kb import KB_PATH

GAZETTEER_DIR = Path(__file__).parent / "gazetteer"

#: The kinds of name, one vector column each, in column order.
KINDS = ("given", "surname", "state", "place", "org")

#: Which kind each hand-written list (file name, without .tsv) contributes.
LIST_KINDS = {
    "given_names": "given",
    "surnames": "surname",
    "places": "place",
    "organisations": "org",
}


#: Capitalised function words inside names ("Den norske kirke", "The Guardian"): no feature.
FUNCTION_WORDS = frozenset(
    "De Den Det Dei Di En Et Ei I Og Om Av Til På For Fra Frå Med Mot Under Over The A An Of "
    "And La Le Les L El Al Der Die Das Du Des Van Von Da Di Del Y St".split())


def name_words(name: str) -> list[str]:
    """The words of a name that can carry the feature: capitalised or containing a digit,
    at least two characters, not a function word."""
    words = []
    for raw in name.replace("/", " ").split():
        word = raw.strip(",.;:()«»\"")
        if len(word) < 2 or word in FUNCTION_WORDS:
            continue
        if word[:1].isupper() or any(ch.isdigit() for ch in word):
            words.append(word)
    return words


def _read_tsv(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8") as fh:
        lines = (line for line in fh if line.strip() and not line.startswith("#"))
        yield from csv.DictReader(lines, delimiter="\t")


def list_names() -> Iterator[tuple[str, str]]:
    """``(name, kind)`` from the hand-written lists in :data:`GAZETTEER_DIR`."""
    for stem, kind in LIST_KINDS.items():
        path = GAZETTEER_DIR / f"{stem}.tsv"
        if path.exists():
            for row in _read_tsv(path):
                if row.get("name"):
                    yield row["name"], kind


def actor_names(kb_path: Path | None = None) -> Iterator[tuple[str, str]]:
    """``(name, kind)`` from the compiled actor knowledge base and its hand-written tables."""
    kb_path = kb_path or KB_PATH
    kb = json.loads(kb_path.read_text(encoding="utf-8"))
    for record in kb["people"]:
        words = name_words(record.split("\t", 1)[0])
        if len(words) >= 2:
            yield words[0], "given"
            yield words[-1], "surname"
    for state in kb["states"].values():
        for name in [state.get("nb", ""), state.get("nn", ""), *state.get("names", [])]:
            if name:
                yield name, "state"
        for capital in state.get("cap", []):
            yield capital, "place"
    for org in kb["orgs"]:
        yield org[-1], "org"
    for seat in kb["seats"]:
        yield seat[2], "org"
    regions = ACTORS_DATA / "regions.tsv"
    if regions.exists():
        for row in _read_tsv(regions):
            for name in (row.get("names") or "").split("|"):
                if name:
                    yield name, "place"
    first = ACTORS_DATA / "first_names.tsv"
    if first.exists():
        for row in _read_tsv(first):
            if row.get("name"):
                yield row["name"], "given"


def word_kinds(names: Iterable[tuple[str, str]]) -> dict[str, int]:
    """Word → bit mask of its kinds (bit ``i`` = ``KINDS[i]``), genitives included."""
    masks: dict[str, int] = {}
    for name, kind in names:
        bit = 1 << KINDS.index(kind)
        for word in name_words(name):
            for form in (word, genitive(word)):
                masks[form] = masks.get(form, 0) | bit
    return masks


def build_vectors(vocab, masks: dict[str, int]):
    """A spaCy ``Vectors`` table: one shared row per combination of kinds."""
    from spacy.vectors import Vectors

    width = len(KINDS)
    data = np.array(
        [[(mask >> i) & 1 for i in range(width)] for mask in range(1 << width)], dtype="float32"
    )
    vectors = Vectors(strings=vocab.strings, data=data, attr="ORTH")
    for word, mask in masks.items():
        vectors.add(word, row=mask)
    return vectors


def write_vectors_model(lang: str, out: Path) -> Path:
    """Save a blank ``lang`` pipeline holding only the gazetteer table, for ``[initialize]``."""
    import spacy

    nlp = spacy.blank(lang)
    masks = word_kinds([*list_names(), *actor_names()])
    nlp.vocab.vectors = build_vectors(nlp.vocab, masks)
    nlp.to_disk(out)
    return out
