import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";
import { promisify } from "node:util";
import { Role } from "./viewer";

const scryptAsync = promisify(scrypt) as (password: Buffer, salt: Buffer, keylen: number, options: ScryptParams) => Promise<Buffer>;

interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/** scrypt's recommended interactive cost (node's default): about 16 MiB and tens of ms per hash. */
const PARAMS: ScryptParams = { N: 16384, r: 8, p: 1 };
const HASH_BYTES = 32;
const SALT_BYTES = 16;

/** Roles a key can be created with (anonymous callers are the readers). */
export const KEY_ROLES: readonly Role[] = ["editor", "admin"];

/**
 * A key's text: `aig_<keyId>_<secret>`. The key id (16 hex digits, stored in clear) finds the key's
 * record with one index seek; the secret (32 random bytes, base64url) is what is hashed. Without the
 * id the server would have to run scrypt against every stored key to find a match.
 */
const KEY_TEXT = /^aig_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

export interface NewKey {
  /** The whole key, shown once to its holder and never stored. */
  text: string;
  keyId: string;
  /** What is stored: `scrypt$N$r$p$<salt>$<hash>` (base64url). */
  hash: string;
}

export interface ParsedKey {
  keyId: string;
  secret: string;
}

/** A fresh random key and the hash to store for it. */
export async function generateKey(): Promise<NewKey> {
  const keyId = randomBytes(8).toString("hex");
  const secret = randomBytes(32).toString("base64url");
  return { text: `aig_${keyId}_${secret}`, keyId, hash: await hashSecret(secret) };
}

/** The parts of a key's text, or null when it is not shaped like one of our keys. */
export function parseKey(text: string): ParsedKey | null {
  const match = KEY_TEXT.exec(text);
  return match ? { keyId: match[1], secret: match[2] } : null;
}

/** scrypt with a fresh salt, in the self-describing form stored on the key's node. */
export async function hashSecret(secret: string, salt: Buffer = randomBytes(SALT_BYTES)): Promise<string> {
  const hash = await scryptAsync(Buffer.from(secret, "utf8"), salt, HASH_BYTES, PARAMS);
  return ["scrypt", PARAMS.N, PARAMS.r, PARAMS.p, salt.toString("base64url"), hash.toString("base64url")].join("$");
}

/** True when `secret` hashes to `stored`, compared in constant time; false for any malformed record. */
export async function verifySecret(secret: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split("$");
  if (scheme !== "scrypt" || !salt || !hash) return false;
  const expected = Buffer.from(hash, "base64url");
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  if (![params.N, params.r, params.p].every(Number.isSafeInteger) || expected.length === 0) return false;
  const actual = await scryptAsync(Buffer.from(secret, "utf8"), Buffer.from(salt, "base64url"), expected.length, params);
  return timingSafeEqual(actual, expected);
}
