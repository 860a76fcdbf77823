"""Per-category figures and a category confusion table for event predictions.

``python -m multivektor.events.evaluate GOLD.jsonl PRED.jsonl`` — the matching follows the
evaluation's rules (FORMAT.md): same category; CONSULT and compound events without recipient
compared as one participant set (two shared codes, one if gold has one), other events as
actor set -> recipient set (a shared code on each side, or both recipient sets empty).
The confusion table matches events on participants alone, to show which category the coder
chose where the gold standard has another.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from multivektor.model import PLOVER_EVENTS


def gold_codes(entries) -> frozenset[str]:
    """The upper-case codes of an event's actor or recipient list (codes or objects with a
    ``code``), as the scorer reads them."""
    out = set()
    for e in entries or []:
        code = e.get("code") if isinstance(e, dict) else e
        if code:
            out.add(str(code).upper())
    return frozenset(out)


def _key(ev: dict) -> tuple | None:
    cat = str(ev.get("event", "")).upper()
    actors, recips = gold_codes(ev.get("actor")), gold_codes(ev.get("recipient"))
    if not cat or not actors or ev.get("negated"):
        return None
    sym = cat == "CONSULT" or (len(actors) >= 2 and not recips)
    return (cat, sym, actors | recips if sym else actors, frozenset() if sym else recips)


def _overlap(g: tuple, p: tuple, same_category: bool = True) -> float:
    if same_category and g[0] != p[0]:
        return 0.0
    if g[1] or p[1]:
        gs, ps = g[2] | g[3], p[2] | p[3]
        if len(gs & ps) < min(2, len(gs)):
            return 0.0
        return len(gs & ps) / len(gs | ps)
    if not g[2] & p[2] or ((g[3] or p[3]) and not g[3] & p[3]):
        return 0.0
    gs, ps = g[2] | g[3], p[2] | p[3]
    return len(gs & ps) / len(gs | ps)


def _match(gold: list[tuple], pred: list[tuple], same_category: bool = True):
    pairs = sorted(((_overlap(g, p, same_category), i, j) for i, g in enumerate(gold)
                    for j, p in enumerate(pred)), reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for s, i, j in pairs:
        if s <= 0:
            break
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        out.append((i, j))
    return out


def _read(path: Path) -> dict[str, list[tuple]]:
    """Each article's distinct event keys."""
    return {aid: list(dict.fromkeys(k for k, _ in keyed))
            for aid, keyed in _read_flags(path).items()}


def evaluate(gold_path: Path, pred_path: Path) -> str:
    """A Markdown report: per-category precision/recall/F1 and the confusion table."""
    gold, pred = _read(gold_path), _read(pred_path)
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    confusion: Counter[tuple[str, str]] = Counter()
    for aid, gk in gold.items():
        pk = pred.get(aid, [])
        matched = _match(gk, pk)
        mg, mp = {i for i, _ in matched}, {j for _, j in matched}
        for i, g in enumerate(gk):
            (tp if i in mg else fn)[g[0]] += 1
        for j, p in enumerate(pk):
            if j not in mp:
                fp[p[0]] += 1
        # confusion: unmatched events paired on participants alone
        rest_g = [g for i, g in enumerate(gk) if i not in mg]
        rest_p = [p for j, p in enumerate(pk) if j not in mp]
        loose = _match(rest_g, rest_p, same_category=False)
        lg, lp = {i for i, _ in loose}, {j for _, j in loose}
        for i, g in enumerate(gk):
            if i in mg:
                confusion[(g[0], g[0])] += 1
        for i, j in loose:
            confusion[(rest_g[i][0], rest_p[j][0])] += 1
        for i, g in enumerate(rest_g):
            if i not in lg:
                confusion[(g[0], "(none)")] += 1
        for j, p in enumerate(rest_p):
            if j not in lp:
                confusion[("(none)", p[0])] += 1
    lines = ["| category | gold | pred | tp | P | R | F1 |", "|---|---:|---:|---:|---:|---:|---:|"]

    def prf(t: int, f_p: int, f_n: int) -> tuple[float, float, float]:
        p = t / (t + f_p) if t + f_p else 0.0
        r = t / (t + f_n) if t + f_n else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    for cat in PLOVER_EVENTS:
        t, f_p, f_n = tp[cat], fp[cat], fn[cat]
        p, r, f = prf(t, f_p, f_n)
        lines.append(f"| {cat} | {t + f_n} | {t + f_p} | {t} | {p:.2f} | {r:.2f} | {f:.2f} |")
    p, r, f = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    lines.append(f"| **all** | {sum(tp.values()) + sum(fn.values())} | "
                 f"{sum(tp.values()) + sum(fp.values())} | {sum(tp.values())} | {p:.2f} | "
                 f"{r:.2f} | {f:.2f} |")
    cats = [c for c in PLOVER_EVENTS if any(k[0] == c or k[1] == c for k in confusion)]
    cols = [*cats, "(none)"]
    lines += ["", "Confusion (rows: gold category, columns: predicted category; `(none)` = no "
              "event with those participants):", "",
              "| gold \\ pred | " + " | ".join(c[:4] for c in cols) + " |",
              "|---|" + "---:|" * len(cols)]
    for g in [*cats, "(none)"]:
        row = [str(confusion.get((g, c), "") or "·") for c in cols]
        lines.append(f"| {g} | " + " | ".join(row) + " |")
    return "\n".join(lines)


