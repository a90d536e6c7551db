import * as fs from "node:fs";
import * as path from "node:path";
import { SyntheticDataset } from "./generator";

/** Writes the dataset as seed folders under `root` (emptied first); returns the folder paths in load order. */
export function writeSyntheticSeeds(dataset: SyntheticDataset, root: string): string[] {
  fs.rmSync(root, { recursive: true, force: true });
  fs.mkdirSync(root, { recursive: true });
  return dataset.folders.map((folder) => {
    const dir = path.join(root, folder.name);
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, "source.json"), JSON.stringify(folder.source, null, 2) + "\n");
    fs.writeFileSync(path.join(dir, "facts.json"), JSON.stringify(folder.facts) + "\n");
    fs.writeFileSync(path.join(dir, "text.txt"), folder.text);
    return dir;
  });
}
