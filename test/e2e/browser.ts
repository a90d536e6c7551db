import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { Browser, chromium } from "playwright-core";

const ROOT = path.resolve(__dirname, "../..");
// The bundled build's flags are made for serverless sandboxes. Left out: --single-process (there,
// closing one browser context ends the whole browser, and the tests open several), and the flags
// that switch off the same-origin policy and mixed-content blocking (a user's browser has both).
const DROPPED_FLAGS = new Set(["--single-process", "--disable-web-security", "--allow-running-insecure-content"]);

/**
 * Headless Chromium for the end-to-end tests: the build shipped in the npm package
 * `@sparticuz/chromium` (a devDependency, so `npm ci` is all a fresh machine needs; it decompresses
 * its binary into the temp folder on first use), or a system browser named by CHROMIUM_PATH.
 */
export async function launchChromium(): Promise<Browser> {
  const override = process.env.CHROMIUM_PATH;
  if (override) {
    if (!fs.existsSync(override))
      throw new Error(`CHROMIUM_PATH=${override} does not exist; unset it to use the browser from @sparticuz/chromium.`);
    return chromium.launch({
      executablePath: override,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    });
  }
  const bundled = bundledChromium();
  return chromium.launch({ executablePath: bundled.executablePath, args: bundled.args.filter((flag) => !DROPPED_FLAGS.has(flag)) });
}

/**
 * The package is ESM-only and Jest's CommonJS runtime cannot load it, so a short Node process asks
 * it for the binary's path (decompressing it if needed) and its flags.
 */
function bundledChromium(): { executablePath: string; args: string[] } {
  const script = `const { default: c } = await import("@sparticuz/chromium");
process.stdout.write(JSON.stringify({ executablePath: await c.executablePath(), args: c.args }));`;
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: ROOT, encoding: "utf8" });
  return JSON.parse(out) as { executablePath: string; args: string[] };
}
