"""Rule-based detokenisation: which treebank tokens are followed by a space.

The treebank has no whitespace. Norwegian news typography: no space before , . : ; ! ? ) »,
no space after ( «, straight quotes open and close alternately, everything else spaced
(including the dialogue dash ``– Vi`` and ``10 %``).
"""

from __future__ import annotations

NO_SPACE_BEFORE = frozenset({",", ".", ":", ";", "!", "?", ")", "]", "}", "»", "”", "...", "…"})
NO_SPACE_AFTER = frozenset({"(", "[", "{", "«", "“", "„"})
STRAIGHT_QUOTES = frozenset({'"', "'"})


def spaces_after(forms: list[str]) -> list[bool]:
    """For each token of a paragraph, whether a space follows it (False for the last)."""
    n = len(forms)
    spaces = [True] * n
    open_quote: dict[str, bool] = {q: False for q in STRAIGHT_QUOTES}
    for i, form in enumerate(forms):
        if form in STRAIGHT_QUOTES:
            if open_quote[form]:  # closing quote: glued to the previous token
                if i > 0:
                    spaces[i - 1] = False
            else:  # opening quote: glued to the next token
                spaces[i] = False
            open_quote[form] = not open_quote[form]
        elif form in NO_SPACE_BEFORE and i > 0:
            spaces[i - 1] = False
        if form in NO_SPACE_AFTER:
            spaces[i] = False
    if n:
        spaces[-1] = False
    # Never glue two words together: a token after a glued opener must not itself be glued.
    return spaces


def detokenise(forms: list[str]) -> str:
    """The paragraph text the tokens most plausibly came from."""
    spaces = spaces_after(forms)
    return "".join(f + (" " if s else "") for f, s in zip(forms, spaces, strict=True))
