/** Atomic output: the site is built in a sibling folder and swapped in whole, so a failed build changes nothing. */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/** A file every roundup output folder holds, so that roundup only ever replaces folders it made. */
export const OUTPUT_MARKER = ".roundup-output";

/** A fresh staging folder beside `outputDir`. */
export function stagingFolder(outputDir: string): string {
  const target = path.resolve(outputDir);
  const staging = `${target}.staging-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  writeFileSync(path.join(staging, OUTPUT_MARKER), "This folder is written by roundup build; it is replaced whole on every build.\n");
  return staging;
}

/** Check that `outputDir` may be replaced: absent, empty, or made by roundup; never the content folder or above it. */
export function assertReplaceable(outputDir: string, contentDir: string): void {
  const target = path.resolve(outputDir);
  const content = path.resolve(contentDir);
  if (target === path.parse(target).root) throw new Error(`refusing to write the site to ${target}: it is a file system root`);
  if (content === target || content.startsWith(target + path.sep)) throw new Error(`refusing to write the site to ${target}: it holds the content folder`);
  if (target.startsWith(content + path.sep)) throw new Error(`refusing to write the site to ${target}: it is inside the content folder`);
  if (existsSync(target) && readdirSync(target).length > 0 && !existsSync(path.join(target, OUTPUT_MARKER))) {
    throw new Error(`refusing to replace ${target}: it is not empty and was not written by roundup (no ${OUTPUT_MARKER} file); remove it or choose another --output`);
  }
}

/** Replace `outputDir` with `staging` in two renames; the old folder is removed afterwards. */
export function swapIn(staging: string, outputDir: string): void {
  const target = path.resolve(outputDir);
  const old = `${target}.old-${process.pid}`;
  const hadOld = existsSync(target);
  if (hadOld) renameSync(target, old);
  try {
    renameSync(staging, target);
  } catch (cause) {
    if (hadOld) renameSync(old, target);
    throw new Error(`could not move the new site into ${target}`, { cause });
  }
  if (hadOld) rmSync(old, { recursive: true, force: true });
}

/** Remove a staging folder after a failed build. */
export function discardStaging(staging: string): void {
  rmSync(staging, { recursive: true, force: true });
}
