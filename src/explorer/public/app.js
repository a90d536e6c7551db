// The explorer page: state lives in the URL hash (entity, expanded nodes, timeline filter, the two
// ends of "how connected"), so every view is a link that can be shared. Rendering follows the hash.

import { entityDetails, entityName, eventDetails } from "./api.js";
import { EntityCombobox } from "./combobox.js";
import { citationList, claimList, describeEntity, h, money, words } from "./format.js";
import { GraphView, LINE_LEGEND, PALETTE } from "./graph-view.js";
import { loadNeighbourhood } from "./neighbourhood.js";
import { loadPaths } from "./paths.js";

const $ = (id) => document.getElementById(id);

// ---------------------------------------------------------------- URL state

const DEFAULT_HOPS = 4;

function readHash() {
  const params = new URLSearchParams(location.hash.slice(1));
  const list = (name) =>
    (params.get(name) ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  const hops = Number(params.get("hops"));
  return {
    entity: params.get("entity") || null,
    expand: list("expand"),
    types: list("types"),
    from: params.get("from") || null,
    to: params.get("to") || null,
    hops: Number.isInteger(hops) && hops >= 1 && hops <= 6 ? hops : DEFAULT_HOPS,
  };
}

function writeHash(next) {
  const params = new URLSearchParams();
  if (next.entity) params.set("entity", next.entity);
  if (next.expand?.length) params.set("expand", next.expand.join(","));
  if (next.types?.length) params.set("types", next.types.join(","));
  if (next.from) params.set("from", next.from);
  if (next.to) params.set("to", next.to);
  if ((next.from || next.to) && next.hops && next.hops !== DEFAULT_HOPS) params.set("hops", String(next.hops));
  const hash = `#${params.toString().replace(/%2C/g, ",").replace(/%3A/g, ":")}`;
  if (hash !== location.hash) location.hash = hash; // hashchange renders it
}

function update(patch) {
  writeHash({ ...readHash(), ...patch });
}

// ---------------------------------------------------------------- status and errors

function status(text, { error = false } = {}) {
  const line = $("status");
  line.textContent = text;
  line.classList.toggle("error", error);
}

function errorBox(message, retry) {
  return h(
    "div",
    { className: "error-box", role: "alert" },
    h("p", {}, message),
    retry ? h("button", { type: "button", onClick: retry }, "Try again") : null,
  );
}

// ---------------------------------------------------------------- page parts

const shown = { entity: null, entityName: null, expanded: new Set(), events: [], connect: null };

const graph = new GraphView($("graph"), {
  onNodeTap: (node) => chooseNode(node),
  onEdgeTap: (edge) => showEdge(edge),
});
window.__explorer = { graph }; // lets the end-to-end tests find nodes on the canvas

const search = new EntityCombobox($("search-input"), {
  onChoose: (entity) => {
    search.set(null);
    update({ entity: entity.slug, expand: [], types: [] });
  },
  status: (text) => status(text),
});
$("search-form").addEventListener("submit", (event) => event.preventDefault());

const fromPicker = new EntityCombobox($("connect-from"), { onChoose: () => {}, status: (text) => status(text) });
const toPicker = new EntityCombobox($("connect-to"), { onChoose: () => {}, status: (text) => status(text) });

$("legend").replaceChildren(
  ...PALETTE.map((p) => h("li", {}, h("span", { className: "swatch", style: `background:${p.color}`, "aria-hidden": "true" }), p.label)),
  ...LINE_LEGEND.map((line) =>
    h(
      "li",
      { className: `line-${line.key}` },
      h("span", {
        className: line.dashed ? "line-swatch dashed" : "line-swatch",
        style: `border-color:${line.color}`,
        "aria-hidden": "true",
      }),
      line.label,
    ),
  ),
);

$("graph-fit").addEventListener("click", () => graph.cy.fit(undefined, 24));
$("graph-reset").addEventListener("click", () => {
  shown.entity = null; // draw the neighbourhood again from scratch
  if (readHash().expand.length) update({ expand: [] });
  else queueRender();
});

$("connect-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const from = fromPicker.chosen;
  const to = toPicker.chosen;
  if (!from || !to) {
    $("connect-state").replaceChildren(errorBox(`Choose ${!from ? "where to start" : "where to end"} from the suggestions first.`));
    (!from ? $("connect-from") : $("connect-to")).focus();
    return;
  }
  const hops = Number($("connect-hops").value);
  if (from.slug === readHash().from && to.slug === readHash().to && hops === readHash().hops) {
    shown.connect = null; // same link: run it again
    queueRender();
  } else update({ from: from.slug, to: to.slug, hops });
});

