import * as fs from "node:fs";
import * as path from "node:path";
import { Browser, Page } from "playwright-core";
import { seededGlobalId } from "../../src/common/global-id";
import { expectNoErrors, startTestApi, TestApi } from "../helpers/api";
import { launchChromium } from "./browser";

/**
 * The graph explorer (/explore) in headless Chromium (from the npm package @sparticuz/chromium, or
 * CHROMIUM_PATH), against the real API and the seeded
 * graph: what an analyst does with it, by mouse, keyboard and phone, and that the page never
 * loads anything from outside the server.
 */

const ARTIFACTS = path.resolve(__dirname, "../../test-artifacts/explorer");
/** Set EXPLORER_DOCS_SCREENSHOT=1 to refresh the README's screenshot (docs/explorer.png). */
const DOCS_SCREENSHOT = path.resolve(__dirname, "../../docs/explorer.png");
const LAPTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };

interface GraphElement {
  id: string;
  label: string;
  kind?: string;
  /** For an edge: "source label -> target label". */
  ends?: string;
  x: number;
  y: number;
  /** Points to click, best first: a node's centre; an edge's midpoint, then other points on its curve. */
  points?: { x: number; y: number }[];
}

describe("graph explorer at /explore", () => {
  let t: TestApi;
  let browser: Browser;
  let requested: string[] = [];
  let pageErrors: string[] = [];

  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    t = await startTestApi();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });
  beforeEach(() => {
    requested = [];
    pageErrors = [];
  });

  async function openPage(viewport = LAPTOP, mobile = false): Promise<Page> {
    const context = await browser.newContext({ viewport, isMobile: mobile, hasTouch: mobile, deviceScaleFactor: 1 });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on("request", (request) => requested.push(request.url()));
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") pageErrors.push(message.text());
    });
    return page;
  }

  /** Every request the page made went to the API's own origin (scripts, styles, data). */
  function expectOnlyLocalRequests(): void {
    const origin = new URL(t.baseUrl).origin;
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith("data:"))).toEqual([]);
    expect(pageErrors).toEqual([]);
  }

  async function waitForStatus(page: Page, pattern: RegExp): Promise<string> {
    const status = page.locator("#status");
    await page.waitForFunction((source) => new RegExp(source).test(document.getElementById("status")?.textContent ?? ""), pattern.source);
    return (await status.textContent()) ?? "";
  }

  /**
   * Nodes or edges on the canvas with their on-screen (page) coordinates. An edge also lists other
   * points on its curve: parallel edges (Google acquired and licensed Character.AI) are drawn as
   * neighbouring curves, and another line or node may cross one curve's midpoint.
   */
  async function graphElements(page: Page, group: "nodes" | "edges", container = "#graph"): Promise<GraphElement[]> {
    const box = await page.locator(container).boundingBox();
    const elements = await page.evaluate(
      ({ group, container }) => {
        const view = (window as any).__explorer[container === "#graph" ? "graph" : "pathsGraph"];
        return view.cy[group]().map((el: any) => {
          if (group === "nodes") {
            const p = el.renderedPosition();
            return { id: el.id(), label: el.data("label"), kind: el.data("kind"), x: p.x, y: p.y, points: [p] };
          }
          // A quadratic Bezier through its endpoints with midpoint m has control point 2m - (s + t) / 2.
          const [s, m, t] = [el.renderedSourceEndpoint(), el.renderedMidpoint(), el.renderedTargetEndpoint()];
          const c = { x: 2 * m.x - (s.x + t.x) / 2, y: 2 * m.y - (s.y + t.y) / 2 };
          const at = (u: number) => ({
            x: (1 - u) ** 2 * s.x + 2 * u * (1 - u) * c.x + u ** 2 * t.x,
            y: (1 - u) ** 2 * s.y + 2 * u * (1 - u) * c.y + u ** 2 * t.y,
          });
          const ends = `${el.source().data("label")} -> ${el.target().data("label")}`;
          return {
            id: el.id(),
            label: el.data("label"),
            kind: el.data("kind"),
            ends,
            x: m.x,
            y: m.y,
            points: [m, at(0.35), at(0.65), at(0.25), at(0.75)],
          };
        });
      },
      { group, container },
    );
    return elements.map((el: GraphElement & { points: { x: number; y: number }[] }) => ({
      ...el,
      x: el.x + box!.x,
      y: el.y + box!.y,
      points: el.points.map((p) => ({ x: p.x + box!.x, y: p.y + box!.y })),
    }));
  }

  /**
   * Clicks (or taps) a node or edge of the canvas by its label, scrolling the graph into view first,
   * until `done` sees the click's effect: another element may lie over the first point tried (and a
   * node may still be settling), so the next point of the element is tried, read afresh each time.
   */
  async function clickElement(
    page: Page,
    group: "nodes" | "edges",
    pick: (el: GraphElement) => boolean,
    done: () => Promise<unknown>,
    tap = false,
  ): Promise<void> {
    await page.locator("#graph").scrollIntoViewIfNeeded();
    const attempts = 5;
    for (let attempt = 0; attempt < attempts; attempt++) {
      const element = (await graphElements(page, group)).find(pick);
      if (!element) throw new Error(`No such element among the ${group} drawn`);
      const point = element.points![attempt % element.points!.length];
      if (tap) await page.touchscreen.tap(point.x, point.y);
      else await page.mouse.click(point.x, point.y);
      const tookEffect = await Promise.race([
        done().then(() => true),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 4_000)),
      ]).catch(() => false);
      if (tookEffect) return;
    }
    await done(); // the last chance, with the page's own timeout and its error message
  }

  async function entity(slug: string): Promise<{ id: string; name: string }> {
    const res = await t.query<{ entity: { id: string; name: string } }>(`query ($slug: String!) { entity(slug: $slug) { id name } }`, {
      slug,
    });
    expectNoErrors(res);
    return res.data!.entity;
  }

  it("finds 月之暗面, draws Moonshot AI, expands a node, shows an edge's quote and the shortest paths with evidence", async () => {
    const page = await openPage();
    await page.goto(`${t.baseUrl}/explore`);
    expect(new URL(page.url()).pathname).toBe("/explore/");

    // Search in Chinese; the suggestion names the English entity and the alias that matched.
    const search = page.getByRole("combobox", { name: /Find a company/ });
    await search.fill("月之暗面");
    const suggestion = page.getByRole("option", { name: /Moonshot AI/ });
    await suggestion.waitFor();
    expect(await suggestion.textContent()).toContain("月之暗面");
    await search.press("Enter");

    await page.getByRole("heading", { level: 2, name: "Moonshot AI" }).waitFor();
    await waitForStatus(page, /^Showing Moonshot AI: \d+ nodes/);
    expect(new URL(page.url()).hash).toBe("#entity=moonshot-ai");
    const before = await graphElements(page, "nodes");
    expect(before.map((n) => n.label)).toEqual(expect.arrayContaining(["Moonshot AI", "Yang Zhilin", "Kimi"]));

    // The timeline lists the entity's events, filterable by type.
    const events = await t.query(`{ entity(slug: "moonshot-ai") { events(first: 100) { edges { node { type title } } } } }`);
    expectNoErrors(events);
    const eventNodes = events.data!.entity.events.edges.map((e: any) => e.node);
    const timeline = page.locator("#timeline-list > li.event");
    expect(await timeline.count()).toBe(eventNodes.length);
    await page.getByRole("button", { name: /^statement \(\d+\)$/ }).click();
    await page.waitForFunction(() => location.hash.includes("types=STATEMENT"));
    const statements = eventNodes.filter((e: any) => e.type === "STATEMENT");
    // The hash changes first and the hashchange handler redraws the list after it: wait for the redraw.
    await page
      .waitForFunction((n) => document.querySelectorAll("#timeline-list > li.event").length === n, statements.length, { timeout: 5000 })
      .catch(() => undefined);
    expect(await timeline.count()).toBe(statements.length);
    expect(await timeline.first().textContent()).toContain(statements[0].title);

    // Click Yang Zhilin on the canvas: his neighbourhood is merged in (Recurrent AI, which he founded).
    expect(before.some((n) => n.label === "Recurrent AI")).toBe(false);
    await clickElement(
      page,
      "nodes",
      (n) => n.label === "Yang Zhilin",
      () => waitForStatus(page, /^Expanded Yang Zhilin/),
    );
    const after = await graphElements(page, "nodes");
    expect(after.length).toBeGreaterThan(before.length);
    expect(after.map((n) => n.label)).toContain("Recurrent AI");
    expect(new URL(page.url()).hash).toContain("expand=yang-zhilin");
    expect(await page.locator("#details-title").textContent()).toBe("Yang Zhilin");

    // Click the Moonshot AI -> Kimi line: the side panel shows date, certainty and the quote.
    const products = await t.query(
      `{ entity(slug: "moonshot-ai") { ... on Organization { products { edges { certainty citations { quote source { title } } node { name } } } } } }`,
    );
    expectNoErrors(products);
    const owns = products.data!.entity.products.edges.find((e: any) => e.node.name === "Kimi");
    await clickElement(
      page,
      "edges",
      (e) => e.label === "owns" && e.ends === "Moonshot AI -> Kimi",
      () => page.locator("#details-title", { hasText: "Moonshot AI → owns → Kimi" }).waitFor(),
    );
    const quote = page.locator("#details-body blockquote", { hasText: owns.citations[0].quote });
    await quote.waitFor();
    expect(await quote.isVisible()).toBe(true);
    expect(await page.locator("#details-body").textContent()).toContain(owns.citations[0].source.title);
    expect(await page.locator("#details-body").textContent()).toContain(owns.certainty.toLowerCase());
    await page.screenshot({ path: path.join(ARTIFACTS, "laptop-entity.png") });
    if (process.env.EXPLORER_DOCS_SCREENSHOT) {
      await page.setViewportSize({ width: 1366, height: 1060 });
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: DOCS_SCREENSHOT });
      await page.setViewportSize(LAPTOP);
    }

    // How is Zhu Xiaohu connected to Yang Zhilin? Pick both (the second by its Chinese name).
    const from = page.getByRole("combobox", { name: "From" });
    await from.fill("Zhu Xiaohu");
    await page.getByRole("option", { name: /Zhu Xiaohu/ }).click();
    const to = page.getByRole("combobox", { name: "To" });
    await to.fill("杨植麟");
    await page.getByRole("option", { name: /Yang Zhilin/ }).waitFor();
    await to.press("ArrowDown");
    await to.press("Enter");
    expect(await to.inputValue()).toBe("Yang Zhilin");
    await page.getByRole("button", { name: "Find paths" }).click();
    await waitForStatus(page, /^Found \d+ paths? from Zhu Xiaohu to Yang Zhilin/);
    expect(new URL(page.url()).hash).toContain("from=zhu-xiaohu&to=yang-zhilin");

    const [zhu, yangZhilin] = await Promise.all([entity("zhu-xiaohu"), entity("yang-zhilin")]);
    const paths = await t.query(
      `query ($from: ID!, $to: ID!) { howConnected(fromId: $from, toId: $to) { length steps { relationship citations { quote } } } }`,
      { from: zhu.id, to: yangZhilin.id },
    );
    expectNoErrors(paths);
    const firstPath = paths.data!.howConnected[0];
    const pathItems = page.locator("#paths-list > li.path");
    expect(await pathItems.count()).toBe(paths.data!.howConnected.length);
    const firstItem = pathItems.first();
    expect(await firstItem.locator("h3").textContent()).toBe(`Path 1: ${firstPath.length} step${firstPath.length === 1 ? "" : "s"}`);
    expect(await firstItem.locator("ol.steps > li").count()).toBe(firstPath.steps.length);
    const evidence = firstItem.locator("ol.steps > li").first().locator("blockquote", { hasText: firstPath.steps[0].citations[0].quote });
    expect(await evidence.first().isVisible()).toBe(true);
    const drawn = await graphElements(page, "nodes", "#paths-graph");
    expect(drawn.map((n) => n.label)).toEqual(expect.arrayContaining(["Zhu Xiaohu", "Yang Zhilin"]));
    await page.locator("#connect").screenshot({ path: path.join(ARTIFACTS, "laptop-how-connected.png") });
    await page.screenshot({ path: path.join(ARTIFACTS, "laptop-full.png"), fullPage: true });

    // The URL is the view: opening it elsewhere draws the same entity, expansion and paths.
    const shared = page.url();
    const nodeCount = (await graphElements(page, "nodes")).length;
    const other = await openPage();
    await other.goto(shared);
    await waitForStatus(other, /^Found \d+ paths? from Zhu Xiaohu to Yang Zhilin/);
    expect(await other.getByRole("heading", { level: 2, name: "Moonshot AI" }).isVisible()).toBe(true);
    expect((await graphElements(other, "nodes")).length).toBe(nodeCount);
    expect(await other.locator("#paths-list > li.path").count()).toBe(paths.data!.howConnected.length);
    await other.context().close();
    await page.context().close();
    expectOnlyLocalRequests();
  });

  it("fits a phone-sized screen without sideways scrolling", async () => {
    const page = await openPage(PHONE, true);
    await page.goto(`${t.baseUrl}/explore/#entity=moonshot-ai&from=zhu-xiaohu&to=yang-zhilin`);
    await waitForStatus(page, /^Found \d+ paths? from Zhu Xiaohu to Yang Zhilin/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    for (const selector of ["#search-input", "#graph", "#details", "#timeline", "#connect-form"]) {
      const box = (await page.locator(selector).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    }
    expect((await page.locator("#graph").boundingBox())!.height).toBeGreaterThanOrEqual(250);
    // Tapping an event on a touch screen shows its date, certainty and quotes, scrolled into view.
    const res = await t.query(
      `{ entity(slug: "zhu-xiaohu") { events { edges { node { title date { text } certainty citations { quote } } } } } }`,
    );
    expectNoErrors(res);
    const event = res.data!.entity.events.edges.map((e: any) => e.node).find((e: any) => e.title.startsWith("Zhu Xiaohu reveals"));
    await clickElement(
      page,
      "nodes",
      (n) => n.kind === "event" && event.title.startsWith(n.label.replace(/…$/, "")),
      () => page.locator("#details-title", { hasText: event.title }).waitFor(),
      true,
    );
    // The tap also expands the event (its other participants join the drawing).
    await page.waitForFunction(() => (window as any).__explorer.graph.cy.nodes(".expanded").some((n: any) => n.data("kind") === "event"));
    const facts = (await page.locator("#details-body dl").textContent()) ?? "";
    expect(facts).toContain(event.date.text);
    expect(facts).toContain(event.certainty.toLowerCase());
    const quote = page.locator("#details-body blockquote", { hasText: event.citations[0].quote }).first();
    await page.waitForFunction(() => {
      const box = document.getElementById("details")!.getBoundingClientRect();
      return box.top >= -1 && box.top < window.innerHeight / 2;
    });
    expect(await quote.isVisible()).toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, "phone.png") });
    await page.screenshot({ path: path.join(ARTIFACTS, "phone-full.png"), fullPage: true });
    await page.context().close();
    expectOnlyLocalRequests();
  });

  it("marks a disputed event in the timeline and lists its claims side by side in the details panel", async () => {
    const res = await t.query(`{ node(id: "${seededGlobalId("Event", "gsr-ventures-arbitration-against-moonshot-founders-2024-11")}") {
      ... on Event { title disputed claims(first: 50) { totalCount edges { node { stance note quotes source { url textStored } } } } } } }`);
    expectNoErrors(res);
    const event = res.data!.node;
    expect(event.disputed).toBe(true);
    const denial = event.claims.edges.map((e: any) => e.node).find((c: any) => c.stance === "DENIES");
    const page = await openPage();
    await page.goto(`${t.baseUrl}/explore/#entity=yang-zhilin`);
    await waitForStatus(page, /^Showing Yang Zhilin/);
    const row = page.locator("#timeline-list > li.event.disputed", { hasText: event.title });
    expect(await row.locator(".badge.disputed").textContent()).toBe("disputed");
    await row.getByRole("button", { name: event.title }).click();
    await page.locator("#details-title", { hasText: event.title }).waitFor();
    const claims = page.locator("#details-body li.claim");
    expect(await claims.count()).toBe(event.claims.totalCount);
    const denied = page.locator("#details-body li.claim.stance-denies");
    expect(await denied.textContent()).toContain(denial.note);
    expect(await denied.textContent()).toContain(denial.source.url);
    const body = (await page.locator("#details-body").textContent()) ?? "";
    expect(body).toContain("yes: its sources disagree");
    const quoted = event.claims.edges.map((e: any) => e.node).find((c: any) => c.quotes.length > 0);
    expect(await page.locator("#details-body li.claim blockquote", { hasText: quoted.quotes[0] }).count()).toBeGreaterThan(0);
    await page.context().close();
    expectOnlyLocalRequests();
  });

  it("draws a disputed link dashed, names the line styles in the legend and says 'disputed' in the link's details", async () => {
    const res = await t.query(`{ node(id: "${seededGlobalId("Event", "google-acquires-character-ai-2024-08")}") {
      ... on Event { disputed claims { totalCount } } } }`);
    expectNoErrors(res);
    expect(res.data!.node.disputed).toBe(true);
    const page = await openPage();
    await page.goto(`${t.baseUrl}/explore/#entity=google`);
    await waitForStatus(page, /^Showing Google/);
    expect(await page.locator("#legend li.line-disputed").textContent()).toMatch(/Disputed link/);
    expect(await page.locator("#legend li.line-disputed .line-swatch.dashed").count()).toBe(1);

    // How each line is drawn, as Cytoscape rendered it.
    const lines = await page.evaluate(() =>
      (window as any).__explorer.graph.cy.edges().map((el: any) => ({
        ends: `${el.source().data("label")} -> ${el.target().data("label")}`,
        label: el.data("label"),
        disputed: el.data("disputed"),
        style: el.style("line-style"),
      })),
    );
    const acquired = lines.find((l: any) => l.label === "acquired" && l.ends === "Google -> Character.AI");
    expect(acquired).toMatchObject({ disputed: true, style: "dashed" });
    const licensed = lines.find((l: any) => l.label === "licensed" && l.ends === "Google -> Character.AI");
    expect(licensed).toMatchObject({ disputed: false, style: "solid" });

    await clickElement(
      page,
      "edges",
      (e) => e.label === "acquired" && e.ends === "Google -> Character.AI",
      () => page.locator("#details-title", { hasText: "Google → acquired → Character.AI" }).waitFor(),
    );
    const facts = (await page.locator("#details-body dl").textContent()) ?? "";
    expect(facts).toContain("yes: its sources disagree");
    expect(facts).toContain(`Claims${res.data!.node.claims.totalCount}`);
    // The list of links (the canvas's accessible twin) says it too.
    expect(await page.locator("#edge-list").textContent()).toContain("Google → acquired → Character.AI (disputed)");
    await page.context().close();
    expectOnlyLocalRequests();
  });

  it("serves the page and Cytoscape itself, under a policy that forbids other origins", async () => {
    const page = await fetch(`${t.baseUrl}/explore/`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(page.headers.get("content-security-policy")).toContain("connect-src 'self'");
    expect(await page.text()).toContain('<script type="module" src="app.js"></script>');
    const cytoscape = await fetch(`${t.baseUrl}/explore/vendor/cytoscape.esm.min.mjs`);
    expect(cytoscape.status).toBe(200);
    expect(cytoscape.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect((await cytoscape.text()).length).toBeGreaterThan(100_000);
  });

  it("shows the API's failure with a retry button that recovers", async () => {
    const page = await openPage();
    let failures = 1;
    await page.route("**/graphql", (route) => {
      if (failures-- > 0) return route.fulfill({ status: 503, contentType: "text/plain", body: "upstream down" });
      return route.continue();
    });
    await page.goto(`${t.baseUrl}/explore/#entity=moonshot-ai`);
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toContain("The API answered 503");
    expect(await page.locator("#status").getAttribute("class")).toContain("error");
    pageErrors = pageErrors.filter((text) => !text.includes("503")); // the browser logs the failed load itself
    await alert.getByRole("button", { name: "Try again" }).click();
    await waitForStatus(page, /^Showing Moonshot AI/);
    expect(await page.getByRole("alert").count()).toBe(0);
    await page.context().close();
    expectOnlyLocalRequests();
  });

  it("is usable with the keyboard alone and says so when an entity does not exist", async () => {
    const page = await openPage();
    await page.goto(`${t.baseUrl}/explore/#entity=no-such-entity`);
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toContain("No entity has the slug “no-such-entity”");
    expect(await page.locator("#status").getAttribute("aria-live")).toBe("polite");

    // Skip link, home link, then the search box; arrows and Enter choose a suggestion.
    for (let i = 0; i < 3; i++) await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("search-input");
    await page.keyboard.type("zhu xiaohu");
    await page.getByRole("option", { name: /Zhu Xiaohu/ }).waitFor();
    await page.keyboard.press("ArrowDown");
    expect(await page.getByRole("combobox", { name: /Find a company/ }).getAttribute("aria-activedescendant")).toBeTruthy();
    await page.keyboard.press("Enter");
    await waitForStatus(page, /^Showing Zhu Xiaohu/);

    // The graph's nodes and links are also buttons, so the evidence is reachable without a mouse.
    await page.locator("#graph-list summary").press("Enter");
    const link = page.locator("#edge-list button", { hasText: "works at" }).first();
    await link.focus();
    await page.keyboard.press("Enter");
    await page.locator("#details-body blockquote").first().waitFor();
    expect(await page.locator("#details-title").textContent()).toMatch(/^Zhu Xiaohu → works at → /);
    await page.context().close();
    expectOnlyLocalRequests();
  });
});
