// Small SVG charts for the "Laatste meter" Cockpit plugin, served by the application itself
// (no CDN, no library): grouped bars, horizontal bars against a target, and a funnel.
const NS = "http://www.w3.org/2000/svg";

function el(name, attrs, text) {
  const node = document.createElementNS(NS, name);
  Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, String(v)));
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

function svg(width, height, title) {
  const root = el("svg", { width, height, viewBox: `0 0 ${width} ${height}`, role: "img", class: "lm-chart" });
  root.appendChild(el("title", {}, title));
  return root;
}

function niceMax(value) {
  if (value <= 0) {
    return 1;
  }
  const power = Math.pow(10, Math.floor(Math.log10(value)));
  for (const step of [1, 2, 5, 10]) {
    if (value <= step * power) {
      return step * power;
    }
  }
  return 10 * power;
}

function format(value) {
  return Number.isInteger(value) ? String(value)
    : value.toLocaleString("nl-NL", { maximumFractionDigits: Math.abs(value) < 1 ? 2 : 1 });
}

/**
 * Vertical bars per category, one bar per series side by side.
 * series: [{ name, color, values: [number per category] }]
 */
export function groupedBars({ title, categories, series, width = 640, height = 260, yLabel = "" }) {
  const root = svg(width, height, title);
  const left = 44, right = 12, top = 28, bottom = 56;
  const plotW = width - left - right, plotH = height - top - bottom;
  // counts: whole numbers on the axis (at most four steps)
  const highest = Math.max(1, Math.ceil(Math.max(0, ...series.flatMap(s => s.values))));
  const step = Math.ceil(highest / 4);
  const ticks = Math.ceil(highest / step);
  const max = step * ticks;
  root.appendChild(el("text", { x: left, y: 16, class: "lm-chart-title", "font-size": 13, "font-weight": "bold" }, title));
  for (let i = 0; i <= ticks; i++) {
    const y = top + plotH - (plotH * i) / ticks;
    root.appendChild(el("line", { x1: left, x2: left + plotW, y1: y, y2: y, stroke: "#ddd" }));
    root.appendChild(el("text", { x: left - 6, y: y + 4, "text-anchor": "end", "font-size": 10 }, format((max * i) / ticks)));
  }
  if (yLabel) {
    root.appendChild(el("text", { x: 10, y: top + plotH / 2, "font-size": 10, transform: `rotate(-90 10 ${top + plotH / 2})`,
      "text-anchor": "middle" }, yLabel));
  }
  const groupW = categories.length ? plotW / categories.length : plotW;
  const barW = Math.max(2, Math.min(28, (groupW * 0.8) / Math.max(1, series.length)));
  categories.forEach((category, c) => {
    const x0 = left + c * groupW + (groupW - barW * series.length) / 2;
    series.forEach((s, k) => {
      const v = s.values[c] || 0;
      const h = (plotH * v) / max;
      const bar = el("rect", { x: x0 + k * barW, y: top + plotH - h, width: barW - 1, height: h, fill: s.color,
        class: "lm-bar", "data-series": s.name, "data-category": category, "data-value": v });
      bar.appendChild(el("title", {}, `${s.name} ${category}: ${format(v)}`));
      root.appendChild(bar);
    });
    if (categories.length <= 16 || c % Math.ceil(categories.length / 16) === 0) {
      root.appendChild(el("text", { x: left + c * groupW + groupW / 2, y: top + plotH + 14, "text-anchor": "middle",
        "font-size": 10 }, category));
    }
  });
  series.forEach((s, k) => {
    const x = left + k * 150;
    root.appendChild(el("rect", { x, y: height - 16, width: 10, height: 10, fill: s.color }));
    root.appendChild(el("text", { x: x + 14, y: height - 7, "font-size": 11 }, s.name));
  });
  return root;
}

/**
 * Horizontal bars, each against its own target (a dark marker).
 * rows: [{ label, value, target, max, unit, highlight }]
 */
export function barsAgainstTarget({ title, rows, width = 640, rowHeight = 30, labelWidth = 210 }) {
  const height = 28 + rows.length * rowHeight + 8;
  const root = svg(width, height, title);
  root.appendChild(el("text", { x: 0, y: 16, "font-size": 13, "font-weight": "bold" }, title));
  const plotW = width - labelWidth - 170;
  rows.forEach((r, i) => {
    const y = 28 + i * rowHeight;
    const max = r.max || niceMax(Math.max(r.value || 0, r.target || 0));
    root.appendChild(el("text", { x: labelWidth - 8, y: y + 15, "text-anchor": "end", "font-size": 11,
      "font-weight": r.highlight ? "bold" : "normal" }, r.label));
    root.appendChild(el("rect", { x: labelWidth, y: y + 3, width: plotW, height: 16, fill: "#f1f1f1" }));
    const value = r.value === null || r.value === undefined ? null : r.value;
    if (value !== null) {
      const w = Math.min(plotW, (plotW * value) / max);
      const bar = el("rect", { x: labelWidth, y: y + 3, width: w, height: 16, class: "lm-bar",
        fill: r.highlight ? "#c0392b" : (r.color || "#2e86c1"), "data-label": r.label, "data-value": value });
      bar.appendChild(el("title", {}, `${r.label}: ${format(value)}${r.unit || ""}`));
      root.appendChild(bar);
    }
    if (r.target !== null && r.target !== undefined) {
      const tx = labelWidth + Math.min(plotW, (plotW * r.target) / max);
      root.appendChild(el("line", { x1: tx, x2: tx, y1: y, y2: y + 22, stroke: "#222", "stroke-width": 2 }));
    }
    root.appendChild(el("text", { x: labelWidth + plotW + 6, y: y + 15, "font-size": 11 },
      value === null ? "nog niet gemeten" : `${format(value)}${r.unit || ""}${r.target !== undefined && r.target !== null ? ` (doel ${format(r.target)}${r.unit || ""})` : ""}`));
  });
  return root;
}

/** A funnel: one bar per step, each as wide as its share of the first. steps: [{ label, value }] */
export function funnel({ title, steps, width = 640, rowHeight = 34 }) {
  const height = 28 + steps.length * rowHeight;
  const root = svg(width, height, title);
  root.appendChild(el("text", { x: 0, y: 16, "font-size": 13, "font-weight": "bold" }, title));
  const first = Math.max(1, steps.length ? steps[0].value : 1);
  const plotW = width - 20;
  const colors = ["#85c1e9", "#5dade2", "#3498db", "#2e86c1", "#1b4f72"];
  steps.forEach((s, i) => {
    const w = Math.max(2, (plotW * s.value) / first);
    const y = 28 + i * rowHeight;
    const bar = el("rect", { x: 10 + (plotW - w) / 2, y, width: w, height: rowHeight - 6, fill: colors[i % colors.length],
      class: "lm-bar", "data-label": s.label, "data-value": s.value });
    bar.appendChild(el("title", {}, `${s.label}: ${s.value}`));
    root.appendChild(bar);
    root.appendChild(el("text", { x: width / 2, y: y + rowHeight / 2 + 1, "text-anchor": "middle", "font-size": 12,
      fill: i >= 2 && w > 140 ? "#fff" : "#111", "font-weight": "bold" }, `${s.label}: ${s.value}`));
  });
  return root;
}
