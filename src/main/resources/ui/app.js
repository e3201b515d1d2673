// tupu's web UI: the store at a glance (home), search, entity pages (neighbourhood graph, timeline, relations with
// highlighted evidence), documents with their entities marked, and a SPARQL editor. Every value from the graph is
// inserted as text, never as HTML.
"use strict";

const view = document.getElementById("view");
let yasgui = null;

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") node.className = v; else node.setAttribute(k, v);
  }
  for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return node;
}

async function api(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await response.json();
  if (!response.ok) throw new Error(body.title || response.statusText);
  return body;
}

function show(...nodes) {
  view.replaceChildren(...nodes);
}

function link(href, text, cls) {
  return el("a", cls ? { href, class: cls } : { href }, text);
}

/** The sentence with the [start, end) spans marked. */
function highlighted(sentence, spans) {
  const out = el("span");
  let at = 0;
  for (const [start, end] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (start < at || start < 0 || end > sentence.length) continue;
    out.append(sentence.slice(at, start), el("mark", {}, sentence.slice(start, end)));
    at = end;
  }
  out.append(sentence.slice(at));
  return out;
}

const colours = { Person: "#e67a7a", Organization: "#7aa5e6", Project: "#7ac27a", Place: "#c2a27a" };

/** A time as people read it: 2012; 2011–2012; from 2018-03; until 2004; or the text of an undated one. */
function when(t) {
  if (t.point) return t.point;
  if (t.start && t.end) return `${t.start}–${t.end}`;
  if (t.start) return `from ${t.start}`;
  if (t.end) return `until ${t.end}`;
  return `${t.text} (undated)`;
}

function table(id, headings, rows) {
  const body = el("tbody");
  for (const cells of rows) body.append(el("tr", {}, ...cells.map((c) => el("td", {}, c))));
  return el("table", { id, class: "counts" }, el("thead", {}, el("tr", {}, ...headings.map((h) => el("th", {}, h)))), body);
}

/** The store at a glance: counts by class and by relation, the most connected entities, the latest documents, and
 * a small graph of the most connected entities with the relations among them. */
async function home() {
  const o = await api("/api/overview");
  const graph = el("div", { id: "overview-graph" });
  const top = el("ol", { id: "most-connected" });
  for (const e of o.mostConnected) {
    top.append(el("li", {}, link(`#/entity/${encodeURIComponent(e.id)}`, e.label), el("span", { class: "type" }, e.type || ""),
      el("small", { class: "muted" }, ` ${e.degree} relations`)));
  }
  const latest = el("ul", { id: "latest-documents" });
  for (const d of o.latestDocuments) {
    latest.append(el("li", {}, link(`#/document/${encodeURIComponent(d.id)}`, d.title),
      el("small", { class: "muted" }, ` ${d.date ? d.date + " · " : ""}added ${d.ingestedAt.slice(0, 10)}`)));
  }
  show(el("h1", {}, "tupu 图谱"),
       el("p", { class: "muted", id: "overview-summary" }, `${o.documents} documents · ${o.triples} triples`),
       el("div", { class: "overview" },
         el("section", {}, el("h2", {}, "Most connected"), top),
         el("section", { class: "wide" }, el("h2", {}, "Overview"), graph),
         el("section", {}, el("h2", {}, "Things by class"),
           table("overview-classes", ["class", "count"], o.classes.map((c) => [c.name, c.count]))),
         el("section", {}, el("h2", {}, "Relations"),
           table("overview-relations", ["relation", "pairs", "mentions"], o.relations.map((r) => [r.predicate, r.relations, r.mentions]))),
         el("section", {}, el("h2", {}, "Latest documents"), latest)));
  drawOverview(graph, o.graph);
}

