"""Compile the actor knowledge base into one compact generated file.

Inputs: the hand-written tables in ``actors/data/`` (states, seats, organisations, people,
role nouns, party tags, stop list), the Bokmål and Nynorsk CLDR territory names shipped with
babel, and the Wikidata roles file (``../shared/data/actors/wikidata_roles.csv``).
Output: ``actors/data/generated/kb.json``, loaded by :mod:`multivektor.actors.kb`.

Run with ``multivektor actors build [--wikidata PATH]``; the output is committed so that
nothing needs the inputs at run time.
"""

from __future__ import annotations

import csv
import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

from multivektor.actors.kb import month_index
from multivektor.actors.normalize import norm
from multivektor.actors.translit import (
    cyrillic_to_norwegian,
    english_to_norwegian,
    reorder_native,
)

DATA = Path(__file__).parent / "data"
GENERATED = DATA / "generated" / "kb.json"
DEFAULT_WIKIDATA = (Path(__file__).resolve().parents[4] / "shared" / "data" / "actors"
                    / "wikidata_roles.csv")

#: States whose people are written in Norwegian transcription from Cyrillic (or by its
#: conventions, as the Norwegian press does for the Caucasus and Central Asia).
CYRILLIC_STATES = {"RUS", "UKR", "BLR", "KAZ", "KGZ", "TJK", "TKM", "UZB", "AZE", "ARM", "GEO",
                   "MDA"}
#: States whose people's names are written family name first in the press ("Hua Chunying":
#: "Hua"), for two-word names.
FAMILY_NAME_FIRST_STATES = {"CHN", "TWN", "HKG", "MAC", "KOR", "PRK"}
#: Spanish-speaking states: a three-word name is given name + two surnames, of which the
#: press uses the first.
SPANISH_NAME_STATES = {"ESP", "MEX", "GTM", "HND", "SLV", "NIC", "CRI", "PAN", "CUB", "DOM",
                       "COL", "VEN", "ECU", "PER", "BOL", "CHL", "ARG", "URY", "PRY"}
#: Offices with one holder at a time: a stale open Wikidata spell ends when a successor starts.
SINGLE_OFFICES = {"HOS", "HOG", "FM", "DEF", "FIN", "INT", "JUS"}
#: Alpha-3 codes in CLDR's alias table that are not current states or territories.
NOT_STATES = {"BUR", "DDR", "FXX", "TMP", "YMD", "ZAR", "QUU", "XAA", "XBB", "XKK", "ZZZ",
              "DGA", "CPT", "TAA", "ASC", "ATA", "BVT", "HMD", "UMI", "SGS", "IOT", "ATF",
              "ALA", "CCK", "CXR", "NFK", "PCN", "TKL", "BES", "SPM", "MAF", "BLM", "WLF"}
#: CLDR names that are common Norwegian words ("Man" kan ... = Isle of Man).
CLDR_SKIP = {"Man"}
_MONARCH_LABEL = re.compile(r"\b(king|queen|emir|monarch|sultan|grand duke|prince|sovereign|"
                            r"supreme leader|emperor|pope|co-prince|yang di-pertuan)\b", re.I)
#: Open Wikidata spells of offices with many holders end here: the snapshot is from mid-2022
#: and nobody knows who stayed; full names still resolve, bare surnames no longer do.
STALE_END = "2023-06-30"


def _rows(name: str) -> list[dict[str, str]]:
    """Rows of a hand-written TSV (comment lines start with '#')."""
    with open(DATA / name, encoding="utf-8") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [{k: (v or "").strip() for k, v in row.items() if k} for row in reader]


def _split(cell: str) -> list[str]:
    return [x.strip() for x in cell.split("|") if x.strip()]


def genitive(name: str) -> str:
    """Norwegian genitive: -s, or an apostrophe after s, x and z (Belarus', Laos')."""
    return name + "'" if name[-1:].lower() in "sxz" else name + "s"


