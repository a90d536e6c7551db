import { createHash } from "node:crypto";
import { ApiKeyRepository } from "./api-key.repository";
import { parseKey, verifySecret } from "./api-key";
import { Viewer } from "./viewer";

/** How long a verdict on a key is reused: a revoked key is refused at most this long after `keys revoke`. */
export const KEY_CACHE_MS = 5_000;
const MAX_CACHED = 10_000;

interface Verdict {
  viewer: Viewer | null;
  until: number;
}

/**
 * Turns the key a request presents into its holder (or null for an unknown, revoked or malformed
 * key). scrypt is deliberately slow (tens of ms of CPU), so each verdict is kept in memory for
 * KEY_CACHE_MS, under the SHA-256 of the key (never the key itself): a client sending many requests
 * costs one lookup and one scrypt per key every few seconds. Concurrent requests with the same key
 * share one verification.
 */
export class KeyVerifier {
  private readonly verdicts = new Map<string, Verdict>();
  private readonly pending = new Map<string, Promise<Viewer | null>>();

  constructor(
    private readonly keys: ApiKeyRepository,
    private readonly cacheMs = KEY_CACHE_MS,
  ) {}

  async verify(presented: string): Promise<Viewer | null> {
    const id = createHash("sha256").update(presented).digest("base64url");
    const cached = this.verdicts.get(id);
    if (cached && cached.until > Date.now()) return cached.viewer;
    let verdict = this.pending.get(id);
    if (!verdict) {
      verdict = this.check(presented).finally(() => this.pending.delete(id));
      this.pending.set(id, verdict);
    }
    const viewer = await verdict;
    this.remember(id, viewer);
    return viewer;
  }

  private async check(presented: string): Promise<Viewer | null> {
    const parsed = parseKey(presented);
    if (!parsed) return null;
    const stored = await this.keys.findByKeyId(parsed.keyId);
    if (!stored || stored.revokedAt) return null;
    return (await verifySecret(parsed.secret, stored.hash)) ? { keyName: stored.name, role: stored.role } : null;
  }

  private remember(id: string, viewer: Viewer | null): void {
    this.verdicts.delete(id);
    // Oldest first (a Map keeps insertion order): a flood of made-up keys cannot grow memory without bound.
    if (this.verdicts.size >= MAX_CACHED) this.verdicts.delete(this.verdicts.keys().next().value!);
    this.verdicts.set(id, { viewer, until: Date.now() + this.cacheMs });
  }
}
