"""Treebank reading, NDT→UPOS, detokenisation and Doc building (hand-written mini treebank)."""

from __future__ import annotations

from pathlib import Path

import spacy

from multivektor.nlp.convert import docs_from_file
from multivektor.nlp.detok import detokenise
from multivektor.nlp.ndt import read_documents, to_morph

MINI = Path(__file__).parent / "data" / "mini.conll"  # two paragraphs, written for tests


def _write(tmp_path: Path) -> Path:
    path = tmp_path / "test.conll"
    path.write_text(MINI.read_text(encoding="utf-8"), encoding="utf-8")
    return path


def test_upos_and_morph(tmp_path):
    (doc,) = read_documents(_write(tmp_path))
    tokens = doc.sentences[1].tokens
    upos = {t.form: t.upos for t in tokens}
    assert upos["har"] == "AUX"  # ha governing a participle
    assert upos["sett"] == "VERB"
    assert upos["ikke"] == "PART"
    assert upos["i"] == "ADP"
    assert upos["Ola"] == "PROPN"
    assert upos["|"] == "SPACE"
    assert to_morph(tokens[6]) == "Definite=Def|Gender=Masc|Number=Sing"
    assert tokens[10].lemma == ","  # the treebank's "$," becomes ","


def test_detokenise_news_typography():
    forms = ["–", "Vi", "sa", "«", "nei", "»", ",", "sier", "hun", "(", "60", ")", "."]
    assert detokenise(forms) == "– Vi sa «nei», sier hun (60)."
    assert detokenise(["Han", "sa", '"', "ja", '"', "."]) == 'Han sa "ja".'


def test_docs_have_paragraph_breaks_and_annotations(tmp_path):
    nlp = spacy.blank("nb")
    (doc,) = docs_from_file(nlp.vocab, _write(tmp_path), None)
    assert doc.text == ("Ny plan\n\nOla Nordmann har ikke sett «planen» i Oslo, sier han.\n\n")
    assert [s.text.strip() for s in doc.sents] == [
        "Ny plan",
        "Ola Nordmann har ikke sett «planen» i Oslo, sier han.",
    ]
    assert [(e.text, e.label_) for e in doc.ents] == [("Ola Nordmann", "PER"), ("Oslo", "GPE_LOC")]
    har = doc[5]
    assert har.text == "har" and har.dep_ == "ROOT" and har.pos_ == "AUX" and har.tag_ == "verb"
    assert doc[2].is_space and doc[2].tag_ == "_SP"
