/**
 * The package's own folder: `package.json`, `templates/`, `site-skeleton/`. The code runs from `src/` or `lib/` inside
 * it, or from a compiled copy of `src/` in `node_modules/.cache/roundup-code/<hash>/` (scripts/compile-sources.mjs),
 * so the folder is found by walking up from the code, not at a fixed depth below it.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "package.json")) && existsSync(path.join(dir, "templates"))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package folder (with package.json and templates/) above ${from}`);
  }
}

/** The package's folder, found once. */
export const PACKAGE_ROOT = findRoot(path.dirname(fileURLToPath(import.meta.url)));
