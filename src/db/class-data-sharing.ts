/**
 * Class-data sharing for the launcher's JVM (JDK 13+, `-XX:ArchiveClassesAtExit` and
 * `-XX:SharedArchiveFile`): the first Neo4j this launcher build starts writes the classes it loaded to
 * an archive when it stops; every later start maps them from it instead of loading and verifying them
 * from the jars again (a start took about 7 s without, 5 s with, on the
 * 2-core machines of docs/benchmarks.md).
 *
 * The archive is named by the launcher jar's size and time and by the java executable, because the JVM
 * accepts an archive only for the class path and JDK that wrote it; when it refuses one (another JDK at
 * the same path), the JVM loads classes as usual; a damaged archive makes it abort, and the caller
 * then discards it (local-neo4j.ts). Set NEO4J_LAUNCHER_CDS=off to start without it.
 */
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, realpathSync, renameSync, rmSync, statSync } from "node:fs";
import * as path from "node:path";

const ARCHIVE_PREFIX = "neo4j-launcher-";
const ARCHIVE_SUFFIX = ".jsa";

export interface ClassDataSharing {
  /** The JVM flags that use the archive, or ask for it to be written at exit. */
  flags: string[];
  /** Whether the JVM reads an archive written before. */
  reads: boolean;
  /** To call once the JVM has exited: files the archive it wrote, if it was asked to write one. */
  exited: (cleanExit: boolean) => void;
  /** Removes the archive the JVM reads, when that JVM could not start with it. */
  discard: () => void;
}

const NONE: ClassDataSharing = { flags: [], reads: false, exited: () => undefined, discard: () => undefined };

/** Reads the archive of this jar and java, or has this JVM write it when it exits. */
export function classDataSharing(jar: string, java: string): ClassDataSharing {
  const archive = archivePath(jar, java);
  if (archive === undefined) return NONE;
  if (existsSync(archive))
    return {
      flags: [`-XX:SharedArchiveFile=${archive}`],
      reads: true,
      exited: () => undefined,
      discard: () => rmSync(archive, { force: true }),
    };
  // Written under a name of its own and renamed when whole: several JVMs may start before any archive exists.
  const partial = `${archive}.${randomUUID()}.partial`;
  return {
    flags: [`-XX:ArchiveClassesAtExit=${partial}`],
    reads: false,
    discard: () => undefined,
    exited: (cleanExit) => {
      try {
        if (cleanExit && existsSync(partial) && !existsSync(archive)) {
          renameSync(partial, archive);
          removeOtherArchives(archive);
        }
      } catch {
        // Only an optimisation: the next start tries again.
      } finally {
        rmSync(partial, { force: true });
      }
    },
  };
}

function archivePath(jar: string, java: string): string | undefined {
  if (process.env.NEO4J_LAUNCHER_CDS === "off") return undefined;
  try {
    const jarStat = statSync(jar);
    const javaPath = resolveExecutable(java);
    if (javaPath === undefined) return undefined;
    const key = createHash("sha256").update(`${jarStat.size}\0${jarStat.mtimeMs}\0${javaPath}`).digest("hex").slice(0, 16);
    return path.join(path.dirname(jar), `${ARCHIVE_PREFIX}${key}${ARCHIVE_SUFFIX}`);
  } catch {
    return undefined;
  }
}

/** The real path of the java executable (a bare `java` is looked up on PATH). */
function resolveExecutable(java: string): string | undefined {
  const candidates = java.includes(path.sep) ? [java] : (process.env.PATH ?? "").split(path.delimiter).map((dir) => path.join(dir, java));
  for (const candidate of candidates) {
    if (existsSync(candidate)) return realpathSync(candidate);
  }
  return undefined;
}

/** Archives of earlier launcher builds or JDKs: about 120 MB each, never read again. */
function removeOtherArchives(keep: string): void {
  const dir = path.dirname(keep);
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (name.startsWith(ARCHIVE_PREFIX) && name.endsWith(ARCHIVE_SUFFIX) && file !== keep) rmSync(file, { force: true });
  }
}