// ---------------------------------------------------------------- entity, neighbourhood, timeline

async function showEntity(slug) {
  shown.entity = slug;
  shown.expanded = new Set();
  graph.clear();
  $("welcome").hidden = true;
  $("entity-view").hidden = false;
  $("details-body").replaceChildren(
    h(
      "p",
      { className: "muted" },
      "Choose a node or a link in the graph, or an event in the timeline, to see its date, certainty and citations.",
    ),
  );
  $("entity-name").textContent = "Loading…";
  $("entity-meta").textContent = "";
  $("entity-description").textContent = "";
  $("entity-aliases").textContent = "";
  $("timeline-list").replaceChildren();
  $("timeline-filter").replaceChildren();
  status(`Loading ${slug}…`);
  let entity;
  try {
    entity = await entityDetails(slug);
  } catch (error) {
    $("entity-name").textContent = "Could not load this entity";
    $("entity-description").replaceChildren(
      errorBox(error.message, () => {
        shown.entity = null;
        queueRender();
      }),
    );
    status(`Error: ${error.message}`, { error: true });
    return false;
  }
  if (!entity) {
    $("entity-name").textContent = "Not found";
    $("entity-description").replaceChildren(errorBox(`No entity has the slug “${slug}”. Try the search box.`));
    status(`No entity “${slug}”.`, { error: true });
    return false;
  }
  shown.entityName = entity.name;
  document.title = `${entity.name} · graph explorer`;
  $("entity-name").textContent = entity.name;
  $("entity-meta").textContent = describeEntity(entity);
  $("entity-description").textContent = entity.description ?? "";
  $("entity-aliases").textContent = entity.aliases.length ? `Also known as: ${entity.aliases.map((a) => a.name).join(" · ")}` : "";
  shown.events = entity.events.edges;
  renderTimeline(readHash().types);
  await loadAround(slug, { center: true, id: entity.id });
  return true;
}

/** Expansion keys in the URL: an entity's slug, or `event:<slug>` for an event node. */
function expansionKey(node) {
  return node.kind === "event" ? `event:${node.slug}` : node.slug;
}

async function loadAround(key, { center = false, id } = {}) {
  const state = $("graph-state");
  const isEvent = key.startsWith("event:");
  const slug = isEvent ? key.slice("event:".length) : key;
  const known = graph.nodes().find((node) => node.slug === slug && (node.kind === "event") === isEvent);
  if (isEvent && !known) return; // an event is only reached from the graph, so its id comes from there
  state.hidden = false;
  state.replaceChildren(h("p", { className: "loading" }, `Loading the neighbourhood of ${known?.label ?? slug}…`));
  $("graph").setAttribute("aria-busy", "true");
  try {
    const subgraph = await loadNeighbourhood(slug, known?.id ?? id);
    if (!subgraph) throw new Error(`No entity “${slug}”.`);
    const added = graph.merge(subgraph, { focus: center ? subgraph.center : undefined });
    graph.mark(subgraph.center, "expanded");
    shown.expanded.add(key);
    renderGraphList();
    state.hidden = true;
    const name = graph.node(subgraph.center)?.label ?? slug;
    const truncated = subgraph.truncated ? " The neighbourhood is larger than shown; expand nodes to see more." : "";
    status(
      center
        ? `Showing ${name}: ${graph.nodes().length} nodes, ${graph.edges().length} links.${truncated}`
        : `Expanded ${name}: ${added ? `${added} new nodes and links` : "nothing new"}; ${graph.nodes().length} nodes in view.${truncated}`,
    );
  } catch (error) {
    state.replaceChildren(errorBox(`Could not load the neighbourhood: ${error.message}`, () => loadAround(key, { center, id })));
    status(`Error: ${error.message}`, { error: true });
  } finally {
    $("graph").removeAttribute("aria-busy");
  }
}

