// The TypeScript sources compiled to JavaScript on demand, for `bin/roundup.js` in this repository: the build then
// runs plain JavaScript in its main thread and in every worker thread, without loading a TypeScript compiler into
// each of them, and without a compile step to forget.
//
// The compiled copy lives in a folder named by a hash of every file of src/ (names and bytes), of esbuild's version
// and of this script: an edit anywhere in src/ names another folder, so stale code is never run. A folder is written
// under a temporary name and renamed into place whole, so a build started meanwhile never sees half of one.
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { transform, version as esbuildVersion } from "esbuild";

const SELF = fileURLToPath(import.meta.url);
// Note: the .mjs files in src/ are shims that register tsx for worker threads started from the sources; the compiled
// copy starts its workers from their compiled modules (src/workers/worker-url.ts), and type declarations emit nothing.
const SKIPPED = /(?:\.d\.ts|\.mjs)$/;
// Note: esbuild keeps import specifiers as written (`./stage.ts`); Node needs the compiled file's name. Only relative
// specifiers in import and export statements and in `import()` are rewritten, as tsc's rewriteRelativeImportExtensions does.
const TS_SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s*)(["'])(\.{1,2}\/[^"'\n]*?)\.ts\2/g;
// Note: folders of other versions are removed once unused this long (a build still running one loads its modules
// lazily, and switching branches back and forth would compile again).
const STALE_MS = 7 * 24 * 60 * 60 * 1000;
const COMPLETE = ".complete";

/** Every file below `folder`, as paths relative to it with `/`, in name order. */
function listFiles(folder, prefix = "") {
  const files = [];
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.isDirectory()) files.push(...listFiles(path.join(folder, entry.name), `${prefix}${entry.name}/`));
    else files.push(`${prefix}${entry.name}`);
  }
  return files;
}

/** The hash that names the compiled copy of `sourceDir`: its files, esbuild's version and this compiler. */
export function sourcesHash(sourceDir, files = listFiles(sourceDir)) {
  const hash = createHash("sha256").update(`esbuild ${esbuildVersion}\0`).update(readFileSync(SELF)).update("\0");
  for (const file of files) hash.update(`${file}\0`).update(readFileSync(path.join(sourceDir, file))).update("\0");
  return hash.digest("hex").slice(0, 24);
}

/** One TypeScript module as JavaScript, its relative `.ts` imports pointing at the compiled `.js` files. */
export async function compileModule(code, file) {
  const { code: compiled } = await transform(code, {
    loader: "ts",
    format: "esm",
    target: "node20.10",
    // Note: node20.10 is the first Node 20 with import attributes (`with { type: "json" }`), which esbuild drops for an older target.
    sourcefile: file,
    // Note: as tsconfig.json says: imports are kept as written (type-only ones are marked `import type`).
    tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true } },
  });
  return compiled.replace(TS_SPECIFIER, (_, keyword, quote, specifier) => `${keyword}${quote}${specifier}.js${quote}`);
}

/**
 * The folder of `sourceDir` compiled to JavaScript, below `cacheDir`; compiled first when no folder for these exact
 * sources is there yet.
 */
export async function compiledSources(sourceDir, cacheDir) {
  const files = listFiles(sourceDir);
  const target = path.join(cacheDir, sourcesHash(sourceDir, files));
  if (existsSync(path.join(target, COMPLETE))) {
    const now = new Date();
    utimesSync(target, now, now);
    return target;
  }
  mkdirSync(cacheDir, { recursive: true });
  const scratch = `${target}.${process.pid}-${Math.random().toString(36).slice(2)}`;
  try {
    for (const file of files) {
      if (SKIPPED.test(file)) continue;
      const from = path.join(sourceDir, file);
      mkdirSync(path.dirname(path.join(scratch, file)), { recursive: true });
      if (file.endsWith(".ts")) writeFileSync(path.join(scratch, file.replace(/\.ts$/, ".js")), await compileModule(readFileSync(from, "utf8"), from));
      else copyFileSync(from, path.join(scratch, file));
    }
    writeFileSync(path.join(scratch, COMPLETE), "");
    try {
      renameSync(scratch, target);
    } catch (error) {
      // Note: another build compiled the same sources first; its copy is the same. A folder without the mark (its
      // mark removed by hand, or its files) is replaced.
      if (existsSync(path.join(target, COMPLETE))) return target;
      if (!existsSync(target)) throw error;
      rmSync(target, { recursive: true, force: true });
      renameSync(scratch, target);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  removeStale(cacheDir, path.basename(target));
  return target;
}

function removeStale(cacheDir, current) {
  const now = Date.now();
  for (const name of readdirSync(cacheDir)) {
    if (name === current) continue;
    const folder = path.join(cacheDir, name);
    try {
      if (now - statSync(folder).mtimeMs > STALE_MS) rmSync(folder, { recursive: true, force: true });
    } catch {
      // Note: removed meanwhile by another build.
    }
  }
}
