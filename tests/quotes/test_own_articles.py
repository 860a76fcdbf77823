"""Ten short articles written for this test (nb and nn), scored like the evaluation does:
a predicted direct quote matches a gold one when it contains the gold start words, and the
speaker is right when the last names agree."""

from __future__ import annotations

import json
import re
from pathlib import Path

from multivektor.model import Article
from multivektor.quotes import extract_quotes, extract_sources

DATA = Path(__file__).parent / "data" / "own_articles.jsonl"


def _norm(s: str) -> str:
    s = re.sub(r"[«»\"“”„'’‘–—-]", " ", (s or "").lower())
    return " ".join(re.sub(r"[^\w\s]", " ", s).split())


def test_own_articles_reach_the_targets() -> None:
    tp = fp = fn = ok = 0
    s_tp = s_fp = s_fn = 0
    for line in DATA.read_text(encoding="utf-8").splitlines():
        g = json.loads(line)
        art = Article(id=g["id"], text=g["text"])
        pred = [q for q in extract_quotes(None, [], art) if q.kind == "direct"]
        used: set[int] = set()
        for gq in g["quotes"]:
            hit = next((i for i, q in enumerate(pred)
                        if i not in used and _norm(gq["start"]) in _norm(q.text)), None)
            if hit is None:
                fn += 1
                continue
            used.add(hit)
            tp += 1
            ok += _norm(pred[hit].speaker or "").split()[-1:] == _norm(gq["speaker"]).split()[-1:]
        fp += len(pred) - len(used)
        gs = {_norm(s) for s in g["sources"]}
        ps = {_norm(s.name) for s in extract_sources(art)}
        s_tp, s_fp, s_fn = s_tp + len(gs & ps), s_fp + len(ps - gs), s_fn + len(gs - ps)
    f1 = 2 * tp / (2 * tp + fp + fn)
    s_f1 = 2 * s_tp / (2 * s_tp + s_fp + s_fn)
    assert f1 >= 0.95, (tp, fp, fn)
    assert ok / tp >= 0.92
    assert s_f1 >= 0.90, (s_tp, s_fp, s_fn)
