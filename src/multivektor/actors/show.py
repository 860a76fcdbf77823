"""Text listing of what the knowledge base knows of one code (``multivektor actors show``)."""

from __future__ import annotations

from multivektor.actors.kb import ROLE_WEIGHT, load_kb


def describe(code: str, date: str | None = None, limit: int = 40) -> str:
    kb = load_kb()
    lines: list[str] = []
    st = kb.states.get(code)
    if st:
        lines.append(f"{code}  {st['nb']} / {st['nn']}")
        lines.append("  names:      " + ", ".join(st["names"]))
        if st["adj"]:
            lines.append("  adjectives: " + ", ".join(st["adj"]))
        if st["cap"]:
            lines.append("  capitals:   " + ", ".join(st["cap"]))
    seats = [s for s in kb.seats if s[0] == code]
    if seats:
        lines.append("  seats and bodies: " + ", ".join(f"{s[2]} ({s[1]}, {s[3]})" for s in seats))
    orgs = [o for o in kb.orgs if o[0] == code]
    if orgs:
        lines.append("  organisations and groups:")
        for o in orgs:
            period = f" {o[3] or '…'}–{o[4] or '…'}" if o[3] or o[4] else ""
            lines.append(f"    {o[5]} ({o[2]}, {o[1]}){period}")
    people = []
    for idx in range(kb.n_people):
        name, qid, spells, hand = kb.person(idx)
        for s in spells:
            if s[0] != code:
                continue
            if date and not ((not s[3] or s[3] <= date) and (not s[4] or date <= s[4])):
                continue
            people.append((s[3] or "", name, s))
    if people:
        people.sort(key=lambda p: (p[0], -ROLE_WEIGHT.get(p[2][1], 1)), reverse=True)
        lines.append(f"  people ({len(people)} spells, newest first):")
        for _, name, s in people[:limit]:
            lines.append(f"    {name:32} {s[1]:9} {s[2]:4} {s[3] or '…'} – {s[4] or '…'}")
    return "\n".join(lines)
