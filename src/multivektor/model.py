"""Record types that flow through Multivektor, and their JSON form.

Every record that comes out of an article keeps character offsets (``start``, ``end``,
end exclusive) into ``Article.text`` as stored, so its evidence can always be shown.
The JSON form of :class:`ArticleResult` is the prediction format of the evaluation
(``../shared/eval/FORMAT.md``) with PLOVER field names, plus extra fields.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

#: The 16 PLOVER event categories.
PLOVER_EVENTS: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)

#: Actor sectors (GUIDE.md §1).
SECTORS: tuple[str, ...] = (
    "GOV", "MIL", "POL", "LEG", "JUD", "PTY", "OPP", "REB", "BUS", "MED", "CVL", "NGO",
    "EDU", "REL",
)


def _drop_none(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v is not None}


@dataclass(slots=True)
class Removal:
    """A piece of page furniture the cleaner removed from the raw text, kept for the record."""

    text: str
    reason: str
    raw_start: int  # offset in the raw text before cleaning


@dataclass(slots=True)
class Article:
    """One news article as stored: offsets of every later record refer to ``text``."""

    id: str
    text: str
    title: str = ""
    date: str | None = None  # ISO date, YYYY-MM-DD (or YYYY-MM when that is all we know)
    url: str | None = None
    publisher: str | None = None
    author: str | None = None
    lang: str | None = None  # "nb", "nn", or another ISO 639-1 code
    origin: str | None = None  # where it was read: "path", "path:line", or a WARC record id
    removed: list[Removal] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        return _drop_none(d)

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Article:
        removed = [Removal(**r) for r in d.get("removed", [])]
        keys = {"id", "text", "title", "date", "url", "publisher", "author", "lang", "origin"}
        return cls(**{k: v for k, v in d.items() if k in keys}, removed=removed)


@dataclass(slots=True)
class Mention:
    """A span of the article that names (or refers to) an actor, resolved where possible."""

    start: int
    end: int
    text: str
    kind: str  # "person", "state", "org", "capital", "role", "pronoun", "group", ...
    code: str | None = None  # ISO alpha-3 or IGO code
    sector: str | None = None
    name: str | None = None  # canonical name ("Vladimir Putin")
    role: str | None = None  # "HOS", "HOG", "FM", ...
    confidence: float = 1.0
    source: str = "kb"  # "ner", "kb", "memory", "pronoun"

    def to_json(self) -> dict[str, Any]:
        return _drop_none(asdict(self))


@dataclass(slots=True)
class Actor:
    """An event participant: the coded actor and the words of the article that name it."""

    code: str
    sector: str | None = None
    text: str | None = None
    name: str | None = None
    start: int | None = None
    end: int | None = None

    def to_json(self) -> dict[str, Any]:
        return _drop_none(asdict(self))


@dataclass(slots=True)
class Evidence:
    """A span of text that shows an event (the cue and its sentence)."""

    text: str  # the evidence sentence
    start: int
    end: int
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None

    def to_json(self) -> dict[str, Any]:
        return _drop_none(asdict(self))


@dataclass(slots=True)
class Event:
    """One PLOVER event: who did what to whom, when, and the text that shows it."""

    event: str
    actor: list[Actor]
    recipient: list[Actor] = field(default_factory=list)
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    date: str | None = None
    negated: bool = False
    nominal: bool = False
    background: bool = False  # reports an earlier event, not the article's news
    evidence: list[Evidence] = field(default_factory=list)
    cameo: str | None = None  # CAMEO root code, "01".."20"
    quad_class: int | None = None  # 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material
    score: float | None = None  # PLOVER/Goldstein-like intensity, -10..+10
    confidence: float = 1.0
    rule: str | None = None  # the lexicon entry or rule that produced it (explainability)

    @property
    def text(self) -> str:
        return self.evidence[0].text if self.evidence else ""

    def to_json(self) -> dict[str, Any]:
        first = self.evidence[0] if self.evidence else None
        d: dict[str, Any] = {
            "event": self.event,
            "mode": self.mode,
            "context": self.context,
            "actor": [a.to_json() for a in self.actor],
            "recipient": [r.to_json() for r in self.recipient],
            "date": self.date,
            "negated": self.negated,
            "nominal": self.nominal,
            "background": self.background,
            "text": first.text if first else None,
            "start": first.start if first else None,
            "end": first.end if first else None,
            "evidence": [e.to_json() for e in self.evidence],
            "cameo": self.cameo,
            "quad_class": self.quad_class,
            "score": self.score,
            "confidence": round(self.confidence, 3),
            "rule": self.rule,
        }
        return _drop_none(d)


@dataclass(slots=True)
class Quote:
    """A direct or indirect quote with its speaker."""

    text: str
    start: int
    end: int
    kind: str = "direct"  # "direct" or "indirect"
    speaker: str | None = None  # full name as first mentioned, or the institution
    code: str | None = None
    sector: str | None = None
    speaker_text: str | None = None  # the words that attribute it ("sa han")
    speaker_start: int | None = None
    speaker_end: int | None = None

    def to_json(self) -> dict[str, Any]:
        return _drop_none(asdict(self))


@dataclass(slots=True)
class Source:
    """A news agency or medium the article cites, normalised (``NTB``, ``Reuters``)."""

    name: str
    text: str
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class ArticleResult:
    """Everything extracted from one article."""

    article: Article
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # stages that failed, and why
    doc: Any = field(default=None, repr=False)  # the spaCy Doc, not serialised

    def source_names(self) -> list[str]:
        return list(dict.fromkeys(s.name for s in self.sources))

    def to_json(self) -> dict[str, Any]:
        """The prediction record of FORMAT.md (``id``, ``events``, ``quotes``, ``sources``)."""
        a = self.article
        return _drop_none({
            "id": a.id,
            "date": a.date,
            "lang": a.lang,
            "title": a.title,
            "events": [e.to_json() for e in self.events],
            "quotes": [q.to_json() for q in self.quotes],
            "sources": self.source_names(),
            "source_mentions": [s.to_json() for s in self.sources],
            "errors": self.errors or None,
        })


@dataclass(slots=True)
class Skip:
    """An input that yielded no article, and why (reported, never a traceback).

    ``error`` is True for inputs that are broken (unreadable, malformed), False for inputs
    that are fine but out of scope (another language, a page with no article).
    """

    origin: str
    reason: str
    error: bool = False
    id: str | None = None  # the article id, where the input named one
