import { legacyGlobalId, seededGlobalId } from "../../../src/common/global-id";

/**
 * The hostile-write corpus (issue 15, item 7): bad mutations, each with the answer it must get. The
 * test (hostile-writes.test.ts) sends every one over HTTP to a real API and compares a fingerprint of
 * the whole database before and after: a refused write must change nothing at all.
 */

/** Who sends the request: an editor key, no key, a key that never existed, a revoked key, a header that is not Bearer. */
export type Caller = "editor" | "anonymous" | "madeUpKey" | "revokedKey" | "notBearer";

export type MutationName = "createSource" | "createEntity" | "updateEntity" | "addAlias" | "removeAlias" | "assertClaim" | "retractClaim";

/** What the corpus test set up first (ids of its own source and entities, a claim and a seeded node). */
export interface Fixture {
  sourceId: string;
  referenceSourceId: string;
  labsId: string;
  adaId: string;
  claimKey: string;
  text: string;
}

export interface UserErrorShape {
  field: string[];
  code: string;
}

export type Expected =
  /** A payload whose userErrors (usually one) name these fields with these codes (HTTP 200). */
  | { userError: UserErrorShape | UserErrorShape[] }
  /** A top-level GraphQL error with this code and HTTP status (no payload). */
  | { error: string; status: number };

export interface HostileWrite {
  name: string;
  mutation: MutationName;
  caller?: Caller;
  input: (f: Fixture) => Record<string, unknown>;
  expect: Expected;
}

/** The source text every fixture quote comes from; it contains Cypher- and Lucene-like text, which must stay plain text. */
export const SOURCE_TEXT =
  "Hostile Test Labs, a Beijing start-up, raised 10 million dollars. Its founder Ada Hostile said the model ships in May. " +
  "Its slogan is `MATCH (n) DETACH DELETE n` and its search syntax is name:* OR title:[a TO z]~2.";

const CYPHER = `x"}) MATCH (n) DETACH DELETE n //`;
const LUCENE = `name:* OR title:[a TO z]~2 AND "unterminated`;

const validSource = (slug: string) => ({
  slug,
  title: "Hostile test source",
  publisher: "Test Daily",
  publishedAt: "2025-01-15",
  language: "en",
  url: "https://example.com/hostile",
  text: "A short text.",
});
const validEntity = (f: Fixture, slug = "cur-test-hostile-x") => ({
  slug,
  name: "Hostile X",
  type: "ORGANIZATION",
  kinds: ["STARTUP"],
  sourceId: f.sourceId,
  citations: [{ quote: "Hostile Test Labs" }],
});
const founded = (f: Fixture, quote = "Its founder Ada Hostile") => ({
  sourceId: f.sourceId,
  stance: "ASSERTS",
  certainty: "CONFIRMED",
  citations: [{ quote }],
  relationship: { type: "INVESTED_IN", fromId: f.adaId, toId: f.labsId },
});
const bad = (...field: string[]) => ({ userError: { field: ["input", ...field], code: "BAD_USER_INPUT" } });
const notFound = (...field: string[]) => ({ userError: { field: ["input", ...field], code: "NOT_FOUND" } });
/** Refused while GraphQL coerces the variables: the resolver never runs. */
const invalidVariable = { error: "BAD_USER_INPUT", status: 400 };

