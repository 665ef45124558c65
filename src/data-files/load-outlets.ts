/** The outlet registry of a build: the shipped outlets extended by the content folder's `_outlets.yml`. */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { type OutletRegistry, buildRegistry, readOutlets, shippedRegistry } from "../extract/outlet-registry.ts";
import type { Diagnostic } from "../types.ts";

/** The editors' outlet file, relative to the content folder. */
export const OUTLETS_FILE = "_outlets.yml";

/** Read `_outlets.yml` when present; every problem is an `outlets-invalid` error at its line. */
export function loadOutletRegistry(contentDir: string): { registry: OutletRegistry; diagnostics: Diagnostic[] } {
  const file = path.join(contentDir, OUTLETS_FILE);
  if (!existsSync(file)) return { registry: shippedRegistry(), diagnostics: [] };
  const { outlets, problems } = readOutlets(readFileSync(file, "utf8"));
  const shipped = [...shippedRegistry().outlets.values()];
  return {
    registry: buildRegistry(shipped, outlets),
    diagnostics: problems.map((p) => ({ file: OUTLETS_FILE, line: p.line, column: p.column, severity: "error", ruleId: "outlets-invalid", message: `${p.message}; the entry was ignored.` })),
  };
}
