/**
 * Where a build spends its time: wall time per phase (list, process, group, render, …) and, for the per-file
 * stages that run in worker threads, the sum of every worker's time per stage. Written as JSON by `--timings FILE`.
 */
import { writeFileSync } from "node:fs";

/** The per-file stages, in pipeline order. */
export const FILE_STAGES = ["read", "parse", "clean", "to-html", "sanitize", "extract"] as const;

/** One per-file stage. */
export type FileStage = (typeof FILE_STAGES)[number];

/** Milliseconds per per-file stage, summed over files (and threads). */
export type StageTotals = Record<FileStage, number>;

/** Zeroed totals. */
export function emptyTotals(): StageTotals {
  return { read: 0, parse: 0, clean: 0, "to-html": 0, sanitize: 0, extract: 0 };
}

/** Sums the time of per-file stages; one per thread, merged by the main thread. */
export class StageClock {
  readonly totals: StageTotals = emptyTotals();

  /** Run `work` and add its duration to `stage`. */
  time<T>(stage: FileStage, work: () => T): T {
    const start = performance.now();
    try {
      return work();
    } finally {
      this.totals[stage] += performance.now() - start;
    }
  }

  /** Add totals measured elsewhere (a worker's). */
  add(totals: Readonly<Partial<StageTotals>>): void {
    for (const stage of FILE_STAGES) this.totals[stage] += totals[stage] ?? 0;
  }
}

/** The timings of one build. */
export class BuildTimings {
  readonly stages = new StageClock();
  readonly phases: Array<{ phase: string; ms: number }> = [];
  /** Resident memory (MiB) of the whole process, threads included, when each phase ended. */
  readonly memory: Record<string, number> = {};
  /** CPU time (ms, user + system, every thread of the process) per phase: what other work on the machine does not inflate. */
  readonly cpu: Record<string, number> = {};
  readonly counters: Record<string, number> = {};
  private readonly start = performance.now();

  /** Run one phase (sync or async) and record its wall time. */
  async phase<T>(name: string, work: () => T | Promise<T>): Promise<T> {
    const start = performance.now();
    const cpu = process.cpuUsage();
    try {
      return await work();
    } finally {
      this.phases.push({ phase: name, ms: performance.now() - start });
      this.memory[name] = Math.round(process.memoryUsage.rss() / 2 ** 20);
      const used = process.cpuUsage(cpu);
      this.cpu[name] = Math.round((this.cpu[name] ?? 0) + (used.user + used.system) / 1000);
    }
  }

  /** Record a count (files, workers, cache hits). */
  count(name: string, value: number): void {
    this.counters[name] = (this.counters[name] ?? 0) + value;
  }

  /** A plain summary, rounded to 0.1 ms. */
  toJSON(): { totalMs: number; phases: Record<string, number>; fileStages: StageTotals; counters: Record<string, number>; rssMiBAfter: Record<string, number>; cpuMs: Record<string, number> } {
    const round = (ms: number): number => Math.round(ms * 10) / 10;
    const phases: Record<string, number> = {};
    for (const { phase, ms } of this.phases) phases[phase] = round((phases[phase] ?? 0) + ms);
    const fileStages = emptyTotals();
    for (const stage of FILE_STAGES) fileStages[stage] = round(this.stages.totals[stage]);
    return { totalMs: round(performance.now() - this.start), phases, fileStages, counters: { ...this.counters }, rssMiBAfter: { ...this.memory }, cpuMs: { ...this.cpu } };
  }

  /** Write the summary as JSON. */
  write(file: string): void {
    writeFileSync(file, `${JSON.stringify(this, null, 2)}\n`);
  }
}
