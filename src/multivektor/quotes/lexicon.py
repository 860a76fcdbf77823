"""The hand-written word lists of the quotes package (``data/*.tsv``), loaded once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data"


def _rows(name: str) -> list[list[str]]:
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append([c.strip() for c in line.split("\t")])
    return rows


@dataclass(frozen=True, slots=True)
class Medium:
    """A news agency or medium: its normalised name, spellings, and whether it needs a cue."""

    name: str
    variants: tuple[str, ...]
    needs_cue: bool


@cache
def speech_verbs() -> dict[str, bool]:
    """Speech verb forms (lowercase, multi-word allowed) -> whether they take ``at``-clauses."""
    out: dict[str, bool] = {}
    for row in _rows("speech_verbs.tsv"):
        form, indirect = row[0].lower(), len(row) > 3 and row[3] == "yes"
        out[form] = out.get(form, False) or indirect
    return out


@cache
def speech_verb_pattern() -> str:
    """A regex alternation of all speech verb forms, longest first, as whole words."""
    forms = sorted(speech_verbs(), key=len, reverse=True)
    alts = []
    for f in forms:
        alt = r"\s+".join(map(re.escape, f.split()))
        if f in _NEEDS_TIL:  # "la hun til", not "la oss"
            alt += r"(?=(?:\s+[\w.-]+){1,4}?\s+til\b)"
        elif f in _NEEDS_HA:  # "skal Wang ha sagt"
            alt += r"(?=(?:\s+[\w.-]+){1,4}?\s+ha\s+(?:sagt|uttalt|skrevet|skrive|skrivi)\b)"
        alts.append(alt)
    return r"(?:" + "|".join(alts) + r")(?!\w)"


#: One-word forms that are speech verbs only with a later particle ("la han til").
_NEEDS_TIL = frozenset({"la", "legg", "legger"})
#: Modal forms that are speech verbs only with a later "ha sagt" ("skal Wang ha sagt").
_NEEDS_HA = frozenset({"skal", "skall"})


@cache
def media() -> tuple[Medium, ...]:
    out = []
    for row in _rows("media.tsv"):
        name, variants = row[0], tuple(v for v in row[1].split("|") if v)
        out.append(Medium(name, variants, len(row) > 2 and row[2] == "yes"))
    return tuple(out)


def _stems(name: str) -> dict[str, str]:
    return {r[0].lower(): (r[1] if len(r) > 1 else "") for r in _rows(name)}


@cache
def role_stems() -> dict[str, str]:
    """Role noun stems (``president``) -> sector."""
    return _stems("roles.tsv")


@cache
def role_synonyms() -> dict[str, tuple[str, ...]]:
    """Role stem -> the other role stems it can refer to (``statsråd`` -> ``minister``)."""
    return {r[0].lower(): tuple(x for x in r[2].split("|") if x)
            for r in _rows("roles.tsv") if len(r) > 2 and r[2]}


@cache
def institution_stems() -> dict[str, str]:
    """Institution head noun stems (``departement``) -> sector."""
    return _stems("institutions.tsv")


@cache
def _word_lists() -> dict[str, str]:
    import yaml

    return yaml.safe_load((DATA / "word_lists.yaml").read_text(encoding="utf-8"))


def words(key: str) -> frozenset[str]:
    """A closed word class of ``data/word_lists.yaml`` (``title_nouns``, ``speaker_stops`` …)."""
    return frozenset(str(_word_lists()[key]).split())


@cache
def media_variants() -> frozenset[str]:
    return frozenset(v for m in media() for v in (*m.variants, m.name))


@cache
def not_names() -> frozenset[str]:
    return frozenset(r[0] for r in _rows("not_names.txt"))


@cache
def first_names() -> dict[str, str]:
    """Given name -> ``M``, ``F`` or ``?``."""
    return {r[0]: r[1] for r in _rows("first_names.tsv") if len(r) > 1}


_DEFINITE = ("ene", "ane", "en", "et", "a", "n", "")


def _match_stem(word: str, stems: dict[str, str], definite_only: bool) -> str | None:
    """The stem that ``word`` is a (definite or compound) form of: exact first, then longest."""
    w = word.lower()
    bases = []
    for suffix in _DEFINITE:
        if (definite_only and not suffix) or not w.endswith(suffix):
            continue
        base = w[: len(w) - len(suffix)] if suffix else w
        if base in stems:
            return base
        bases.append(base)
    best: str | None = None
    for base in bases:
        # compounds: the longest stem that ends the word, leaving at least three letters
        for i in range(3, len(base)):
            if base[i:] in stems:
                if best is None or len(base) - i > len(best):
                    best = base[i:]
                break
    return best


@cache
def role_base(word: str) -> str | None:
    """A role noun without its definite ending ("utenriksministeren" -> "utenriksminister")."""
    if role_of(word) is None:
        return None
    w = word.lower()
    stems = role_stems()
    for suffix in _DEFINITE:
        if suffix and w.endswith(suffix):
            base = w[: len(w) - len(suffix)]
            if base in stems or any(base.endswith(s) for s in stems):
                return base
    return w


@cache
def institution_base(word: str) -> str:
    """An institution noun without its definite ending ("fn-delegasjonen" -> "fn-delegasjon")."""
    w = word.lower()
    stems = institution_stems()
    for suffix in _DEFINITE:
        if suffix and w.endswith(suffix):
            base = w[: len(w) - len(suffix)]
            if any(base.endswith(s) for s in stems):
                return base
    return w


@cache
def role_of(word: str) -> str | None:
    """The role stem of a role noun in any form ("utenriksministeren" -> "minister")."""
    if not word[:1].isalpha():
        return None
    return _match_stem(word, role_stems(), definite_only=False)


@cache
def institution_of(word: str, definite_only: bool = True) -> str | None:
    """The institution stem of a (definite) head noun ("departementet" -> "departement")."""
    if not word[:1].isalpha():
        return None
    w = word.split("-")[-1] if "-" in word else word
    return _match_stem(w, institution_stems(), definite_only=definite_only)
