"""Norwegian press spellings of names from Cyrillic-script states.

Two routes, both after Språkrådet's transcription of Russian and Ukrainian:

- :func:`cyrillic_to_norwegian` transcribes a native Cyrillic name (Шойгу -> Sjojgu);
- :func:`english_to_norwegian` rewrites an English transliteration (Shoygu -> Sjojgu,
  Tokayev -> Tokajev, Zelenskyy -> Zelenskyj, Yermak -> Jermak).

Both are used at build time to add the Norwegian spellings as aliases.
"""

from __future__ import annotations

import re

_VOWELS = "aeiouyæøåAEIOUYÆØÅ"

# Russian, with the Ukrainian and Belarusian letters that differ.
_CYR = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "jo", "ж": "zj",
    "з": "z", "и": "i", "й": "j", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "tsj", "ш": "sj", "щ": "sjtsj", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "ju",
    "я": "ja", "є": "je", "і": "i", "ї": "ji", "ґ": "g", "ў": "u", "'": "", "’": "",
}
_UKRAINIAN = {"г": "h", "и": "y"}
_UKRAINIAN_LETTERS = set("єіїґ")
_CYR_VOWELS = set("аеёиоуыэюяєіїў")


def cyrillic_to_norwegian(name: str, ukrainian: bool | None = None) -> str:
    """Transcribe a Cyrillic name (Russian rules; Ukrainian ones where it is Ukrainian).

    Russian е is written je at the start of a word and after a vowel or ь/ъ; -ий/-ый
    endings come out as -ij/-yj (Dmitrij, Zelenskyj).
    """
    if ukrainian is None:
        ukrainian = any(ch in _UKRAINIAN_LETTERS for ch in name.lower())
    out: list[str] = []
    prev = ""
    for ch in name:
        low = ch.lower()
        if low not in _CYR:
            out.append(ch)
            prev = low
            continue
        rep = _UKRAINIAN.get(low, _CYR[low]) if ukrainian else _CYR[low]
        if low == "е" and not ukrainian and (not prev.isalpha() or prev in _CYR_VOWELS
                                               or prev in "ьъ"):
            rep = "je"
        if low == "ё" and prev in "жчшщ":
            rep = "o"
        if ch != low and rep:
            rep = rep[0].upper() + rep[1:]
        out.append(rep)
        prev = low
    return "".join(out)


_EN_RULES: list[tuple[str, str]] = [
    (r"kh", "\x00"),  # kh stays kh ("Askhat", not "Asjat")
    (r"shch", "sjtsj"), (r"zh", "zj"), (r"sh", "sj"), (r"ch", "tsj"),
    (r"yy\b", "yj"), (r"iy\b", "ij"), (r"yi\b", "yj"),
    (r"y(?=[aeiou])", "j"),
    (r"(?<=[aeiou])y", "j"),
    (r"(?<=[bcdfghklmnprstvz])y\b", "ij"),
    (r"x", "ks"),
    ("\x00", "kh"),
]


def english_to_norwegian(name: str) -> str:
    """Rewrite an English transliteration of a Cyrillic name the Norwegian way."""

    def word(w: str) -> str:
        cap = w[:1].isupper()
        s = w.lower()
        for pat, rep in _EN_RULES:
            s = re.sub(pat, rep, s)
        return s[:1].upper() + s[1:] if cap else s

    return re.sub(r"[A-Za-z]+", lambda m: word(m.group()), name)


def reorder_native(native: str, english: str) -> str:
    """Put a native "Surname Given Patronymic" name in the order of its English label.

    Patronymics are dropped when the English label has none.
    """
    parts = [p for p in re.split(r"\s+", native.strip().strip('"')) if p]
    en_parts = english.split()
    if len(parts) < 2 or not en_parts:
        return " ".join(parts)
    translit = [english_to_norwegian(cyrillic_to_norwegian(p)).lower() for p in parts]
    order: list[int] = []
    for en in en_parts:
        en_n = english_to_norwegian(en).lower()
        best, score = -1, 0.0
        for i, t in enumerate(translit):
            if i in order:
                continue
            s = _similarity(en_n, t)
            if s > score:
                best, score = i, s
        if best >= 0 and score >= 0.5:
            order.append(best)
    if len(order) != len(en_parts):
        return " ".join(parts)
    return " ".join(parts[i] for i in order)


def _similarity(a: str, b: str) -> float:
    from difflib import SequenceMatcher

    return SequenceMatcher(None, a, b).ratio()
