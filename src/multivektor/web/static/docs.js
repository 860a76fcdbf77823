// API page: renders /openapi.json (operations, parameters, descriptions) locally.
"use strict";

function schemaType(schema) {
  if (!schema) return "";
  if (schema.anyOf) return schema.anyOf.map(schemaType).filter((t) => t !== "null").join(" | ");
  return schema.type || "";
}

function example(path, op) {
  const params = {};
  for (const prm of op.parameters || []) {
    if (prm.in === "query" && prm.required) params[prm.name] = prm.name === "a" ? "NOR" : "RUS";
  }
  const filled = path.replace(/\{[^}]+\}/g, (m) => (m === "{country}" ? "NOR" : null) || m);
  return filled.includes("{") ? null : MV.url(filled, params);
}

/** Docstring text as a paragraph: hard line wraps joined, `code` and ``code`` as code. */
function prose(text, attrs) {
  const node = MV.el("p", attrs || {});
  const flat = text.replace(/\s*\n\s*(?!\n)/g, " ").trim();
  flat.split(/`{1,2}([^`]+)`{1,2}/).forEach((part, i) => {
    node.append(i % 2 ? MV.el("span", {class: "code"}, part) : part);
  });
  return node;
}

function operation(path, method, op) {
  const rows = (op.parameters || []).map((prm) => MV.el("tr", {},
    MV.el("td", {}, MV.el("span", {class: "code"}, prm.name), prm.required ? " *" : ""),
    MV.el("td", {class: "small muted"}, prm.in),
    MV.el("td", {class: "small"}, schemaType(prm.schema)),
    MV.el("td", {class: "small"}, prm.schema && prm.schema.default !== undefined
      ? String(prm.schema.default) : ""),
    MV.el("td", {class: "small"}, prm.description || (prm.schema && prm.schema.description) || "")));
  const link = example(path, op);
  return MV.el("div", {class: "docs-op"},
    MV.el("h3", {}, MV.el("span", {class: "method"}, method.toUpperCase()),
      MV.el("span", {class: "code"}, path), " ", MV.el("span", {class: "muted"}, op.summary || "")),
    op.description ? prose(op.description, {class: "small"}) : null,
    rows.length ? MV.el("table", {}, MV.el("thead", {}, MV.el("tr", {},
      ["parameter", "in", "type", "default", "description"].map((h) => MV.el("th", {}, h)))),
    MV.el("tbody", {}, rows)) : null,
    link ? MV.el("p", {class: "small"}, "Try: ", MV.el("a", {href: link}, link)) : null);
}

async function main() {
  try {
    const spec = await MV.api("/openapi.json");
    document.getElementById("intro").replaceChildren(
      MV.el("p", {}, MV.el("strong", {}, `${spec.info.title} API ${spec.info.version}`)),
      prose(spec.info.description || ""),
      MV.el("p", {class: "muted"}, "Errors answer with a status code and a JSON body ",
        MV.el("span", {class: "code"}, '{"detail": "message"}'),
        ": 400/422 for bad parameters, 404 for unknown ids, 503 when the database is missing."));
    const ops = [];
    for (const [path, methods] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(methods)) ops.push(operation(path, method, op));
    }
    document.getElementById("ops").replaceChildren(...ops);
  } catch (e) {
    MV.showError(document.getElementById("error"), e);
  }
}

document.addEventListener("DOMContentLoaded", main);
