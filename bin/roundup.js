#!/usr/bin/env node
// The `roundup` command. The installed package runs the compiled JavaScript in lib/. In the repository, where the
// TypeScript sources sit beside this file, it runs a copy of them compiled on demand into
// node_modules/.cache/roundup-code/, in a folder named by a hash of the sources (scripts/compile-sources.mjs): an edit
// shows in the next run without a compile step, a stale lib/ or copy is never run, and neither the main thread nor a
// worker thread loads a TypeScript compiler.
import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

const sources = fileURLToPath(new URL("../src/", import.meta.url));
if (existsSync(sources)) {
  const { compiledSources } = await import("../scripts/compile-sources.mjs");
  const compiled = await compiledSources(sources, fileURLToPath(new URL("../node_modules/.cache/roundup-code/", import.meta.url)));
  await import(pathToFileURL(`${compiled}/cli.js`).href);
} else {
  await import("../lib/cli.js");
}
