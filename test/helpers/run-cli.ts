/** Run the roundup command line as a user would, in a child process. */
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

/** The project root. */
export const ROOT = path.resolve(import.meta.dirname, "../..");
/** The shared material beside the checkout; absent in a user's clone. */
export const SHARED = path.resolve(ROOT, "../shared");

// Note: by file URL, so that a build can run from any working folder, not only one where node_modules is found.
const TSX = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

/** What a command printed and how it ended. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Run `roundup <args>` (through tsx, as `npm run build` does) in `cwd` (default: the project root); progress lines are
 * off unless `env` turns them on.
 */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", TSX, path.join(ROOT, "src/cli.ts"), ...args],
      { cwd: options.cwd ?? ROOT, env: { ...process.env, ROUNDUP_PROGRESS: "0", ...options.env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error && typeof error.code === "number" ? error.code : error ? 1 : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** A new temporary folder; removed by the returned function. */
export function tempDir(prefix = "roundup-test-"): { dir: string; remove: () => void } {
  const base = process.env.ROUNDUP_TEST_TMP ?? (process.platform === "linux" ? "/dev/shm" : tmpdir());
  const dir = mkdtempSync(path.join(base, prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Copy a folder into a new temporary content folder. */
export function copyContent(from: string, dir: string): string {
  const content = path.join(dir, "content");
  cpSync(from, content, { recursive: true });
  return content;
}

/** The counters a build wrote with `--timings FILE` (cache hits, search index parts reused, …). */
export function timingCounters(file: string): Record<string, number> {
  const parsed: { counters: Record<string, number> } = JSON.parse(readFileSync(file, "utf8"));
  return parsed.counters;
}
