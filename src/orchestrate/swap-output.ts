/** Atomic output: the site is built in a sibling folder and swapped in whole, so a failed build changes nothing. */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/** A file every roundup output folder holds, so that roundup only ever replaces folders it made. */
export const OUTPUT_MARKER = ".roundup-output";

/** A fresh staging folder beside `outputDir`; leftovers of builds that were killed are removed first. */
export function stagingFolder(outputDir: string): string {
  const target = path.resolve(outputDir);
  removeLeftovers(target);
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

/** Whether a process with this id is running (a build in progress elsewhere keeps its folders). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (cause) {
    return cause instanceof Error && "code" in cause && cause.code === "EPERM";
  }
}

// Note: a build that is killed (a cancelled CI job, a closed terminal) leaves `<output>.staging-<pid>` or, between
// its two renames, `<output>.old-<pid>` behind; the published folder itself is always whole.
function removeLeftovers(target: string): void {
  const parent = path.dirname(target);
  if (!existsSync(parent)) return;
  const pattern = new RegExp(`^${path.basename(target).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.(staging|old)-(\\d+)$`);
  for (const name of readdirSync(parent)) {
    const match = pattern.exec(name);
    if (!match || Number(match[2]) === process.pid || isRunning(Number(match[2]))) continue;
    const leftover = path.join(parent, name);
    if (match[1] === "old" && !existsSync(target)) renameSync(leftover, target);
    else if (existsSync(path.join(leftover, OUTPUT_MARKER))) rmSync(leftover, { recursive: true, force: true });
  }
}
