/** Snapshots of folders: every file's sha256, to prove two builds equal or a folder untouched. */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { listFiles } from "./site-links.ts";

/** Relative path → sha256 of the bytes, for every file under `dir`. */
export function hashTree(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((file) => [file, createHash("sha256").update(readFileSync(path.join(dir, file))).digest("hex")]));
}
