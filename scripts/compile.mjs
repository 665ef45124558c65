// Compile src/ into lib/, the JavaScript the installed package runs (`npm run compile`; `npm pack` runs it first).
// tsc rewrites the `.ts` import specifiers to `.js`; the data files beside the modules (outlets.yml) are copied.
import { copyFileSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const source = path.join(root, "src");
const target = path.join(root, "lib");
// Note: modules are compiled (.ts) or serve the repository only (.mjs: the shims that register tsx in workers).
const CODE = /\.(?:ts|mjs)$/;

rmSync(target, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
const compiled = spawnSync(process.execPath, [tsc, "-p", path.join(root, "tsconfig.build.json")], { stdio: "inherit" });
if (compiled.status !== 0) process.exit(compiled.status ?? 1);

const copyData = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const from = path.join(dir, entry.name);
    if (entry.isDirectory()) copyData(from);
    else if (!CODE.test(entry.name)) {
      const to = path.join(target, path.relative(source, from));
      mkdirSync(path.dirname(to), { recursive: true });
      copyFileSync(from, to);
    }
  }
};
copyData(source);
