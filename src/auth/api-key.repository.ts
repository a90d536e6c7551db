import { GraphDatabase } from "../db/graph-database";
import { Role } from "./viewer";

/** A stored key as the verifier needs it. */
export interface StoredKey {
  name: string;
  role: Role;
  hash: string;
  revokedAt: string | null;
}

/** A key as `npm run keys -- list` shows it: never its hash. */
export interface ListedKey {
  name: string;
  role: Role;
  keyId: string;
  createdAt: string;
  revokedAt: string | null;
}

/** The `(:ApiKey)` nodes: created and revoked by the keys CLI, read by the HTTP layer. */
export class ApiKeyRepository {
  constructor(private readonly db: GraphDatabase) {}

  async findByKeyId(keyId: string): Promise<StoredKey | null> {
    const rows = await this.db.read<{ key: StoredKey }>("find-api-key", { keyId });
    return rows[0]?.key ?? null;
  }

  /** Stores a key; false when its name is taken. */
  async create(key: { name: string; role: Role; keyId: string; hash: string }): Promise<boolean> {
    const [row] = await this.db.write<{ created: boolean }>("create-api-key", { ...key, createdAt: new Date().toISOString() });
    return row.created;
  }

  /** Revokes the named key: "revoked", "already-revoked", or "unknown" when no key has that name. */
  async revoke(name: string): Promise<"revoked" | "already-revoked" | "unknown"> {
    const rows = await this.db.write<{ revokedNow: boolean }>("revoke-api-key", { name, revokedAt: new Date().toISOString() });
    if (rows.length === 0) return "unknown";
    return rows[0].revokedNow ? "revoked" : "already-revoked";
  }

  async list(): Promise<ListedKey[]> {
    return (await this.db.read<{ key: ListedKey }>("list-api-keys")).map((row) => row.key);
  }
}
