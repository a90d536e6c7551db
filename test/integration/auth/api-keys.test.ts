import { Logger } from "../../../src/common/logger";
import { TestApi } from "../../helpers/api";
import { TEST_PASSWORD } from "../../helpers/test-state";
import { codeOf, startHardenedApi } from "../hardening/harness";
import { keyOf, runKeys } from "./keys-cli";

const query = `{ entity(slug: "moonshot-ai") { name } }`;
const from = (address: string) => ({ "x-forwarded-for": address });
const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
const NAMES = ["test-editor", "test-admin", "test-revoked"];

describe("API keys: the keys CLI and authentication over HTTP", () => {
  const logLines: string[] = [];
  const logger = new Logger("debug", (line) => logLines.push(line));
  let t: TestApi;
  let editorKey: string;
  let adminKey: string;

  beforeAll(async () => {
    t = await startHardenedApi({ logger, rateLimit: { points: 10, windowSeconds: 60 }, http: { trustProxy: ["loopback"] } });
    await t.db.runStatement("MATCH (k:ApiKey) WHERE k.name IN $names DETACH DELETE k", { names: NAMES });
    // The first command goes through `npm run keys` exactly as documented (it builds dist/); the rest run the built CLI.
    const editor = await runKeys(["create", "--name", "test-editor", "--role", "editor"], {}, true);
    expect(editor.code).toBe(0);
    editorKey = keyOf(editor);
    adminKey = keyOf(await runKeys(["create", "--name=test-admin", "--role=admin"]));
  }, 180_000);

  afterAll(async () => {
    await t?.db.runStatement("MATCH (k:ApiKey) WHERE k.name IN $names DETACH DELETE k", { names: NAMES });
    await t?.close();
  });

  it("prints a new key once, as the last line of create's output, and stores only its scrypt hash", async () => {
    expect(editorKey).toMatch(/^aig_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);
    expect(adminKey).toMatch(/^aig_/);
    expect(adminKey).not.toBe(editorKey);
    const [stored] = await t.db.runStatement("MATCH (k:ApiKey {name: 'test-editor'}) RETURN properties(k) AS props", {}, "READ");
    const props = stored.props as Record<string, string>;
    expect(props.role).toBe("editor");
    expect(props.hash).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    const secret = editorKey.slice("aig_".length + 17);
    expect(JSON.stringify(props)).not.toContain(secret);
  });

  it("lists keys with name, role and state, never the key or its hash", async () => {
    const listed = await runKeys(["list"]);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/^test-editor\teditor\tcreated \S+\tactive$/m);
    expect(listed.stdout).toMatch(/^test-admin\tadmin\tcreated \S+\tactive$/m);
    expect(listed.stdout).not.toContain(editorKey.slice(22));
    expect(listed.stdout).not.toContain("scrypt");
  });

  it("refuses a taken name, an unknown role, and revoking a name no key has", async () => {
    const taken = await runKeys(["create", "--name", "test-editor", "--role", "admin"]);
    expect(taken.code).toBe(1);
    expect(taken.stderr).toContain('A key named "test-editor" exists already');
    const badRole = await runKeys(["create", "--name", "someone", "--role", "owner"]);
    expect(badRole.code).toBe(2);
    expect(badRole.stderr).toContain('--role must be one of editor, admin, not "owner"');
    const unknown = await runKeys(["revoke", "nobody-has-this-name"]);
    expect(unknown.code).toBe(1);
  });

  it("answers anonymous reads, and reads with a verified key", async () => {
    const anonymous = await t.query(query, {}, from("198.51.100.1"));
    expect(anonymous.status).toBe(200);
    expect(anonymous.data?.entity.name).toBe("Moonshot AI");
    const keyed = await t.query(query, {}, { ...from("198.51.100.1"), ...bearer(editorKey) });
    expect(keyed.status).toBe(200);
    expect(keyed.data?.entity.name).toBe("Moonshot AI");
    const line = logLines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .find((l) => l.message === "request" && l.keyName === "test-editor");
    expect(line).toBeDefined();
  });

  it("answers a made-up, malformed or wrong-secret key with 401 UNAUTHENTICATED before GraphQL runs", async () => {
    const wrongSecret = `${editorKey.slice(0, -4)}AAAA` === editorKey ? `${editorKey.slice(0, -4)}BBBB` : `${editorKey.slice(0, -4)}AAAA`;
    for (const headers of [
      bearer("made-up-key"),
      bearer(`aig_0123456789abcdef_${"x".repeat(43)}`),
      bearer(wrongSecret),
      { authorization: editorKey },
      { authorization: "Basic dXNlcjpwYXNz" },
    ]) {
      const refused = await t.query(query, {}, { ...from("198.51.100.2"), ...headers });
      expect(refused.status).toBe(401);
      expect(codeOf(refused)).toBe("UNAUTHENTICATED");
      expect(refused.data).toBeUndefined();
      expect(refused.headers.get("www-authenticate")).toMatch(/^Bearer/);
    }
  });

  it("gives each verified key its own budget wherever it calls from, apart from its addresses' budgets", async () => {
    // entity(slug) { name } costs 2 of the 10 points: five answers per window.
    for (const address of ["203.0.113.1", "203.0.113.2", "203.0.113.3", "203.0.113.4", "203.0.113.5"]) {
      const res = await t.query(query, {}, { ...from(address), ...bearer(adminKey) });
      expect(res.status).toBe(200);
    }
    const spent = await t.query(query, {}, { ...from("203.0.113.6"), ...bearer(adminKey) });
    expect(spent.status).toBe(429);
    expect(codeOf(spent)).toBe("RATE_LIMITED");
    // The addresses it called from still have their whole budget for anonymous reads.
    const anonymous = await t.query(query, {}, from("203.0.113.1"));
    expect(anonymous.status).toBe(200);
    expect(anonymous.headers.get("x-ratelimit-remaining")).toBe("8");
    // And the editor key's budget is its own.
    const editor = await t.query(query, {}, { ...from("203.0.113.1"), ...bearer(editorKey) });
    expect(editor.status).toBe(200);
  });

  it("refuses a revoked key: at once on a fresh API, within the verdict cache's 5 s on one that saw it", async () => {
    const revokedKey = keyOf(await runKeys(["create", "--name", "test-revoked", "--role", "editor"]));
    expect((await t.query(query, {}, { ...from("198.51.100.3"), ...bearer(revokedKey) })).status).toBe(200);
    const revoked = await runKeys(["revoke", "test-revoked"]);
    expect(revoked.code).toBe(0);
    expect(revoked.stdout).toContain('Revoked "test-revoked"');
    expect((await runKeys(["list"])).stdout).toMatch(/^test-revoked\teditor\tcreated \S+\trevoked \S+$/m);

    const fresh = await startHardenedApi({});
    try {
      const refused = await fresh.query(query, {}, bearer(revokedKey));
      expect(refused.status).toBe(401);
      expect(codeOf(refused)).toBe("UNAUTHENTICATED");
    } finally {
      await fresh.close();
    }
    await new Promise((resolve) => setTimeout(resolve, 5_200));
    const later = await t.query(query, {}, { ...from("198.51.100.3"), ...bearer(revokedKey) });
    expect(later.status).toBe(401);
    expect(codeOf(later)).toBe("UNAUTHENTICATED");
  }, 60_000);

  it("with REQUIRE_API_KEY refuses anonymous callers with 401 and serves keyed ones", async () => {
    const strict = await startHardenedApi({ requireApiKey: true, logger });
    try {
      const anonymous = await strict.query(query);
      expect(anonymous.status).toBe(401);
      expect(codeOf(anonymous)).toBe("UNAUTHENTICATED");
      expect(anonymous.errors![0].message).toContain("requires an API key");
      const keyed = await strict.query(query, {}, bearer(editorKey));
      expect(keyed.status).toBe(200);
      expect(keyed.data?.entity.name).toBe("Moonshot AI");
    } finally {
      await strict.close();
    }
  });

  it("finds the running local Neo4j of a data folder through its bolt.json when NEO4J_URI is unset", async () => {
    // The run's Neo4j holds (and locks) its store in TEST_NEO4J_DATA_DIR, as `npm start`'s does in .data/neo4j.
    const listed = await runKeys(["list"], {
      NEO4J_URI: undefined,
      NEO4J_DATA_DIR: process.env.TEST_NEO4J_DATA_DIR,
      NEO4J_PASSWORD: TEST_PASSWORD,
    });
    expect(listed.stderr).not.toContain("starting the local Neo4j");
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/^test-editor\teditor/m);
  });

  it("never writes a key into the log", () => {
    expect(logLines.length).toBeGreaterThan(10);
    for (const key of [editorKey, adminKey]) {
      const secret = key.slice("aig_".length + 17);
      expect(logLines.filter((line) => line.includes(secret))).toEqual([]);
    }
  });
});
