import type { IncomingMessage } from "node:http";
import { KeyVerifier } from "../auth/key-verifier";
import { Viewer } from "../auth/viewer";
import { CostRateLimiter } from "../http/rate-limiter";

export interface ConnectionAuthSettings {
  verifier: KeyVerifier;
  /** Refuse connections without a key (REQUIRE_API_KEY). */
  requireApiKey: boolean;
  /** Charged 1 point of the client's address for each refused key, as over HTTP. */
  limiter: CostRateLimiter | null;
  /** The client's address as HTTP names it (TRUST_PROXY applies). */
  addressOf: (request: IncomingMessage) => string;
}

/** Who holds a WebSocket connection: the verified key's holder (null: anonymous) and its budget identity. */
export interface ConnectionHolder {
  viewer: Viewer | null;
  client: string;
}

/** Why a connection is refused: a WebSocket close code and a reason (at most 123 bytes, the protocol's limit). */
export interface Refusal {
  closeCode: number;
  reason: string;
}

/** 4401 is graphql-ws's (and HTTP's 401's) "unauthorized"; the reason starts with the error code. */
export const UNAUTHENTICATED_CLOSE = 4401;
/** RFC 6455 "try again later": the key store could not be read. */
export const SERVICE_UNAVAILABLE_CLOSE = 1013;

const BEARER = /^Bearer +(\S+) *$/i;

/**
 * The WebSocket counterpart of src/http/authenticate.ts, run once per connection on graphql-ws's
 * `connection_init`: the key comes from its payload as `Authorization: "Bearer <key>"` (what Apollo
 * Sandbox and most clients send as connection params) or as `apiKey: "<key>"`. Same verdicts: an
 * unknown, revoked or malformed key, or none under REQUIRE_API_KEY, is refused as UNAUTHENTICATED.
 */
export async function authenticateConnection(
  params: Readonly<Record<string, unknown>> | undefined,
  request: IncomingMessage,
  settings: ConnectionAuthSettings,
): Promise<ConnectionHolder | Refusal> {
  const address = `ip:${settings.addressOf(request)}`;
  const refuse = (message: string): Refusal => {
    if (settings.limiter) void settings.limiter.consume(address, 1);
    return { closeCode: UNAUTHENTICATED_CLOSE, reason: `UNAUTHENTICATED: ${message}` };
  };
  const header = params?.Authorization ?? params?.authorization;
  const apiKey = params?.apiKey;
  if (header === undefined && apiKey === undefined) {
    if (settings.requireApiKey) return refuse("this API requires an API key (Authorization: Bearer <key>).");
    return { viewer: null, client: address };
  }
  const presented = typeof header === "string" ? BEARER.exec(header)?.[1] : typeof apiKey === "string" ? apiKey : undefined;
  if (!presented) return refuse("the Authorization parameter must be `Bearer <key>`.");
  let viewer: Viewer | null;
  try {
    viewer = await settings.verifier.verify(presented);
  } catch {
    return { closeCode: SERVICE_UNAVAILABLE_CLOSE, reason: "SERVICE_UNAVAILABLE: the API key could not be checked; try again shortly." };
  }
  if (!viewer) return refuse("the API key is unknown or revoked.");
  return { viewer, client: `key:${viewer.keyName}` };
}

export function isRefusal(outcome: ConnectionHolder | Refusal): outcome is Refusal {
  return "closeCode" in outcome;
}
