// Quotes page: quotes with their speakers, filtered by part of the speaker's name.
"use strict";

function quoteRow(q) {
  return MV.el("tr", {},
    MV.el("td", {class: "small", style: "white-space:nowrap"}, q.date || "–"),
    MV.el("td", {}, MV.el("strong", {}, q.speaker || "unknown"),
      q.code ? [" ", MV.el("span", {class: "code"}, q.code)] : ""),
    MV.el("td", {}, MV.el("blockquote", {class: "q"}, `«${q.text}»`),
      MV.el("div", {class: "small muted"}, `${q.kind} · `, MV.el("a", {href: MV.url("/article",
        {id: q.article_id})}, q.title || q.article_id))));
}

async function main() {
  const form = document.getElementById("filters");
  const p = MV.params();
  form.elements.speaker.value = p.get("speaker") || "";
  form.elements.limit.value = p.get("limit") || "50";
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    window.location.search = MV.url("", {speaker: form.elements.speaker.value.trim(),
      limit: form.elements.limit.value}).slice(1);
  });
  const list = document.getElementById("list");
  try {
    const data = await MV.api("/api/quotes", {speaker: form.elements.speaker.value,
      limit: form.elements.limit.value});
    if (!data.quotes.length) {
      list.replaceChildren(MV.el("p", {class: "empty"}, "No quotes found."));
      return;
    }
    list.replaceChildren(MV.el("table", {}, MV.el("thead", {}, MV.el("tr", {},
      ["Date", "Speaker", "Quote"].map((h) => MV.el("th", {}, h)))),
    MV.el("tbody", {}, data.quotes.map(quoteRow))));
  } catch (e) {
    list.replaceChildren();
    MV.showError(document.getElementById("error"), e);
  }
}

document.addEventListener("DOMContentLoaded", main);
