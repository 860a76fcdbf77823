// Balance page: a country's cooperation and conflict with each partner per period, the
// partners' shares of its cooperation and their evenness, drawn as inline SVG.
"use strict";

const PARTNER_COLORS = ["#5e3c99", "#e66101", "#2166ac", "#b8860b", "#1b9e77", "#d01c8b", "#555"];
const MAX_FILLED = 400; // periods; a longer span is drawn with only the periods that have events

function addPeriod(iso, period) {
  const d = new Date(`${iso}T00:00:00Z`);
  if (period === "day") d.setUTCDate(d.getUTCDate() + 1);
  else if (period === "week") d.setUTCDate(d.getUTCDate() + 7);
  else if (period === "month") d.setUTCMonth(d.getUTCMonth() + 1);
  else if (period === "quarter") d.setUTCMonth(d.getUTCMonth() + 3);
  else d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d.toISOString().slice(0, 10);
}

/** Every period from the first to the last, including those without events. */
function allPeriods(rows, period) {
  const present = rows.map((r) => String(r.period));
  if (!present.length) return [];
  const out = [present[0]];
  const last = present[present.length - 1];
  while (out[out.length - 1] < last && out.length <= MAX_FILLED) {
    out.push(addPeriod(out[out.length - 1], period));
  }
  return out.length > MAX_FILLED ? present : out;
}

function periodLabel(iso, period) {
  if (period === "year") return iso.slice(0, 4);
  if (period === "month") return iso.slice(0, 7);
  if (period === "quarter") return `${iso.slice(0, 4)} Q${Math.floor((+iso.slice(5, 7) - 1) / 3) + 1}`;
  return iso;
}

function layout(n) {
  const left = 120, right = 20;
  const slot = Math.max(14, Math.min(110, Math.floor(900 / Math.max(1, n))));
  return {left, right, slot, width: left + right + slot * n};
}

/** X-axis labels, thinned so they do not overlap. */
function xLabels(svg, periods, period, geo, y) {
  const every = Math.max(1, Math.ceil(62 / geo.slot));
  periods.forEach((p, i) => {
    if (i % every) return;
    svg.append(MV.svg("text", {class: "tick", x: geo.left + geo.slot * (i + 0.5), y,
      "text-anchor": "middle"}, periodLabel(p, period)));
  });
}

function relationsChart(data, periods, byPeriod) {
  const geo = layout(periods.length);
  const panelH = 96, gap = 14, axisH = 22;
  const parts = data.partners;
  let maxUp = 0, maxDown = 0;
  for (const row of Object.values(byPeriod)) {
    for (const p of parts) {
      maxUp = Math.max(maxUp, row.partners[p].cooperation);
      maxDown = Math.max(maxDown, row.partners[p].conflict);
    }
  }
  const total = maxUp + maxDown || 1;
  const upH = maxUp + maxDown ? (panelH * maxUp) / total : panelH / 2;
  const unit = panelH / total;
  const height = parts.length * (panelH + gap) + axisH;
  const svg = MV.svg("svg", {width: geo.width, height, viewBox: `0 0 ${geo.width} ${height}`,
    role: "img", "aria-label": `${data.country}: cooperation and conflict with each partner`});
  const bw = Math.max(4, geo.slot * 0.7);
  parts.forEach((partner, k) => {
    const top = k * (panelH + gap);
    const zero = top + upH;
    let coopSum = 0, confSum = 0;
    for (const row of Object.values(byPeriod)) {
      coopSum += row.partners[partner].cooperation;
      confSum += row.partners[partner].conflict;
    }
    svg.append(
      MV.svg("rect", {x: geo.left, y: top, width: geo.width - geo.left - geo.right, height: panelH,
        fill: k % 2 ? "#fafbfd" : "#f3f6fa"}),
      MV.svg("text", {x: 8, y: top + 20, "font-size": 15, "font-weight": 700}, partner),
      MV.svg("text", {x: 8, y: top + 40, class: "tick"}, `cooperation ${coopSum}`),
      MV.svg("text", {x: 8, y: top + 56, class: "tick"}, `conflict ${confSum}`),
      MV.svg("line", {class: "axis", x1: geo.left, x2: geo.width - geo.right, y1: zero, y2: zero}));
    periods.forEach((p, i) => {
      const row = byPeriod[p];
      if (!row) return;
      const r = row.partners[partner];
      const x = geo.left + geo.slot * i + (geo.slot - bw) / 2;
      const tip = `${partner}, ${periodLabel(p, data.period)}: cooperation ${r.cooperation} ` +
        `(verbal ${r.verbal_coop}, material ${r.material_coop}), conflict ${r.conflict} ` +
        `(verbal ${r.verbal_conflict}, material ${r.material_conflict})`;
      const g = MV.svg("g", {class: "bar"}, MV.svg("title", {}, tip));
      let y = zero;
      for (const [n, color] of [[r.material_coop, "var(--coop2)"], [r.verbal_coop, "var(--coop1)"]]) {
        if (!n) continue;
        y -= n * unit;
        g.append(MV.svg("rect", {x, y, width: bw, height: n * unit, fill: color}));
      }
      y = zero;
      for (const [n, color] of [[r.verbal_conflict, "var(--conf3)"], [r.material_conflict, "var(--conf4)"]]) {
        if (!n) continue;
        g.append(MV.svg("rect", {x, y, width: bw, height: n * unit, fill: color}));
        y += n * unit;
      }
      svg.append(g);
    });
  });
  xLabels(svg, periods, data.period, geo, height - 6);
  return svg;
}

