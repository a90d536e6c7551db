import type { IncomingMessage } from "node:http";
import { KeyVerifier } from "../../src/auth/key-verifier";
import { Viewer } from "../../src/auth/viewer";
import { authenticateConnection, ConnectionAuthSettings } from "../../src/subscriptions/websocket-auth";

const EDITOR: Viewer = { keyName: "app", role: "editor" };
const request = {} as IncomingMessage;

/** A verifier that knows one key ("good"), and fails like an unreachable key store for "outage". */
function settings(requireApiKey = false): ConnectionAuthSettings & { checked: string[] } {
  const checked: string[] = [];
  const verifier = {
    verify: async (key: string) => {
      checked.push(key);
      if (key === "outage") throw new Error("Neo4j down");
      return key === "good" ? EDITOR : null;
    },
  } as unknown as KeyVerifier;
  return { verifier, requireApiKey, limiter: null, addressOf: () => "203.0.113.9", checked };
}

describe("authenticateConnection (graphql-ws connection params)", () => {
  it("takes the key from `Authorization: Bearer <key>` in either case, or from `apiKey`", async () => {
    for (const params of [{ Authorization: "Bearer good" }, { authorization: "bearer good" }, { apiKey: "good" }]) {
      expect(await authenticateConnection(params, request, settings())).toEqual({ viewer: EDITOR, client: "key:app" });
    }
  });

  it("lets anonymous clients in when reads are open, under their address", async () => {
    expect(await authenticateConnection(undefined, request, settings())).toEqual({ viewer: null, client: "ip:203.0.113.9" });
    expect(await authenticateConnection({}, request, settings())).toEqual({ viewer: null, client: "ip:203.0.113.9" });
  });

  it("refuses with 4401 UNAUTHENTICATED an unknown key, a malformed header, and no key under REQUIRE_API_KEY", async () => {
    const cases: [Record<string, unknown> | undefined, boolean, RegExp][] = [
      [{ Authorization: "Bearer made-up" }, false, /unknown or revoked/],
      [{ Authorization: "Basic good" }, false, /must be `Bearer <key>`/],
      [{ apiKey: 42 }, false, /must be `Bearer <key>`/],
      [undefined, true, /requires an API key/],
    ];
    for (const [params, required, reason] of cases) {
      const outcome = await authenticateConnection(params, request, settings(required));
      expect(outcome).toEqual({ closeCode: 4401, reason: expect.stringMatching(/^UNAUTHENTICATED: /) });
      expect((outcome as { reason: string }).reason).toMatch(reason);
      expect(Buffer.byteLength((outcome as { reason: string }).reason)).toBeLessThanOrEqual(123);
    }
  });

  it("closes with 1013 (try again later) when the key store cannot be read", async () => {
    const outcome = await authenticateConnection({ apiKey: "outage" }, request, settings());
    expect(outcome).toEqual({ closeCode: 1013, reason: expect.stringMatching(/^SERVICE_UNAVAILABLE: /) });
  });
});
