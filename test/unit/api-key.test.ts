import { generateKey, hashSecret, parseKey, verifySecret } from "../../src/auth/api-key";
import { parseKeysArgs, UsageError } from "../../src/keys/keys.args";

describe("API key text and hashing", () => {
  it("makes keys that parse back into their id and a 256-bit secret, each different", async () => {
    const a = await generateKey();
    const b = await generateKey();
    expect(a.text).not.toBe(b.text);
    const parsed = parseKey(a.text)!;
    expect(parsed.keyId).toBe(a.keyId);
    expect(Buffer.from(parsed.secret, "base64url")).toHaveLength(32);
    expect(a.hash).not.toContain(parsed.secret);
  });

  it("salts each hash, so one secret hashes differently twice, and both verify", async () => {
    const first = await hashSecret("the secret");
    const second = await hashSecret("the secret");
    expect(first).not.toBe(second);
    expect(first).toMatch(/^scrypt\$16384\$8\$1\$/);
    await expect(verifySecret("the secret", first)).resolves.toBe(true);
    await expect(verifySecret("the secret", second)).resolves.toBe(true);
  });

  it("refuses a wrong secret and malformed stored hashes", async () => {
    const stored = await hashSecret("the secret");
    await expect(verifySecret("the secreT", stored)).resolves.toBe(false);
    await expect(verifySecret("the secret", "sha1$abc")).resolves.toBe(false);
    await expect(verifySecret("the secret", "scrypt$x$8$1$c2FsdA$aGFzaA")).resolves.toBe(false);
    await expect(verifySecret("the secret", "scrypt$16384$8$1$c2FsdA$")).resolves.toBe(false);
  });

  it.each([
    ["an empty string", ""],
    ["another scheme's token", "ghp_abcdefghijklmnopqrstuvwxyz0123456789"],
    ["an upper-case key id", `aig_0123456789ABCDEF_${"a".repeat(43)}`],
    ["a short secret", `aig_0123456789abcdef_${"a".repeat(42)}`],
    ["trailing text", `aig_0123456789abcdef_${"a".repeat(43)} `],
  ])("does not take %s for a key", (_what, text) => {
    expect(parseKey(text)).toBeNull();
  });
});

describe("the keys CLI's arguments", () => {
  it("reads create, list and revoke", () => {
    expect(parseKeysArgs(["create", "--name", "app-1", "--role", "editor"])).toEqual({ kind: "create", name: "app-1", role: "editor" });
    expect(parseKeysArgs(["create", "--name=ops", "--role=admin"])).toEqual({ kind: "create", name: "ops", role: "admin" });
    expect(parseKeysArgs(["list"])).toEqual({ kind: "list" });
    expect(parseKeysArgs(["revoke", "app-1"])).toEqual({ kind: "revoke", name: "app-1" });
    expect(parseKeysArgs([])).toEqual({ kind: "help" });
  });

  it.each([
    [["create", "--name", "x"], /--role must be one of editor, admin/],
    [["create", "--name", "x", "--role", "reader"], /not "reader"/],
    [["create", "--role", "editor"], /--name is required/],
    [["create", "--name", "seed:tech-planet", "--role", "editor"], /is not valid/],
    [["create", "--name", "-x", "--role", "editor"], /is not valid/],
    [["create", "--name"], /--name needs a value/],
    [["list", "--all"], /Unknown option --all/],
    [["revoke"], /revoke takes the key's name/],
    [["rotate", "x"], /Unknown command "rotate"/],
  ])("refuses %j", (argv, message) => {
    expect(() => parseKeysArgs(argv)).toThrow(UsageError);
    expect(() => parseKeysArgs(argv)).toThrow(message);
  });
});
