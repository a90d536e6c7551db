// The drawing: Cytoscape.js, served from the server's own node_modules (no CDN).

import cytoscape from "./vendor/cytoscape.esm.min.mjs";

/** Node colours: by kind for organisations (investor, startup, big tech ...), else by type. */
export const PALETTE = [
  { key: "INVESTOR", label: "Investor", color: "#d97706" },
  { key: "STARTUP", label: "Startup", color: "#2563eb" },
  { key: "BIG_TECH", label: "Big tech", color: "#7c3aed" },
  { key: "ORGANIZATION", label: "Other organisation", color: "#64748b" },
  { key: "PERSON", label: "Person", color: "#059669" },
  { key: "PRODUCT", label: "Product", color: "#0891b2" },
  { key: "MARKET", label: "Market", color: "#a16207" },
  { key: "EVENT", label: "Event", color: "#e11d48" },
];
const COLOR = Object.fromEntries(PALETTE.map((p) => [p.key, p.color]));

/** Line styles: a fact whose sources disagree is drawn dashed (not by colour alone), in this colour. */
export const DISPUTED_COLOR = "#b45309";
export const LINE_LEGEND = [
  { key: "stated", label: "Link (sources agree)", dashed: false, color: "#94a3b8" },
  { key: "disputed", label: "Disputed link or event (sources disagree)", dashed: true, color: DISPUTED_COLOR },
];

export function colorOf(node) {
  if (node.kind === "event") return COLOR.EVENT;
  if (node.type === "ORGANIZATION") {
    for (const kind of ["INVESTOR", "BIG_TECH", "STARTUP"]) if (node.kinds?.includes(kind)) return COLOR[kind];
    return COLOR.ORGANIZATION;
  }
  return COLOR[node.type] ?? COLOR.ORGANIZATION;
}

const STYLE = [
  {
    selector: "node",
    style: {
      "background-color": "data(color)",
      label: "data(label)",
      width: 26,
      height: 26,
      "font-size": 10,
      color: "#111827",
      "text-valign": "bottom",
      "text-margin-y": 4,
      "text-wrap": "wrap",
      "text-max-width": 110,
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.85,
      "text-background-padding": 1,
      "border-width": 1,
      "border-color": "#ffffff",
    },
  },
  { selector: 'node[kind = "event"]', style: { shape: "diamond", width: 20, height: 20, "font-size": 8, "text-max-width": 90 } },
  { selector: 'node[type = "PERSON"]', style: { shape: "ellipse" } },
  { selector: 'node[type = "ORGANIZATION"]', style: { shape: "round-rectangle" } },
  { selector: 'node[type = "PRODUCT"]', style: { shape: "round-triangle" } },
  { selector: "node.expanded", style: { "border-width": 3, "border-color": "#1f2937" } },
  { selector: "node.focus", style: { width: 38, height: 38, "border-width": 4, "border-color": "#111827", "font-weight": "bold" } },
  { selector: "node.endpoint", style: { width: 36, height: 36, "border-width": 4, "border-color": "#111827", "font-weight": "bold" } },
  {
    selector: "edge",
    style: {
      width: 1.5,
      "line-color": "#94a3b8",
      "target-arrow-color": "#94a3b8",
      "target-arrow-shape": "triangle",
      "curve-style": "bezier",
      label: "data(label)",
      "font-size": 8,
      color: "#334155",
      "text-rotation": "autorotate",
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.85,
      "text-background-padding": 1,
      "min-zoomed-font-size": 6,
    },
  },
  {
    selector: "edge[?disputed]",
    style: {
      "line-style": "dashed",
      "line-dash-pattern": [6, 3],
      "line-color": DISPUTED_COLOR,
      "target-arrow-color": DISPUTED_COLOR,
      width: 2,
    },
  },
  { selector: "node[?disputed]", style: { "border-width": 3, "border-style": "dashed", "border-color": DISPUTED_COLOR } },
  { selector: "edge:selected", style: { width: 3, "line-color": "#0f172a", "target-arrow-color": "#0f172a" } },
  { selector: "node:selected", style: { "border-width": 4, "border-color": "#f59e0b" } },
];

export class GraphView {
  /**
   * @param {HTMLElement} container
   * @param {{ onNodeTap?: (data) => void, onEdgeTap?: (data) => void, layout?: object }} options
   */
  constructor(container, { onNodeTap, onEdgeTap, layout } = {}) {
    this.container = container;
    this.layoutOptions = layout ?? null;
    this.cy = cytoscape({
      container,
      style: STYLE,
      minZoom: 0.2,
      maxZoom: 3,
      boxSelectionEnabled: false,
      autoungrabify: false,
    });
    this.cy.on("tap", "node", (event) => onNodeTap?.(event.target.data()));
    this.cy.on("tap", "edge", (event) => onEdgeTap?.(event.target.data()));
  }

  clear() {
    this.cy.elements().remove();
  }

  /** Adds what is new in a subgraph (nodes, then edges whose ends exist) and lays the graph out again. */
  merge(subgraph, { focus } = {}) {
    const added = [];
    this.cy.batch(() => {
      for (const node of subgraph.nodes) {
        if (this.cy.getElementById(node.id).nonempty()) continue;
        added.push(this.cy.add({ group: "nodes", data: { ...node, color: colorOf(node) } }));
      }
      for (const edge of subgraph.edges) {
        if (this.cy.getElementById(edge.id).nonempty()) continue;
        if (this.cy.getElementById(edge.source).empty() || this.cy.getElementById(edge.target).empty()) continue;
        added.push(this.cy.add({ group: "edges", data: edge }));
      }
    });
    if (focus) this.focus(focus);
    this.layout();
    return added.length;
  }

  layout() {
    this.cy.resize();
    this.cy.layout(this.layoutOptions ?? this.rings()).run();
  }

  /**
   * Rings around the focused node by hop distance: deterministic (the same link draws the same
   * picture) and readable for the small, star-shaped neighbourhoods this page shows.
   */
  rings() {
    const focus = this.cy.nodes(".focus");
    const distance = new Map();
    if (focus.nonempty()) {
      const { distanceTo } = this.cy.elements().dijkstra({ root: focus[0], directed: false });
      for (const node of this.cy.nodes()) distance.set(node.id(), distanceTo(node));
    }
    return {
      name: "concentric",
      animate: false,
      padding: 24,
      minNodeSpacing: 34,
      startAngle: (3 / 2) * Math.PI,
      concentric: (node) => {
        const d = distance.get(node.id());
        return d === undefined || !Number.isFinite(d) ? 0 : 100 - d;
      },
      levelWidth: () => 1,
    };
  }

  mark(id, className) {
    this.cy.getElementById(id).addClass(className);
  }

  focus(id) {
    this.cy.nodes(".focus").removeClass("focus");
    this.cy.getElementById(id).addClass("focus");
  }

  nodes() {
    return this.cy.nodes().map((n) => n.data());
  }

  edges() {
    return this.cy.edges().map((e) => e.data());
  }

  node(id) {
    const element = this.cy.getElementById(id);
    return element.nonempty() ? element.data() : null;
  }

  select(id) {
    this.cy.elements(":selected").unselect();
    this.cy.getElementById(id).select();
  }
}
