import "reflect-metadata";
import * as path from "node:path";
import { allLoadStatements, loadSeedRoot, SeedValidationError } from "../../src/seed/seed.loader";
import { SEEDS_DIR } from "../../src/seed/seeds-dir";
import { schemaStatements } from "../../src/db/cypher-files";
import { expectNoErrors, startTestApi, TestApi } from "../helpers/api";
import { describeOperator, explainOperators } from "../helpers/explain";

const FIXTURES = path.join(__dirname, "..", "fixtures", "seeds");

/**
 * A fingerprint of the whole graph: counts per label and per relationship type, and the number of
 * stored citations (re-loading a source must replace its citations, not append them again).
 */
const FINGERPRINT = `
CALL () { MATCH (n) UNWIND labels(n) AS label RETURN collect(label) AS labels }
CALL () { MATCH ()-[r]->() RETURN collect(type(r)) AS types }
CALL () { MATCH (n) RETURN sum(size(coalesce(n.citationQuotes, []))) AS nodeCitations }
CALL () { MATCH ()-[r]->() RETURN sum(size(coalesce(r.citationQuotes, []))) AS relationshipCitations }
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships, labels, types, nodeCitations, relationshipCitations`;

interface Fingerprint {
  nodes: number;
  relationships: number;
  labels: Record<string, number>;
  types: Record<string, number>;
  nodeCitations: number;
  relationshipCitations: number;
}

const tally = (values: string[]) => values.reduce<Record<string, number>>((acc, v) => ({ ...acc, [v]: (acc[v] ?? 0) + 1 }), {});