def demonym_forms(sg: str) -> list[str]:
    """Bokmål and Nynorsk forms of a demonym (russer -> russere, russerne, russarar ...)."""
    if sg.endswith("mann"):
        b = sg[:-4]
        return [sg, sg + "en", b + "menn", b + "mennene", b + "mennen"]
    if sg.endswith("er"):
        b = sg[:-2]
        return [sg, sg + "en", sg + "e", sg + "ne", b + "ar", b + "aren", b + "arar", b + "arane"]
    if sg.endswith("e"):
        b = sg[:-1]
        return [sg, sg + "n", sg + "r", sg + "ne", b + "ar", b + "ane"]
    return [sg, sg + "en", sg + "er", sg + "ene", sg + "ar", sg + "ane"]


#: Endings of an adjective compound of ownership: "britiskeid", "gresk-eigde" (a ship, a
#: company of that state's).
OWNED = ("eid", "eide", "eigd", "eigde", "-eid", "-eide", "-eigd", "-eigde")


def adjective_forms(base: str) -> list[str]:
    if not base.endswith("sk"):
        return [base]
    return [base, base + "e", *(base + end for end in OWNED)]


def _case(alias: str, proper: bool) -> int:
    """0: any case; 1: first letter upper; 2: exactly as written in capitals (acronyms).

    A name that starts with a lower-case particle ("von der Leyen", "al-Sisi") matches in
    any case."""
    letters = [c for c in alias if c.isalpha()]
    if letters and letters[0].islower():
        return 0
    if len(letters) > 2 and letters[-1] == "s" and alias.endswith("s"):
        letters = letters[:-1]  # genitive of an acronym: "GRUs", "FNs"
    if letters and all(c.isupper() for c in letters) and len(letters) <= 4:
        return 2
    return 1 if proper else 0


class _Builder:
    def __init__(self) -> None:
        self.aliases: dict[str, list[list[Any]]] = defaultdict(list)
        self.stop = {norm(r["alias"]) for r in _rows("stop_aliases.tsv")}

    def add(self, alias: str, kind: str, ref: Any, form: str, proper: bool = True) -> None:
        key = norm(alias)
        if not key:
            return
        entry = [kind, ref, form, _case(alias, proper)]
        if entry not in self.aliases[key]:
            self.aliases[key].append(entry)


def _states(b: _Builder) -> dict[str, dict[str, Any]]:
    from babel import Locale
    from babel.core import get_global

    nb, nn = Locale.parse("nb").territories, Locale.parse("nn").territories
    states: dict[str, dict[str, Any]] = {}
    for a3, a2s in get_global("territory_aliases").items():
        if len(a3) != 3 or not a3.isalpha() or len(a2s) != 1 or a3 in NOT_STATES:
            continue
        a2 = a2s[0]
        if a2 not in nb or len(a2) != 2:
            continue
        states[a3] = {"nb": nb[a2], "nn": nn.get(a2, nb[a2]), "names": {nb[a2], nn.get(a2, "")}}
    states.setdefault("XKX", {"nb": "Kosovo", "nn": "Kosovo", "names": {"Kosovo"}})
    for row in _rows("states.tsv"):
        st = states.setdefault(row["code"], {"nb": "", "nn": "", "names": set()})
        names = _split(row["names"])
        if names:
            st["nb"] = st["nb"] or names[0]
            st["nn"] = st["nn"] or names[0]
        st["names"].update(names)
        st["adj"] = _split(row["adjectives"])
        st["dem"] = _split(row["demonyms"])
        st["cap"] = _split(row["capitals"])
    out: dict[str, dict[str, Any]] = {}
    for code, st in sorted(states.items()):
        names: set[str] = set()
        for n in st["names"]:
            if not n:
                continue
            for part in re.split(r"\s*[()]\s*", n):  # "Myanmar (Burma)"
                if part and not part.startswith("pseudo") and part not in CLDR_SKIP:
                    names.add(part)
        for n in sorted(names):
            b.add(n, "s", code, "n")
            b.add(genitive(n), "s", code, "g")
        for adj in st.get("adj", []):
            for f in adjective_forms(adj):
                b.add(f, "a", code, "a", proper=False)
        for dem in st.get("dem", []):
            for f in demonym_forms(dem):
                b.add(f, "d", code, "d", proper=False)
        for cap in st.get("cap", []):
            b.add(cap, "c", code, "n")
            b.add(genitive(cap), "c", code, "g")
        nb_name = re.sub(r"\s*\(.*\)", "", st["nb"]) or code
        nn_name = re.sub(r"\s*\(.*\)", "", st["nn"]) or nb_name
        out[code] = {"nb": nb_name, "nn": nn_name, "adj": st.get("adj", []),
                     "cap": st.get("cap", []), "names": sorted(names)}
    return out


