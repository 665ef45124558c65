#!/usr/bin/env node
// The `roundup` command. The installed package runs the compiled JavaScript in lib/. In the repository, where the
// TypeScript sources sit beside this file, it runs a copy of them compiled on demand into
// node_modules/.cache/roundup-code/ (or ROUNDUP_CODE_CACHE), in a folder named by a hash of the sources
// (scripts/compile-sources.mjs): an edit shows in the next run without a compile step, a stale lib/ or copy is never
// run, and neither the main thread nor a worker thread loads a TypeScript compiler. Where that folder cannot be
// written (a read-only checkout), the sources run through tsx: slower, the same code.
import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

const sources = fileURLToPath(new URL("../src/", import.meta.url));
if (existsSync(sources)) {
  const cache = process.env.ROUNDUP_CODE_CACHE || fileURLToPath(new URL("../node_modules/.cache/roundup-code/", import.meta.url));
  let compiled = null;
  try {
    const { compiledSources } = await import("../scripts/compile-sources.mjs");
    compiled = await compiledSources(sources, cache);
  } catch (error) {
    process.stderr.write(`roundup: could not compile the sources into ${cache} (${error instanceof Error ? error.message : String(error)}); running them through tsx instead\n`);
  }
  if (compiled !== null) {
    await import(pathToFileURL(`${compiled}/cli.js`).href);
  } else {
    const { register } = await import("tsx/esm/api");
    register();
    await import(new URL("../src/cli.ts", import.meta.url).href);
  }
} else {
  await import("../lib/cli.js");
}
