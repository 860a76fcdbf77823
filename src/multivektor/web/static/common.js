// Multivektor dashboard: shared helpers (plain JS, no libraries, no external requests).
"use strict";

const MV = {};

/** Create an element: MV.el("a", {href: "/x", class: "y"}, "text", child, ...). */
MV.el = function (tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") {
      node.addEventListener(key.slice(2), value);
    } else {
      node.setAttribute(key, value === true ? "" : String(value));
    }
  }
  MV.append(node, children);
  return node;
};

MV.append = function (node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
};

MV.SVG_NS = "http://www.w3.org/2000/svg"; // an XML namespace name, never fetched

/** Create an SVG element with attributes. */
MV.svg = function (tag, attrs, ...children) {
  const node = document.createElementNS(MV.SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value !== null && value !== undefined) node.setAttribute(key, String(value));
  }
  MV.append(node, children);
  return node;
};

/** A URL with the non-empty parameters of `params`. */
MV.url = function (path, params) {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    if (value !== null && value !== undefined && value !== "") q.set(key, value);
  }
  const s = q.toString();
  return s ? `${path}?${s}` : path;
};

/** GET a JSON API path; throws an Error carrying the API's message on failure. */
MV.api = async function (path, params) {
  let response;
  try {
    response = await fetch(MV.url(path, params), {headers: {Accept: "application/json"}});
  } catch (e) {
    throw new Error("The server did not answer: is `multivektor serve` running?");
  }
  let body = null;
  try { body = await response.json(); } catch (e) { body = null; }
  if (!response.ok) {
    const detail = body && body.detail ? body.detail : response.statusText;
    throw new Error(`${response.status}: ${typeof detail === "string" ? detail : JSON.stringify(detail)}`);
  }
  return body;
};

/** Replace the content of `node` with an error box. */
MV.showError = function (node, error) {
  node.replaceChildren(MV.el("div", {class: "error", role: "alert"}, error.message || String(error)));
};

MV.params = () => new URLSearchParams(window.location.search);

MV.QUAD = {
  1: {label: "verbal cooperation", color: "var(--coop1)"},
  2: {label: "material cooperation", color: "var(--coop2)"},
  3: {label: "verbal conflict", color: "var(--conf3)"},
  4: {label: "material conflict", color: "var(--conf4)"},
};

/** Tone of a PLOVER category for colouring: "coop", "conf" or "neutral". */
MV.TONE = {
  AGREE: "coop", CONSULT: "coop", SUPPORT: "coop", CONCEDE: "coop", COOPERATE: "coop",
  AID: "coop", RETREAT: "coop", REQUEST: "neutral", ACCUSE: "conf", REJECT: "conf",
  THREATEN: "conf", PROTEST: "conf", SANCTION: "conf", MOBILIZE: "conf", COERCE: "conf",
  ASSAULT: "conf",
};
MV.PLOVER = Object.keys(MV.TONE);

MV.num = (n) => (n === null || n === undefined ? "–" : Number(n).toLocaleString("nb-NO"));

/** Actor codes of an event side as a node: "NOR (GOV), SWE". */
MV.actors = function (list) {
  if (!list || !list.length) return MV.el("span", {class: "muted"}, "–");
  const span = MV.el("span");
  list.forEach((a, i) => {
    if (i) span.append(", ");
    span.append(MV.el("span", {class: "code", title: [a.name, a.text].filter(Boolean).join(" · ")},
      a.code + (a.sector ? `·${a.sector}` : "")));
  });
  return span;
};

/** The event category as a badge coloured by its quad class. */
MV.eventBadge = function (ev) {
  const quad = ev.quad_class ? `q${ev.quad_class}` : "";
  const title = ev.quad_class ? MV.QUAD[ev.quad_class].label : "";
  const wrap = MV.el("span", {}, MV.el("span", {class: `badge ${quad}`, title}, ev.event));
  if (ev.mode) wrap.append(" ", MV.el("span", {class: "badge light"}, ev.mode));
  if (ev.negated) wrap.append(" ", MV.el("span", {class: "badge neg"}, "negated"));
  return wrap;
};

/** Split `text` into code points, so offsets count like Python's (and emoji are safe). */
MV.chars = (text) => Array.from(text || "");

/** The evidence sentence of an event with its cue in bold. */
MV.evidence = function (ev) {
  const node = MV.el("div", {class: "evidence"});
  const first = (ev.evidence && ev.evidence[0]) || null;
  const text = ev.text || (first && first.text) || "";
  const chars = MV.chars(text);
  if (first && first.cue_start !== undefined && first.cue_start !== null && first.start !== null) {
    const s = first.cue_start - first.start;
    const e = first.cue_end - first.start;
    if (s >= 0 && e <= chars.length && s < e) {
      node.append(chars.slice(0, s).join(""), MV.el("b", {}, chars.slice(s, e).join("")),
        chars.slice(e).join(""));
      return node;
    }
  }
  node.append(text);
  return node;
};

MV.articleLink = (id, label) => MV.el("a", {href: MV.url("/article", {id})}, label || id);

/** Mark the current page in the header navigation. */
document.addEventListener("DOMContentLoaded", () => {
  for (const a of document.querySelectorAll("header.top nav a")) {
    if (a.getAttribute("href") === window.location.pathname) a.classList.add("active");
  }
});

/** The site header (brand and navigation), the same on every page. */
MV.NAV = [["/", "Overview"], ["/events", "Events"], ["/quotes", "Quotes"],
          ["/balance", "Balance"], ["/docs", "API"]];
MV.header = function () {
  const header = document.querySelector("header.top");
  if (!header || header.childElementCount) return;
  header.append(MV.el("a", {class: "brand", href: "/"}, "Multivektor"),
                MV.el("nav", {}, MV.NAV.map(([href, label]) => MV.el("a", {href}, label))));
};
document.addEventListener("DOMContentLoaded", MV.header);
