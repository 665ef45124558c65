/**
 * The layout of `src/`: one folder per concern, none too big to read at a glance, and imports that never run in a
 * circle (a cycle means two rooms that are really one, and module start-up order that depends on who imports first).
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseCircular, parseDependencyTree, prettyCircular } from "dpdm";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
// Note: the house style's limit: a reader takes in a folder of about twenty modules at a glance, not more.
const MOST_MODULES_PER_FOLDER = 20;
const MODULE = /\.(?:ts|mts|mjs|js)$/;

function folders(dir: string): string[] {
  const below = readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  return [dir, ...below.flatMap((entry) => folders(path.join(dir, entry.name)))];
}

describe("src/ layout", () => {
  it("has no import cycle, type-only imports included", async () => {
    const tree = await parseDependencyTree(["src/**/*.ts", "src/**/*.mjs"], {
      context: ROOT,
      cwd: ROOT,
      tsconfig: path.join(ROOT, "tsconfig.json"),
      // Note: node_modules are outside the question and slow to walk.
      exclude: /node_modules/,
      transform: false,
      skipDynamicImports: false,
    });
    expect(Object.keys(tree).length, "the dependency tree was read").toBeGreaterThan(100);
    const cycles = parseCircular(tree);
    expect(cycles, `import cycles in src/:\n${prettyCircular(cycles)}`).toEqual([]);
  });

  it(`holds at most ${MOST_MODULES_PER_FOLDER} modules directly in any folder`, () => {
    const crowded = folders(path.join(ROOT, "src"))
      .map((dir) => ({ dir: path.relative(ROOT, dir), modules: readdirSync(dir).filter((name) => MODULE.test(name)).length }))
      .filter(({ modules }) => modules > MOST_MODULES_PER_FOLDER);
    expect(crowded).toEqual([]);
  });

  it("has no folder named for a phase or a grab-bag", () => {
    const names = folders(path.join(ROOT, "src")).map((dir) => path.basename(dir));
    expect(names.filter((name) => ["build", "utils", "helpers", "misc", "lib"].includes(name))).toEqual([]);
  });

  it("keeps no stray scripts at the top of the repository", () => {
    const top = readdirSync(ROOT, { withFileTypes: true }).filter((entry) => entry.isFile() && MODULE.test(entry.name)).map((entry) => entry.name);
    // Note: vitest.config.ts is the only code that belongs at the top (Eleventy is configured from src/eleventy/).
    expect(top.filter((name) => name !== "vitest.config.ts")).toEqual([]);
  });
});
