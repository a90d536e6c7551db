import "reflect-metadata";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { RunningApi, startApi } from "../../../src/app";
import { legacyGlobalId } from "../../../src/common/global-id";
import { silentLogger } from "../../../src/common/logger";
import { applySchema } from "../../../src/db/apply-schema";
import { createDriver, waitForDatabase } from "../../../src/db/driver";
import { GraphDatabase } from "../../../src/db/graph-database";
import { LocalNeo4j, startLocalNeo4j } from "../../../src/db/local-neo4j";
import { mergeEntities, renameEntity } from "../../../src/graph/entity/entity-maintenance";
import { loadSeedRoot } from "../../../src/seed/seed.loader";
import { SEEDS_DIR } from "../../../src/seed/seeds-dir";

// Issue 13, done-when: "A test renames an entity's slug and merges two entities ... and shows old ids
// and slugs still resolving to the survivor." Renames and merges change data, so this file runs on a
// Neo4j of its own (Community has one user database), seeded like the shared one, never on the run's.

// Own Neo4j, seeded twice: minutes on a loaded 2-core machine.
jest.setTimeout(600_000);

const PASSWORD = "ids-test-password-1";
const RENAMED = { from: "yang-zhilin", to: "zhilin-yang" };
const MERGE = { survivor: "alibaba", merged: "alibaba-cloud" };

interface EdgeRow {
  id: string;
  relationship: string;
  fromId: string;
  toId: string;
  title: string | null;
  date: { text: string } | null;
  citations: { quote: string | null }[];
}

const EDGES = `edges { id relationship fromId toId title date { text } citations { quote } }`;

