"""Accuracy of the resolver on a test list (``tests/actors/mentions.tsv``).

Each row gives a mention, a date, optionally a context text (the last occurrence of the
mention in it is resolved with the article memory), the expected code ("-" for a place,
not an actor) and optionally the expected sector. A row is correct when the code matches
and, where a sector is given, the sector too.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from multivektor.actors.memory import ArticleActors
from multivektor.actors.resolution import Resolution
from multivektor.actors.resolver import resolve


@dataclass(slots=True)
class Outcome:
    case: str
    mention: str
    date: str
    expected: str
    expected_sector: str
    got: Resolution | None
    code_ok: bool
    sector_ok: bool

    @property
    def ok(self) -> bool:
        return self.code_ok and self.sector_ok


def read_rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def run_row(row: dict[str, str]) -> Outcome:
    mention, date, context = row["mention"], row["date"] or None, row.get("context") or ""
    if context:
        offset = context.rfind(mention)
        if offset < 0:
            offset = context.lower().rfind(mention.lower())
        actors = ArticleActors.from_text(context, date)
        got = actors.resolve_at(context[offset:offset + len(mention)], offset)
    else:
        got = resolve(mention, date)
    exp, exp_sector = row["code"], row.get("sector") or ""
    if exp == "-":
        code_ok = got is None or got.place or got.code is None
        sector_ok = True
    else:
        code_ok = got is not None and got.code == exp and not got.place
        sector_ok = not exp_sector or (got is not None and got.sector == exp_sector)
    return Outcome(row["case"], mention, row["date"], exp, exp_sector, got, code_ok, sector_ok)


def evaluate(path: Path) -> list[Outcome]:
    return [run_row(r) for r in read_rows(path)]


def report(path: Path) -> str:
    """Accuracy overall and per case, and the wrong rows."""
    from collections import defaultdict

    outcomes = evaluate(path)
    by_case: dict[str, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        by_case[o.case].append(o)
    ok = sum(o.ok for o in outcomes)
    lines = [f"accuracy {ok}/{len(outcomes)} = {ok / len(outcomes):.1%} "
             f"(code {sum(o.code_ok for o in outcomes)}/{len(outcomes)})", ""]
    for case, rows in by_case.items():
        lines.append(f"  {case:18} {sum(o.ok for o in rows):3}/{len(rows)}")
    wrong = [o for o in outcomes if not o.ok]
    if wrong:
        lines.append("")
        lines.append("wrong:")
        for o in wrong:
            got = (o.got.code, o.got.sector, o.got.name) if o.got else None
            lines.append(f"  {o.case}: {o.mention!r} {o.date} expected {o.expected} "
                         f"{o.expected_sector} got {got}")
    return "\n".join(lines)


def evaluate_articles(folder: Path) -> list[tuple[str, str, str, str | None, bool]]:
    """Blind check of whole articles: ``folder/gold.tsv`` lists (article, date, surface,
    occurrence, expected code) for ``folder/<article>.txt``; returns (article, surface,
    expected, got, ok) per row. "-" expects a place or nothing coded."""
    out = []
    cache: dict[str, tuple[str, ArticleActors]] = {}
    for row in read_rows(folder / "gold.tsv"):
        aid = row["article"]
        if aid not in cache:
            text = (folder / f"{aid}.txt").read_text(encoding="utf-8")
            cache[aid] = (text, ArticleActors.from_text(text, row["date"]))
        text, actors = cache[aid]
        start = -1
        for _ in range(int(row["n"]) + 1):
            start = text.find(row["surface"], start + 1)
        end = start + len(row["surface"])
        over = [m for m in actors.mentions if m.start < end and start < m.end and m.code]
        over.sort(key=lambda m: -(min(end, m.end) - max(start, m.start)))
        got = over[0] if over else None
        if row["code"] == "-":
            ok = got is None or (got.kind in ("capital", "region") and got.confidence < 0.5)
        else:
            ok = got is not None and got.code == row["code"]
        out.append((aid, row["surface"], row["code"], got.code if got else None, ok))
    return out


if __name__ == "__main__":
    import sys

    target = Path(sys.argv[1] if len(sys.argv) > 1 else "tests/actors/mentions.tsv")
    if target.is_dir():
        rows = evaluate_articles(target)
        good = sum(r[4] for r in rows)
        print(f"articles: {good}/{len(rows)} = {good / len(rows):.1%}")
        for r in rows:
            if not r[4]:
                print(f"  {r[0]} {r[1]!r}: expected {r[2]} got {r[3]}")
    else:
        print(report(target))
