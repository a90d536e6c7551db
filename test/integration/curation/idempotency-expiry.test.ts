import "reflect-metadata";
import { Curator, removeCurationTestData, startCurator } from "./harness";

// Idempotency records expire (IDEMPOTENCY_TTL_HOURS): an expired key runs its mutation again, and
// writes prune expired records. Two curators on one database: one with the default TTL, one whose
// TTL (a millisecond) has passed for every record.

const TEXT = "Cur Test Expiry Labs was founded by Cur Test Ivo in 2024.";
const QUOTE = "Cur Test Expiry Labs was founded by Cur Test Ivo";
const ASSERT = `mutation($input: AssertClaimInput!) { assertClaim(input: $input) { replayed claim { key } change { seq } userErrors { code } } }`;

describe("idempotency keys expire", () => {
  let fresh: Curator;
  let expired: Curator;
  let input: Record<string, unknown>;

  const records = async () => (await fresh.db.runStatement("MATCH (k:IdempotencyRecord) RETURN count(k) AS n"))[0].n as number;

  beforeAll(async () => {
    fresh = await startCurator();
    expired = await startCurator({ idempotencyTtlMs: 1 });
    await removeCurationTestData(fresh.db);
    const source = await fresh.run(`mutation($input: CreateSourceInput!) { createSource(input: $input) { source { id } } }`, {
      input: { slug: "cur-test-x-source", title: "Expiry", publisher: "Test Daily", publishedAt: "2025", language: "en", text: TEXT },
    });
    const sourceId = source.data.createSource.source.id;
    const entity = async (slug: string, name: string, type: string) =>
      (
        await fresh.run(`mutation($input: CreateEntityInput!) { createEntity(input: $input) { entity { id } } }`, {
          input: { slug, name, type, kinds: [], sourceId, citations: [{ quote: name }] },
        })
      ).data.createEntity.entity.id as string;
    input = {
      sourceId,
      stance: "ASSERTS",
      certainty: "CONFIRMED",
      citations: [{ quote: QUOTE }],
      relationship: {
        type: "FOUNDED",
        fromId: await entity("cur-test-x-ivo", "Cur Test Ivo", "PERSON"),
        toId: await entity("cur-test-x-labs", "Cur Test Expiry Labs", "ORGANIZATION"),
      },
      idempotencyKey: "expiry-1",
    };
  });
  afterAll(async () => {
    await removeCurationTestData(fresh.db);
    await fresh.close();
    await expired.close();
  });

  it("replays within the TTL and runs the mutation again once the key has expired", async () => {
    const first = (await fresh.run(ASSERT, { input })).data.assertClaim;
    expect(first).toMatchObject({ replayed: false, userErrors: [] });
    const replay = (await fresh.run(ASSERT, { input })).data.assertClaim;
    expect(replay).toMatchObject({ replayed: true, change: { seq: first.change.seq }, claim: { key: first.claim.key } });

    await new Promise((resolve) => setTimeout(resolve, 20));
    const again = (await expired.run(ASSERT, { input })).data.assertClaim;
    expect(again).toMatchObject({ replayed: false, userErrors: [] });
    expect(again.change.seq).toBeGreaterThan(first.change.seq);
    expect(again.claim.key).not.toBe(first.claim.key);
    // The key now stands for the second write, for callers with the default TTL too.
    expect((await fresh.run(ASSERT, { input })).data.assertClaim).toMatchObject({ replayed: true, change: { seq: again.change.seq } });
  });

  it("prunes expired records on a later write", async () => {
    expect(await records()).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const { idempotencyKey: _k, ...unkeyed } = input;
    expect((await expired.run(ASSERT, { input: unkeyed })).data.assertClaim.userErrors).toEqual([]);
    expect(await records()).toBe(0);
  });
});