function renderGraphList() {
  const nodes = graph.nodes().sort((a, b) => a.label.localeCompare(b.label));
  $("node-list").replaceChildren(
    ...nodes.map((node) =>
      h(
        "li",
        {},
        h(
          "button",
          { type: "button", className: "link", onClick: () => chooseNode(node) },
          `${node.label} (${node.kind === "event" ? words(node.eventType) : describeEntity(node)})`,
        ),
      ),
    ),
  );
  const label = (id) => graph.node(id)?.label ?? "?";
  $("edge-list").replaceChildren(
    ...graph
      .edges()
      .map((edge) =>
        h(
          "li",
          {},
          h(
            "button",
            { type: "button", className: "link", onClick: () => showEdge(edge) },
            `${label(edge.source)} → ${edge.label} → ${label(edge.target)}${edge.disputed ? " (disputed)" : ""}`,
          ),
        ),
      ),
  );
}

/** A node was chosen: show what it is (an event's evidence) and expand it into the graph. */
function chooseNode(node) {
  graph.select(node.id);
  if (node.kind === "event") showEvent(node.id);
  else showEntityCard(node);
  const key = expansionKey(node);
  const current = readHash();
  if (!shown.expanded.has(key) && key !== current.entity && !current.expand.includes(key)) update({ expand: [...current.expand, key] });
}

function showEntityCard(node) {
  $("details-title").textContent = node.label;
  const connect = () => {
    update({ from: shown.entity, to: node.slug });
    $("connect").scrollIntoView({ block: "start", behavior: "smooth" });
  };
  $("details-body").replaceChildren(
    h("p", { className: "meta" }, describeEntity(node)),
    h(
      "div",
      { className: "actions" },
      h("a", { href: `#entity=${encodeURIComponent(node.slug)}`, className: "button" }, `Show ${node.label}`),
      node.slug !== shown.entity
        ? h("button", { type: "button", onClick: connect }, `How is ${shown.entityName} connected to ${node.label}?`)
        : null,
    ),
  );
}

/** On a narrow screen the side panel sits below the graph: bring the evidence into view. */
function revealDetails() {
  if (window.matchMedia("(max-width: 899px)").matches) $("details").scrollIntoView({ block: "start", behavior: "smooth" });
}

function showEdge(edge) {
  graph.select(edge.id);
  revealDetails();
  const from = graph.node(edge.source)?.label ?? edge.source;
  const to = graph.node(edge.target)?.label ?? edge.target;
  $("details-title").textContent = `${from} → ${edge.label} → ${to}`;
  $("details-body").replaceChildren(
    factList([
      ["Relationship", edge.relationship],
      ["Title", edge.title],
      ["Date", edge.date ?? "not dated"],
      ["Certainty", edge.certainty ? words(edge.certainty) : null],
      ["Disputed", disputedText(edge)],
      ["Claims", edge.claimCount != null ? String(edge.claimCount) : null],
    ]),
    h("h4", {}, "Evidence"),
    citationList(edge.citations),
  );
  status(`Showing the evidence for ${from} ${edge.label} ${to}.`);
}

