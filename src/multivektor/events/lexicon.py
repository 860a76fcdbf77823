"""Load the hand-written event lexicon (``lexicon/*.tsv``, ``*.yaml``) into lookup tables.

The lexicon is compiled once per process (:func:`load_lexicon` is cached): verb and noun cues
are indexed by lemma and by every inflected form, so matching a token is a dictionary lookup.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

import yaml

from multivektor.model import PLOVER_EVENTS

LEXICON_DIR = Path(__file__).with_name("lexicon")
#: Event value of a lexicon row that blocks a shorter frame ("forsvare seg" is no SUPPORT).
NOT_AN_EVENT = "NONE"


@dataclass(frozen=True, slots=True)
class Cue:
    """One lexicon entry: a verb (with particles) or a noun that signals an event."""

    lemma: str
    kind: str  # "verb" or "noun"
    event: str
    mode: str | None = None
    particles: tuple[tuple[str, ...], ...] = ()  # each slot: alternatives
    needs: str | None = None  # keyword class that must occur in the clause
    compound: bool = False
    lang: str = "*"
    note: str = ""
    line: int = 0
    #: the lemma with the first spelling of each particle ("gå av", "kalle inn til")
    frame: str = field(init=False, default="")

    def __post_init__(self) -> None:
        object.__setattr__(self, "frame",
                           " ".join([self.lemma, *(slot[0] for slot in self.particles)]))

    @property
    def rule(self) -> str:
        """A readable name of the entry, for explanations (``verbs.tsv:57 be om -> REQUEST``)."""
        words = " ".join(["/".join(s) for s in self.particles])
        head = f"{self.lemma} {words}".strip()
        src = "verbs.tsv" if self.kind == "verb" else "nouns.tsv"
        return f"{src}:{self.line} {head} -> {self.event}"


@dataclass(frozen=True, slots=True)
class Category:
    """Defaults of a PLOVER category (categories.yaml)."""

    name: str
    cameo: str
    quad: int
    score: float
    context: str
    modes: tuple[str, ...] = ()


#: Words that hold a keyword without meaning it: "forsvarsministeren" is no "svar".
FALSE_HOSTS = {"svar": ("forsvar", "ansvar"), "brot": ("gjennombrot",),
               "brudd": ("gjennombrudd",),
               "handel": ("handelskonflikt", "handelskrig", "handelsstrid"),  # (a conflict)
               "gass": ("tåregass", "nervegass", "giftgass"),
               # a pilot is no aircraft ("jagerflygeren", "kampflygaren")
               "jagerfly": ("jagerflyger", "jagerflygar"), "kampfly": ("kampflyger", "kampflygar"),
               "stridsfly": ("stridsflyger", "stridsflygar")}
#: Words remembered per lookup table before it is emptied (keeps long runs' memory flat).
_MEMO_SIZE = 200_000


@dataclass(slots=True)
class Lexicon:
    """Compiled lookup tables over the lexicon files."""

    categories: dict[str, Category]
    verbs_by_key: dict[str, list[Cue]] = field(default_factory=dict)
    nouns_by_key: dict[str, list[Cue]] = field(default_factory=dict)
    compound_nouns: dict[str, list[Cue]] = field(default_factory=dict)
    keywords: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: per keyword class: its short keywords (whole words only) and one pattern for the
    #: longer ones (anywhere in a word), compiled when the lexicon is loaded
    keyword_patterns: dict[str, tuple[frozenset[str], re.Pattern[str] | None]] = field(
        default_factory=dict)
    modality: dict[str, frozenset[str]] = field(default_factory=dict)
    contexts: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: any stem of ``contexts`` (most words hold none: one search rules them out)
    context_stems: re.Pattern[str] | None = None
    domain: dict = field(default_factory=dict)
    verbs: list[Cue] = field(default_factory=list)
    nouns: list[Cue] = field(default_factory=list)
    verb_lemmas: frozenset[str] = frozenset()
    #: verb pasts that nouns of the same spelling also generate ("anklaget": see _listed_pasts)
    verb_pasts: frozenset[str] = frozenset()
    #: every word of every particle slot of the verb cues
    slot_words: frozenset[str] = frozenset()
    _tails: dict[str, str | None] = field(default_factory=dict, repr=False)
    _fills: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)
    _context_hits: dict[str, dict[str, int]] = field(default_factory=dict, repr=False)
    _verb_memo: dict[tuple[str, ...], list[Cue]] = field(default_factory=dict, repr=False)
    _noun_memo: dict[tuple[str, ...], list[Cue]] = field(default_factory=dict, repr=False)
    #: (keyword class, form, lemma) -> whether the word holds a keyword of the class
    keyword_memo: dict[tuple[str, str, str], bool] = field(default_factory=dict, repr=False)

    def verb_cues(self, *keys: str) -> list[Cue]:
        """The verb cues of a form and/or lemma (remembered; the list is shared: read only)."""
        found = self._verb_memo.get(keys)
        if found is None:
            found = _remember(self._verb_memo, keys, _lookup(self.verbs_by_key, keys))
        return found

    def noun_cues(self, *keys: str) -> list[Cue]:
        """The noun cues of a form and/or lemma, or of its longest known compound tail
        ("drone|angrepet"); remembered, the list is shared: read only."""
        found = self._noun_memo.get(keys)
        if found is None:
            found = _lookup(self.nouns_by_key, keys)
            if not found:
                tail = next((t for k in keys if (t := self._compound_tail(k)) is not None), None)
                found = list(self.compound_nouns[tail]) if tail is not None else found
            _remember(self._noun_memo, keys, found)
        return found

    def context_hits(self, word: str) -> dict[str, int]:
        """How many stems of each context label (context.yaml) occur in ``word`` (remembered)."""
        hits = self._context_hits.get(word)
        if hits is not None:
            return hits
        hits = {}
        if self.context_stems is None or self.context_stems.search(word):  # (one scan first)
            for label, stems in self.contexts.items():
                if n := sum(1 for s in stems if s in word):
                    hits[label] = n
        return _remember(self._context_hits, word, hits)

    def holds_keyword(self, name: str, low: str, lem: str) -> bool:
        """Whether a word (lower-case form, lemma) holds a keyword of class ``name``
        (keywords.yaml; remembered per word)."""
        key = (name, low, lem)
        found = self.keyword_memo.get(key)
        if found is None:
            found = _remember(self.keyword_memo, key, self._holds_keyword(name, low, lem))
        return found

    def _holds_keyword(self, name: str, low: str, lem: str) -> bool:
        if low.startswith("anti"):
            return False  # "antiterroroperasjon" is not "terror", "antikrigsdemonstrasjon" not war
        short, pattern = self.keyword_patterns.get(name, (frozenset(), None))
        if low in short or lem in short:
            return True
        if pattern is None or not (pattern.search(low) or pattern.search(lem)):
            return False  # (the common case, one regular expression per word)
        return any(len(w) > 3 and (w in low or w in lem) and not any(
            h in low for h in FALSE_HOSTS.get(w, ())) for w in self.keywords.get(name, ()))

    def slot_words_among(self, words: Iterable[str]) -> set[str]:
        """The particle slot words any of ``words`` could fill (see :meth:`slot_words_in`)."""
        fills, found = self._fills, set()
        for word in words:
            hits = fills.get(word)
            found.update(self.slot_words_in(word) if hits is None else hits)
        return found

    def slot_words_in(self, word: str) -> tuple[str, ...]:
        """The particle slot words ``word`` could fill (remembered): itself, and for slot words
        of five letters or more one it begins with ("sanksjon" in "sanksjonene") or its
        hyphen tail ("rohingya-flyktning")."""
        found = self._fills.get(word)
        if found is None:
            slots = self.slot_words
            hits = {word} & slots
            hits.update(p for k in range(5, len(word)) if (p := word[:k]) in slots)
            if "-" in word and len(tail := word.rsplit("-", 1)[1]) >= 5 and tail in slots:
                hits.add(tail)
            found = _remember(self._fills, word, tuple(hits))
        return found

    def _compound_tail(self, word: str) -> str | None:
        """The longest known compound tail of ``word`` (remembered: most words are no cue)."""
        if word in self._tails:
            return self._tails[word]
        return _remember(self._tails, word, next(
            (tail for i in range(3, len(word) - 3)
             if (tail := word[i:].lstrip("-")) in self.compound_nouns), None))

    def words(self, name: str) -> frozenset[str]:
        return self.modality.get(name, frozenset())


_K = TypeVar("_K")
_V = TypeVar("_V")


def _remember(memo: dict[_K, _V], key: _K, value: _V) -> _V:
    """Store ``value`` under ``key``, first emptying ``memo`` once it holds _MEMO_SIZE
    entries (keeps long runs' memory flat); returns ``value``."""
    if len(memo) > _MEMO_SIZE:
        memo.clear()
    memo[key] = value
    return value


def _lookup(index: dict[str, list[Cue]], keys: tuple[str, ...]) -> list[Cue]:
    """The cues of any of ``keys`` (a form, a lemma), each once, in order."""
    found = [index[k] for k in keys if k in index]
    if len(found) <= 1:  # most words are no cue, most cues are found by one key
        return list(found[0]) if found else []
    out: list[Cue] = []
    for cues in found:
        for c in cues:
            if not any(c is o for o in out):  # (the index holds each entry once)
                out.append(c)
    return out


def _dash(value: str) -> str | None:
    value = value.strip()
    return None if value in ("", "-") else value


def _read_tsv(path: Path) -> list[tuple[int, dict[str, str]]]:
    rows: list[tuple[int, dict[str, str]]] = []
    header: list[str] | None = None
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        if header is None:
            header = cols
            continue
        if len(cols) != len(header):
            raise ValueError(f"{path.name}:{lineno}: expected {len(header)} columns")
        rows.append((lineno, dict(zip(header, cols, strict=True))))
    return rows


def verb_forms(lemma: str) -> set[str]:
    """Regular inflected forms of a Norwegian verb (Bokmål and Nynorsk), over-generated."""
    forms = {lemma}
    if lemma.endswith(("e", "a")):
        stem = lemma[:-1]
        forms |= {stem + s for s in ("er", "et", "a", "te", "de", "t", "es", "ast", "est", "ar",
                                     "tes", "e", "ete", "s", "d")}
        if len(stem) > 2 and stem[-1] == stem[-2]:
            short = stem[:-1]
            forms |= {short + "te", short + "t", short + "tes", short + "de", short + "d"}
    else:  # be, gå, true, sy: one-syllable verbs
        forms |= {lemma + s for s in ("r", "dde", "dd", "s", "tt", "et", "r")}
    return forms


def noun_forms(lemma: str) -> set[str]:
    """Regular inflected forms of a Norwegian noun (both standards), over-generated."""
    forms = {lemma}
    if lemma.endswith("e"):
        forms |= {lemma + s for s in ("n", "t", "r", "ne", "a", "ane", "ar", "ns", "ts")}
        forms |= {lemma[:-1] + s for s in ("a", "ane", "ar", "ene", "er")}
    else:
        forms |= {lemma + s for s in ("en", "et", "er", "ene", "a", "ane", "ar", "ane", "ens",
                                      "ets", "ene", "s", "e")}
        if lemma.endswith("el"):  # advarsel -> advarsler
            forms |= {lemma[:-2] + "ler", lemma[:-2] + "lene"}
    return forms


def _load_cues(path: Path, kind: str) -> list[tuple[Cue, str | None]]:
    cues: list[tuple[Cue, str | None]] = []
    for lineno, row in _read_tsv(path):
        event = row["event"]
        if event not in PLOVER_EVENTS and event != NOT_AN_EVENT:
            raise ValueError(f"{path.name}:{lineno}: unknown event {event!r}")
        particles: tuple[tuple[str, ...], ...] = ()
        if kind == "verb" and _dash(row.get("particles", "")):
            particles = tuple(tuple(w.split("/")) for w in row["particles"].split())
        cues.append((Cue(
            lemma=row["lemma"].lower(), kind=kind, event=event, mode=_dash(row.get("mode", "")),
            particles=particles, needs=_dash(row.get("needs", "")),
            compound=row.get("compound", "n") == "y", lang=row.get("lang", "*"),
            note=row.get("note", ""), line=lineno,
        ), _dash(row.get("forms", ""))))
    return cues


def _keyword_pattern(words: tuple[str, ...]) -> tuple[frozenset[str], re.Pattern[str] | None]:
    short = frozenset(w for w in words if len(w) <= 3)
    long = sorted((w for w in words if len(w) > 3), key=len, reverse=True)
    return short, (re.compile("|".join(map(re.escape, long))) if long else None)


def _listed_pasts(verb_rows: list[tuple[Cue, str | None]],
                  noun_rows: list[tuple[Cue, str | None]]) -> set[str]:
    """The pasts in "-t" that verbs.tsv lists ("anklaget", "støttet") and nouns.tsv does not:
    the noun of the same spelling over-generates them as a neuter definite ("et møte" ->
    "møtet"), which a common noun has not ("en anklage")."""
    nouns = {f.strip().lower() for _, extra in noun_rows if extra for f in extra.split(",")}
    return {f.strip().lower() for cue, extra in verb_rows if extra
            for f in extra.split(",") if f.strip().lower() == cue.lemma + "t"} - nouns


def _index(cues: list[tuple[Cue, str | None]], forms_of) -> dict[str, list[Cue]]:
    table: dict[str, list[Cue]] = {}
    for cue, extra in cues:
        keys = set(forms_of(cue.lemma))
        if extra:
            keys |= {f.strip().lower() for f in extra.split(",") if f.strip()}
        for k in keys:
            table.setdefault(k, []).append(cue)
    return table


@lru_cache(maxsize=1)
def load_lexicon(directory: str | None = None) -> Lexicon:
    """Read and compile the lexicon (cached: once per process)."""
    d = Path(directory) if directory else LEXICON_DIR
    raw_cats = yaml.safe_load((d / "categories.yaml").read_text(encoding="utf-8"))
    categories = {
        name: Category(name=name, cameo=str(v["cameo"]), quad=int(v["quad"]),
                       score=float(v["score"]), context=v["context"],
                       modes=tuple(v.get("modes") or ()))
        for name, v in raw_cats.items()
    }
    missing = set(PLOVER_EVENTS) - set(categories)
    if missing:
        raise ValueError(f"categories.yaml lacks {sorted(missing)}")
    verb_rows = _load_cues(d / "verbs.tsv", "verb")
    noun_rows = _load_cues(d / "nouns.tsv", "noun")
    verbs, nouns = [c for c, _ in verb_rows], [c for c, _ in noun_rows]
    lex = Lexicon(categories=categories, verbs=verbs, nouns=nouns,
                  verb_lemmas=frozenset(c.lemma for c in verbs),
                  slot_words=frozenset(w for c in verbs for slot in c.particles for w in slot))
    lex.verbs_by_key = _index(verb_rows, verb_forms)
    lex.nouns_by_key = _index(noun_rows, noun_forms)
    lex.compound_nouns = _index([(c, f) for c, f in noun_rows if c.compound], noun_forms)
    lex.verb_pasts = frozenset(_listed_pasts(verb_rows, noun_rows))
    kw = yaml.safe_load((d / "keywords.yaml").read_text(encoding="utf-8"))
    lex.keywords = {k: tuple(str(w).lower() for w in v) for k, v in kw.items()}
    lex.keyword_patterns = {k: _keyword_pattern(v) for k, v in lex.keywords.items()}
    mod = yaml.safe_load((d / "modality.yaml").read_text(encoding="utf-8"))
    lex.modality = {k: frozenset(str(w).lower() for w in v) for k, v in mod.items()}
    ctx = yaml.safe_load((d / "context.yaml").read_text(encoding="utf-8"))
    lex.contexts = {k: tuple(str(w).lower() for w in v) for k, v in ctx.items()}
    stems = sorted({w for v in lex.contexts.values() for w in v}, key=len, reverse=True)
    lex.context_stems = re.compile("|".join(map(re.escape, stems))) if stems else None
    dom = yaml.safe_load((d / "domain.yaml").read_text(encoding="utf-8"))
    lex.domain = {"political": [str(w).lower() for w in dom["political"]],
                  "non_political": {k: [str(w).lower() for w in v]
                                    for k, v in dom["non_political"].items()}}
    for cue in verbs + nouns:
        if cue.needs and cue.needs not in lex.keywords:
            raise ValueError(f"{cue.rule}: unknown keyword class {cue.needs!r}")
    return lex
