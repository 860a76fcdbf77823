"""Read the Norwegian Dependency Treebank (NDT format with NorNE entities).

One token a line: ``ID FORM LEMMA POS POS FEATS HEAD DEPREL _ name=<IOB2>``, a blank line after
each sentence. The token ``|`` marks a paragraph end. Sentences are grouped into source
documents with the ``manifest.tsv`` beside the split files when it exists.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

PARAGRAPH_MARK = "|"

# Lemmas of verbs that NDT→UD treats as auxiliaries when they govern an infinitive/participle.
AUX_LEMMAS = frozenset(
    "være vere ha bli verte få kunne kunna skulle skulla ville vilje måtte burde tore".split()
)
COPULA_LEMMAS = frozenset({"være", "vere"})
NEGATION_LEMMAS = frozenset({"ikke", "ikkje"})
PREP_ADVERBS = frozenset({"her", "der"})
NUMBER_WORDS = frozenset(
    """null én to tre fire fem seks sju syv åtte ni ti elleve tolv tretten fjorten
    femten seksten sytten atten nitten tjue tjuefem tretti tjueto førti femti seksti sytti åtti
    nitti hundre hundrede tusen million millionar millioner milliard milliardar milliarder
    """.split()
)
PUNCT_TAGS = frozenset({"clb", "<komma>", "<strek>", "<anf>", "<parentes-beg>", "<parentes-slutt>"})
SIMPLE_UPOS = {
    "adj": "ADJ",
    "pron": "PRON",
    "konj": "CCONJ",
    "inf-merke": "PART",
    "interj": "INTJ",
    "symb": "SYM",
    "ukjent": "X",
}

# NDT bare feature values → UD-style Key=Value features.
FEATURE_MAP: dict[str, tuple[tuple[str, str], ...]] = {
    "ent": (("Number", "Sing"),),
    "eint": (("Number", "Sing"),),
    "fl": (("Number", "Plur"),),
    "ub": (("Definite", "Ind"),),
    "be": (("Definite", "Def"),),
    "bu": (("Definite", "Def"),),
    "mask": (("Gender", "Masc"),),
    "fem": (("Gender", "Fem"),),
    "nøyt": (("Gender", "Neut"),),
    "m/f": (("Gender", "Fem,Masc"),),
    "pres": (("Tense", "Pres"), ("VerbForm", "Fin")),
    "pret": (("Tense", "Past"), ("VerbForm", "Fin")),
    "imp": (("Mood", "Imp"), ("VerbForm", "Fin")),
    "inf": (("VerbForm", "Inf"),),
    "perf-part": (("VerbForm", "Part"),),
    "<perf-part>": (("VerbForm", "Part"),),
    "<pres-part>": (("VerbForm", "Part"), ("Tense", "Pres")),
    "pass": (("Voice", "Pass"),),
    "pos": (("Degree", "Pos"),),
    "komp": (("Degree", "Cmp"),),
    "sup": (("Degree", "Sup"),),
    "1": (("Person", "1"),),
    "2": (("Person", "2"),),
    "3": (("Person", "3"),),
    "nom": (("Case", "Nom"),),
    "akk": (("Case", "Acc"),),
    "gen": (("Case", "Gen"),),
    "pers": (("PronType", "Prs"),),
    "refl": (("PronType", "Prs"), ("Reflex", "Yes")),
    "dem": (("PronType", "Dem"),),
    "poss": (("Poss", "Yes"),),
    "kvant": (("PronType", "Ind"),),
    "sp": (("PronType", "Int"),),
    "fork": (("Abbr", "Yes"),),
    "<ordenstall>": (("NumType", "Ord"),),
    "samset": (("Compound", "Yes"),),
}


@dataclass
class Token:
    """One treebank token (heads are 0-based sentence indices, -1 for the root)."""

    form: str
    lemma: str
    tag: str
    feats: tuple[str, ...]
    head: int
    deprel: str
    ent: str  # IOB2 tag: O, B-PER, I-PER, ...
    upos: str = ""

    @property
    def is_paragraph_mark(self) -> bool:
        return self.form == PARAGRAPH_MARK


@dataclass
class Sentence:
    tokens: list[Token]


@dataclass
class Document:
    name: str
    sentences: list[Sentence] = field(default_factory=list)


def read_sentences(path: Path) -> list[Sentence]:
    """All sentences of one ``.conll`` file, with UPOS filled in."""
    sentences: list[Sentence] = []
    rows: list[list[str]] = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line.strip():
                if rows:
                    sentences.append(_sentence(rows))
                    rows = []
                continue
            rows.append(line.split("\t"))
    if rows:
        sentences.append(_sentence(rows))
    return sentences


def _sentence(rows: list[list[str]]) -> Sentence:
    tokens = []
    for row in rows:
        feats = tuple(v for v in row[5].split("|") if v and v != "_")
        ent = row[9].removeprefix("name=") if len(row) > 9 else "O"
        lemma = row[2][1:] if row[2].startswith("$") and len(row[2]) > 1 else row[2]
        tokens.append(
            Token(
                form=row[1],
                lemma=lemma,
                tag=row[3],
                feats=feats,
                head=int(row[6]) - 1,
                deprel=row[7],
                ent=ent or "O",
            )
        )
    sentence = Sentence(tokens)
    for i, token in enumerate(tokens):
        token.upos = to_upos(sentence, i)
    return sentence


def read_documents(path: Path) -> list[Document]:
    """Sentences of ``path`` grouped into documents by ``manifest.tsv`` (one doc if none)."""
    sentences = read_sentences(path)
    split = path.stem
    manifest = path.parent / "manifest.tsv"
    if not manifest.exists():
        return [Document(path.stem, sentences)]
    docs = []
    with open(manifest, encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if row["split"] != split:
                continue
            start, n = int(row["first_sent_idx"]), int(row["n_sents"])
            docs.append(Document(row["file"], sentences[start : start + n]))
    covered = sum(len(d.sentences) for d in docs)
    if covered != len(sentences):  # manifest does not describe this file: fall back
        return [Document(path.stem, sentences)]
    return docs


def paragraphs(doc: Document) -> Iterator[list[Sentence]]:
    """Sentences of a document grouped into paragraphs (a ``|`` token ends a paragraph)."""
    current: list[Sentence] = []
    for sentence in doc.sentences:
        current.append(sentence)
        if sentence.tokens and sentence.tokens[-1].is_paragraph_mark:
            yield current
            current = []
    if current:
        yield current


def to_upos(sentence: Sentence, i: int) -> str:
    """The UD part of speech of token ``i``, derived from NDT POS, features and syntax."""
    token = sentence.tokens[i]
    tag = token.tag
    if token.is_paragraph_mark:
        return "SPACE"
    if tag in PUNCT_TAGS:
        return "PUNCT"
    if tag in SIMPLE_UPOS:
        return SIMPLE_UPOS[tag]
    children = [t.deprel for t in sentence.tokens if t.head == i]
    if tag == "sbu":
        head = sentence.tokens[token.head] if token.head >= 0 else None
        relative = head is not None and head.deprel == "ATR"
        return "PRON" if token.lemma.lower() == "som" and relative else "SCONJ"
    if tag == "subst":
        return "PROPN" if "prop" in token.feats else "NOUN"
    if tag == "verb":
        lemma = token.lemma.lower()
        if lemma in AUX_LEMMAS and "INFV" in children:
            return "AUX"
        if lemma in COPULA_LEMMAS and "SPRED" in children:
            return "AUX"
        return "VERB"
    if tag == "prep":
        if token.lemma.lower() in PREP_ADVERBS:
            return "ADV"
        objects = [t for t in sentence.tokens if t.head == i and t.deprel == "PUTFYLL"]
        if any(t.tag in ("verb", "inf-merke", "sbu") for t in objects):
            return "SCONJ"  # the preposition introduces a clause: "for å", "etter at"
        return "ADP"
    if tag == "det":
        if "poss" in token.feats:
            return "PRON"
        if "kvant" in token.feats and _is_cardinal(token.form):
            return "NUM"
        return "DET"
    if tag == "adv":
        return "PART" if token.lemma.lower() in NEGATION_LEMMAS else "ADV"
    return "X"


def _is_cardinal(form: str) -> bool:
    text = form.lower().replace(",", "").replace(".", "").replace(" ", "")
    return text.isdigit() or text in NUMBER_WORDS


def to_morph(token: Token) -> str:
    """UD-style ``Key=Value|...`` morphology of a treebank token."""
    feats: dict[str, str] = {}
    for value in token.feats:
        for key, val in FEATURE_MAP.get(value, ()):
            feats.setdefault(key, val)
    return "|".join(f"{k}={feats[k]}" for k in sorted(feats))
