"""Build hand-annotated spaCy Docs for coder tests, independent of any trained model.

A sentence is written as space-separated tokens
``form[:lemma][/POS][~VerbForm][@head][=DEP][#CODE]``:
``head`` is the 1-based index of the head token (none = root), ``DEP`` the NDT label, ``CODE``
an actor code that makes the token an actor mention (``#RUS.REB`` gives a sector; GOV
by default). POS defaults: ``VERB`` for tokens with a
lemma ending in ``e``/``a`` and a ``=`` label among verb labels, else ``NOUN``; punctuation is
``PUNCT``. A coded genitive gets ``Case=Gen`` (``Russlands:Russland#RUS``). Use ``_``
inside a form for a space-less multiword mention (``Jonas_Støre``).
Example: ``Russland#RUS@2=SUBJ angrep:angripe/VERB Ukraina#UKR@2=DOBJ .@2=IP``.
"""

from __future__ import annotations

import re

import spacy
from spacy.tokens import Doc

from multivektor.model import Article, Mention

_FIELD = re.compile(r"([:/~@=#])([^:/~@=#]+)")
_NAMES = {":": "lemma", "/": "pos", "~": "verbform", "@": "head", "=": "dep", "#": "code"}


def _parse_token(raw: str) -> dict[str, str | None]:
    cut = 1 + next((i for i, ch in enumerate(raw[1:]) if ch in ":/~@=#"), len(raw) - 1)
    fields: dict[str, str | None] = dict.fromkeys(_NAMES.values())
    fields["form"] = raw[:cut]
    rest = raw[cut:]
    for mark, value in _FIELD.findall(rest):
        fields[_NAMES[mark]] = value
    if "".join(m + v for m, v in _FIELD.findall(rest)) != rest:
        raise ValueError(f"bad token {raw!r}")
    return fields
_VOCAB = spacy.blank("nb").vocab
PREPS = {"mot", "til", "med", "fra", "frå", "av", "for", "om", "i", "på", "overfor", "hos",
         "mellom", "etter", "under", "inn"}
TAGS = {"VERB": "verb", "AUX": "verb", "NOUN": "subst", "PROPN": "subst", "ADP": "prep",
        "ADJ": "adj", "PART": "adv", "ADV": "adv", "PRON": "pron", "DET": "det",
        "SCONJ": "sbu", "CCONJ": "konj", "PUNCT": "clb"}


def annotated(*sentences: str, date: str = "2024-01-01") -> tuple[Doc, list[Mention], Article]:
    """A parsed Doc, its actor mentions and an Article, from annotated sentences."""
    words: list[str] = []
    spaces: list[bool] = []
    lemmas: list[str] = []
    pos: list[str] = []
    tags: list[str] = []
    heads: list[int] = []
    deps: list[str] = []
    sent_starts: list[bool] = []
    codes: list[tuple[int, str]] = []
    morphs: list[str] = []
    for sent in sentences:
        toks = sent.split()
        base = len(words)
        for k, raw in enumerate(toks):
            m = _parse_token(raw)
            form = m["form"].replace("_", " ")
            lem = (m["lemma"] or form).lower() if not m["code"] else form
            # "Russlands:Russland#RUS": a coded genitive
            morphs.append("Case=Gen" if m["code"] and m["lemma"] and form == m["lemma"] + "s"
                          else "")
            p = m["pos"]
            if p is None:
                if form in ".,!?«»–":
                    p = "PUNCT"
                elif m["code"]:
                    p = "PROPN"
                elif form.lower() in PREPS:
                    p = "ADP"
                elif form.lower() in ("ikke", "ikkje", "aldri"):
                    p = "PART"
                else:
                    p = "NOUN"
            if m["verbform"]:  # "mistenkt~Part": given
                morphs[-1] = f"VerbForm={m['verbform']}"
            elif p in ("VERB", "AUX") and form.lower() == lem and not morphs[-1]:
                morphs[-1] = "VerbForm=Inf"  # a verb written as its lemma: the infinitive
            words.append(form)
            spaces.append(True)
            lemmas.append(lem)
            pos.append(p)
            tags.append(TAGS.get(p, "ukjent"))
            head = int(m["head"]) - 1 + base if m["head"] else base + k
            heads.append(head)
            deps.append(m["dep"] or ("ROOT" if not m["head"] else "ADV"))
            sent_starts.append(k == 0)
            if m["code"]:
                codes.append((base + k, m["code"]))
    doc = Doc(_VOCAB, words=words, spaces=spaces, lemmas=lemmas, pos=pos, tags=tags,
              heads=heads, deps=deps, sent_starts=sent_starts, morphs=morphs)
    mentions = [Mention(start=doc[i].idx, end=doc[i].idx + len(doc[i].text), text=doc[i].text,
                        kind="state", code=code.split(".")[0],
                        sector=code.split(".")[1] if "." in code else "GOV")
                for i, code in codes]
    article = Article(id="t", text=doc.text, title="Politikk: regjeringen og krigen", date=date)
    return doc, mentions, article