function shareChart(data, periods, byPeriod) {
  const geo = layout(periods.length);
  const h = 110, top = 8, axisH = 22;
  const height = top + h + axisH;
  const svg = MV.svg("svg", {width: geo.width, height, viewBox: `0 0 ${geo.width} ${height}`,
    role: "img", "aria-label": "Partners' shares of cooperation, and evenness"});
  svg.append(
    MV.svg("text", {x: 8, y: top + 14, "font-size": 13, "font-weight": 600}, "share of"),
    MV.svg("text", {x: 8, y: top + 30, "font-size": 13, "font-weight": 600}, "cooperation"));
  for (const v of [0, 0.5, 1]) {
    const y = top + h - v * h;
    svg.append(MV.svg("line", {class: "grid", x1: geo.left, x2: geo.width - geo.right, y1: y, y2: y}),
      MV.svg("text", {class: "tick", x: geo.left - 4, y: y + 4, "text-anchor": "end"}, v));
  }
  const bw = Math.max(4, geo.slot * 0.7);
  const points = [];
  periods.forEach((p, i) => {
    const row = byPeriod[p];
    if (!row) return;
    const x = geo.left + geo.slot * i + (geo.slot - bw) / 2;
    let y = top + h;
    data.partners.forEach((partner, k) => {
      const share = row.coop_share[partner] || 0;
      if (!share) return;
      y -= share * h;
      svg.append(MV.svg("rect", {class: "bar", x, y, width: bw, height: share * h,
        fill: PARTNER_COLORS[k % PARTNER_COLORS.length]},
      MV.svg("title", {}, `${partner}, ${periodLabel(p, data.period)}: ${Math.round(share * 100)} %`)));
    });
    if (row.evenness !== null && row.evenness !== undefined) {
      points.push([geo.left + geo.slot * (i + 0.5), top + h - row.evenness * h, row.evenness, p]);
    }
  });
  if (points.length > 1) {
    svg.append(MV.svg("polyline", {points: points.map(([x, y]) => `${x},${y}`).join(" "),
      fill: "none", stroke: "#111", "stroke-width": 1.5}));
  }
  for (const [x, y, v, p] of points) {
    svg.append(MV.svg("circle", {cx: x, cy: y, r: 3.5, fill: "#fff", stroke: "#111", "stroke-width": 1.5},
      MV.svg("title", {}, `evenness ${periodLabel(p, data.period)}: ${v}`)));
  }
  xLabels(svg, periods, data.period, geo, height - 6);
  return svg;
}

