"""Explain how the coder reads a sentence: parse, actors, cues, events (or why none)."""

from __future__ import annotations

from dataclasses import dataclass, field

from multivektor.events.coder import Trace, code_events
from multivektor.model import Article, Event, Mention


@dataclass(slots=True)
class Explanation:
    """Everything the coder saw and decided for one text."""

    lang: str
    tokens: list[tuple[int, str, str, str, str, int, str]] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    trace: list[str] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def render(self) -> str:
        lines = [f"language: {self.lang}", "", "parse (i form lemma POS NDT-tag head dep):"]
        for i, form, lem, pos, tag, head, dep in self.tokens:
            lines.append(f"  {i:>3} {form:<18} {lem:<16} {pos:<6} {tag:<8} {head:>3} {dep}")
        lines += ["", "actors:"]
        lines += [f"  {m.text!r} [{m.start}:{m.end}] {m.kind} -> {m.code or '?'}"
                  f"{'/' + m.sector if m.sector else ''} ({m.source})" for m in self.mentions]
        if not self.mentions:
            lines.append("  (none)")
        lines += ["", "cues and decisions:"]
        lines += [f"  {t}" for t in self.trace] or ["  (no cue from the lexicon matched)"]
        lines += ["", "events:"]
        for e in self.events:
            lines.append(
                f"  {e.event}{'/' + e.mode if e.mode else ''}: "
                f"{'+'.join(a.code for a in e.actor)} -> "
                f"{'+'.join(r.code for r in e.recipient) or '-'}"
                f"{'  (negated: not counted)' if e.negated else ''}"
                f"{'  (nominal)' if e.nominal else ''}"
                f"{'  (background: an earlier event)' if e.background else ''}"
                f"  cameo {e.cameo}, quad {e.quad_class}, "
                f"score {e.score}, confidence {e.confidence}, context {','.join(e.context)}"
                f"\n    rule: {e.rule}\n    cue: {e.evidence[0].cue!r}")
        if not self.events:
            lines.append("  (none)")
        return "\n".join(lines)


def explain(text: str, date: str | None = None, lang: str | None = None,
            title: str = "") -> Explanation:
    """Run the NLP, actor and event stages on ``text`` and record every decision."""
    from multivektor import nlp

    if lang is None:
        try:
            from multivektor.ingest.standard import detect

            lang = detect(text).lang
        except Exception:  # detection is a nicety here
            lang = "nb"
        if lang not in ("nb", "nn"):
            lang = "nb"
    article = Article(id="explain", text=text, title=title, date=date, lang=lang)
    doc = nlp.load(lang)(text)
    try:
        from multivektor.actors import find_mentions

        mentions = find_mentions(doc, article)
    except ImportError:
        mentions = []
    try:  # quotes tell who says "vi" inside a quotation, as in ``extract``
        from multivektor.quotes import extract_quotes

        quotes = extract_quotes(doc, mentions, article)
    except ImportError:
        quotes = []
    trace = Trace()
    # one sentence says too little for the article-scope filter: explain it regardless
    events = code_events(doc, mentions, article, trace, check_scope=False, quotes=quotes)
    tokens = [(t.i, t.text, t.lemma_, t.pos_, t.tag_, t.head.i, t.dep_) for t in doc
              if not t.is_space]
    return Explanation(lang=lang, tokens=tokens, mentions=mentions, trace=trace.lines,
                       events=events)
