/**
 * The compiled copy of the sources that `bin/roundup.js` runs in this repository (scripts/compile-sources.mjs): named
 * by the sources' hash, so an edit is compiled before it runs and a stale copy is never run.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
// @ts-expect-error: a plain JavaScript module without declarations.
import { compileModule, compiledSources, sourcesHash } from "../../scripts/compile-sources.mjs";

const compile = compiledSources as (sources: string, cache: string) => Promise<string>;
const compileOne = compileModule as (code: string, file: string) => Promise<string>;
const hashOf = sourcesHash as (sources: string) => string;
const made: string[] = [];

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A sources folder with a module that imports another and a data file beside them. */
function sources(answer: string): { root: string; src: string; cache: string } {
  const root = mkdtempSync(path.join(tmpdir(), "roundup-compile-"));
  made.push(root);
  const src = path.join(root, "src");
  mkdirSync(path.join(src, "parts"), { recursive: true });
  writeFileSync(path.join(src, "main.ts"), `import { answer } from "./parts/answer.ts";\nimport data from "./parts/data.json" with { type: "json" };\nconst label: string = data.label;\nconsole.log(label, answer());\n`);
  writeFileSync(path.join(src, "parts/answer.ts"), `export function answer(): string {\n  return ${JSON.stringify(answer)};\n}\n`);
  writeFileSync(path.join(src, "parts/data.json"), `{ "label": "answer:" }\n`);
  return { root, src, cache: path.join(root, "cache") };
}

function run(folder: string): string {
  return execFileSync(process.execPath, [path.join(folder, "main.js")], { encoding: "utf8" }).trim();
}

describe("compiledSources", () => {
  it("compiles the sources to JavaScript that runs, relative imports and data files included", async () => {
    const { src, cache } = sources("forty-two");
    const folder = await compile(src, cache);
    expect(run(folder)).toBe("answer: forty-two");
    expect(readFileSync(path.join(folder, "main.js"), "utf8")).toContain(`from "./parts/answer.js"`);
  });

  it("runs an edit at once: other sources, another folder", async () => {
    const { src, cache } = sources("before");
    const first = await compile(src, cache);
    expect(run(first)).toBe("answer: before");
    writeFileSync(path.join(src, "parts/answer.ts"), `export function answer(): string {\n  return "after";\n}\n`);
    const second = await compile(src, cache);
    expect(second).not.toBe(first);
    expect(run(second)).toBe("answer: after");
    // A data file is part of the sources too.
    writeFileSync(path.join(src, "parts/data.json"), `{ "label": "edited:" }\n`);
    expect(run(await compile(src, cache))).toBe("edited: after");
  });

  it("reuses the folder of the same sources, and never one left half-written", async () => {
    const { src, cache } = sources("same");
    const first = await compile(src, cache);
    expect(await compile(src, cache)).toBe(first);
    // A folder without its completion mark (files removed from it by hand) is compiled again.
    rmSync(path.join(first, ".complete"));
    rmSync(path.join(first, "parts/answer.js"));
    const again = await compile(src, cache);
    expect(again).toBe(first);
    expect(existsSync(path.join(again, "parts/answer.js"))).toBe(true);
    expect(run(again)).toBe("answer: same");
  });

  it("rewrites relative .ts specifiers only: packages and strings stay as written", async () => {
    const code = [
      `import { a } from "./a.ts";`,
      `export * from "../b.ts";`,
      `import "node:fs";`,
      `const c = await import("./c.ts");`,
      `const text = "see notes.ts";`,
      `console.log(a, c, text);`,
    ].join("\n");
    const compiled = await compileOne(code, "x.ts");
    expect(compiled).toContain(`from "./a.js"`);
    expect(compiled).toContain(`from "../b.js"`);
    expect(compiled).toContain(`import("./c.js")`);
    expect(compiled).toContain(`"see notes.ts"`);
    expect(compiled).toContain(`"node:fs"`);
  });
});

describe("bin/roundup.js in the repository", () => {
  it("runs the copy compiled from the sources as they are now", () => {
    const root = path.resolve(import.meta.dirname, "../..");
    const out = execFileSync(process.execPath, [path.join(root, "bin/roundup.js"), "--help"], { encoding: "utf8" });
    expect(out).toMatch(/usage: roundup/);
    const folder = path.join(root, "node_modules/.cache/roundup-code", hashOf(path.join(root, "src")));
    expect(existsSync(path.join(folder, ".complete"))).toBe(true);
    expect(existsSync(path.join(folder, "cli.js"))).toBe(true);
  });

  it("runs the sources through tsx, and says so, where the compiled copy cannot be written", () => {
    const root = path.resolve(import.meta.dirname, "../..");
    const scratch = mkdtempSync(path.join(tmpdir(), "roundup-no-cache-"));
    made.push(scratch);
    // A file where the folder should be: no folder can be made below it.
    writeFileSync(path.join(scratch, "file"), "");
    const cache = path.join(scratch, "file", "roundup-code");
    const result = spawnSync(process.execPath, [path.join(root, "bin/roundup.js"), "--help"], { encoding: "utf8", env: { ...process.env, ROUNDUP_CODE_CACHE: cache } });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/usage: roundup/);
    expect(result.stderr).toContain(`could not compile the sources into ${cache}`);
    expect(result.stderr).toContain("running them through tsx instead");
  });
});
