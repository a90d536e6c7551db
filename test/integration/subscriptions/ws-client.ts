import { Client, createClient } from "graphql-ws";
import WebSocket from "ws";
import { generateKey } from "../../../src/auth/api-key";
import { ApiKeyRepository } from "../../../src/auth/api-key.repository";
import { Role } from "../../../src/auth/viewer";
import { GraphDatabase } from "../../../src/db/graph-database";

/** A graphql-ws client on the API's URL (http -> ws), as an app would connect; it never retries. */
export function connect(
  httpUrl: string,
  connectionParams?: Record<string, unknown>,
): { client: Client; closed: Promise<{ code: number; reason: string }> } {
  let closedWith: (event: { code: number; reason: string }) => void = () => undefined;
  const closed = new Promise<{ code: number; reason: string }>((resolve) => (closedWith = resolve));
  const client = createClient({
    url: httpUrl.replace(/^http/, "ws"),
    webSocketImpl: WebSocket,
    connectionParams,
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => undefined,
    on: { closed: (event) => closedWith(event as { code: number; reason: string }) },
  });
  return { client, closed };
}

/** What one subscription received: its results in order, and how it ended (if it did). */
export interface Received {
  results: { data?: any; errors?: any[] }[];
  ended: Promise<{ error?: unknown }>;
  /** Waits until `count` results arrived (fails after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<void>;
  cancel(): void;
}

export function subscribe(client: Client, query: string, variables?: Record<string, unknown>, operationName?: string): Received {
  const results: Received["results"] = [];
  let end: (outcome: { error?: unknown }) => void = () => undefined;
  const ended = new Promise<{ error?: unknown }>((resolve) => (end = resolve));
  const cancel = client.subscribe(
    { query, variables, operationName },
    { next: (value) => void results.push(value as any), error: (error) => end({ error }), complete: () => end({}) },
  );
  return {
    results,
    ended,
    cancel,
    async waitFor(count, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (results.length < count) {
        if (Date.now() > deadline) throw new Error(`expected ${count} results, got ${results.length}: ${JSON.stringify(results)}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
  };
}

/** Creates a key the way `npm run keys -- create` stores it, and returns its text. */
export async function createKey(db: GraphDatabase, name: string, role: Role): Promise<string> {
  const key = await generateKey();
  await new ApiKeyRepository(db).create({ name, role, keyId: key.keyId, hash: key.hash });
  return key.text;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