describe("the seed loader", () => {
  let t: TestApi;

  beforeAll(async () => {
    t = await startTestApi();
  });
  afterAll(async () => t?.close());

  async function fingerprint(): Promise<Fingerprint> {
    const [row] = await t.db.runStatement(FINGERPRINT, {}, "READ");
    return {
      nodes: row.nodes as number,
      relationships: row.relationships as number,
      labels: tally(row.labels as string[]),
      types: tally(row.types as string[]),
      nodeCitations: row.nodeCitations as number,
      relationshipCitations: row.relationshipCitations as number,
    };
  }

  /** Loads a fixture root and returns the rejection, failing the test if the load succeeded. */
  async function rejection(root: string): Promise<SeedValidationError> {
    try {
      await loadSeedRoot(t.db, path.join(FIXTURES, root));
    } catch (error) {
      expect(error).toBeInstanceOf(SeedValidationError);
      return error as SeedValidationError;
    }
    throw new Error(`loading ${root} should have been rejected`);
  }

  it("after a load into an empty database (the test setup's), every index of cypher/schema/ is back and online", async () => {
    // The loader drops the indexes it does not read for a fresh load and builds them afterwards (seed.deferred-indexes.ts).
    const declared = schemaStatements().flatMap((s) => /(?:INDEX|CONSTRAINT) (\w+) IF NOT EXISTS/.exec(s)?.[1] ?? []);
    expect(declared).toEqual(expect.arrayContaining(["alias_fulltext", "entity_sort_name", "event_type_date_range"]));
    const rows = await t.db.runStatement(
      "SHOW INDEXES YIELD name, state, owningConstraint RETURN name, state, owningConstraint",
      {},
      "READ",
    );
    const online = new Set(
      rows.filter((r) => r.state === "ONLINE").map((r) => (r.owningConstraint as string | null) ?? (r.name as string)),
    );
    expect(declared.filter((name) => !online.has(name))).toEqual([]);
  });

  it("is idempotent: loading the seeds again changes no count, label, type or citation", async () => {
    const before = await fingerprint();
    expect(before.nodes).toBeGreaterThan(100);
    const report = await loadSeedRoot(t.db, SEEDS_DIR);
    // In write order: the article, the reference sources that point at its entities, the editorial file last.
    expect(report.sources).toEqual([
      "tech-planet-2024-12-06",
      "bloomberg-2024-08-02-character-ai-google",
      "calcalist-2025-05-25-character-ai-google-doj",
      "scmp-2024-12-moonshot-arbitration",
      "straits-times-2024-03-22-inflection-microsoft",
      "technode-2025-moonshot-arbitration-advances",
      "yicai-2024-11-11-moonshot-arbitration-lawyer",
      "editorial-aliases",
    ]);
    expect(await fingerprint()).toEqual(before);
    expect({ nodes: report.nodes, relationships: report.relationships }).toEqual({
      nodes: before.nodes,
      relationships: before.relationships,
    });
  });

  it("leaves an audit trail: a seeded entity's history shows its seed folder, gap-free from 1", async () => {
    const res = await t.query(`{
      entity(slug: "moonshot-ai") { history { nodes { actor operation } } }
      changes(first: 3) { totalCount nodes { seq actor } }
    }`);
    expectNoErrors(res);
    const history = (res.data!.entity as { history: { nodes: { actor: string; operation: string }[] } }).history.nodes;
    expect(history[0]).toEqual({ actor: "seed:tech-planet-2024-12-06", operation: "CREATE_ENTITY" });
    const changes = res.data!.changes as { totalCount: number; nodes: { seq: number; actor: string }[] };
    expect(changes.totalCount).toBeGreaterThan(100);
    expect(changes.nodes.map((n) => n.seq)).toEqual([1, 2, 3]);
    expect(changes.nodes.every((n) => n.actor.startsWith("seed:"))).toBe(true);
  });

  it("plans every load statement without Eager, finding every node through a unique constraint", async () => {
    for (const text of allLoadStatements()) {
      const operators = await explainOperators(t.db, text, { batch: { rows: [] }, sourceSlug: "fixture" }, "WRITE");
      expect(operators.filter((o) => o.operator === "Eager").map(describeOperator)).toEqual([]);
      expect(operators.filter((o) => /Scan/.test(o.operator)).map(describeOperator)).toEqual([]);
      const seeks = operators.filter((o) => /IndexSeek/.test(o.operator));
      // A CREATE-only statement (load-*-new, for rows the load proves new) looks nothing up.
      if (/\b(MATCH|MERGE)\b/.test(text)) expect(seeks.length).toBeGreaterThan(0);
      expect(seeks.filter((o) => !o.operator.startsWith("NodeUniqueIndexSeek")).map(describeOperator)).toEqual([]);
    }
  });

  describe("rejects a broken seed file, naming file and field, and writes nothing", () => {
    it.each([
      ["unknown-entity", /fixture-unknown-entity\/facts\.json relationships\[1\]\.to: .*no-such-entity/],
      [
        "quote-not-in-text",
        /fixture-quote-not-in-text\/facts\.json metrics\[0\] \(slug "fixture-acme-paying-customers-2024"\)\.citations\[0\]\.quote: not found verbatim/,
      ],
      [
        "invalid-date",
        /fixture-invalid-date\/facts\.json events\[0\] \(slug "fixture-acme-moonshot-statement-2025-01"\)\.date: .*partial date/,
      ],
      ["missing-field", /fixture-missing-field\/facts\.json entities\[1\] \(slug "fixture-jane-roe"\)\.name: /],
      ["bad-json", /fixture-bad-json\/facts\.json: not valid JSON/],
    ])("%s", async (root, problem) => {
      const before = await fingerprint();
      const error = await rejection(root);
      expect(error.problems).toContainEqual(expect.stringMatching(problem));
      expect(error.message).toMatch(/nothing was written/);
      expect(await fingerprint()).toEqual(before);
    });

    it("rejects the whole load, valid folders included, when one folder is broken", async () => {
      const before = await fingerprint();
      const error = await rejection("valid-plus-broken");
      expect(error.problems).toEqual([
        expect.stringMatching(/fixture-unknown-subject\/facts\.json metrics\[0\] .*\.subject: .*fixture-nobody/),
      ]);
      expect(await fingerprint()).toEqual(before);
      const res = await t.query(`{ entity(slug: "fixture-acme-robotics") { slug } }`);
      expect(res.data?.entity).toBeNull();
    });
  });

  describe("a new source folder", () => {
    let before: Fingerprint;

    beforeAll(async () => {
      before = await fingerprint();
      await loadSeedRoot(t.db, path.join(FIXTURES, "valid"));
    });
    afterAll(async () => {
      // Restore the shared graph: everything the fixture created, then check nothing else changed.
      await t.db.runStatement(
        `MATCH (n) WHERE n.slug STARTS WITH 'fixture-' OR (n:Alias AND n.entitySlug STARTS WITH 'fixture-') OR (n:Source AND n.slug = 'fixture-valid') OR (n:Claim AND n.sourceSlug = 'fixture-valid')
         DETACH DELETE n`,
      );
      // Its audit records too, and the change counter back to the seed load's last one.
      await t.db.runStatement(`MATCH (c:Change {actor: 'seed:fixture-valid'}) DELETE c`);
      await t.db.runStatement(
        `MATCH (k:ChangeCounter) OPTIONAL MATCH (c:Change) WITH k, max(c.seq) AS last SET k.value = coalesce(last, 0)`,
      );
      expect(await fingerprint()).toEqual(before);
    });

    it('loads without code changes and attaches a reference by alias ("Dark Side of the Moon") to the existing entity', async () => {
      const res = await t.query(`{
        entity(slug: "fixture-acme-robotics") { name aliases { name } metrics { value citations { source { slug } } } }
        moonshot: entity(slug: "moonshot-ai") { events(types: [STATEMENT]) { edges { roles node { slug } } } }
      }`);
      expectNoErrors(res);
      expect(res.data!.entity).toMatchObject({
        name: "Acme Robotics",
        aliases: [{ name: "Acme" }],
        metrics: [{ value: 1200, citations: [{ source: { slug: "fixture-valid" } }] }],
      });
      expect(res.data!.moonshot.events.edges).toContainEqual({
        roles: ["SUBJECT"],
        node: { slug: "fixture-acme-moonshot-statement-2025-01" },
      });
      const [row] = await t.db.runStatement(
        `MATCH (:Entity {slug: 'fixture-acme-robotics'})-[r:PARTNER_OF]->(other:Entity) RETURN collect(other.slug) AS partners`,
        {},
        "READ",
      );
      expect(row.partners).toEqual(["moonshot-ai"]);
    });

    it("records what the folder created in the audit trail, as seed:<folder>", async () => {
      const res = await t.query(`{
        entity(slug: "fixture-acme-robotics") { id history { nodes { actor operation target } } }
        changes(first: 100, kinds: [CREATE_SOURCE]) { nodes { actor target } }
      }`);
      expectNoErrors(res);
      const entity = res.data!.entity as { id: string; history: { nodes: unknown[] } };
      expect(entity.history.nodes).toEqual([{ actor: "seed:fixture-valid", operation: "CREATE_ENTITY", target: entity.id }]);
      expect((res.data!.changes as { nodes: { actor: string }[] }).nodes.map((n) => n.actor)).toContain("seed:fixture-valid");
    });

    it("is idempotent for the new folder too", async () => {
      const loaded = await fingerprint();
      expect(loaded.nodes).toBeGreaterThan(before.nodes);
      await loadSeedRoot(t.db, path.join(FIXTURES, "valid"));
      expect(await fingerprint()).toEqual(loaded);
    });
  });
});
