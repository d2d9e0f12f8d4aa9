// Cockpit plugin "Laatste meter": the projects on the dashboard, a page per project with its
// funnel, ambitions, organisations (bottleneck marked) and connections per day against the train
// plan. Read only; the data comes from the plugin's own resource, for management and admins.
import { groupedBars, barsAgainstTarget, funnel } from "./charts.js";

const ROUTE = "/laatste-meter";

const STAGES = {
  UNDECIDED: "Nog geen besluit", SIGNED_UP: "Aangemeld", GLOBAL_INSPECTED: "Globaal geschouwd",
  INSPECTED: "Geschouwd", AGREED: "Akkoord eigenaar", PLANNED: "Gepland", IN_EXECUTION: "In uitvoering", CONNECTED: "Aangesloten",
  CLOSED: "Aangesloten, nazorg klaar", NOT_CONNECTED: "Niet aangesloten"
};
const PHASES = {
  PREPARATION: "Voorbereiding", TENDER: "Aanbesteding", COMMUNICATION: "Communicatie", INSPECTION: "Schouw",
  EXECUTION: "Uitvoering", AFTERCARE: "Nazorg"
};
const STATES = { ACTIVE: "Lopend", COMPLETED: "Afgerond", STOPPED: "Gestopt" };
const REASONS = {
  DECLINED: "Eigenaar doet niet mee", PLAN_REFUSED: "Aansluitplan geweigerd",
  INDOOR_CONTRACT_REFUSED: "Overeenkomst inpandig geweigerd", WITHDRAWN: "Teruggetrokken",
  UNREACHABLE: "Onbereikbaar", NO_DECISION: "Geen besluit", PROJECT_STOPPED: "Project gestopt"
};


function h(tag, attrs, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => (k === "class" ? (node.className = v) : node.setAttribute(k, v)));
  children.flat().forEach(c => node.append(c instanceof Node ? c : document.createTextNode(c === null || c === undefined ? "" : String(c))));
  return node;
}

function styled(container) {
  container.innerHTML = "";
  const root = h("div", { class: "lm" });
  container.append(root);
  return root;
}

function number(value, unit = "") {
  return value === null || value === undefined ? "–"
    : value.toLocaleString("nl-NL", { maximumFractionDigits: Math.abs(value) < 1 ? 2 : 1 }) + unit;
}

async function load(api, path) {
  const response = await fetch(`${api.cockpitApi}/plugin/laatste-meter/${api.engine}/projects${path}`, {
    credentials: "same-origin", headers: { Accept: "application/json", "X-XSRF-TOKEN": api.CSRFToken }
  });
  if (response.status === 403) {
    return { refused: true };
  }
  if (!response.ok) {
    throw new Error(`De gegevens konden niet worden geladen (HTTP ${response.status})`);
  }
  return { data: await response.json() };
}

function stagesText(byStage) {
  return Object.entries(byStage || {}).filter(([, n]) => n > 0).map(([s, n]) => `${STAGES[s] || s}: ${n}`).join(" · ") || "nog niet gestart";
}

function ambitionCell(share, label) {
  if (share === null || share === undefined) {
    return h("td", { class: "lm-note", title: label }, "nog niet gemeten");
  }
  return h("td", { class: share >= 80 ? "lm-ok" : "lm-bad", title: label }, number(share, "%"));
}

function projectTable(projects) {
  const table = h("table", { class: "lm-projects" },
    h("thead", {}, h("tr", {},
      h("th", {}, "Project"), h("th", {}, "Status"), h("th", {}, "Fase"), h("th", {}, "Woningen per fase"),
      h("th", {}, "Eén bezoek"), h("th", {}, "Eén aanspreekpunt"), h("th", {}, "In één dag"))));
  const body = h("tbody", {});
  projects.forEach(p => {
    const a = p.glance;
    body.append(h("tr", { "data-project": p.id },
      h("td", {}, h("a", { href: `#${ROUTE}?project=${encodeURIComponent(p.id)}`, class: "lm-project-link" }, p.name)),
      h("td", {}, STATES[p.state] || p.state || "–"),
      h("td", {}, PHASES[p.phase] || (p.phase ? p.phase : "–")),
      h("td", { class: "lm-stages" }, `${a.dwellings.total} woningen: ${stagesText(a.dwellings.byStage)}`),
      ambitionCell(a.shareAtMostTwoVisits, "aangesloten woningen met hooguit twee bezoeken (één vooraf en de aansluitdag)"),
      ambitionCell(a.shareOneContactPoint, "aangesloten woningen met één aanspreekpunt"),
      ambitionCell(a.oneDay.share, "aangesloten woningen die in één dag zijn aangesloten")));
  });
  table.append(body);
  return table;
}