def _seats(b: _Builder) -> list[list[str]]:
    seats = []
    for row in _rows("seats.tsv"):
        names = _split(row["names"])
        idx = len(seats)
        seats.append([row["code"], row["sector"], names[0], row["kind"]])
        for n in names:
            b.add(n, "t", idx, "n")
            if not n.endswith("s"):
                b.add(genitive(n), "t", idx, "g")
    return seats


def _regions(b: _Builder) -> int:
    n = 0
    for row in _rows("regions.tsv"):
        for name in _split(row["names"]):
            b.add(name, "l", row["code"], "n")
            b.add(genitive(name), "l", row["code"], "g")
            n += 1
    return n


def _orgs(b: _Builder) -> list[list[str]]:
    orgs = []
    for row in _rows("orgs.tsv"):
        names = _split(row["names"])
        idx = len(orgs)
        orgs.append([row["code"], row["sector"], row["kind"], row["start"], row["end"], names[0]])
        for n in names:
            b.add(n, "o", idx, "n")
            if not n.endswith("'"):  # "Hamas'", "FNs", "NATOs"
                b.add(genitive(n), "o", idx, "g")
    return orgs


def _roles(b: _Builder) -> list[list[str]]:
    roles = []
    for row in _rows("roles.tsv"):
        idx = len(roles)
        roles.append([row["role"], row["sector"], row["kind"]])
        for f in _split(row["forms"]):
            b.add(f, "r", idx, "n", proper=False)
            if not f.endswith("s"):
                b.add(f + "s", "r", idx, "g", proper=False)
    return roles


def _clean_name(label: str) -> str:
    name = label.split(",")[0].strip()
    name = re.sub(r"\s+of\s+[A-Z].*$", "", name)  # "Harald V of Norway"
    return name


def _pad(d: str, end: bool) -> str:
    if not d:
        return ""
    if len(d) == 4:
        return d + ("-12-31" if end else "-01-01")
    if len(d) == 7:
        return d + ("-28" if end else "-01")
    return d[:10]


class _Person:
    __slots__ = ("name", "aliases", "spells", "hand", "native")

    def __init__(self, name: str) -> None:
        self.name = name
        self.aliases: set[str] = set()
        self.spells: list[dict[str, Any]] = []
        self.hand = False
        self.native = ""