def _read_flags(path: Path) -> dict[str, list[tuple[tuple, bool]]]:
    """Each article's event keys with their ``background`` flags, in file order."""
    out: dict[str, list[tuple[tuple, bool]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            out[d["id"]] = [(k, bool(e.get("background"))) for e in d.get("events", [])
                            if (k := _key(e)) is not None]
    return out


def background_flag(gold_path: Path, pred_path: Path) -> str:
    """Precision and recall of the predicted ``background`` flag on matched events."""
    gold, pred = _read_flags(gold_path), _read_flags(pred_path)
    counts: Counter[tuple[bool, bool]] = Counter()
    for aid, gk in gold.items():
        pk = pred.get(aid, [])
        for i, j in _match([k for k, _ in gk], [k for k, _ in pk]):
            counts[(gk[i][1], pk[j][1])] += 1
    tp, fp, fn = counts[(True, True)], counts[(False, True)], counts[(True, False)]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return (f"background flag on {sum(counts.values())} matched events: P {p:.2f} R {r:.2f} "
            f"(tp {tp}, fp {fp}, fn {fn})")


def timing(path: Path, repeat: int = 3) -> str:
    """Time the NLP, actor and event stages separately over the articles of ``path``."""
    import time

    from multivektor import nlp
    from multivektor.actors import find_mentions
    from multivektor.events import code_events
    from multivektor.model import Article

    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()] * repeat
    words = sum(len(r["text"].split()) for r in rows)
    t0 = time.perf_counter()
    parsed = []
    for lang in ("nb", "nn"):
        group = [r for r in rows if r.get("lang", "nb") == lang]
        for r, doc in zip(group, nlp.load(lang).pipe(r["text"] for r in group), strict=True):
            parsed.append((Article(id=r["id"], text=r["text"], title=r.get("title", ""),
                                   date=r.get("date")), doc))
    t1 = time.perf_counter()
    found = [(a, doc, find_mentions(doc, a)) for a, doc in parsed]
    t2 = time.perf_counter()
    for a, doc, mentions in found:
        code_events(doc, mentions, a)
    t3 = time.perf_counter()
    return (f"{len(rows)} articles, {words} words: NLP {t1 - t0:.2f} s ({words / (t1 - t0):,.0f} "
            f"words/s), actors {t2 - t1:.2f} s, events {t3 - t2:.2f} s "
            f"({words / (t3 - t2):,.0f} words/s) = {100 * (t3 - t2) / (t1 - t0):.1f}% of the NLP "
            "time")


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "--speed":
        print(timing(Path(argv[1])))
        return 0
    if len(argv) != 2:
        print("usage: python -m multivektor.events.evaluate GOLD.jsonl PRED.jsonl\n"
              "       python -m multivektor.events.evaluate --speed ARTICLES.jsonl",
              file=sys.stderr)
        return 2
    print(evaluate(Path(argv[0]), Path(argv[1])))
    print()
    print(background_flag(Path(argv[0]), Path(argv[1])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