export const HOSTILE_WRITES: HostileWrite[] = [
  // Callers without the right to write.
  {
    name: "anonymous createSource",
    mutation: "createSource",
    caller: "anonymous",
    input: () => validSource("cur-test-hostile-anon"),
    expect: { error: "FORBIDDEN", status: 200 },
  },
  {
    name: "anonymous assertClaim",
    mutation: "assertClaim",
    caller: "anonymous",
    input: (f) => founded(f),
    expect: { error: "FORBIDDEN", status: 200 },
  },
  {
    name: "made-up key",
    mutation: "createEntity",
    caller: "madeUpKey",
    input: (f) => validEntity(f),
    expect: { error: "UNAUTHENTICATED", status: 401 },
  },
  {
    name: "revoked key",
    mutation: "createEntity",
    caller: "revokedKey",
    input: (f) => validEntity(f),
    expect: { error: "UNAUTHENTICATED", status: 401 },
  },
  {
    name: "a key not sent as Bearer",
    mutation: "createEntity",
    caller: "notBearer",
    input: (f) => validEntity(f),
    expect: { error: "UNAUTHENTICATED", status: 401 },
  },

  // Oversized values and lists.
  {
    name: "text over 200,000 characters",
    mutation: "createSource",
    input: () => ({ ...validSource("cur-test-hostile-big"), text: "a".repeat(200_001) }),
    expect: bad("text"),
  },
  {
    name: "input over 250,000 characters",
    mutation: "createSource",
    input: () => ({ ...validSource("cur-test-hostile-big"), text: "a".repeat(150_000), note: "b".repeat(110_000) }),
    expect: bad(),
  },
  {
    name: "title over 500 characters",
    mutation: "createSource",
    input: () => ({ ...validSource("cur-test-hostile-big"), title: "t".repeat(501) }),
    expect: bad("title"),
  },
  {
    name: "name over 200 characters",
    mutation: "createEntity",
    input: (f) => ({ ...validEntity(f), name: "n".repeat(201) }),
    expect: bad("name"),
  },
  {
    name: "51 aliases",
    mutation: "createEntity",
    input: (f) => ({ ...validEntity(f), aliases: Array.from({ length: 51 }, (_, i) => ({ name: `Alias ${i}`, language: "en" })) }),
    expect: bad("aliases"),
  },
  {
    name: "21 citations",
    mutation: "assertClaim",
    input: (f) => ({ ...founded(f), citations: Array.from({ length: 21 }, () => ({ quote: "Ada Hostile" })) }),
    expect: bad("citations"),
  },
  {
    name: "quote over 2000 characters",
    mutation: "assertClaim",
    input: (f) => ({ ...founded(f), citations: [{ quote: "q".repeat(2001) }] }),
    expect: bad("citations", "0", "quote"),
  },
  {
    name: "empty text",
    mutation: "createSource",
    input: () => ({ ...validSource("cur-test-hostile-empty"), text: "   " }),
    expect: bad("text"),
  },

  {
    name: "a body over 100 kB without a key",
    mutation: "createSource",
    caller: "anonymous",
    input: () => ({ ...validSource("cur-test-hostile-big"), text: "a".repeat(150_000) }),
    expect: { error: "DOCUMENT_TOO_LARGE", status: 413 },
  },
  {
    name: "a body over 2 MB with a key",
    mutation: "createSource",
    input: () => ({ ...validSource("cur-test-hostile-big"), text: "\u0001".repeat(400_000) }),
    expect: { error: "DOCUMENT_TOO_LARGE", status: 413 },
  },

  // Control characters and lone surrogates.
  { name: "NUL in a name", mutation: "createEntity", input: (f) => ({ ...validEntity(f), name: "Hostile\u0000X" }), expect: bad("name") },
  {
    name: "line break in a name",
    mutation: "createEntity",
    input: (f) => ({ ...validEntity(f), name: "Hostile\nX" }),
    expect: bad("name"),
  },
  {
    name: "escape character in a text",
    mutation: "createSource",
    input: () => ({ ...validSource("cur-test-hostile-esc"), text: "ok \u001b[31m red" }),
    expect: bad("text"),
  },
  {
    name: "DEL in a citation quote",
    mutation: "assertClaim",
    input: (f) => ({ ...founded(f), citations: [{ quote: "Ada\u007fHostile" }] }),
    expect: bad("citations", "0", "quote"),
  },
  {
    name: "lone high surrogate in a name",
    mutation: "createEntity",
    input: (f) => ({ ...validEntity(f), name: "Hostile \ud800 X" }),
    expect: bad("name"),
  },
  {
    name: "lone low surrogate in a text",
    mutation: "createSource",
    input: () => ({ ...validSource("cur-test-hostile-sur"), text: "text \udc00 here" }),
    expect: bad("text"),
  },
  {
    name: "control character in an idempotencyKey",
    mutation: "createEntity",
    input: (f) => ({ ...validEntity(f), idempotencyKey: "k\u0001" }),
    expect: bad("idempotencyKey"),
  },
  {
    name: "idempotencyKey over 200 characters",
    mutation: "createEntity",
    input: (f) => ({ ...validEntity(f), idempotencyKey: "k".repeat(201) }),
    expect: bad("idempotencyKey"),
  },

  // Cypher- and Lucene-like strings where the rules refuse them (accepted ones are stored verbatim: see the test).
  { name: "Cypher in a slug", mutation: "createEntity", input: (f) => ({ ...validEntity(f), slug: CYPHER }), expect: bad("slug") },
  { name: "Lucene syntax in a slug", mutation: "createSource", input: () => ({ ...validSource(LUCENE) }), expect: bad("slug") },
  {
    name: "Cypher in a claim key",
    mutation: "retractClaim",
    input: () => ({ claimKey: `x' OR 1=1 // ${CYPHER}`, reason: "testing" }),
    expect: notFound("claimKey"),
  },
  {
    name: "Cypher in an alias to remove",
    mutation: "removeAlias",
    input: (f) => ({ entityId: f.labsId, name: CYPHER, reason: "testing" }),
    expect: notFound("name"),
  },

  // Evidence.
  {
    name: "a quote one character off",
    mutation: "assertClaim",
    input: (f) => founded(f, "Its founder Ada Hostilf"),
    expect: { userError: { field: ["input", "citations", "0", "quote"], code: "QUOTE_NOT_IN_SOURCE" } },
  },
  {
    name: "a quote with one character more",
    mutation: "createEntity",
    input: (f) => ({ ...validEntity(f), citations: [{ quote: "Hostile Test Labs," }, { quote: "Hostile Test Labs!" }] }),
    expect: { userError: { field: ["input", "citations", "1", "quote"], code: "QUOTE_NOT_IN_SOURCE" } },
  },
  {
    name: "an alias quote not in the text",
    mutation: "addAlias",
    input: (f) => ({ entityId: f.labsId, name: "HTL", language: "en", sourceId: f.sourceId, quote: "HTL raised" }),
    expect: { userError: { field: ["input", "quote"], code: "QUOTE_NOT_IN_SOURCE" } },
  },
  {
    name: "a quote of a reference source",
    mutation: "assertClaim",
    input: (f) => ({ ...founded(f), sourceId: f.referenceSourceId }),
    expect: { userError: [bad("citations", "0", "quote").userError, bad("citations", "0", "note").userError] },
  },
  { name: "no citation", mutation: "assertClaim", input: (f) => ({ ...founded(f), citations: [] }), expect: bad("citations") },

  // Unknown, malformed and wrong-kind ids.
  {
    name: "unknown entity id",
    mutation: "assertClaim",
    input: (f) => ({
      ...founded(f),
      relationship: { type: "INVESTED_IN", fromId: legacyGlobalId("Entity", "cur-test-hostile-nobody"), toId: f.labsId },
    }),
    expect: notFound("relationship", "fromId"),
  },
  {
    name: "malformed entity id",
    mutation: "updateEntity",
    input: () => ({ id: "!!not-an-id!!", expectedVersion: 1, description: "x" }),
    expect: notFound("id"),
  },
  {
    name: "empty entity id",
    mutation: "addAlias",
    input: (f) => ({ entityId: "", name: "HTL", language: "en", sourceId: f.sourceId }),
    expect: notFound("entityId"),
  },
  {
    name: "a source id where an entity is expected",
    mutation: "assertClaim",
    input: (f) => ({ ...founded(f), relationship: { type: "INVESTED_IN", fromId: f.adaId, toId: f.sourceId } }),
    expect: notFound("relationship", "toId"),
  },
  {
    name: "an entity id where a source is expected",
    mutation: "createEntity",
    input: (f) => ({ ...validEntity(f), sourceId: f.labsId }),
    expect: notFound("sourceId"),
  },
  {
    name: "a seeded entity's id as an event",
    mutation: "assertClaim",
    input: (f) => ({ ...founded(f), relationship: null, event: { id: seededGlobalId("Entity", "moonshot-ai") } }),
    expect: notFound("event", "id"),
  },
  {
    name: "unknown source id",
    mutation: "createEntity",
    input: (f) => ({ ...validEntity(f), sourceId: legacyGlobalId("Source", "cur-test-hostile-nowhere") }),
    expect: notFound("sourceId"),
  },
  {
    name: "unknown claim key",
    mutation: "retractClaim",
    input: () => ({ claimKey: "cur-test-hostile|nothing|c1", reason: "testing" }),
    expect: notFound("claimKey"),
  },

  // Dates, vocabulary, enums, versions.
  {
    name: "an impossible date",
    mutation: "createSource",
    input: () => ({ ...validSource("cur-test-hostile-date"), publishedAt: "2025-02-30" }),
    expect: bad("publishedAt"),
  },
  {
    name: "a date that is not one",
    mutation: "assertClaim",
    input: (f) => ({ ...founded(f), relationship: { type: "INVESTED_IN", fromId: f.adaId, toId: f.labsId, date: "last Tuesday" } }),
    expect: bad("relationship", "date"),
  },
  {
    name: "a language that is no code",
    mutation: "createSource",
    input: () => ({ ...validSource("cur-test-hostile-lang"), language: "x" }),
    expect: bad("language"),
  },
  {
    name: "a derived relationship type",
    mutation: "assertClaim",
    input: (f) => ({ ...founded(f), relationship: { type: "SUED", fromId: f.adaId, toId: f.labsId } }),
    expect: bad("relationship", "type"),
  },
  {
    name: "an enum value that does not exist",
    mutation: "createEntity",
    input: (f) => ({ ...validEntity(f), type: "SPACESHIP" }),
    expect: invalidVariable,
  },
  {
    name: "a number where a list is expected",
    mutation: "createEntity",
    input: (f) => ({ ...validEntity(f), kinds: 42 }),
    expect: invalidVariable,
  },
  {
    name: "a field the input does not have",
    mutation: "createSource",
    input: () => ({ ...validSource("cur-test-hostile-extra"), admin: true }),
    expect: invalidVariable,
  },
  {
    name: "a version as a float",
    mutation: "updateEntity",
    input: (f) => ({ id: f.labsId, expectedVersion: 1.5, description: "x" }),
    expect: invalidVariable,
  },
  {
    name: "a stale expectedVersion",
    mutation: "updateEntity",
    input: (f) => ({ id: f.labsId, expectedVersion: 0, description: "lost update" }),
    expect: { userError: { field: ["input", "expectedVersion"], code: "CONFLICT" } },
  },
  {
    name: "two facts at once",
    mutation: "assertClaim",
    input: (f) => ({ ...founded(f), metric: { id: seededGlobalId("Metric", "nothing"), value: 1 } }),
    expect: bad(),
  },
  {
    name: "removing the canonical name",
    mutation: "removeAlias",
    input: (f) => ({ entityId: f.adaId, name: "Ada Hostile", reason: "testing" }),
    expect: bad("name"),
  },
  { name: "an empty reason", mutation: "retractClaim", input: (f) => ({ claimKey: f.claimKey, reason: " " }), expect: bad("reason") },
  {
    name: "an existing slug",
    mutation: "createEntity",
    input: (f) => ({ ...validEntity(f, "cur-test-hostile-labs") }),
    expect: { userError: { field: ["input", "slug"], code: "ALREADY_EXISTS" } },
  },
  {
    name: "an existing source slug",
    mutation: "createSource",
    input: () => validSource("cur-test-hostile-source"),
    expect: { userError: { field: ["input", "slug"], code: "ALREADY_EXISTS" } },
  },
];