def _people(b: _Builder, wikidata: Path | None) -> tuple[list[list[Any]], dict[str, Any]]:
    people: dict[str, _Person] = {}
    by_alias: dict[str, str] = {}
    if wikidata is not None and not wikidata.exists():
        raise FileNotFoundError(f"Wikidata roles file not found: {wikidata} (use --wikidata)")
    if wikidata is not None:
        with open(wikidata, encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                qid = row["wikidata_qid"]
                label = _clean_name(row["person_name_en"])
                p = people.get(qid)
                if p is None:
                    p = people[qid] = _Person(label)
                    p.aliases.add(label)
                code = row["country_iso3"]
                start, end = _pad(row["start"], False), _pad(row["end"], True)
                if start and end and end < start:
                    start, end = _pad(row["end"], False), _pad(row["start"], True)
                p.spells.append({"code": code, "role": row["role"], "sector": "GOV",
                                 "start": start, "end": end, "hand": False,
                                 "cls": "m" if _MONARCH_LABEL.search(
                                     row["position_label_en"]) else "p",
                                 "label": row["position_label_en"]})
                if row.get("person_name_native"):
                    p.native = row["person_name_native"]
    # Norwegian spellings for people of Cyrillic-script states
    for p in people.values():
        codes = {s["code"] for s in p.spells}
        if codes & CYRILLIC_STATES:
            nor = english_to_norwegian(p.name)
            p.aliases.add(nor)
            if p.native and re.search("[а-яА-ЯіїєґўІЇЄҐЎ]", p.native):
                native = reorder_native(p.native.strip('"'), p.name)
                if len(native.split()) == len(p.name.split()):
                    tr = cyrillic_to_norwegian(native, ukrainian="UKR" in codes)
                    p.aliases.add(tr)
            p.name = nor
            p.aliases.update(_ending_variants(nor))
    for qid, p in people.items():
        for a in sorted(p.aliases):
            by_alias.setdefault(norm(a), qid)
    by_office: dict[tuple[str, str], list[str]] = defaultdict(list)
    for qid, p in people.items():
        for s in p.spells:
            by_office[(s["code"], s["role"])].append(qid)
    # hand-curated rows
    for row in _rows("people.tsv"):
        names = [row["name"], *_split(row["aliases"])]
        qid = next((by_alias[norm(n)] for n in names if norm(n) in by_alias), None)
        if qid is None:
            qid = _same_office_person(people, by_office, row)
        if qid is None:
            qid = "hand:" + row["name"]
            people[qid] = _Person(row["name"])
        p = people[qid]
        if not p.hand:
            p.name = row["name"]
            p.hand = True
        for n in names:
            p.aliases.add(n)
            by_alias.setdefault(norm(n), qid)
        title = row.get("title", "")
        spell = {"code": row["code"], "role": row["role"], "sector": row["sector"] or "GOV",
                 "start": _pad(row["start"], False), "end": _pad(row["end"], True),
                 "hand": True, "cls": "m" if title else "p", "label": title}
        # a hand spell replaces the Wikidata spells of the same office it overlaps
        p.spells = [s for s in p.spells if s["hand"] or not (
            s["code"] == spell["code"] and s["role"] == spell["role"]
            and _overlap(s, spell))] + [spell]
    _close_stale(people)
    # compile
    out: list[list[Any]] = []
    office: dict[str, list[list[Any]]] = defaultdict(list)
    for qid in sorted(people, key=lambda q: (people[q].name, q)):
        p = people[qid]
        idx = len(out)
        spells = sorted(p.spells, key=lambda s: s["start"] or "0000")
        rows = [[s["code"], s["role"], s["sector"], s["start"], s["end"], s["cls"]]
                for s in spells]
        out.append([p.name, qid if qid.startswith("Q") else "", rows, int(p.hand)])
        for s in rows:
            office[f"{s[0]}|{s[1]}"].append([s[3], s[4], idx, s[5]])
        _person_aliases(b, p, idx)
    for v in office.values():
        v.sort(key=lambda r: r[0] or "0000")
    return out, dict(office)


def _same_office_person(people: dict[str, _Person], by_office: dict[tuple[str, str], list[str]],
                        row: dict[str, str]) -> str | None:
    """A Wikidata person in the same office at about the same time with a similar surname
    ("Vahagn Khatsjaturjan" = "Vahagn Khatsjatrjan", "Mostafa Madbouly" = "Moustafa ...")."""
    from difflib import SequenceMatcher

    start = _pad(row["start"], False)
    last = norm(english_to_norwegian(row["name"].split()[-1]))
    for qid in dict.fromkeys(by_office.get((row["code"], row["role"]), [])):
        p = people[qid]
        if qid.startswith("hand:"):
            continue
        other = norm(english_to_norwegian(p.name.split()[-1]))
        if SequenceMatcher(None, last, other).ratio() < 0.75:
            continue
        for s in p.spells:
            if s["code"] == row["code"] and s["role"] == row["role"] and s["start"] and start \
                    and abs(month_index(s["start"]) - month_index(start)) <= 3:
                return qid
    return None


def _ending_variants(name: str) -> set[str]:
    """Both spellings of the -ij / -yj endings (Zelenskyj / Zelenskij, Dmitrij / Dmitryj)."""
    words = name.split()
    out = set()
    for i, w in enumerate(words):
        for a, b in (("yj", "ij"), ("ij", "yj")):
            if w.endswith(a) and len(w) > 4:
                out.add(" ".join([*words[:i], w[: -len(a)] + b, *words[i + 1:]]))
    return out


def _overlap(a: dict[str, Any], b: dict[str, Any]) -> bool:
    a0, a1 = a["start"] or "0000", a["end"] or "9999"
    b0, b1 = b["start"] or "0000", b["end"] or "9999"
    return a0 <= b1 and b0 <= a1


def _close_stale(people: dict[str, _Person]) -> None:
    """End open Wikidata spells of single-holder offices when a successor starts."""
    groups: dict[tuple[str, str, str], list[tuple[str, dict[str, Any]]]] = defaultdict(list)
    for qid, p in people.items():
        for s in p.spells:
            if s["role"] in SINGLE_OFFICES and s["start"]:
                groups[(s["code"], s["role"], s["cls"])].append((qid, s))
    for spells in groups.values():
        spells.sort(key=lambda x: x[1]["start"])
        for i, (qid, s) in enumerate(spells):
            if s["end"] or s["hand"]:
                continue
            for qid2, s2 in spells[i + 1:]:
                if qid2 != qid and s2["start"] > s["start"]:
                    s["end"] = s2["start"]
                    break
    for p in people.values():
        for s in p.spells:
            if s["end"] or s["hand"] or s["role"] in SINGLE_OFFICES:
                continue
            # posts held with a closed single office end with it (PM and First Lord)
            ends = [x["end"] for x in p.spells if x["role"] in SINGLE_OFFICES and x["end"]
                    and x["code"] == s["code"] and x["start"] and s["start"]
                    and abs(month_index(x["start"]) - month_index(s["start"])) <= 1]
            s["end"] = max(ends) if ends else STALE_END


_PARTICLES = {"al", "el", "bin", "ibn", "von", "van", "der", "de", "den", "da", "di", "du", "la",
              "le", "jr", "jr.", "sr", "ben"}
_ROMAN = re.compile(r"^[IVX]+\.?$")


def _person_aliases(b: _Builder, p: _Person, idx: int) -> None:
    for a in sorted(p.aliases | {p.name}):
        b.add(a, "p", idx, "n")
        b.add(genitive(a), "p", idx, "g")
        words = a.split()
        if len(words) < 2:
            continue
        last = words[-1]
        if _ROMAN.match(last) or last.lower().strip(".") in _PARTICLES:
            continue
        # surname with its particles: "von der Leyen", "al-Assad", "Al Thani"
        i = len(words) - 1
        while i > 1 and words[i - 1].lower() in _PARTICLES:
            i -= 1
        surname = " ".join(words[i:])
        if norm(surname) in b.stop or len(surname) < 3:
            continue
        b.add(surname, "p", idx, "s")
        b.add(genitive(surname), "p", idx, "sg")
        # a middle name left out: "Ine Marie Eriksen Søreide" is "Ine Eriksen Søreide" in
        # the news, with "Eriksen Søreide" as her surname
        if len(words) >= 4 and i == len(words) - 1 and not any(
                w.lower().strip(".") in _PARTICLES for w in words):
            for k in range(1, len(words) - 1):
                b.add(" ".join(words[:k] + words[k + 1:]), "p", idx, "n")
            double = " ".join(words[-2:])
            b.add(double, "p", idx, "s")
            b.add(genitive(double), "p", idx, "sg")
        # Spanish names: given name, father's and mother's surnames; the press writes the
        # first two ("Bruno Rodríguez" of "Bruno Rodríguez Parrilla")
        if len(words) == 3 and any(sp["code"] in SPANISH_NAME_STATES for sp in p.spells) \
                and not any(w.lower().strip(".") in _PARTICLES or "-" in w for w in words) \
                and norm(words[1]) not in b.stop and len(words[1]) >= 3:
            b.add(" ".join(words[:2]), "p", idx, "n")
            b.add(genitive(" ".join(words[:2])), "p", idx, "g")
            b.add(words[1], "p", idx, "s")
            b.add(genitive(words[1]), "p", idx, "sg")
        # East Asian names are written family name first: "Xi" of "Xi Jinping"
        if len(words) == 2 and len(words[0]) >= 2 and norm(words[0]) not in b.stop and (
                re.match(r"^[A-Z][a-z]{1,3}$", words[0]) and "-" in words[1]
                or words[0] in {"Xi", "Wang", "Li", "Kim", "Yoon", "Moon", "Lee", "Han"}
                or re.match(r"^[A-Z][a-z]{1,4}$", words[0]) and any(
                    sp["code"] in FAMILY_NAME_FIRST_STATES for sp in p.spells)):
            b.add(words[0], "p", idx, "s")
            b.add(genitive(words[0]), "p", idx, "sg")


def build(wikidata: Path | None = None, out: Path = GENERATED) -> dict[str, int]:
    """Build the knowledge base file; return coverage counts."""
    b = _Builder()
    states = _states(b)
    seats = _seats(b)
    n_regions = _regions(b)
    orgs = _orgs(b)
    roles = _roles(b)
    people, office = _people(b, wikidata or DEFAULT_WIKIDATA)
    parties = {r["tag"]: r["code"] for r in _rows("party_tags.tsv")}
    genders = {norm(r["name"]): r["gender"] for r in _rows("first_names.tsv")}
    region_groups = {form.lower(): r["codes"].split()
                     for r in _rows("region_groups.tsv") for form in _split(r["forms"])}
    regions_named = {form.lower(): r["codes"].split()
                     for r in _rows("region_adjectives.tsv") for form in _split(r["forms"])}
    kb = {"version": 1, "states": states, "seats": seats, "orgs": orgs, "roles": roles,
          "people": people, "office": office, "parties": parties,
          "stop": sorted(b.stop), "genders": genders, "region_groups": region_groups,
          "region_adjectives": regions_named, "aliases": dict(sorted(b.aliases.items()))}
    counts = stats(kb)
    counts["regions"] = n_regions
    # compact encoding, decoded lazily by kb.py (keeps loading well under 0.5 s)
    kb["aliases"] = {k: ";".join(" ".join(str(x) for x in e) for e in v)
                     for k, v in kb["aliases"].items()}
    kb["people"] = ["\t".join([p[0], p[1], str(p[3]),
                               ";".join(",".join(s) for s in p[2])]) for p in people]
    kb["first_words"] = sorted({first_word(k) for k in kb["aliases"]})
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(kb, fh, ensure_ascii=False, separators=(",", ":"))
        fh.write("\n")
    return counts


def first_word(key: str) -> str:
    m = re.match(r"\w+", key)
    return m.group() if m else key[:1]


def stats(kb: dict[str, Any]) -> dict[str, int]:
    states = kb["states"]
    return {
        "states": len(states),
        "states_with_nb_nn_and_adjectives": sum(
            1 for s in states.values() if s["nb"] and s["nn"] and s["adj"]),
        "organisation_rows": len(kb["orgs"]),
        "organisation_codes": len({o[0] for o in kb["orgs"] if o[2] in ("igo", "court", "ngo")}),
        "seats": len(kb["seats"]),
        "people": len(kb["people"]),
        "people_with_dated_roles": sum(1 for p in kb["people"] if any(s[3] for s in p[2])),
        "hand_curated_people": sum(1 for p in kb["people"] if p[3]),
        "role_noun_groups": len(kb["roles"]),
        "aliases": len(kb["aliases"]),
    }


if __name__ == "__main__":
    import sys

    print(json.dumps(build(Path(sys.argv[1]) if len(sys.argv) > 1 else None), indent=2))