function quadSwatches() {
  return MV.el("div", {class: "swatches"}, [1, 2, 3, 4].map((q) => MV.el("span", {},
    MV.el("span", {class: "swatch", style: `background:${MV.QUAD[q].color}`}), ` ${MV.QUAD[q].label}`)));
}

function partnerSwatches(partners) {
  return MV.el("div", {class: "swatches"}, partners.map((p, k) => MV.el("span", {},
    MV.el("span", {class: "swatch", style: `background:${PARTNER_COLORS[k % PARTNER_COLORS.length]}`}), ` ${p}`)),
  MV.el("span", {}, MV.el("span", {class: "swatch", style: "border-top:2px solid #111;height:0"}), " evenness"));
}

function numbers(data) {
  const head = MV.el("tr", {}, MV.el("th", {}, data.period),
    data.partners.map((p) => MV.el("th", {class: "num", title: "cooperation / conflict (share of cooperation)"},
      MV.el("a", {href: MV.url("/events", {actor: data.country, recipient: p, either: "true",
        negated: "false"})}, p))),
    MV.el("th", {class: "num"}, "evenness"));
  const rows = data.periods.map((row) => MV.el("tr", {},
    MV.el("td", {}, periodLabel(String(row.period), data.period)),
    data.partners.map((p) => {
      const r = row.partners[p];
      return MV.el("td", {class: "num"}, `${r.cooperation} / ${r.conflict} `,
        MV.el("span", {class: "muted"}, `(${Math.round((row.coop_share[p] || 0) * 100)} %)`));
    }),
    MV.el("td", {class: "num"}, row.evenness === null ? "–" : row.evenness.toFixed(2))));
  return MV.el("table", {}, MV.el("thead", {}, head), MV.el("tbody", {}, rows));
}

async function main() {
  const form = document.getElementById("filters");
  const p = MV.params();
  const params = {
    country: (p.get("country") || "NOR").toUpperCase(),
    partners: p.get("partners") || "RUS,CHN,USA,EU",
    period: p.get("period") || "quarter",
  };
  for (const [k, v] of Object.entries(params)) form.elements[k].value = v;
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    window.location.search = MV.url("", {country: form.elements.country.value.trim().toUpperCase(),
      partners: form.elements.partners.value.replace(/\s+/g, "").toUpperCase(),
      period: form.elements.period.value}).slice(1);
  });
  const result = document.getElementById("result");
  try {
    const data = await MV.api(`/api/balance/${encodeURIComponent(params.country)}`,
      {partners: params.partners, period: params.period});
    if (!data.periods.length) {
      result.replaceChildren(MV.el("section", {class: "card"}, MV.el("p", {class: "empty"},
        `No dated events between ${data.country} and ${data.partners.join(", ")}.`)));
      return;
    }
    const byPeriod = {};
    for (const row of data.periods) byPeriod[String(row.period)] = row;
    const periods = allPeriods(data.periods, data.period);
    result.replaceChildren(
      MV.el("section", {class: "card"},
        MV.el("h2", {}, `${data.country} with ${data.partners.join(", ")}, per ${data.period}`),
        quadSwatches(),
        MV.el("div", {class: "chart-wrap"}, relationsChart(data, periods, byPeriod)),
        MV.el("h2", {style: "margin-top:1rem"}, "Shares of cooperation and their evenness"),
        partnerSwatches(data.partners),
        MV.el("div", {class: "chart-wrap"}, shareChart(data, periods, byPeriod))),
      MV.el("section", {class: "card"}, MV.el("h2", {}, "Numbers"),
        MV.el("p", {class: "small muted"}, "cooperation / conflict (partner's share of cooperation)"),
        numbers(data)));
  } catch (e) {
    result.replaceChildren();
    MV.showError(document.getElementById("error"), e);
  }
}

document.addEventListener("DOMContentLoaded", main);
