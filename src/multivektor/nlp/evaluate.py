"""Score a pipeline on a treebank split, from gold tokens and from raw text.

Gold documents are whole treebank documents, detokenised as for training. Token-level figures
count every gold non-space token; a token the model split differently counts as wrong. LAS uses
NDT labels with the root named by :func:`multivektor.nlp.ndt_label`. Entities and sentences are
matched on character offsets, so both modes are scored the same way.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from multivektor.nlp import ndt_label
from multivektor.nlp.convert import docs_from_file

MERGED = {"GPE_LOC": "GPE", "GPE_ORG": "GPE"}
TOKEN_FIGURES = ("upos", "tag", "morph", "lemma", "uas", "las")


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def p(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def r(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0

    def add(self, gold: set, pred: set) -> None:
        self.tp += len(gold & pred)
        self.fp += len(pred - gold)
        self.fn += len(gold - pred)

    def as_dict(self) -> dict[str, float]:
        return {"p": 100 * self.p, "r": 100 * self.r, "f": 100 * self.f, "n": self.tp + self.fn}


@dataclass
class Scores:
    """Counts accumulated over documents; ``summary()`` turns them into percentages."""

    n_tokens: int = 0
    correct: Counter = field(default_factory=Counter)
    tokens: PRF = field(default_factory=PRF)
    sents: PRF = field(default_factory=PRF)
    ents: PRF = field(default_factory=PRF)
    ents_merged: PRF = field(default_factory=PRF)
    per_type: dict[str, PRF] = field(default_factory=dict)
    words: int = 0
    seconds: float = 0.0
    n_ud: int = 0

    def add(self, gold: Doc, pred: Doc, ud_upos: list[str | None] | None = None) -> None:
        assert gold.text == pred.text, "gold and predicted texts differ"
        pred_by_span = {(t.idx, t.idx + len(t)): t for t in pred if not t.is_space}
        gold_spans = set()
        words = [g for g in gold if not g.is_space]
        for k, g in enumerate(words):
            self.n_tokens += 1
            span = (g.idx, g.idx + len(g))
            gold_spans.add(span)
            p = pred_by_span.get(span)
            if ud_upos is not None and ud_upos[k] is not None:
                self.n_ud += 1
                self.correct["upos_ud"] += p is not None and p.pos_ == ud_upos[k]
            if p is None:
                continue
            self.correct["upos"] += p.pos_ == g.pos_
            self.correct["tag"] += p.tag_ == g.tag_
            self.correct["morph"] += str(p.morph) == str(g.morph)
            self.correct["lemma"] += p.lemma_ == g.lemma_
            head_ok = _span(p.head) == _span(g.head)
            self.correct["uas"] += head_ok
            self.correct["las"] += head_ok and ndt_label(p) == ndt_label(g)
        self.tokens.add(gold_spans, set(pred_by_span))
        self.sents.add(_sentence_starts(gold), _sentence_starts(pred))
        gold_ents = {(e.start_char, e.end_char, e.label_) for e in gold.ents}
        pred_ents = {(e.start_char, e.end_char, e.label_) for e in pred.ents}
        self.ents.add(gold_ents, pred_ents)
        self.ents_merged.add(_merge(gold_ents), _merge(pred_ents))
        for label in {e[2] for e in gold_ents | pred_ents}:
            self.per_type.setdefault(label, PRF()).add(
                {e for e in gold_ents if e[2] == label}, {e for e in pred_ents if e[2] == label}
            )

    def summary(self) -> dict[str, object]:
        out: dict[str, object] = {
            k: 100 * self.correct[k] / max(self.n_tokens, 1) for k in TOKEN_FIGURES
        }
        if self.n_ud:
            out["upos_ud"] = 100 * self.correct["upos_ud"] / self.n_ud
        out["tokens_f"] = 100 * self.tokens.f
        out["sents_f"] = 100 * self.sents.f
        out["ents"] = self.ents.as_dict()
        out["ents_gpe_merged"] = self.ents_merged.as_dict()
        out["ents_per_type"] = {k: v.as_dict() for k, v in sorted(self.per_type.items())}
        out["words_per_s"] = self.words / self.seconds if self.seconds else 0.0
        out["n_tokens"] = self.n_tokens
        return out


def _span(token) -> tuple[int, int]:
    return token.idx, token.idx + len(token)


def _sentence_starts(doc: Doc) -> set[int]:
    starts = set()
    for sent in doc.sents:
        first = next((t for t in sent if not t.is_space), None)
        if first is not None:
            starts.add(first.idx)
    return starts


def _merge(ents: set[tuple[int, int, str]]) -> set[tuple[int, int, str]]:
    return {(s, e, MERGED.get(label, label)) for s, e, label in ents}


def gold_docs(nlp: Language, conll: Path) -> list[Doc]:
    """Whole documents of a split as gold Docs (in the model's vocab)."""
    return docs_from_file(nlp.vocab, conll, None)


def ud_upos(conllu: Path, golds: list[Doc]) -> list[list[str | None]]:
    """UPOS of NorNE's UD file per gold doc and word; None where a sentence does not line up."""
    sentences: list[list[str]] = [[]]
    with open(conllu, encoding="utf-8") as handle:
        for line in handle:
            cols = line.rstrip("\n").split("\t")
            if len(cols) == 10 and cols[0].isdigit():
                sentences[-1].append(cols[3])
            elif not line.strip() and sentences[-1]:
                sentences.append([])
    ud = iter(s for s in sentences if s)
    out: list[list[str | None]] = []
    for gold in golds:
        tags: list[str | None] = []
        for sent in gold.sents:
            n = sum(1 for t in sent if not t.is_space)
            if n == 0:
                continue
            ud_sent = next(ud, [])
            tags.extend(ud_sent if len(ud_sent) == n else [None] * n)
        out.append(tags)
    return out


def evaluate(
    nlp: Language, golds: Iterable[Doc], raw_text: bool, ud: list[list[str | None]] | None = None
) -> dict[str, object]:
    """Scores of ``nlp`` on ``golds``; with ``raw_text`` the model tokenises the text itself.

    ``ud``: UPOS from the UD version of the same split (see :func:`ud_upos`), scored as
    ``upos_ud`` beside ``upos`` (UPOS derived from NDT, which the model is trained on).
    """
    golds = list(golds)
    if raw_text:
        inputs: list[str | Doc] = [g.text for g in golds]
    else:
        inputs = [
            Doc(nlp.vocab, words=[t.text for t in g], spaces=[bool(t.whitespace_) for t in g])
            for g in golds
        ]
    scores = Scores()
    start = time.perf_counter()
    preds = list(nlp.pipe(inputs, batch_size=16))
    scores.seconds = time.perf_counter() - start
    scores.words = sum(1 for g in golds for t in g if not t.is_space)
    for i, (gold, pred) in enumerate(zip(golds, preds, strict=True)):
        scores.add(gold, pred, ud[i] if ud else None)
    return scores.summary()
