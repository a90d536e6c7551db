import * as fs from "node:fs";
import * as path from "node:path";

/** The repository's seeds/ folder, found from this file (works from src/ and dist/src/). */
export const SEEDS_DIR = [path.resolve(__dirname, "../../seeds"), path.resolve(__dirname, "../../../seeds")].find((dir) => fs.existsSync(dir)) ?? path.resolve("seeds");
