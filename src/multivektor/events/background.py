"""Is an event sentence about an earlier event ("background", GUIDE.md) or today's news?

Rules from ``lexicon/background.yaml``: a year before the article's ("i 2018", "siden 2014"),
a month earlier in the article's year ("i mars"), a past phrase ("i fjor", "forrige uke",
"den gang"), or the past perfect ("hadde signert"). Measured on the dev and owndev gold
flags of matched events (benchmarks/events.md): precise more than complete — an unflagged
event may still be background, a flagged one usually is.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from pathlib import Path

import yaml

BACKGROUND_PATH = Path(__file__).parent / "lexicon" / "background.yaml"


@cache
def _rules() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str],
                      dict[str, int]]:
    data = yaml.safe_load(BACKGROUND_PATH.read_text(encoding="utf-8"))
    phrases = sorted((str(p) for p in data["phrases"]), key=len, reverse=True)
    phrase_re = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b")
    year_re = re.compile(r"\b(?:" + "|".join(map(re.escape, map(str, data["year_preps"])))
                         + r")\s+((?:19|20)\d\d)\b")
    aux = "|".join(map(re.escape, map(str, data["perfect_aux"])))
    # "hadde (ikke) signert", "hadde trukket seg": the auxiliary and a past participle
    perfect_re = re.compile(rf"\b(?:{aux})\s+(?:\w+\s+)?\w+(?:et|t|tt|dd|d|a)\b")
    months = {str(m): i + 1 for i, m in enumerate(data["months"])}
    month_re = re.compile(r"\bi\s+(" + "|".join(months) + r")\b")
    return phrase_re, year_re, perfect_re, month_re, months


@lru_cache(maxsize=4096)
def is_background(sentence: str, article_date: str | None) -> bool:
    """True when ``sentence`` places its event before the article's news (remembered: a
    sentence often holds several events)."""
    phrase_re, year_re, perfect_re, month_re, months = _rules()
    low = sentence.lower()
    if phrase_re.search(low) or perfect_re.search(low):
        return True
    if not article_date or len(article_date) < 4 or not article_date[:4].isdigit():
        return False
    year = int(article_date[:4])
    if any(int(m.group(1)) < year for m in year_re.finditer(low)):
        return True
    if len(article_date) >= 7 and article_date[5:7].isdigit():
        month = int(article_date[5:7])
        return any(months[m.group(1)] < month for m in month_re.finditer(low))
    return False