function drawOverview(container, g) {
  const nodes = g.nodes.map((n) => ({ data: { id: n.id, label: n.label, type: n.type, degree: n.degree } }));
  const edges = g.edges.map((e) => ({ data: { id: `${e.source}|${e.predicate}|${e.target}`, source: e.source, target: e.target, label: e.predicate } }));
  window.overviewCy = cytoscape({
    container,
    elements: [...nodes, ...edges],
    layout: { name: "cose", animate: false },
    style: [
      { selector: "node", style: { label: "data(label)", "background-color": (n) => colours[n.data("type")] || "#aaa", "font-size": 11,
        width: (n) => 14 + 3 * Math.min(n.data("degree"), 12), height: (n) => 14 + 3 * Math.min(n.data("degree"), 12) } },
      { selector: "edge", style: { "curve-style": "bezier", "target-arrow-shape": "triangle", width: 1, "line-color": "#bbb", "target-arrow-color": "#bbb" } },
    ],
  });
  window.overviewCy.on("tap", "node", (evt) => { location.hash = `#/entity/${encodeURIComponent(evt.target.id())}`; });
}

async function search(q) {
  document.getElementById("search-input").value = q;
  const page = await api(`/api/entities?q=${encodeURIComponent(q)}&limit=50`);
  const list = el("ul", { class: "hits" });
  for (const hit of page.items) {
    list.append(el("li", { class: "hit" }, link(`#/entity/${encodeURIComponent(hit.id)}`, hit.label), el("span", { class: "type" }, hit.type)));
  }
  show(el("h1", {}, `“${q}”`, el("small", {}, ` ${page.items.length} found`)),
       page.items.length ? list : el("p", {}, "Nothing found."));
}

/** An entity's dated relations, earliest first, each with its sentence (the time marked) and its source. */
function timeline(t) {
  const list = el("ol", { class: "timeline" });
  for (const item of t.items) {
    const docId = item.document.id;
    const marks = item.time.textStart != null ? [[item.time.textStart - item.sentenceStart, item.time.textEnd - item.sentenceStart]] : [];
    list.append(el("li", {},
      el("span", { class: "when" }, when(item.time)), " ",
      item.direction === "outgoing" ? item.predicate : `← ${item.predicate}`, " ",
      link(`#/entity/${encodeURIComponent(item.other.id)}`, item.other.label),
      el("div", { class: "evidence" }, highlighted(item.sentence, marks), " ",
        link(`#/document/${encodeURIComponent(docId)}`, "source"))));
  }
  return el("section", { id: "timeline" }, el("h2", {}, "Timeline"),
    t.items.length ? list : el("p", { class: "muted" }, "No dated relations."));
}

async function entity(id) {
  const [e, dated] = await Promise.all([api(`/api/entities/${encodeURIComponent(id)}`),
    api(`/api/entities/${encodeURIComponent(id)}/timeline`)]);
  const graph = el("div", { id: "graph" });
  const sections = el("div", { id: "relations" });
  const groups = new Map();
  for (const r of [...e.outgoing, ...e.incoming]) {
    const key = r.direction === "outgoing" ? r.predicate : `← ${r.predicate}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(r);
  }
  for (const [predicate, relations] of groups) {
    sections.append(el("h2", {}, predicate));
    for (const r of relations) {
      const block = el("div", { class: "relation" },
        link(`#/entity/${encodeURIComponent(r.other.id)}`, r.other.label), el("span", { class: "type" }, r.other.type || ""),
        el("small", { class: "muted" }, ` confidence ${r.confidence}`));
      for (const p of r.provenance) {
        const docId = p.document.split("/doc/")[1];
        block.append(el("div", { class: "evidence" },
          p.time ? el("span", { class: "when" }, when(p.time)) : "", p.time ? " " : "",
          highlighted(p.sentence, [[p.subjectStartInSentence, p.subjectEndInSentence], [p.objectStartInSentence, p.objectEndInSentence]]),
          " ", el("small", {}, p.rule, " · "), link(`#/document/${encodeURIComponent(docId)}`, p.documentTitle ? "source" : docId)));
      }
      sections.append(block);
    }
  }
  show(el("h1", {}, e.label, el("small", {}, ` ${e.types.join(", ")}`)),
       el("p", { class: "muted" }, e.iri),
       e.aliases.length ? el("p", { class: "aliases" }, "Also known as: ", e.aliases.join(" · ")) : el("span"),
       graph, timeline(dated), sections);
  drawNeighbourhood(graph, e);
}

