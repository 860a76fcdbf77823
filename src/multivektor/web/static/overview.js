// Overview page: counts, events by category, top dyads, latest articles and quotes.
"use strict";

function statBox(n, label) {
  return MV.el("div", {class: "stat"}, MV.el("div", {class: "n"}, MV.num(n)),
    MV.el("div", {class: "label"}, label));
}

function categoryChart(rows) {
  if (!rows.length) return MV.el("p", {class: "empty"}, "No events yet.");
  const barH = 20, gap = 6, left = 96, right = 48, width = 520;
  const max = Math.max(...rows.map((r) => r.n));
  const height = rows.length * (barH + gap);
  const svg = MV.svg("svg", {width, height, viewBox: `0 0 ${width} ${height}`, role: "img",
    "aria-label": "Events by PLOVER category"});
  const tone = {coop: "var(--coop2)", conf: "var(--conf4)", neutral: "var(--neutral)"};
  rows.forEach((r, i) => {
    const y = i * (barH + gap);
    const w = Math.max(2, ((width - left - right) * r.n) / max);
    const link = MV.svg("a", {href: MV.url("/events", {event: r.event, negated: "false"})});
    link.append(
      MV.svg("text", {x: left - 8, y: y + barH * 0.72, "text-anchor": "end", "font-size": 12},
        r.event),
      MV.svg("rect", {class: "bar", x: left, y, width: w, height: barH, rx: 2,
        fill: tone[MV.TONE[r.event] || "neutral"]}, MV.svg("title", {}, `${r.event}: ${r.n}`)),
      MV.svg("text", {x: left + w + 6, y: y + barH * 0.72, "font-size": 12}, MV.num(r.n)));
    svg.append(link);
  });
  return svg;
}

function dyadTable(rows) {
  if (!rows.length) return MV.el("p", {class: "empty"}, "No dyads yet.");
  const body = rows.map((r) => MV.el("tr", {},
    MV.el("td", {}, MV.el("span", {class: "code"}, r.actor)),
    MV.el("td", {}, MV.el("span", {class: `badge t-${MV.TONE[r.event] || "neutral"}`}, r.event)),
    MV.el("td", {}, r.recipient ? MV.el("span", {class: "code"}, r.recipient)
      : MV.el("span", {class: "muted"}, "–")),
    MV.el("td", {class: "num"}, MV.el("a", {href: MV.url("/events",
      {actor: r.actor, recipient: r.recipient, event: r.event, negated: "false"})}, MV.num(r.n)))));
  return MV.el("table", {}, MV.el("thead", {}, MV.el("tr", {}, MV.el("th", {}, "Actor"),
    MV.el("th", {}, "Event"), MV.el("th", {}, "Recipient"), MV.el("th", {class: "num"}, "n"))),
  MV.el("tbody", {}, body));
}

function articleList(rows) {
  if (!rows.length) return MV.el("p", {class: "empty"}, "No articles yet.");
  return MV.el("table", {}, MV.el("tbody", {}, rows.map((a) => MV.el("tr", {},
    MV.el("td", {class: "small muted"}, a.date || "–"),
    MV.el("td", {lang: a.lang || null}, MV.articleLink(a.id, a.title || a.id)),
    MV.el("td", {class: "num small muted", title: "events / quotes"}, `${a.events} / ${a.quotes}`)))));
}

function quoteList(rows) {
  if (!rows.length) return MV.el("p", {class: "empty"}, "No quotes yet.");
  return MV.el("div", {}, rows.map((q) => MV.el("div", {style: "margin-bottom:.6rem"},
    MV.el("div", {}, MV.el("strong", {}, q.speaker || "unknown speaker"), " ",
      MV.el("span", {class: "small muted"}, `${q.date || ""} · `, MV.articleLink(q.article_id, "article"))),
    MV.el("blockquote", {class: "q"}, `«${q.text.length > 220 ? q.text.slice(0, 220) + "…" : q.text}»`))));
}

async function main() {
  const error = document.getElementById("error");
  try {
    const [stats, arts, quotes] = await Promise.all([
      MV.api("/api/stats", {top: 12}),
      MV.api("/api/articles", {limit: 8}),
      MV.api("/api/quotes", {limit: 5}),
    ]);
    const c = stats.counts;
    const d = stats.dates;
    const langs = d.languages.map((l) => `${l.lang} ${l.n}`).join(", ");
    document.getElementById("stats").replaceChildren(
      statBox(c.articles, "articles" + (langs ? ` (${langs})` : "")),
      statBox(c.events, "events"),
      statBox(c.quotes, "quotes"),
      statBox(c.sources, "cited sources"),
      statBox(c.mentions, "actor mentions"),
      MV.el("div", {class: "stat"}, MV.el("div", {class: "n", style: "font-size:1.05rem;padding:.35rem 0"},
        d.first ? `${d.first} – ${d.last}` : "–"), MV.el("div", {class: "label"}, "article dates")));
    document.getElementById("categories").replaceChildren(categoryChart(stats.events_by_category));
    document.getElementById("dyads").replaceChildren(dyadTable(stats.top_dyads));
    document.getElementById("articles").replaceChildren(articleList(arts.articles));
    document.getElementById("quotes").replaceChildren(quoteList(quotes.quotes));
  } catch (e) {
    MV.showError(error, e);
  }
}

document.addEventListener("DOMContentLoaded", main);
