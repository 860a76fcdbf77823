// Events page: a filter form kept in the URL, a table of events, paging.
"use strict";

const FIELDS = ["actor", "recipient", "event", "from", "to", "article", "negated"];
const FLAGS = ["either"];
const PAGE = 50;

function currentFilters() {
  const p = MV.params();
  const out = {};
  for (const f of FIELDS) out[f] = p.get(f) || "";
  for (const f of FLAGS) out[f] = p.get(f) === "true" ? "true" : "";
  out.offset = Math.max(0, parseInt(p.get("offset") || "0", 10) || 0);
  return out;
}

function fillForm(form, filters) {
  for (const f of FIELDS) form.elements[f].value = filters[f];
  for (const f of FLAGS) form.elements[f].checked = filters[f] === "true";
}

function pager(node, data, filters) {
  const first = data.total ? data.offset + 1 : 0;
  const last = Math.min(data.offset + data.events.length, data.total);
  const go = (offset) => () => { window.location.search = MV.url("", {...filters, offset}).slice(1); };
  node.replaceChildren(
    MV.el("button", {class: "plain", disabled: data.offset <= 0,
      onclick: go(Math.max(0, data.offset - PAGE))}, "← previous"),
    MV.el("span", {class: "muted"}, `${MV.num(first)}–${MV.num(last)} of ${MV.num(data.total)} events`),
    MV.el("button", {class: "plain", disabled: last >= data.total,
      onclick: go(data.offset + PAGE)}, "next →"));
}

function table(events) {
  if (!events.length) return MV.el("p", {class: "empty"}, "No events match these filters.");
  const rows = events.map((ev) => MV.el("tr", {},
    MV.el("td", {class: "small", style: "white-space:nowrap"}, ev.date || "–"),
    MV.el("td", {}, MV.eventBadge(ev)),
    MV.el("td", {}, MV.actors(ev.actor)),
    MV.el("td", {}, MV.actors(ev.recipient)),
    MV.el("td", {}, MV.evidence(ev),
      MV.el("div", {class: "small muted"}, MV.el("a", {href: MV.url("/article",
        {id: ev.article_id, event: ev.idx})}, ev.title || ev.article_id),
        ev.rule ? ` · rule: ${ev.rule}` : ""))));
  return MV.el("table", {}, MV.el("thead", {}, MV.el("tr", {},
    ["Date", "Event", "Actor", "Recipient", "Evidence"].map((h) => MV.el("th", {}, h)))),
  MV.el("tbody", {}, rows));
}

async function main() {
  const form = document.getElementById("filters");
  const select = document.getElementById("event-select");
  for (const cat of MV.PLOVER) select.append(MV.el("option", {value: cat}, cat));
  const filters = currentFilters();
  fillForm(form, filters);
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const next = {};
    for (const f of FIELDS) next[f] = form.elements[f].value.trim();
    for (const f of FLAGS) next[f] = form.elements[f].checked ? "true" : "";
    for (const f of ["actor", "recipient"]) next[f] = next[f].toUpperCase();
    window.location.search = MV.url("", next).slice(1);
  });
  document.getElementById("reset").addEventListener("click", () => {
    window.location.search = "";
  });
  const error = document.getElementById("error");
  try {
    const data = await MV.api("/api/events", {...filters, limit: PAGE});
    document.getElementById("table").replaceChildren(table(data.events));
    pager(document.getElementById("pager-top"), data, filters);
    pager(document.getElementById("pager-bottom"), data, filters);
  } catch (e) {
    MV.showError(error, e);
    document.getElementById("table").replaceChildren();
  }
}

document.addEventListener("DOMContentLoaded", main);
