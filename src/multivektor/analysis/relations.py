"""Dyadic time series and the multi-vector balance of a country's relations.

Events are counted per period between two actors (both directions), split by quad class:
verbal and material cooperation (quad 1, 2) and verbal and material conflict (quad 3, 4).
``net`` is cooperation minus conflict, and ``intensity`` the sum of the events' PLOVER scores.
Events flagged ``background`` (an earlier event the article recalls, dated by the article, not
by when it happened) and negated events are left out.

The *balance* of a country over a set of partners (by default the four poles Russia, China,
the United States and the EU) is each partner's share of the country's cooperative events in
a period, and its *evenness*: the normalised entropy of those shares, 1.0 when cooperation is
spread evenly over all partners (a true multi-vector policy), 0.0 when it goes to one.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from multivektor.store import Store

PERIODS = ("day", "week", "month", "quarter", "year")
POLES = ("RUS", "CHN", "USA", "EU")

_DYAD_SQL = """
WITH pairs AS (
    SELECT e.article_id, e.idx, e.day, e.quad_class, e.score,
           a.code AS actor, r.code AS recipient
    FROM events e
    JOIN event_actors a ON a.article_id = e.article_id AND a.event_idx = e.idx
         AND a.role = 'actor'
    JOIN event_actors r ON r.article_id = e.article_id AND r.event_idx = e.idx
         AND r.role = 'recipient'
    WHERE NOT e.negated AND NOT coalesce(e.background, false) AND e.day IS NOT NULL
          AND a.code <> r.code
)
SELECT CAST(date_trunc('{period}', day) AS DATE) AS period,
       {partner_expr} AS partner,
       count(DISTINCT (article_id, idx)) AS events,
       count(DISTINCT (article_id, idx)) FILTER (WHERE quad_class = 1) AS verbal_coop,
       count(DISTINCT (article_id, idx)) FILTER (WHERE quad_class = 2) AS material_coop,
       count(DISTINCT (article_id, idx)) FILTER (WHERE quad_class = 3) AS verbal_conflict,
       count(DISTINCT (article_id, idx)) FILTER (WHERE quad_class = 4) AS material_conflict,
       round(sum(score), 2) AS intensity
FROM pairs
WHERE {where}
GROUP BY ALL
ORDER BY period, partner
"""


def _check_period(period: str) -> None:
    if period not in PERIODS:
        raise ValueError(f"unknown period {period!r}: choose one of {', '.join(PERIODS)}")


def _finish(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    for row in rows:
        coop = row["verbal_coop"] + row["material_coop"]
        conflict = row["verbal_conflict"] + row["material_conflict"]
        row["cooperation"], row["conflict"], row["net"] = coop, conflict, coop - conflict
    return rows


def dyad_series(store: Store, a: str, b: str, period: str = "month") -> list[dict[str, Any]]:
    """Events between ``a`` and ``b`` (either direction) per period."""
    _check_period(period)
    sql = _DYAD_SQL.format(
        period=period, partner_expr="?",
        where="(actor = ? AND recipient = ?) OR (actor = ? AND recipient = ?)",
    )
    return _finish(store.query(sql, [b.upper(), a.upper(), b.upper(), b.upper(), a.upper()]))


def balance(store: Store, country: str, partners: Sequence[str] = POLES,
            period: str = "quarter") -> list[dict[str, Any]]:
    """Per period: the country's relations with each partner, each partner's share of its
    cooperation, and the evenness of that spread (see the module docstring)."""
    _check_period(period)
    country = country.upper()
    partners = [p.upper() for p in partners]
    marks = ", ".join("?" for _ in partners)
    sql = _DYAD_SQL.format(
        period=period,
        partner_expr="CASE WHEN actor = ? THEN recipient ELSE actor END",
        where=f"(actor = ? AND recipient IN ({marks})) OR (recipient = ? AND actor IN ({marks}))",
    )
    rows = _finish(store.query(sql, [country, country, *partners, country, *partners]))
    by_period: dict[Any, dict[str, dict[str, Any]]] = {}
    for row in rows:
        by_period.setdefault(row["period"], {})[row["partner"]] = row
    out = []
    for period_start, per_partner in sorted(by_period.items()):
        total_coop = sum(r["cooperation"] for r in per_partner.values())
        shares = {p: (per_partner[p]["cooperation"] / total_coop if total_coop else 0.0)
                  if p in per_partner else 0.0 for p in partners}
        out.append({
            "period": period_start,
            "partners": {p: per_partner.get(p, _empty(p)) for p in partners},
            "coop_share": {p: round(s, 3) for p, s in shares.items()},
            "evenness": round(evenness(list(shares.values())), 3) if total_coop else None,
        })
    return out


def _empty(partner: str) -> dict[str, Any]:
    return {"partner": partner, "events": 0, "cooperation": 0, "conflict": 0, "net": 0,
            "verbal_coop": 0, "material_coop": 0, "verbal_conflict": 0,
            "material_conflict": 0, "intensity": None}


def evenness(shares: Sequence[float]) -> float:
    """Normalised Shannon entropy of shares: 1.0 for an even spread, 0.0 for one partner."""
    k = len(shares)
    if k < 2:
        return 0.0
    h = -sum(s * math.log(s) for s in shares if s > 0)
    return h / math.log(k)