function drawNeighbourhood(container, e) {
  const nodes = new Map([[e.id, { data: { id: e.id, label: e.label, type: e.type } }]]);
  const edges = [];
  for (const r of [...e.outgoing, ...e.incoming]) {
    nodes.set(r.other.id, { data: { id: r.other.id, label: r.other.label, type: r.other.type } });
    const [source, target] = r.direction === "outgoing" ? [e.id, r.other.id] : [r.other.id, e.id];
    edges.push({ data: { id: `${source}|${r.predicate}|${target}`, source, target, label: r.predicate } });
  }
  window.cy = cytoscape({
    container,
    elements: [...nodes.values(), ...edges],
    layout: { name: "cose", animate: false },
    style: [
      { selector: "node", style: { label: "data(label)", "background-color": (n) => colours[n.data("type")] || "#aaa", "font-size": 12 } },
      { selector: `node[id = "${CSS.escape(e.id)}"]`, style: { "border-width": 3, "border-color": "#1f3a5f" } },
      { selector: "edge", style: { label: "data(label)", "font-size": 9, "curve-style": "bezier", "target-arrow-shape": "triangle", width: 1.5 } },
    ],
  });
  window.cy.on("tap", "node", (evt) => { location.hash = `#/entity/${encodeURIComponent(evt.target.id())}`; });
}

async function documents() {
  const docs = await api("/api/documents");
  const list = el("ul", { class: "hits" });
  for (const d of docs) {
    list.append(el("li", {}, link(`#/document/${encodeURIComponent(d.id)}`, d.title), el("small", { class: "muted" }, ` ${d.sourcePath} · ${d.entities} entities · ${d.relations} relations`)));
  }
  show(el("h1", {}, "Documents"), list);
}

async function documentPage(id) {
  const d = await api(`/api/documents/${encodeURIComponent(id)}`);
  const spans = [];
  for (const e of d.entities) for (const m of e.mentions) spans.push({ ...m, entity: e });
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const text = el("div", { class: "doc-text" });
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue; // a team's name holds its lead's: mark the outer one
    text.append(d.text.slice(at, s.start), link(`#/entity/${encodeURIComponent(s.entity.id)}`, d.text.slice(s.start, s.end), `m ${s.entity.type}`));
    at = s.end;
  }
  text.append(d.text.slice(at));
  show(el("h1", {}, d.title), el("p", { class: "muted" }, `${d.sourcePath} · ${d.entities.length} entities · ${d.relations.length} relations`), text);
}

async function sparql() {
  const container = el("div", { id: "yasgui" });
  show(el("h1", {}, "SPARQL"), container);
  const queries = await api("/api/queries");
  // Only the local autocompleter: the others fetch prefix.cc and LOV over the internet.
  Yasgui.Yasqe.defaults.autocompleters = ["variables"];
  yasgui = new Yasgui(container, {
    requestConfig: { endpoint: "/sparql", method: "POST" },
    copyEndpointOnNewTab: false, persistenceId: null, populateFromUrl: false,
    yasqe: { autocompleters: ["variables"] },
  });
  for (const q of queries) {
    yasgui.addTab(false, { name: q.name, yasqe: { value: q.query } });
  }
  window.yasgui = yasgui;
}

async function route() {
  if (location.hash && !location.hash.startsWith("#/")) return; // the SPARQL editor's own URL state, not a page
  const [, page, arg] = location.hash.match(/^#\/([^/]*)\/?(.*)$/) || [];
  try {
    if (page === "search") await search(decodeURIComponent(arg));
    else if (page === "entity") await entity(decodeURIComponent(arg));
    else if (page === "document") await documentPage(decodeURIComponent(arg));
    else if (page === "documents") await documents();
    else if (page === "sparql") await sparql();
    else await home();
  } catch (err) {
    show(el("p", { class: "error" }, err.message));
  }
}

document.getElementById("search-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const q = document.getElementById("search-input").value.trim();
  if (q) location.hash = `#/search/${encodeURIComponent(q)}`;
});
window.addEventListener("hashchange", route);
route();
