import express, { Router } from "express";
import * as path from "node:path";
import { repositoryPath } from "../common/repository-root";

/** Folder of the explorer's static files (HTML, scripts, styles), served as they are from src/. */
export const EXPLORER_PUBLIC_DIR = repositoryPath("src", "explorer", "public");

/**
 * Cytoscape's ES module build, from the installed package (no CDN, no bundler). The package only
 * exports this file to `import`, so it is found next to the build `require` may resolve.
 */
const CYTOSCAPE_ESM = path.join(path.dirname(require.resolve("cytoscape/dist/cytoscape.min.js")), "cytoscape.esm.min.mjs");

/**
 * Everything the page loads comes from this server: the browser refuses any other origin, so the
 * explorer works offline and never leaks what an analyst looks at. Cytoscape sets inline styles
 * on its canvas elements, hence 'unsafe-inline' for styles only.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'self'",
].join("; ");

/**
 * The graph explorer at /explore: static files plus the vendored drawing library. The page talks
 * to /graphql like any other client, so it needs nothing else from the server.
 */
export function explorerRouter(): Router {
  const router = Router();
  router.use((_req, res, next) => {
    res.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    res.setHeader("X-Content-Type-Options", "nosniff");
    next();
  });
  router.get("/vendor/cytoscape.esm.min.mjs", (_req, res) => {
    res.type("text/javascript");
    res.sendFile(CYTOSCAPE_ESM, { maxAge: "1d" });
  });
  router.use(express.static(EXPLORER_PUBLIC_DIR, { index: "index.html", fallthrough: true }));
  return router;
}