describe("ids survive renames and merges (own Neo4j)", () => {
  let neo4j: LocalNeo4j;
  let db: GraphDatabase;
  let api: RunningApi;
  let seedSlugs: string[];
  const before: Record<string, { id: string; slug: string }> = {};
  let mergedEdges: EdgeRow[];
  let survivorEdges: EdgeRow[];
  let renamedEdges: EdgeRow[];

  async function query<T = any>(text: string, variables?: Record<string, unknown>): Promise<T> {
    const response = await fetch(api.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: text, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    return body.data!;
  }

  const idsBySlug = async (slugs: string[]) =>
    (
      await query<{ entities: ({ id: string; slug: string; redirectedFrom: string | null } | null)[] }>(
        `query ($slugs: [String!]!) { entities(slugs: $slugs) { id slug redirectedFrom } }`,
        { slugs },
      )
    ).entities;

  const edgesAround = async (id: string): Promise<EdgeRow[]> =>
    (await query(`query ($id: ID!) { neighborhood(id: $id, depth: 1, first: 200) { ${EDGES} } }`, { id })).neighborhood.edges;

  /** An edge as "relationship, far end, title, date, quotes", the end that was `id` written as `self`. */
  const signature = (edge: EdgeRow, self: string[]) => {
    const [from, to] = [edge.fromId, edge.toId].map((end) => (self.includes(end) ? "self" : end));
    return JSON.stringify([edge.relationship, from, to, edge.title, edge.date?.text ?? null, edge.citations.map((c) => c.quote).sort()]);
  };

  beforeAll(async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "aig-ids-neo4j-"));
    neo4j = await startLocalNeo4j({ dataDir, port: 0, password: PASSWORD, heap: "512m", pageCache: "64m" });
    const driver = createDriver({ uri: neo4j.uri, user: "neo4j", password: PASSWORD });
    db = new GraphDatabase(driver, { timeoutMs: 30_000, logger: silentLogger });
    await waitForDatabase(driver, 30_000);
    await applySchema(db, silentLogger);
    await loadSeedRoot(db, SEEDS_DIR);
    api = await startApi({ db, logger: silentLogger, port: 0, host: "127.0.0.1", production: false, shutdownGraceMs: 2000 });

    const rows = await db.runStatement("MATCH (e:Entity) RETURN e.slug AS slug ORDER BY slug", {}, "READ");
    seedSlugs = rows.map((r) => r.slug as string);
    for (const entity of await idsBySlug(seedSlugs)) before[entity!.slug] = entity!;
    mergedEdges = await edgesAround(before[MERGE.merged].id);
    survivorEdges = await edgesAround(before[MERGE.survivor].id);
    renamedEdges = await edgesAround(before[RENAMED.from].id);

    await renameEntity(db, RENAMED.from, RENAMED.to);
    await mergeEntities(db, MERGE.survivor, MERGE.merged);
  });

  afterAll(async () => {
    await api?.stop();
    await db?.close();
    await neo4j?.stop();
  });

  it("gives every seeded entity an opaque id that names neither its kind nor its slug", () => {
    expect(seedSlugs.length).toBeGreaterThan(40);
    for (const { id, slug } of Object.values(before)) {
      expect(Buffer.from(id, "base64url").toString("latin1")).not.toContain(slug);
      expect(id).not.toBe(legacyGlobalId("Entity", slug));
    }
    expect(new Set(Object.values(before).map((e) => e.id)).size).toBe(seedSlugs.length);
  });

  it("keeps a renamed entity's id, and resolves its old slug and old-format id to it with redirectedFrom", async () => {
    const { id } = before[RENAMED.from];
    const oldFormat = legacyGlobalId("Entity", RENAMED.from);
    const data = await query(
      `query ($old: String!, $new: String!, $id: ID!, $oldFormat: ID!) {
        old: entity(slug: $old) { id slug redirectedFrom }
        current: entity(slug: $new) { id slug redirectedFrom }
        byId: node(id: $id) { ... on Entity { slug redirectedFrom } }
        byOldFormat: node(id: $oldFormat) { id ... on Entity { slug redirectedFrom } }
      }`,
      { old: RENAMED.from, new: RENAMED.to, id, oldFormat },
    );
    expect(data.old).toEqual({ id, slug: RENAMED.to, redirectedFrom: RENAMED.from });
    expect(data.current).toEqual({ id, slug: RENAMED.to, redirectedFrom: null });
    expect(data.byId).toEqual({ slug: RENAMED.to, redirectedFrom: null });
    expect(data.byOldFormat).toEqual({ id, slug: RENAMED.to, redirectedFrom: oldFormat });
  });

  it("resolves a merged entity's slug and id to the survivor, in single and batch lookups", async () => {
    const survivor = before[MERGE.survivor];
    const merged = before[MERGE.merged];
    const data = await query(
      `query ($slugs: [String!]!, $ids: [ID!]!, $mergedId: ID!) {
        entities(slugs: $slugs) { id slug redirectedFrom }
        nodes(ids: $ids) { id ... on Entity { slug redirectedFrom } }
        node(id: $mergedId) { id ... on Entity { slug redirectedFrom } }
      }`,
      { slugs: [MERGE.merged, MERGE.survivor], ids: [merged.id, survivor.id], mergedId: merged.id },
    );
    expect(data.entities).toEqual([
      { id: survivor.id, slug: survivor.slug, redirectedFrom: MERGE.merged },
      { id: survivor.id, slug: survivor.slug, redirectedFrom: null },
    ]);
    expect(data.nodes).toEqual([
      { id: survivor.id, slug: survivor.slug, redirectedFrom: merged.id },
      { id: survivor.id, slug: survivor.slug, redirectedFrom: null },
    ]);
    expect(data.node).toEqual({ id: survivor.id, slug: survivor.slug, redirectedFrom: merged.id });
  });

  it("moves the merged entity's relationships, with their citations, onto the survivor", async () => {
    const ends = [before[MERGE.survivor].id, before[MERGE.merged].id];
    const between = (edge: EdgeRow) => ends.includes(edge.fromId) && ends.includes(edge.toId);
    const expected = [...survivorEdges, ...mergedEdges].filter((e) => !between(e)).map((e) => signature(e, ends));
    expect(mergedEdges.filter((e) => !between(e)).length).toBeGreaterThan(0);
    const after = (await edgesAround(before[MERGE.survivor].id)).map((e) => signature(e, ends));
    expect(new Set(after)).toEqual(new Set(expected));
    // The merged entity's name is now one of the survivor's aliases.
    const { entity } = await query(`{ entity(slug: "${MERGE.survivor}") { aliases { name } } }`);
    expect(entity.aliases.map((a: { name: string }) => a.name)).toContain("Alibaba Cloud");
  });

  it("keeps the edge ids around a renamed entity, and the survivor's own edge ids through a merge", async () => {
    const merged = before[MERGE.merged].id;
    const untouchedByMerge = (edges: EdgeRow[]) => edges.filter((e) => e.fromId !== merged && e.toId !== merged).map((e) => e.id);
    expect(renamedEdges.length).toBeGreaterThan(0);
    expect(new Set(untouchedByMerge(await edgesAround(before[RENAMED.from].id)))).toEqual(new Set(untouchedByMerge(renamedEdges)));
    const survivorIdsAfter = new Set((await edgesAround(before[MERGE.survivor].id)).map((e) => e.id));
    const ownBefore = untouchedByMerge(survivorEdges);
    expect(ownBefore.length).toBeGreaterThan(0);
    for (const id of ownBefore) expect(survivorIdsAfter).toContain(id);
  });

  it("refuses unknown slugs, taken slugs and merging an entity into itself, naming the argument and writing nothing", async () => {
    const failure = (promise: Promise<unknown>) =>
      promise.then(
        () => null,
        (error: { message: string; extensions: Record<string, unknown> }) => error,
      );
    expect(await failure(renameEntity(db, "no-such-entity", "anything"))).toMatchObject({
      extensions: { code: "NOT_FOUND", argument: "from" },
    });
    expect(await failure(renameEntity(db, RENAMED.to, MERGE.survivor))).toMatchObject({ extensions: { code: "CONFLICT", argument: "to" } });
    expect(await failure(renameEntity(db, "bytedance", MERGE.merged))).toMatchObject({ extensions: { code: "CONFLICT", argument: "to" } });
    expect(await failure(renameEntity(db, "bytedance", "Not A Slug"))).toMatchObject({
      extensions: { code: "BAD_USER_INPUT", argument: "to" },
    });
    expect(await failure(mergeEntities(db, "bytedance", "bytedance"))).toMatchObject({
      extensions: { code: "BAD_USER_INPUT", argument: "merged" },
    });
    expect(await failure(mergeEntities(db, MERGE.survivor, MERGE.merged))).toMatchObject({
      message: expect.stringContaining(`former slug of "${MERGE.survivor}"`),
      extensions: { code: "NOT_FOUND", argument: "merged" },
    });
    expect(await failure(mergeEntities(db, "bytedance", RENAMED.to))).toMatchObject({
      extensions: { code: "BAD_USER_INPUT", argument: "merged" },
    });
    expect((await idsBySlug(["bytedance"]))[0]).toEqual({ ...before.bytedance, redirectedFrom: null });
  });

  it("re-seeding after the rename and merge keeps every id and resurrects neither old slug", async () => {
    const aroundBefore = await edgesAround(before[MERGE.survivor].id);
    const edgesBefore = aroundBefore.map((e) => signature(e, [before[MERGE.survivor].id]));
    await loadSeedRoot(db, SEEDS_DIR);
    const after = await idsBySlug(seedSlugs);
    seedSlugs.forEach((slug, i) => {
      const expectedId = slug === MERGE.merged ? before[MERGE.survivor].id : before[slug].id;
      expect([slug, after[i]!.id]).toEqual([slug, expectedId]);
    });
    expect(after[seedSlugs.indexOf(RENAMED.from)]).toMatchObject({ slug: RENAMED.to, redirectedFrom: RENAMED.from });
    expect(after[seedSlugs.indexOf(MERGE.merged)]).toMatchObject({ slug: MERGE.survivor, redirectedFrom: MERGE.merged });
    const [{ live }] = await db.runStatement(
      "MATCH (e:Entity) WHERE e.slug IN $slugs RETURN count(e) AS live",
      { slugs: [RENAMED.from, MERGE.merged] },
      "READ",
    );
    expect(live).toBe(0);
    // The reload updated the moved relationships in place (their keys follow the survivor), adding none.
    const aroundAfter = await edgesAround(before[MERGE.survivor].id);
    const edgesAfter = aroundAfter.map((e) => signature(e, [before[MERGE.survivor].id]));
    expect(edgesAfter.sort()).toEqual(edgesBefore.sort());
    expect(aroundAfter.map((e) => e.id).sort()).toEqual(aroundBefore.map((e) => e.id).sort());
    // The merged entity's declaration, loaded again, leaves its name an alias of the survivor.
    const { entity } = await query(`{ entity(slug: "${MERGE.survivor}") { name aliases { name } } }`);
    expect(entity.aliases.map((a: { name: string }) => a.name)).toContain("Alibaba Cloud");
    expect(entity.name).toBe("Alibaba");
  });
});
