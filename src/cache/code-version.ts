/** A fingerprint of the code that processes articles, so that cached results never outlive the code that made them. */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PACKAGE_ROOT } from "../package-root.ts";

// Note: the code folder is src/ (or its compiled copy, scripts/compile-sources.mjs) in this repository and lib/
// (compiled) in the installed package.
const CODE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const ROOT = PACKAGE_ROOT;
// Note: raise when the cache's own format changes.
const CACHE_SCHEMA = 1;

let memo: string | null = null;

/** sha256 of the cache schema, every code file (`src/`, or the compiled `lib/`), and the locked dependency versions. */
export function codeVersion(): string {
  if (memo) return memo;
  const hash = createHash("sha256").update(`roundup-cache-${CACHE_SCHEMA}\0`);
  const sources: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(?:ts|mjs|js|json)$/.test(entry.name)) sources.push(full);
    }
  };
  walk(CODE);
  for (const file of sources.sort()) hash.update(`${path.relative(ROOT, file)}\0`).update(readFileSync(file)).update("\0");
  const lock = ["package-lock.json", "package.json"].map((name) => path.join(ROOT, name)).find((file) => existsSync(file));
  if (lock) hash.update(readFileSync(lock));
  memo = hash.digest("hex");
  return memo;
}
