/** Run one command as a child process and measure its wall time and peak memory. */
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";

/** What one run cost. */
export interface Measurement {
  wallMs: number;
  /** Peak resident set size in MiB, as the kernel counted it for the child (GNU time's `%M`). */
  peakMiB: number;
  /** User plus system CPU time of the child and its threads, ms: what the build cost whatever else ran. */
  cpuMs: number;
}

const TIME = "/usr/bin/time";

/** Fail early, with the fix, when GNU time is missing. */
export function assertTimeAvailable(): void {
  if (!existsSync(TIME)) throw new Error(`${TIME} is needed to measure peak memory: apt-get install -y time`);
}

/**
 * Run `command` under GNU time. Peak memory is the kernel's maximum resident set size of the child (`wait4`'s
 * `ru_maxrss`), which counts every thread of the process (roundup's worker threads included); for a command that
 * starts child processes of its own, it is the largest single process, not their sum.
 */
export function measure(command: string, args: readonly string[], options: { cwd: string; env: NodeJS.ProcessEnv; report: string }): Promise<Measurement> {
  rmSync(options.report, { force: true });
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(TIME, ["-f", "%M %U %S", "-o", options.report, command, ...args], { cwd: options.cwd, env: options.env, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    child.on("error", reject);
    child.on("close", (code) => {
      const wallMs = performance.now() - start;
      if (code !== 0) return reject(new Error(`${command} ${args.join(" ")} exited with ${code}\n${stderr}`));
      const [kib = NaN, user = NaN, system = NaN] = (readFileSync(options.report, "utf8").trim().split("\n").at(-1) ?? "").split(" ").map(Number);
      resolve({ wallMs, peakMiB: kib / 1024, cpuMs: (user + system) * 1000 });
    });
  });
}

/** The median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
