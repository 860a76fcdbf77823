"""The compiled actor knowledge base: loading and dated look-ups.

The file ``data/generated/kb.json`` is made by :mod:`multivektor.actors.build`. It holds

- ``aliases``: lookup key (see :func:`~multivektor.actors.normalize.norm`) -> entries
  ``[type, ref, form, case]`` where type is ``s`` state, ``a`` state adjective, ``d`` demonym,
  ``c`` capital, ``t`` seat of power, ``o`` organisation, ``p`` person, ``r`` role noun; form is
  ``n`` name, ``g`` genitive, ``s`` surname, ``sg`` surname genitive, ``a``/``d`` adjective and
  demonym forms; case is 0 (any), 1 (capital initial) or 2 (capitals as written);
- ``states``, ``orgs``, ``seats``, ``roles``, ``people`` (name, Wikidata id, spells
  ``[code, role, sector, start, end, class]``, hand-curated flag) and ``office``
  (``"CODE|ROLE"`` -> spells ``[start, end, person, class]``) for "who held it on that date".
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from multivektor.actors.normalize import norm

KB_PATH = Path(__file__).parent / "data" / "generated" / "kb.json"

#: How strongly a role makes a person the one meant by a bare surname.
ROLE_WEIGHT = {"HOS": 10, "HOG": 9, "SG": 9, "FM": 8, "VP": 7, "DEF": 7, "LEADER": 6,
               "FIN": 6, "CHIEF": 6, "SPOKES": 5, "INT": 5, "JUS": 5, "SPEAKER": 5,
               "DEP_HOG": 4, "MIN": 3, "AMB": 3, "OTHER": 3, "OTHER_MIN": 2}
#: States and organisations that Norwegian news is mostly about (ties go their way).
NEWSWORTHY = set(
    "NOR SWE DNK FIN ISL USA RUS UKR CHN GBR FRA DEU ITA ESP POL NLD BEL TUR ISR PSE IRN IRQ SYR "
    "LBN SAU QAT EGY ARE JPN KOR PRK IND PAK AFG KAZ BLR GEO ARM AZE MDA HUN SRB CAN MEX BRA "
    "ARG VEN ZAF NGA ETH SDN NER MLI AUS IDN TWN EST LVA LTU GRL UN NATO EU".split())
_FIRST_WORD = re.compile(r"\w+")


def first_word(key: str) -> str:
    m = _FIRST_WORD.match(key)
    return m.group() if m else key[:1]


def month_index(date: str) -> int:
    """Months since year 0 of an ISO date (or YYYY-MM, YYYY)."""
    y = int(date[:4])
    m = int(date[5:7]) if len(date) >= 7 else 6
    return y * 12 + m


class KnowledgeBase:
    """Read-only look-ups over the compiled file."""

    def __init__(self, data: dict[str, Any]) -> None:
        self._aliases: dict[str, str] = data["aliases"]
        self._people: list[str] = data["people"]
        self._decoded: dict[str, list[list[Any]]] = {}
        self._person_cache: dict[int, tuple[str, str, list[list[str]], bool]] = {}
        self.states: dict[str, dict[str, Any]] = data["states"]
        self.orgs: list[list[str]] = data["orgs"]
        self.seats: list[list[str]] = data["seats"]
        self.roles: list[list[str]] = data["roles"]
        self.office: dict[str, list[list[Any]]] = data["office"]
        self.parties: dict[str, str] = data["parties"]
        self.stop: set[str] = set(data["stop"])
        self.genders: dict[str, str] = data["genders"]
        #: regional adjective -> member states ("nordiske": NOR, SWE, DNK, FIN, ISL)
        self.region_groups: dict[str, list[str]] = data["region_groups"]
        #: regional adjective -> the states of the region ("vestafrikanske": BEN, BFA, ...)
        self.region_adjectives: dict[str, list[str]] = {
            **data.get("region_adjectives", {}), **self.region_groups}
        self.first_words = set(data["first_words"])
        self.max_words = 8

    # -- names ---------------------------------------------------------------------------
    def entries(self, key: str) -> list[list[Any]]:
        """Alias entries ``[type, ref, form, case]`` for a normalised key."""
        found = self._decoded.get(key)
        if found is None:
            raw = self._aliases.get(key)
            found = []
            if raw:
                for item in raw.split(";"):
                    t, ref, form, case = item.split(" ")
                    found.append([t, int(ref) if t in "potr" else ref, form, int(case)])
            self._decoded[key] = found
        return found

    def lookup(self, text: str) -> list[list[Any]]:
        """Alias entries for a surface form (case rules not applied)."""
        return self.entries(norm(text))

    def __contains__(self, key: str) -> bool:
        return key in self._aliases

    def person(self, idx: int) -> tuple[str, str, list[list[str]], bool]:
        """(name, Wikidata id, spells, hand-curated) of person ``idx``."""
        found = self._person_cache.get(idx)
        if found is None:
            name, qid, hand, spells = self._people[idx].split("\t")
            rows = [s.split(",") for s in spells.split(";")] if spells else []
            found = (name, qid, rows, hand == "1")
            self._person_cache[idx] = found
        return found

    @property
    def n_people(self) -> int:
        return len(self._people)

    def state_name(self, code: str, lang: str = "nb") -> str | None:
        st = self.states.get(code)
        return st[lang] if st else None

    def org_name(self, code: str) -> str | None:
        for o in self.orgs:
            if o[0] == code and o[2] in ("igo", "court", "ngo"):
                return o[5]
        return None

    def name_of(self, code: str) -> str | None:
        return self.state_name(code) or self.org_name(code)

    def org_at(self, idx: int, date: str | None) -> list[str]:
        """The organisation row for the date (rows with the same name differ by period)."""
        row = self.orgs[idx]
        if not date or not (row[3] or row[4]):
            return row
        if (not row[3] or row[3] <= date) and (not row[4] or date <= row[4] + "-99"):
            return row
        name = row[5]
        for other in self.orgs:
            if other[5] == name and (not other[3] or other[3] <= date) and (
                    not other[4] or date <= other[4] + "-99"):
                return other
        return row

    def gender(self, name: str | None) -> str | None:
        """"f" or "m" from the first name of a full name, None when unknown."""
        if not name or " " not in name.strip():
            return None
        return self.genders.get(norm(name.split()[0]))

    # -- people and offices -------------------------------------------------------------
    def person_spell(self, idx: int, date: str | None) -> tuple[list[Any], bool]:
        """The spell that says who the person acts for on ``date``, and whether it is current.

        In office: the highest-ranked spell that covers the date. Out of office: the spell
        nearest in time. No date: the most recent spell.
        """
        spells = self.person(idx)[2]
        if not spells:
            return ["", "", None, "", "", "p"], False
        if date:
            active = [s for s in spells
                      if (not s[3] or s[3] <= date) and (not s[4] or date <= s[4])]
            if active:
                return max(active, key=lambda s: (ROLE_WEIGHT.get(s[1], 1), s[3] or "")), True
            d = month_index(date)

            def distance(s: list[Any]) -> int:
                if s[3] and month_index(s[3]) > d:
                    return month_index(s[3]) - d
                if s[4]:
                    return d - month_index(s[4])
                return 0

            return min(spells, key=lambda s: (distance(s), -ROLE_WEIGHT.get(s[1], 1))), False
        current = [s for s in spells if not s[4]]
        pool = current or spells
        return max(pool, key=lambda s: (s[3] or "", ROLE_WEIGHT.get(s[1], 1))), bool(current)

    def person_score(self, idx: int, date: str | None) -> float:
        """How likely a bare surname means this person (higher is likelier)."""
        spell, active = self.person_spell(idx, date)
        score = ROLE_WEIGHT.get(spell[1], 1) * 5.0
        if active:
            score += 100
        elif date and spell[3]:
            gap = abs(month_index(date) - month_index(spell[4] or spell[3])) / 12
            score -= min(gap, 20) * 4
        if self.person(idx)[3]:
            score += 10
        if spell[0] in NEWSWORTHY:
            score += 15
        return score

    def holders(self, code: str, role: str, date: str | None,
                title: str | None = None) -> list[int]:
        """People holding ``role`` for ``code`` on ``date`` (the current holders without date).

        ``title`` "p" prefers presidents and prime ministers, "m" monarchs and supreme leaders.
        """
        spells = self.office.get(f"{code}|{role}", [])
        if date:
            found = [s for s in spells if (not s[0] or s[0] <= date) and (not s[1] or date <= s[1])]
        else:
            found = [s for s in spells if not s[1]]
        if title and len(found) > 1:
            pref = [s for s in found if s[3] == title]
            found = pref or found
        found.sort(key=lambda s: s[0] or "", reverse=True)
        return [s[2] for s in found]


@lru_cache(maxsize=1)
def load_kb(path: str | None = None) -> KnowledgeBase:
    """Load the compiled knowledge base (once per process)."""
    with open(path or KB_PATH, encoding="utf-8") as fh:
        return KnowledgeBase(json.load(fh))
