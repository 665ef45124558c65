#!/usr/bin/env node
// The `roundup` command. The installed package runs the compiled JavaScript in lib/. In the repository, where the
// TypeScript sources sit beside this file, it runs them through tsx (a development dependency), so that an edit
// shows without a compile step and a stale lib/ is never run.
import { existsSync } from "node:fs";

const source = new URL("../src/cli.ts", import.meta.url);
if (existsSync(source)) {
  const { register } = await import("tsx/esm/api");
  register();
  await import(source.href);
} else {
  await import("../lib/cli.js");
}
