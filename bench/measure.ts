/** Run one command as a child process and measure its wall time and peak memory. */
import { spawn } from "node:child_process";
import { existsSync, readFileSync, readdirSync, rmSync } from "node:fs";

/** What one run cost. */
export interface Measurement {
  wallMs: number;
  /**
   * Peak memory in MiB: the larger of the kernel's maximum resident set of the child (GNU time's `%M`) and the
   * largest sum of resident sets of the child and every process it started (Pagefind's indexer is one), sampled.
   */
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
    // Note: a process the build starts and does not wait for (Pagefind's) is not in the kernel's figure for the
    // build; sampling the whole tree counts it, and counts processes running at once together.
    let treePeakKiB = 0;
    const sampler = setInterval(() => {
      if (child.pid !== undefined) treePeakKiB = Math.max(treePeakKiB, treeRssKiB(child.pid));
    }, SAMPLE_MS);
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    child.on("error", (error) => {
      clearInterval(sampler);
      reject(error);
    });
    child.on("close", (code) => {
      clearInterval(sampler);
      const wallMs = performance.now() - start;
      if (code !== 0) return reject(new Error(`${command} ${args.join(" ")} exited with ${code}\n${stderr}`));
      const [kib = NaN, user = NaN, system = NaN] = (readFileSync(options.report, "utf8").trim().split("\n").at(-1) ?? "").split(" ").map(Number);
      resolve({ wallMs, peakMiB: Math.max(kib, treePeakKiB) / 1024, cpuMs: (user + system) * 1000 });
    });
  });
}

const SAMPLE_MS = 100;

/** The summed resident set (KiB) of process `root` and all its descendants, from /proc; 0 where /proc is missing. */
export function treeRssKiB(root: number): number {
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  let names: string[];
  try {
    names = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return 0;
  }
  for (const name of names) {
    try {
      const status = readFileSync(`/proc/${name}/status`, "utf8");
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? NaN);
      const kib = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      parents.set(Number(name), ppid);
      rss.set(Number(name), kib);
    } catch {
      // Note: a process that ended while the list was read.
    }
  }
  let total = 0;
  for (const pid of parents.keys()) {
    for (let at: number | undefined = pid, hops = 0; at !== undefined && hops < 64; at = parents.get(at), hops += 1) {
      if (at === root) {
        total += rss.get(pid) ?? 0;
        break;
      }
    }
  }
  return total;
}

/** The median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