async function renderDashboard(container, { api }) {
  const root = styled(container);
  try {
    const result = await load(api, "");
    if (result.refused) {
      container.innerHTML = "";
      return;
    }
    root.append(h("h3", {}, "Laatste meter: projecten en ambities"));
    root.append(h("p", { class: "lm-note" }, "Ambities van het rapport voor de bewoner: één bezoek vooraf plus de aansluitdag, één aanspreekpunt, aangesloten in één dag. Percentages over de aangesloten woningen."));
    root.append(result.data.length ? projectTable(result.data) : h("p", {}, "Er zijn nog geen projecten."));
  } catch (e) {
    root.append(h("p", { class: "lm-bad" }, e.message));
  }
}

function projectFromHash() {
  const hash = window.location.hash || "";
  const query = hash.indexOf("?") >= 0 ? hash.substring(hash.indexOf("?") + 1) : "";
  return new URLSearchParams(query).get("project");
}

function projectPage(root, page) {
  const p = page.project;
  const a = p.ambitions;
  root.append(h("p", {}, h("a", { href: `#${ROUTE}` }, "← Alle projecten")));
  root.append(h("h2", { class: "lm-title" }, p.name));
  root.append(h("p", {}, `Status: ${STATES[p.state] || p.state || "–"} · Fase: ${PHASES[p.phase] || p.phase || "–"} · `
    + `${a.dwellings.total} woningen · Deelname ${number(a.participation.rate, "%")}`
    + (a.participation.threshold !== null ? ` (drempel ${number(a.participation.threshold, "%")})` : "")
    + ` · Aanbestedingen ${a.tenders}, gunningen ${a.awards}`));

  const grid = h("div", { class: "lm-grid" });
  const f = page.funnel;
  grid.append(h("div", { class: "lm-funnel" }, funnel({ title: "Trechter", width: 460, steps: [
    { label: "Aangemeld", value: f.signedUp }, { label: "Geschouwd", value: f.inspected },
    { label: "Gepland", value: f.planned }, { label: "Aangesloten", value: f.connected }] })));
  const reasons = Object.entries(a.dwellings.notConnectedByReason || {});
  grid.append(h("div", { class: "lm-reasons" }, barsAgainstTarget({ title: "Niet aangesloten, per reden", width: 460,
    labelWidth: 200, rows: reasons.length ? reasons.map(([r, n]) => ({ label: REASONS[r] || r, value: n, color: "#7f8c8d" }))
      : [{ label: "Geen", value: 0 }] })));
  root.append(grid);

  root.append(h("div", { class: "lm-ambitions" }, barsAgainstTarget({ title: "Ambities tegen doel (aangesloten woningen)",
    rows: [
      { label: "Hooguit twee bezoeken", value: a.visits.shareAtMostTwo, target: 100, max: 100, unit: "%" },
      { label: "Eén aanspreekpunt", value: a.contactPoints.shareOne, target: 100, max: 100, unit: "%" },
      { label: "Aangesloten in één dag", value: a.oneDay.share, target: 100, max: 100, unit: "%" },
      { label: "Bezoeken (gemiddeld)", value: a.visits.average, target: 2, unit: "" },
      { label: "Aanspreekpunten (gemiddeld)", value: a.contactPoints.average, target: 1, unit: "" },
      { label: "Partijen over de drempel (gem.)", value: a.partiesEntering.average, unit: "" },
      { label: "Overdrachten (gemiddeld)", value: a.handOvers.average, unit: "" }] })));
  root.append(h("p", { class: "lm-note" }, `Doorlooptijd aanmelding → oplevering: mediaan ${number(a.leadTimeDays.median)} `
    + `werkdagen, 90e percentiel ${number(a.leadTimeDays.p90)} werkdagen. Eén dag: ${a.oneDay.inOneDay} van ${a.oneDay.connected} aangesloten woningen.`));

  const orgs = a.organisations;
  root.append(h("div", { class: "lm-organisations" }, barsAgainstTarget({ title: "Wachttijd per organisatie (90e percentiel, uren)",
    width: 720, labelWidth: 290, rows: orgs.map(o => ({ label: o.name + (o.group === a.bottleneck ? " (knelpunt)" : ""), value: o.waitHours.p90,
      unit: " u", highlight: o.group === a.bottleneck })) })));
  const table = h("table", { class: "lm-projects lm-orgs" }, h("thead", {}, h("tr", {},
    h("th", {}, "Organisatie"), h("th", {}, "Open taken"), h("th", {}, "Te laat"), h("th", {}, "Wachttijd mediaan"),
    h("th", {}, "Wachttijd 90e percentiel"))));
  const body = h("tbody", {});
  orgs.forEach(o => body.append(h("tr", { "data-group": o.group },
    h("td", { class: o.group === a.bottleneck ? "lm-bottleneck" : "" }, o.name + (o.group === a.bottleneck ? " — knelpunt" : "")),
    h("td", {}, o.openTasks), h("td", {}, o.overdueTasks), h("td", {}, number(o.waitHours.median, " u")),
    h("td", {}, number(o.waitHours.p90, " u")))));
  table.append(body);
  root.append(table);
  root.append(h("p", { class: "lm-bottleneck-text" }, a.bottleneck
    ? `Knelpunt: ${(orgs.find(o => o.group === a.bottleneck) || { name: a.bottleneck }).name} (langste wachttijd, 90e percentiel).`
    : "Nog geen knelpunt: er zijn nog geen taken."));

  const days = page.perDay;
  root.append(h("div", { class: "lm-per-day" }, groupedBars({ title: "Aansluitingen per dag tegen de treinplanning",
    width: 900, categories: days.map(d => d.date.substring(5).split("-").reverse().join("-")),
    yLabel: "woningen", series: [
      { name: "Gepland (treintjes)", color: "#aed6f1", values: days.map(d => d.planned) },
      { name: "Aangesloten", color: "#1e8449", values: days.map(d => d.connected) }] })));
}

