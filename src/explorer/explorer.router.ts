import express, { Router } from "express";
import * as fs from "node:fs";
import * as path from "node:path";

/**
 * Folder of the explorer's static files (HTML, scripts, styles), served as they are. They live
 * next to this file in src/; from dist/src/explorer the same folder is three levels up.
 */
export const EXPLORER_PUBLIC_DIR = [path.resolve(__dirname, "public"), path.resolve(__dirname, "../../../src/explorer/public")]
  .find((dir) => fs.existsSync(dir)) ?? path.resolve(__dirname, "public");

/**
 * The graph explorer at /explore: static files only. The page talks to /graphql like any other
 * client, so it needs nothing from the server beyond these files.
 */
export function explorerRouter(): Router {
  const router = Router();
  router.use(express.static(EXPLORER_PUBLIC_DIR, { index: "index.html", fallthrough: true }));
  return router;
}
