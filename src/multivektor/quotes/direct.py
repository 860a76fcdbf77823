"""Find direct quotes: dialogue-dash paragraphs, «guillemets» and "double quotes".

Phase one finds quote spans and their attribution clause (``, sa han.``) on the text alone;
phase two (in ``extract``) resolves the speakers once all quote spans are known, so that
names inside quotes never serve as antecedents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from multivektor.quotes import lexicon
from multivektor.quotes.textutil import ABBREVIATIONS, paragraphs

#: Nouns that make a following «…» a title or a name, not a quote.
TITLE_NOUNS = lexicon.words("title_nouns")
#: Verbs before an embedded «…» that name rather than quote ("det han kaller «…»").
NAMING = lexicon.words("naming_verbs")
#: Verbs that introduce an embedded partial quote ("lovet at … «…»") besides speech verbs.
EMBED_VERBS = lexicon.words("embed_verbs")


@cache
def _verbs() -> str:
    return lexicon.speech_verb_pattern()


@cache
def _attr_after() -> re.Pattern[str]:
    """Attribution right after a quote: ``, sa han`` / ``? sa presidenten`` / ``. Det sa X``."""
    v = _verbs()
    return re.compile(
        rf"(?P<a>(?P<p>[,?!…]+)[»”\"]?\s+(?:(?:også|òg|videre|vidare)\s+)?"
        rf"(?P<v>{v}|ifølge(?!\w)|ifølgje(?!\w)))"
        rf"|(?P<b>(?P<p2>[.!?…]+)[»”\"]?\s+(?:Det|Dette|Slik)\s+(?P<v2>{v}))"
        rf"|(?P<c>(?P<p3>[,.])[»”\"]?\s+(?P<v3>heter|heiter|het|heitte|står|stod|sto)\s+det\b)"
    )


_SENT_STOP = re.compile(r",\s*[–—―‒-]\s+|[.!?…](?=[\s»”\"]|$)")


@dataclass(slots=True)
class RawQuote:
    """A quote span before speaker resolution."""

    parts: list[tuple[int, int]]
    style: str  # "dash", "guillemet", "double"
    attr: tuple[int, int, int] | None = None  # (clause start, verb end, clause end)
    colon: tuple[int, int] | None = None  # an introducing clause ending in ":" before it
    embedded: bool = False
    para: int = 0
    inherit: bool = False  # a dash right after the attribution of the previous quote

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


def _clause_end(text: str, pos: int, limit: int) -> tuple[int, bool]:
    """End of the attribution clause from ``pos``; True when the quote resumes (``, –``)."""
    for m in _SENT_STOP.finditer(text, pos, limit):
        if m.group().startswith("."):
            w = re.search(r"([\w.]+)$", text[pos:m.start()])
            if w and (w.group(1).lower() in ABBREVIATIONS or (
                    len(w.group(1)) == 1 and w.group(1).isupper())):
                continue
        if m.group().startswith(","):
            return m.start(), True
        return m.start(), False
    return limit, False


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in "–—―‒-«»\"“”„"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:«»\"“”„–—―‒"):
        e -= 1
    return s, e


_FIRST_PERSON = re.compile(r"\s*(?:jeg|eg|vi|du|dere|me|meg|oss)\b")


def _find_attr(text: str, s: int, limit: int) -> re.Match[str] | None:
    """The first attribution after ``s``; ``, tror jeg,`` inside a quote is none."""
    while True:
        m = _attr_after().search(text, s, limit)
        if m is None:
            return None
        v_end = m.end("v") if m.group("a") else m.end("v2") if m.group("b") else m.end("v3")
        if not _FIRST_PERSON.match(text, v_end):
            return m
        s = v_end


def dash_quotes(text: str) -> list[RawQuote]:
    """Quotes opened by a dialogue dash, at paragraph start or after a sentence."""
    out: list[RawQuote] = []
    for pi, (ps, pe) in enumerate(paragraphs(text)):
        starts = []
        m0 = re.match(r"[–—―‒]\s*|-\s+", text[ps:pe])
        if m0:
            starts.append(ps + m0.end())
        colons = {}
        for m in re.finditer(r"(?<=[.!?…»”\":])\s+[–—―‒-]\s+(?=\S)", text[ps:pe]):
            starts.append(ps + m.end())
            if text[ps + m.start() - 1] == ":":
                colons[ps + m.end()] = ps + m.start()
        for k, qs in enumerate(starts):
            limit = starts[k + 1] if k + 1 < len(starts) else pe
            q = _dash_region(text, qs, limit, pi)
            if q is None:
                continue
            if qs in colons:
                dot = text.rfind(". ", ps, colons[qs])
                sent_start = dot + 2 if dot >= 0 else ps
                q.colon = (sent_start, colons[qs])
            elif k > 0 and out and out[-1].para == pi:
                q.inherit = True
            elif not m0 and q.attr is None:
                # a dash after a sentence mid-paragraph with no attribution is no quote
                continue
            if q.attr is None and q.colon is None and _bullet(text, q):
                continue
            out.append(q)
    return out


def _bullet(text: str, q: RawQuote) -> bool:
    """A dash line of a fact box or list: short and without closing punctuation."""
    body = text[q.start:q.end].rstrip()
    if re.match(r"(?:\d{1,4}\.?(?:\s+\w+){0,2}|[A-ZÆØÅ]\w*(?:\s\w+)?):\s", body):
        return True  # "– 2014: Russland annekterer Krim." in a time line
    return _words(body) < 15 and not re.search(r"[.!?…»”\"]$", body)


def _dash_region(text: str, qs: int, limit: int, pi: int) -> RawQuote | None:
    parts = []
    s = qs
    attr = None
    while True:
        m = _find_attr(text, s, limit)
        if m is None:
            parts.append(_trim(text, s, limit))
            break
        p_end = (m.end("p") if m.group("a") else m.end("p2") if m.group("b") else m.start("p3"))
        if m.group("a") and m.group("p").startswith(","):
            p_end = m.start("p")
        parts.append(_trim(text, s, p_end))
        vend = m.end("v") if m.group("a") else m.end("v2") if m.group("b") else m.end("v3")
        clause_start = m.start("v") if m.group("a") else (
            m.start("p2") + len(m.group("p2")) if m.group("b") else m.start("v3"))
        cend, resumes = _clause_end(text, vend, limit)
        if attr is None:
            attr = (clause_start, vend, cend)
        if not resumes:
            break
        s = re.compile(r",\s*[–—―‒-]\s+").match(text, cend).end()
    parts = [(a, b) for a, b in parts if b > a]
    if not parts:
        return None
    return RawQuote(parts=parts, style="dash", attr=attr, para=pi)


_PAIRS = {"«": "»", "“": "”", "„": "“"}


def _pairs(text: str) -> list[tuple[int, int, str]]:
    """(open, close, style) of balanced «…», “…”, „…“ and "…" pairs; a quote that runs
    over paragraphs continues where the next paragraph opens with «."""
    out = []
    paras = paragraphs(text)
    stack: list[int] = []
    for k, (ps, pe) in enumerate(paras):
        for i in range(ps, pe):
            c = text[i]
            if c == "«":
                if i == ps and stack and k > 0:
                    continue  # continuation of a quote from the previous paragraph
                stack.append(i)
            elif c == "»" and stack:
                o = stack.pop()
                if not stack:
                    out.append((o, i, "guillemet"))
        nxt = paras[k + 1] if k + 1 < len(paras) else None
        if stack and not (nxt and text[nxt[0]] == "«"):
            stack = []
        # straight and curly double quotes pair within the paragraph
        seg = text[ps:pe]
        opened = None
        for m in re.finditer(r"[\"“”„]", seg):
            c, i = m.group(), ps + m.start()
            if opened is None and c in "\"“„":
                prev = text[i - 1] if i > ps else " "
                if prev.isspace() or prev in "(–—:" or i == ps:
                    opened = i
            elif opened is not None and c in "\"”“":
                nxt_c = text[i + 1] if i + 1 < len(text) else " "
                if not nxt_c.isalnum():
                    out.append((opened, i, "double"))
                    opened = None
    return sorted(out)


def _words(s: str) -> int:
    return len(re.findall(r"\w+", s))


def mark_quotes(text: str) -> list[RawQuote]:
    """Guillemet and double-quote quotes (scare quotes and titles left out)."""
    out: list[RawQuote] = []
    paras = paragraphs(text)
    for o, c, style in _pairs(text):
        qs, qe = _trim(text, o + 1, c)
        if qe <= qs:
            continue
        pi = next((k for k, (ps, pe) in enumerate(paras) if ps <= o < pe), 0)
        ps = paras[pi][0]
        before = text[ps:o].rstrip()
        standalone = not before or before[-1] in ".!?:–—" or before.endswith(("–", ":"))
        content = text[qs:qe]
        n = _words(content)
        after = _attr_after().match(text, c) or _attr_after().match(text, c + 1)
        if after is not None and after.group("b") and not standalone:
            after = None  # "… «partial quote». Dette skriver X." cites X for the sentence
        m_after = re.match(rf"\s*[,.!?]?\s*(?P<v>{_verbs()})", text[c + 1:c + 60])
        q = RawQuote(parts=[(qs, qe)], style=style, para=pi)
        inner = [k for k, (a, _b) in enumerate(paras) if qs < a < qe]
        if inner:
            # a quote over several paragraphs: one quote per paragraph, the same speaker
            spans = [(qs, paras[pi][1])] + [
                (paras[k][0], min(paras[k][1], qe)) for k in inner]
            for n_part, (a, b) in enumerate(spans):
                ta, tb = _trim(text, a, b)
                if tb <= ta:
                    continue
                if n_part == len(spans) - 1:
                    q.parts, q.para = [(ta, tb)], inner[-1]
                else:
                    out.append(RawQuote(parts=[(ta, tb)], style=style,
                                        para=pi if n_part == 0 else inner[n_part - 1]))
        if after is None and m_after is not None:
            vend = c + 1 + m_after.end("v")
            cend, _ = _clause_end(text, vend, paras[pi][1] if pi < len(paras) else len(text))
            q.attr = (c + 1 + m_after.start("v"), vend, cend)
        elif after is not None:
            g = "a" if after.group("a") else "b" if after.group("b") else "c"
            v = {"a": "v", "b": "v2", "c": "v3"}[g]
            cend, _ = _clause_end(text, after.end(v), len(text))
            q.attr = (after.start(v), after.end(v), cend)
        if standalone:
            if n < 3 and q.attr is None:
                continue
            if before.endswith(":"):
                q.colon = (ps, ps + len(before))
        else:
            prev_words = re.findall(r"[\w-]+", before.lower())[-2:]
            titled = bool(prev_words) and (prev_words[-1] in TITLE_NOUNS or (
                len(prev_words) == 2 and prev_words[0] in TITLE_NOUNS
                and re.fullmatch(r"hans|hennes|hennar|deira|deres|sin|si|sitt|nye|siste|"
                                 r"første|fyrste|kjente|berømte|omstridte", prev_words[1])))
            if n < 5 or titled or prev_words[-1:] and prev_words[-1] in NAMING:
                continue
            if all(w[:1].isupper() for w in re.findall(r"[^\W\d_]+", content)):
                continue
            q.embedded = q.attr is None
        out.append(q)
    return out


_FURNITURE = re.compile(r"(?:Les også|Les òg|Les mer|Sjå òg|Se også|Foto|Video)\s*:", re.I)


def find_raw_quotes(text: str) -> list[RawQuote]:
    """All direct quote spans of the article, in text order, without nested duplicates."""
    paras = paragraphs(text)
    furniture = [(s, e) for s, e in paras if _FURNITURE.match(text, s)]
    dashes = [q for q in dash_quotes(text)
              if not any(s <= q.start < e for s, e in furniture)]
    marks = [q for q in mark_quotes(text) if not any(s <= q.start < e for s, e in furniture)]
    out = list(dashes)
    for q in marks:
        if any(d.start - 2 <= q.start and q.end <= d.end + 2 for d in dashes):
            continue
        if any(d.start <= q.start < d.end for d in dashes):
            continue
        out.append(q)
    out.sort(key=lambda q: q.start)
    return out
