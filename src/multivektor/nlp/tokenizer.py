"""Norwegian news tokenizer: spaCy's nb/nn rules plus news-specific fixes.

Fixes on top of spaCy's Norwegian defaults:

- abbreviations from ``abbreviations.tsv`` stay one token (``bl.a.``, ``f.eks.``, ``kl.``);
- spaCy special cases listed in ``not_abbreviations.tsv`` are dropped (``Frp.`` → ``Frp`` ``.``);
- day and ordinal numbers ``1.``–``31.`` stay one token (``28. november``), while a full stop
  after any other number is split off (``i 2008.`` → ``2008`` ``.``). Known cost: a day-sized
  number ending a sentence keeps its full stop (``nr. 4.`` → ``4.``);
- hyphenated compounds (``NATO-toppmøtet``) and genitive ``s`` (``Russlands``) stay whole,
  the dialogue dash ``–`` and «guillemets» are split off (spaCy's Norwegian defaults).

The rules are stored with the model (``tokenizer`` file), so loading needs no code from here.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from spacy.language import Language
from spacy.symbols import ORTH
from spacy.util import compile_suffix_regex

ABBREVIATIONS_FILE = Path(__file__).with_name("abbreviations.tsv")
NOT_ABBREVIATIONS_FILE = Path(__file__).with_name("not_abbreviations.tsv")
ORDINALS = [f"{n}." for n in range(1, 32)]
DIGIT_FULL_STOP = r"(?<=[0-9])\."


def _first_column(path: Path) -> tuple[str, ...]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        out.append(line.split("\t", 1)[0].strip())
    return tuple(out)


@cache
def abbreviations() -> tuple[str, ...]:
    """The abbreviations listed in ``abbreviations.tsv``."""
    return _first_column(ABBREVIATIONS_FILE)


@cache
def not_abbreviations() -> tuple[str, ...]:
    """spaCy default special cases to drop, listed in ``not_abbreviations.tsv``."""
    return _first_column(NOT_ABBREVIATIONS_FILE)


def customize(nlp: Language) -> Language:
    """Apply the Norwegian news rules to ``nlp.tokenizer`` in place; returns ``nlp``."""
    tokenizer = nlp.tokenizer
    rules = dict(tokenizer.rules)
    for form in not_abbreviations():
        rules.pop(form, None)
    tokenizer.rules = rules
    for abbr in abbreviations():
        tokenizer.add_special_case(abbr, [{ORTH: abbr}])
        capitalised = abbr[0].upper() + abbr[1:]
        if capitalised != abbr:
            tokenizer.add_special_case(capitalised, [{ORTH: capitalised}])
    for ordinal in ORDINALS:
        tokenizer.add_special_case(ordinal, [{ORTH: ordinal}])
    suffixes = list(nlp.Defaults.suffixes or [])
    if DIGIT_FULL_STOP not in suffixes:
        suffixes.append(DIGIT_FULL_STOP)
    tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    return nlp