async function showEvent(id) {
  graph.select(id);
  revealDetails();
  $("details-title").textContent = "Loading the event…";
  $("details-body").replaceChildren(h("p", { className: "muted" }, "Loading…"));
  try {
    const event = await eventDetails(id);
    if (!event) throw new Error("This event no longer exists.");
    $("details-title").textContent = event.title;
    $("details-body").replaceChildren(
      factList([
        ["Type", words(event.type)],
        ["Date", event.date.text],
        ["Certainty", words(event.certainty)],
        ["Disputed", event.disputed ? "yes: its sources disagree (see the claims below)" : null],
        ["Round", event.round],
        ["Amount", money(event.amount) ?? money(event.licenceAmount)],
        ["Price", money(event.price)],
        ["Change", event.percentage != null ? `${event.percentage}%` : null],
        ["Kind", words(event.legalKind)],
        ["Job title", event.jobTitle],
        ["Speaker", event.speakerDescription],
      ]),
      event.summary ? h("p", {}, event.summary) : null,
      event.quote ? h("blockquote", { className: "quote" }, event.quote) : null,
      h("h4", {}, "Participants"),
      h(
        "ul",
        { className: "participants" },
        event.participants.map((p) =>
          h("li", {}, h("a", { href: `#entity=${encodeURIComponent(p.entity.slug)}` }, p.entity.name), ` — ${words(p.role)}`),
        ),
      ),
      h("h4", {}, "Evidence"),
      citationList(event.citations),
      h("h4", {}, `Claims (${event.claims.totalCount})`),
      claimList(event.claims.edges.map((e) => e.node)),
    );
    status(`Showing the event “${event.title}”.`);
  } catch (error) {
    $("details-title").textContent = "Could not load the event";
    $("details-body").replaceChildren(errorBox(error.message, () => showEvent(id)));
    status(`Error: ${error.message}`, { error: true });
  }
}

/** The accessible counterpart of the dashed line: said in words in the details, not only drawn. */
function disputedText(edge) {
  if (!edge.disputed) return null;
  const behind = edge.relationship === "PARTICIPATED_IN" ? "the event's sources disagree" : "its sources disagree";
  return `yes: ${behind} (${edge.claimCount ?? "several"} claims; drawn as a dashed line)`;
}

function factList(rows) {
  return h(
    "dl",
    { className: "facts" },
    rows.filter(([, value]) => value).map(([term, value]) => [h("dt", {}, term), h("dd", {}, value)]),
  );
}

function renderTimeline(types) {
  const counts = new Map();
  for (const { node } of shown.events) counts.set(node.type, (counts.get(node.type) ?? 0) + 1);
  const active = new Set(types.filter((t) => counts.has(t)));
  const chips = [...counts.entries()].sort().map(([type, count]) =>
    h(
      "button",
      {
        type: "button",
        className: "chip",
        "aria-pressed": String(active.has(type)),
        onClick: () => {
          const next = new Set(active);
          if (next.has(type)) next.delete(type);
          else next.add(type);
          update({ types: [...next] });
        },
      },
      `${words(type)} (${count})`,
    ),
  );
  $("timeline-filter").replaceChildren(...chips);
  const visible = shown.events.filter(({ node }) => !active.size || active.has(node.type));
  $("timeline-list").replaceChildren(
    ...(visible.length
      ? visible.map(({ node, roles }) =>
          h(
            "li",
            { className: node.disputed ? "event disputed" : "event", title: node.disputed ? "Disputed: its sources disagree" : undefined },
            h("time", {}, node.date?.text ?? "undated"),
            h("span", { className: `badge t-${node.type.toLowerCase()}` }, words(node.type)),
            h("button", { type: "button", className: "link", onClick: () => showEvent(node.id) }, node.title),
            node.disputed ? h("span", { className: "badge disputed" }, "disputed") : null,
            h("span", { className: "muted" }, ` · ${roles.map(words).join(", ")} · ${words(node.certainty)}`),
          ),
        )
      : [h("li", { className: "muted" }, shown.events.length ? "No event of the chosen types." : "No events recorded for this entity.")]),
  );
}

// ---------------------------------------------------------------- how connected

let pathsGraph;

