"""Treebank documents → spaCy ``Doc`` objects with realistic text (for training and scoring).

Each paragraph is detokenised by rule; the ``|`` paragraph mark becomes a blank-line token
(``"\\n\\n"``, tag ``_SP``, UPOS ``SPACE``) so that the model sees whole articles with paragraph
breaks, as it will at run time. Roots get the label ``ROOT``.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

from multivektor.nlp.detok import spaces_after
from multivektor.nlp.ndt import (
    Document,
    Sentence,
    Token,
    paragraphs,
    read_documents,
    to_morph,
)

PARAGRAPH_BREAK = "\n\n"
SPACE_TAG = "_SP"


def doc_from_paragraphs(
    vocab: Vocab, paras: list[list[Sentence]], rng: random.Random | None = None
) -> Doc:
    """One Doc from consecutive paragraphs.

    With ``rng`` (training), 1 paragraph break in 6 is a single newline and half of the
    ``-`` dashes (the treebank's usual dialogue dash) are written as news-style ``–``.
    """
    words: list[str] = []
    spaces: list[bool] = []
    tags: list[str] = []
    pos: list[str] = []
    morphs: list[str] = []
    lemmas: list[str] = []
    heads: list[int] = []
    deps: list[str] = []
    ents: list[str] = []
    sent_starts: list[bool] = []
    for p_index, para in enumerate(paras):
        forms = [_form(t, rng) for s in para for t in s.tokens if not t.is_paragraph_mark]
        para_spaces = iter(spaces_after(forms))
        para_forms = iter(forms)
        for sentence in para:
            offset = len(words)
            for i, token in enumerate(sentence.tokens):
                sent_starts.append(i == 0)
                head = offset + token.head if token.head >= 0 else offset + i
                heads.append(head)
                deps.append("ROOT" if token.head < 0 else token.deprel)
                ents.append(token.ent)
                if token.is_paragraph_mark:
                    brk = PARAGRAPH_BREAK
                    if rng is not None and rng.random() < 1 / 6:
                        brk = "\n"
                    words.append(brk)
                    spaces.append(False)
                    tags.append(SPACE_TAG)
                    pos.append("SPACE")
                    morphs.append("")
                    lemmas.append(brk)
                    continue
                words.append(next(para_forms))
                spaces.append(next(para_spaces))
                tags.append(token.tag)
                pos.append(token.upos)
                morphs.append(to_morph(token))
                lemmas.append(token.lemma)
        # A paragraph without a mark (document end) still needs separation from the next.
        if words and not words[-1].isspace() and p_index < len(paras) - 1:
            spaces[-1] = True
    return Doc(
        vocab,
        words=words,
        spaces=spaces,
        tags=tags,
        pos=pos,
        morphs=morphs,
        lemmas=lemmas,
        heads=heads,
        deps=deps,
        ents=ents,
        sent_starts=sent_starts,
    )


def _form(token: Token, rng: random.Random | None) -> str:
    if rng is not None and token.form == "-" and token.tag == "<strek>" and rng.random() < 0.5:
        return "–"
    return token.form


def chunks(doc: Document, min_tokens: int) -> Iterator[list[list[Sentence]]]:
    """Consecutive paragraphs of ``doc`` in groups of at least ``min_tokens`` tokens."""
    group: list[list[Sentence]] = []
    size = 0
    for para in paragraphs(doc):
        group.append(para)
        size += sum(len(s.tokens) for s in para)
        if size >= min_tokens:
            yield group
            group, size = [], 0
    if group:
        yield group


def docs_from_file(
    vocab: Vocab, path: Path, chunk_tokens: int | None, seed: int | None = None
) -> list[Doc]:
    """Docs for one split file: whole documents, or chunks of about ``chunk_tokens`` tokens."""
    rng = random.Random(seed) if seed is not None else None
    out: list[Doc] = []
    for document in read_documents(path):
        if chunk_tokens is None:
            out.append(doc_from_paragraphs(vocab, list(paragraphs(document)), rng))
        else:
            out.extend(doc_from_paragraphs(vocab, g, rng) for g in chunks(document, chunk_tokens))
    return out


def write_docbin(docs: Iterable[Doc], path: Path) -> int:
    """Serialise ``docs`` to a ``.spacy`` file; returns the number of docs."""
    docbin = DocBin(store_user_data=False)
    n = 0
    for doc in docs:
        docbin.add(doc)
        n += 1
    path.parent.mkdir(parents=True, exist_ok=True)
    docbin.to_disk(path)
    return n
