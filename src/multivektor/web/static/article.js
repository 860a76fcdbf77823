// Article page: the text with every event's evidence, each quote and each cited source
// highlighted from their offsets; clicking an item (or the text) shows what belongs to it.
"use strict";

const ACTIVE_CLASSES = ["on", "on-actor", "on-recipient", "on-quote", "on-speaker"];
const ROLE_CLASS = {
  ev: "on", cue: "on", actor: "on-actor", recipient: "on-recipient", quote: "on-quote",
  speaker: "on-speaker", source: "on", mention: "on",
};

/** Spans to mark: {start, end, cls (base class or null), key (item), role}. */
function collectSpans(art) {
  const spans = [];
  const add = (start, end, cls, key, role) => {
    if (Number.isInteger(start) && Number.isInteger(end) && end > start) {
      spans.push({start, end, cls, key, role});
    }
  };
  art.events.forEach((ev, k) => {
    const key = `e${k}`;
    for (const x of ev.evidence.length ? ev.evidence : [{start: ev.start, end: ev.end}]) {
      add(x.start, x.end, "ev", key, "ev");
      add(x.cue_start, x.cue_end, "cue", key, "cue");
    }
    for (const a of ev.actor) add(a.start, a.end, null, key, "actor");
    for (const r of ev.recipient) add(r.start, r.end, null, key, "recipient");
  });
  art.quotes.forEach((q, j) => {
    add(q.start, q.end, "quote", `q${j}`, "quote");
    add(q.speaker_start, q.speaker_end, null, `q${j}`, "speaker");
  });
  art.sources.forEach((s, i) => add(s.start, s.end, "source", `s${i}`, "source"));
  art.mentions.forEach((m, i) => add(m.start, m.end, "mention", `m${i}`, "mention"));
  return spans;
}

/** The text split at every span boundary; each piece knows which spans cover it. */
function renderText(text, spans, onPick) {
  const chars = MV.chars(text);
  const n = chars.length;
  const cuts = new Set([0, n]);
  for (const s of spans) {
    s.start = Math.max(0, Math.min(n, s.start));
    s.end = Math.max(0, Math.min(n, s.end));
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const bounds = [...cuts].sort((a, b) => a - b);
  const root = MV.el("div", {class: "article-text show-ev show-quote show-source"});
  const segments = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const [a, b] = [bounds[i], bounds[i + 1]];
    if (a === b) continue;
    const covering = spans.filter((s) => s.start <= a && s.end >= b);
    const piece = chars.slice(a, b).join("");
    if (!covering.length) {
      root.append(piece);
      continue;
    }
    const classes = new Set(["seg"]);
    for (const s of covering) if (s.cls) classes.add(s.cls);
    const node = MV.el("span", {class: [...classes].join(" ")}, piece);
    node.refs = covering.map((s) => [s.key, s.role]);
    node.addEventListener("click", () => onPick(node.refs));
    segments.push(node);
    root.append(node);
  }
  return {root, segments};
}

function eventItem(ev) {
  return [
    MV.el("div", {}, MV.eventBadge(ev), " ",
      MV.el("span", {class: "roles"},
        MV.el("span", {class: "a"}, ev.actor.map((a) => a.code).join(", ") || "?"), " → ",
        MV.el("span", {class: "r"}, ev.recipient.map((r) => r.code).join(", ") || "–"))),
    MV.el("div", {class: "snippet"}, MV.evidence(ev)),
  ];
}

function quoteItem(q) {
  const who = q.speaker || "unknown speaker";
  const text = q.text.length > 160 ? q.text.slice(0, 160) + "…" : q.text;
  return [
    MV.el("div", {}, MV.el("strong", {}, who), q.code ? [" ", MV.el("span", {class: "code"}, q.code)] : "",
      " ", MV.el("span", {class: "badge light"}, q.kind || "quote")),
    MV.el("div", {class: "snippet"}, `«${text}»`),
  ];
}

function section(title, count, items) {
  return MV.el("section", {class: "card"}, MV.el("h2", {}, `${title} `,
    MV.el("span", {class: "muted"}, `(${count})`)), items);
}