async function renderRoute(container, { api }) {
  const root = styled(container);
  root.style.padding = "16px";
  const id = projectFromHash();
  try {
    const result = await load(api, id ? `/${encodeURIComponent(id)}` : "");
    if (result.refused) {
      root.append(h("p", { class: "lm-bad" }, "Alleen management en beheerders zien de ambities van de projecten."));
      return;
    }
    if (id) {
      projectPage(root, result.data);
    } else {
      root.append(h("h2", {}, "Laatste meter"));
      root.append(projectTable(result.data));
    }
  } catch (e) {
    root.append(h("p", { class: "lm-bad" }, e.message));
  }
}

let hashListener = null;

export default [
  {
    id: "laatsteMeterDashboard",
    pluginPoint: "cockpit.dashboard",
    priority: 20,
    render: (container, data) => {
      renderDashboard(container, data);
    }
  },
  {
    id: "laatsteMeterNavigation",
    pluginPoint: "cockpit.navigation",
    priority: 5,
    properties: { path: ROUTE },
    render: container => {
      container.innerHTML = `<a href="#${ROUTE}">Laatste meter</a>`;
    }
  },
  {
    id: "laatsteMeterPage",
    pluginPoint: "cockpit.route",
    properties: { path: ROUTE },
    render: (container, data) => {
      renderRoute(container, data);
      hashListener = () => {
        if ((window.location.hash || "").startsWith(`#${ROUTE}`)) {
          renderRoute(container, data);
        }
      };
      window.addEventListener("hashchange", hashListener);
    },
    unmount: () => {
      if (hashListener) {
        window.removeEventListener("hashchange", hashListener);
        hashListener = null;
      }
    }
  }
];
