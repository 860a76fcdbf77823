"""Norwegian NLP: trained spaCy pipelines for Bokmål (``nb``) and Nynorsk (``nn``).

``load("nb")`` / ``load("nn")`` returns a ready :class:`spacy.language.Language`, loaded once
per process from the model directory committed in this package (``models/nb``, ``models/nn``).
Nothing is downloaded. A missing model raises :class:`ModelMissingError` with a clear message.

Process whole articles: ``nlp(article_text)`` or ``nlp.pipe(texts)``. Paragraphs separated by
blank lines, dialogue-dash quotes (``– Vi ...``) and «guillemets» are what the models were
trained on (treebank documents detokenised by rule, ``|`` paragraph marks as blank lines).

Conventions of the returned ``Doc``:

- Tokens: see :mod:`multivektor.nlp.tokenizer` (``bl.a.``, ``kl.``, ``28.`` stay whole;
  ``NATO-toppmøtet`` and ``Russlands`` stay whole; ``–``, ``«``, ``»`` are separate tokens).
  A paragraph break is its own whitespace token (``token.is_space``, ``tag_ == "_SP"``,
  ``pos_ == "SPACE"``); skip such tokens.
- ``doc.sents``: from the dependency parser. A paragraph break closes the sentence before it.
- ``token.tag_``: NDT (Oslo-Bergen) part of speech: ``subst verb prep adj pron det clb adv
  <komma> konj sbu inf-merke <strek> <anf> ukjent <parentes-beg> <parentes-slutt> interj
  symb`` (``clb`` = sentence-final punctuation).
- ``token.pos_``: Universal POS (UPOS), derived from NDT as in UD Norwegian (``AUX`` for
  være/ha/bli/få/modals governing a verb, ``PART`` for ikke/ikkje, ``NUM`` for cardinals, ...).
- ``token.morph``: UD-style features mapped from NDT values: ``Number Definite Gender Tense
  VerbForm Mood Voice Degree Person Case PronType Reflex Poss Abbr NumType``, plus the
  non-UD ``Compound=Yes`` (NDT ``samset``). Example: ``Definite=Def|Gender=Masc|Number=Sing``.
- ``token.lemma_``: NDT lemma (lower case except proper nouns; punctuation is its own lemma).
- ``token.dep_``: NDT dependency labels (``SUBJ DOBJ IOBJ PUTFYLL ADV ATR DET IP IK INFV
  KOORD KONJ SBU SPRED FLAT FSUBJ APP FRAG PSUBJ PAR OPRED FSPRED KOORD-ELL INTERJ FOBJ
  FOPRED UKJENT POBJ``). The root of each sentence has ``dep_ == "ROOT"`` and
  ``token.head == token`` (compare tokens with ``==`` or by ``.i``, never with ``is``:
  spaCy makes a new Token object on every access); :func:`ndt_label` gives its NDT label
  (``FINV`` finite verb, ``FRAG`` fragment, ``INTERJ`` interjection). The subject of a verb
  is its ``SUBJ`` child; a preposition's object is its ``PUTFYLL`` child.
- ``doc.ents``: NorNE types ``PER ORG LOC GPE_LOC GPE_ORG PROD EVT DRV MISC``. ``GPE_LOC``
  is a country/city as a place ("i Russland"), ``GPE_ORG`` the same name acting as an
  organisation ("Russland protesterte"). ``DRV`` is a word derived from a name
  ("russisk", "Ap-leder").
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Token

__all__ = ["LANGS", "MODELS_DIR", "ModelMissingError", "load", "model_path", "ndt_label"]

LANGS = ("nb", "nn")
MODELS_DIR = Path(__file__).parent / "models"


class ModelMissingError(RuntimeError):
    """The trained model for a language is not in the package."""


def model_path(lang: str) -> Path:
    """Directory of the committed model for ``lang`` (which may not exist)."""
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}: expected one of {', '.join(LANGS)}")
    return MODELS_DIR / lang


@cache
def load(lang: str) -> Language:
    """The trained pipeline for ``lang`` ("nb" or "nn"), loaded once per process."""
    path = model_path(lang)
    if not (path / "config.cfg").exists():
        raise ModelMissingError(
            f"No trained Norwegian model for {lang!r} at {path}. "
            f"Train one with: multivektor train-nlp --data PATH --lang {lang} --install"
        )
    import spacy

    from multivektor.nlp.fast_ops import use_matmul

    nlp = use_matmul(spacy.load(path))
    nlp.max_length = max(nlp.max_length, 5_000_000)
    return nlp


def ndt_label(token: Token) -> str:
    """The NDT dependency label of ``token``, naming roots FINV/FRAG/INTERJ as NDT does."""
    if token.dep_ != "ROOT":
        return token.dep_
    if token.tag_ == "interj":
        return "INTERJ"
    if token.tag_ == "verb" and "Fin" in token.morph.get("VerbForm"):
        return "FINV"
    return "FRAG"