function render(art, wanted) {
  const spans = collectSpans(art);
  const listItems = new Map(); // key -> li
  let view;

  function activate(key, scroll) {
    for (const seg of view.segments) seg.classList.remove(...ACTIVE_CLASSES);
    for (const li of listItems.values()) li.classList.remove("active");
    let first = null;
    for (const seg of view.segments) {
      for (const [k, role] of seg.refs) {
        if (k !== key) continue;
        seg.classList.add(ROLE_CLASS[role]);
        if (!first && role !== "actor" && role !== "recipient" && role !== "speaker") first = seg;
      }
    }
    const li = listItems.get(key);
    if (li) li.classList.add("active");
    if (scroll === "text" && first) first.scrollIntoView({block: "center", behavior: "smooth"});
    if (scroll === "list" && li) li.scrollIntoView({block: "nearest", behavior: "smooth"});
  }

  view = renderText(art.text, spans, (refs) => {
    const pick = refs.find(([k]) => k.startsWith("e")) || refs.find(([k]) => k.startsWith("q"))
      || refs[0];
    if (pick) activate(pick[0], "list");
  });

  const list = (items, prefix, build) => MV.el("ul", {class: "items"}, items.map((item, i) => {
    const key = `${prefix}${i}`;
    const li = MV.el("li", {tabindex: 0, onclick: () => activate(key, "text"),
      onkeydown: (e) => { if (e.key === "Enter") activate(key, "text"); }}, build(item));
    listItems.set(key, li);
    return li;
  }));

  const toggles = [["ev", "event evidence (cue in bold)"], ["quote", "quotes"],
    ["source", "cited sources"], ["mention", "actor mentions"]];
  const legend = MV.el("div", {class: "legend"}, toggles.map(([cls, label]) =>
    MV.el("label", {}, MV.el("input", {type: "checkbox", checked: cls !== "mention",
      onchange: (e) => view.root.classList.toggle(`show-${cls}`, e.target.checked)}),
    MV.el("span", {class: `swatch ${cls}`}), label)),
  MV.el("span", {class: "muted"}, "Selected event: ",
    MV.el("span", {class: "roles"}, MV.el("span", {class: "a"}, "actor"), " ",
      MV.el("span", {class: "r"}, "recipient"))));

  const meta = MV.el("dl", {class: "meta"},
    MV.el("dt", {}, "id"), MV.el("dd", {}, MV.el("span", {class: "code"}, art.id)),
    MV.el("dt", {}, "date"), MV.el("dd", {}, art.date || "–"),
    MV.el("dt", {}, "language"), MV.el("dd", {}, art.lang || "–"),
    art.publisher ? [MV.el("dt", {}, "publisher"), MV.el("dd", {}, art.publisher)] : null,
    art.author ? [MV.el("dt", {}, "author"), MV.el("dd", {}, art.author)] : null,
    art.url ? [MV.el("dt", {}, "url"), MV.el("dd", {}, MV.el("a", {href: art.url, rel: "noreferrer"}, art.url))] : null,
    art.origin ? [MV.el("dt", {}, "read from"), MV.el("dd", {class: "small"}, art.origin)] : null);

  const side = MV.el("div", {},
    section("Events", art.events.length, art.events.length ? list(art.events, "e", eventItem)
      : MV.el("p", {class: "empty"}, "No events found in this article.")),
    section("Quotes", art.quotes.length, art.quotes.length ? list(art.quotes, "q", quoteItem)
      : MV.el("p", {class: "empty"}, "No quotes.")),
    section("Cited sources", art.sources.length, art.sources.length
      ? list(art.sources, "s", (s) => [MV.el("strong", {}, s.name), s.text !== s.name
        ? MV.el("span", {class: "muted"}, ` “${s.text}”`) : ""])
      : MV.el("p", {class: "empty"}, "None cited.")),
    MV.el("section", {class: "card"}, MV.el("h2", {}, "Article"), meta,
      MV.el("p", {class: "small"}, MV.el("a", {href: MV.url("/events", {article: art.id})},
        "these events in the table"), " · ", MV.el("a", {href: `/api/articles/${encodeURIComponent(art.id)}`},
        "JSON"))));

  document.title = `${art.title || art.id} · Multivektor`;
  document.getElementById("article").replaceChildren(
    MV.el("h1", {lang: art.lang || null}, art.title || art.id),
    MV.el("div", {class: "article-layout"},
      MV.el("section", {class: "card"}, legend, MV.el("div", {lang: art.lang || null}, view.root)),
      side));
  if (wanted !== null && art.events[wanted]) activate(`e${wanted}`, "text");
}

async function main() {
  const p = MV.params();
  const id = p.get("id");
  const target = document.getElementById("article");
  if (!id) {
    target.replaceChildren(MV.el("h1", {}, "Article"), MV.el("p", {},
      "No article chosen: pick one from the ", MV.el("a", {href: "/"}, "overview"), " or the ",
      MV.el("a", {href: "/events"}, "events table"), "."));
    return;
  }
  try {
    const art = await MV.api(`/api/articles/${encodeURIComponent(id)}`);
    const idx = p.get("event");
    const wanted = idx === null ? null : art.events.findIndex((e) => String(e.idx) === idx);
    render(art, wanted === -1 ? null : wanted);
  } catch (e) {
    target.replaceChildren();
    MV.showError(document.getElementById("error"), e);
  }
}

document.addEventListener("DOMContentLoaded", main);