async function showConnection(fromSlug, toSlug, hops) {
  const box = $("connect-state");
  $("connect-hops").value = String(hops);
  $("paths").hidden = true;
  box.replaceChildren(h("p", { className: "loading" }, "Finding the shortest paths…"));
  $("connect").setAttribute("aria-busy", "true");
  try {
    const [from, to] = await Promise.all([entityName(fromSlug), entityName(toSlug)]);
    if (!from || !to) throw new Error(`No entity “${!from ? fromSlug : toSlug}”.`);
    fromPicker.set(from);
    toPicker.set(to);
    const paths = await loadPaths(from, to, hops);
    if (!paths.length) {
      box.replaceChildren(h("p", {}, `No path of at most ${hops} steps between ${from.name} and ${to.name}.`));
      status(`No path between ${from.name} and ${to.name}.`);
      return;
    }
    box.replaceChildren(h("p", {}, `${paths.length} shortest path${paths.length === 1 ? "" : "s"} between ${from.name} and ${to.name}.`));
    $("paths").hidden = false;
    pathsGraph ??= new GraphView($("paths-graph"), {
      onEdgeTap: (edge) => document.getElementById(`step-${edge.stepKey}`)?.focus(),
      layout: { name: "breadthfirst", directed: false, padding: 20, spacingFactor: 1.1, animate: false, roots: undefined },
    });
    window.__explorer.pathsGraph = pathsGraph;
    pathsGraph.clear();
    pathsGraph.layoutOptions.roots = [from.id];
    pathsGraph.merge({ nodes: paths.flatMap((p) => p.nodes), edges: paths.flatMap((p) => p.edges) }, { focus: from.id });
    pathsGraph.mark(from.id, "endpoint");
    pathsGraph.mark(to.id, "endpoint");
    $("paths-list").replaceChildren(...paths.map((path, index) => renderPath(path, index)));
    status(`Found ${paths.length} path${paths.length === 1 ? "" : "s"} from ${from.name} to ${to.name}.`);
  } catch (error) {
    box.replaceChildren(
      errorBox(`Could not find paths: ${error.message}`, () => {
        shown.connect = null;
        queueRender();
      }),
    );
    status(`Error: ${error.message}`, { error: true });
  } finally {
    $("connect").removeAttribute("aria-busy");
  }
}

function renderPath(path, index) {
  return h(
    "li",
    { className: "path" },
    h("h3", {}, `Path ${index + 1}: ${path.length} step${path.length === 1 ? "" : "s"}`),
    h(
      "ol",
      { className: "steps" },
      path.edges.map((step) =>
        h(
          "li",
          { id: `step-${step.stepKey}`, tabindex: "-1", className: "step" },
          h(
            "p",
            { className: "step-head" },
            h("strong", {}, step.fromLabel),
            step.backwards ? ` ← ${step.label} — ` : ` — ${step.label} → `,
            h("strong", {}, step.toLabel),
          ),
          factList([
            ["Date", step.date],
            ["Certainty", step.certainty ? words(step.certainty) : null],
            ["Disputed", disputedText(step)],
            ["Claims", step.claimCount != null ? String(step.claimCount) : null],
          ]),
          citationList(step.citations),
        ),
      ),
    ),
  );
}

// ---------------------------------------------------------------- rendering the hash

async function render() {
  const next = readHash();
  if (!next.entity) {
    // Nothing chosen: the welcome text, unless the link only asks "how connected".
    $("welcome").hidden = Boolean(next.from && next.to);
    $("entity-view").hidden = true;
    shown.entity = null;
    shown.expanded = new Set();
  }
  // Going back past an expansion: the drawing can only grow, so draw it again from the link.
  const stale = [...shown.expanded].some((key) => key !== next.entity && !next.expand.includes(key));
  if (next.entity && (next.entity !== shown.entity || stale)) {
    const ok = await showEntity(next.entity);
    if (!ok) return;
  } else if (next.entity) {
    renderTimeline(next.types);
  }
  if (next.entity) {
    for (const key of next.expand) if (!shown.expanded.has(key)) await loadAround(key);
  }
  const connectKey = next.from && next.to ? `${next.from}|${next.to}|${next.hops}` : null;
  if (connectKey && connectKey !== shown.connect) {
    shown.connect = connectKey;
    await showConnection(next.from, next.to, next.hops);
  }
}

let rendering = Promise.resolve();
function queueRender() {
  rendering = rendering.then(render).catch((error) => status(`Error: ${error.message}`, { error: true }));
  return rendering;
}

window.addEventListener("hashchange", queueRender);
queueRender();
