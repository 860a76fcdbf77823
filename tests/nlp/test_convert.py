"""Treebank reading, NDT→UPOS, detokenisation and Doc building (hand-written mini treebank)."""

from __future__ import annotations

from pathlib import Path

import spacy

from multivektor.nlp.convert import docs_from_file
from multivektor.nlp.detok import detokenise
from multivektor.nlp.ndt import read_documents, to_morph

# Two paragraphs: a headline, then a sentence with a quote. Written for this test.
MINI = """\
1	Ny	ny	adj	adj	ub|m/f|ent|pos	2	ATR	_	name=O
2	plan	plan	subst	subst	appell|mask|ub|ent	0	FRAG	_	name=O
3	|	$|	clb	clb	<overskrift>	2	IP	_	name=O

1	Ola	Ola	subst	subst	prop	3	SUBJ	_	name=B-PER
2	Nordmann	Nordmann	subst	subst	prop	1	FLAT	_	name=I-PER
3	har	ha	verb	verb	pres	0	FINV	_	name=O
4	ikke	ikke	adv	adv	_	3	ADV	_	name=O
5	sett	se	verb	verb	perf-part	3	INFV	_	name=O
6	«	$«	<anf>	<anf>	_	7	IK	_	name=O
7	planen	plan	subst	subst	appell|mask|be|ent	5	DOBJ	_	name=O
8	»	$»	<anf>	<anf>	_	7	IK	_	name=O
9	i	i	prep	prep	_	5	ADV	_	name=O
10	Oslo	Oslo	subst	subst	prop	9	PUTFYLL	_	name=B-GPE_LOC
11	,	$,	<komma>	<komma>	_	3	IK	_	name=O
12	sier	si	verb	verb	pres	3	ATR	_	name=O
13	han	han	pron	pron	3|ent|mask|nom|pers	12	SUBJ	_	name=O
14	.	$.	clb	clb	<punkt>	3	IP	_	name=O
15	|	$|	clb	clb	<overskrift>	3	IP	_	name=O
"""


def _write(tmp_path: Path) -> Path:
    path = tmp_path / "test.conll"
    path.write_text(MINI, encoding="utf-8")
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
