import * as fs from "node:fs";
import * as path from "node:path";

/**
 * `<dataDir>/bolt.json`: where the local Neo4j that holds a store is listening, written once it is
 * ready and removed when it stops. The store is locked by the process that opened it, so a second
 * program (the keys CLI while `npm start` runs) must talk to that Neo4j over Bolt instead of
 * starting its own; this file tells it where. A file left by a process that died is recognised by
 * its pid no longer running.
 */
const FILE = "bolt.json";

interface BoltAddress {
  uri: string;
  /** The java process serving the store. */
  pid: number;
}

export function writeBoltAddress(dataDir: string, address: BoltAddress): void {
  const file = path.join(dataDir, FILE);
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, `${JSON.stringify(address)}\n`);
  fs.renameSync(temporary, file); // whole or absent, never half-written, for a reader
}

/** Removes the file if it still names `pid` (a restarted Neo4j may have written its own since). */
export function removeBoltAddress(dataDir: string, pid: number): void {
  if (readBoltAddress(dataDir)?.pid === pid) fs.rmSync(path.join(dataDir, FILE), { force: true });
}

/** The Bolt URI of a running Neo4j that holds this store, or null when none is running. */
export function runningBoltUri(dataDir: string): string | null {
  const address = readBoltAddress(dataDir);
  return address && isRunning(address.pid) ? address.uri : null;
}

function readBoltAddress(dataDir: string): BoltAddress | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(path.join(dataDir, FILE), "utf8")) as Partial<BoltAddress>;
    return typeof parsed.uri === "string" && Number.isInteger(parsed.pid) ? (parsed as BoltAddress) : null;
  } catch {
    return null;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
