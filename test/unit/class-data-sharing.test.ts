import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { classDataSharing } from "../../src/db/class-data-sharing";

describe("class-data sharing for the launcher's JVM", () => {
  let dir: string;
  let jar: string;
  const java = process.execPath; // any executable that exists stands for java here
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "cds-"));
    jar = path.join(dir, "neo4j-launcher.jar");
    writeFileSync(jar, "jar");
  });
  afterEach(() => {
    delete process.env.NEO4J_LAUNCHER_CDS;
    rmSync(dir, { recursive: true, force: true });
  });

  /** What a JVM run with the flags leaves: the archive it was asked to write. */
  const runJvm = (flags: string[]) => {
    const asked = flags.find((f) => f.startsWith("-XX:ArchiveClassesAtExit="));
    if (asked) writeFileSync(asked.split("=")[1], "archive");
  };
  const archives = () => readdirSync(dir).filter((f) => f.endsWith(".jsa"));

  it("has the first JVM write the archive, files it after a clean exit, has later JVMs read it, and discards it on request", () => {
    const first = classDataSharing(jar, java);
    expect(first.reads).toBe(false);
    expect(first.flags).toEqual([expect.stringMatching(/^-XX:ArchiveClassesAtExit=.*\.partial$/)]);
    runJvm(first.flags);
    first.exited(true);
    expect(archives()).toHaveLength(1);
    expect(readdirSync(dir).filter((f) => f.endsWith(".partial"))).toEqual([]);

    const archive = path.join(dir, archives()[0]);
    const later = classDataSharing(jar, java);
    expect(later).toMatchObject({ reads: true, flags: [`-XX:SharedArchiveFile=${archive}`] });
    later.discard();
    expect(archives()).toEqual([]);
  });

  it("discards what a JVM that did not exit cleanly wrote", () => {
    const first = classDataSharing(jar, java);
    runJvm(first.flags);
    first.exited(false);
    expect(readdirSync(dir).sort()).toEqual(["neo4j-launcher.jar"]);
  });

  it("names a new archive for a rebuilt jar, and removes the old one once the new one is written", () => {
    const first = classDataSharing(jar, java);
    runJvm(first.flags);
    first.exited(true);
    const old = archives()[0];
    writeFileSync(jar, "rebuilt jar");
    const rebuilt = classDataSharing(jar, java);
    expect(rebuilt.flags[0]).toMatch(/^-XX:ArchiveClassesAtExit=/);
    runJvm(rebuilt.flags);
    rebuilt.exited(true);
    expect(archives()).toHaveLength(1);
    expect(archives()[0]).not.toBe(old);
  });

  it("is off with NEO4J_LAUNCHER_CDS=off, and when java cannot be found", () => {
    process.env.NEO4J_LAUNCHER_CDS = "off";
    expect(classDataSharing(jar, java).flags).toEqual([]);
    delete process.env.NEO4J_LAUNCHER_CDS;
    expect(classDataSharing(jar, path.join(dir, "no-such-java")).flags).toEqual([]);
  });
});
