/** The benchmark's report: markdown tables, ready to paste into the README. */

/** Median cost of one kind of build. */
export interface Cost {
  wallMs: number;
  peakMiB: number;
  cpuMs: number;
}

/** Everything measured at one corpus size. */
export interface SizeResult {
  size: number;
  files: number;
  stories: number;
  megabytes: number;
  cold: Cost;
  warm: Cost;
  baseline: Cost;
  /** The baseline's build, then Pagefind's command over its pages. */
  baselineSearch: Cost;
  /** roundup's wall time per phase (median, ms). */
  phases: Record<string, number>;
  /** roundup's per-file stages, summed over worker threads (median, ms). */
  fileStages: Record<string, number>;
}

const s = (ms: number): string => (ms / 1000).toFixed(1);
const x = (value: number): string => `${value.toFixed(2)}×`;

/** Tables of totals, ratios, phases and stages. */
export function formatResults(results: readonly SizeResult[], context: { machine: string; reps: number; load: string }): string {
  const lines = [
    `Machine: ${context.machine}. Medians of ${context.reps} interleaved runs each. Load average ${context.load}.`,
    "",
    "| N | corpus | roundup cold | baseline | time ratio | roundup peak | baseline peak | memory ratio | rebuild, nothing changed | rebuild / cold | articles/s (cold) |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const r of results) {
    lines.push(
      `| ${r.size} | ${r.megabytes.toFixed(0)} MB, ${r.stories} stories | ${s(r.cold.wallMs)} s | ${s(r.baseline.wallMs)} s | ${x(r.cold.wallMs / r.baseline.wallMs)} | ${r.cold.peakMiB.toFixed(0)} MiB | ${r.baseline.peakMiB.toFixed(0)} MiB | ${x(r.cold.peakMiB / r.baseline.peakMiB)} | ${s(r.warm.wallMs)} s | ${x(r.warm.wallMs / r.cold.wallMs)} | ${Math.round(r.files / (r.cold.wallMs / 1000))} |`,
    );
  }
  lines.push(
    "",
    "Against a baseline that can be searched too (the same Eleventy build, then Pagefind's command over its pages, as an Eleventy site adds search):",
    "",
    "| N | baseline + Pagefind | time ratio | peak | memory ratio | CPU | CPU ratio |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  );
  for (const r of results) {
    const b = r.baselineSearch;
    lines.push(`| ${r.size} | ${s(b.wallMs)} s | ${x(r.cold.wallMs / b.wallMs)} | ${b.peakMiB.toFixed(0)} MiB | ${x(r.cold.peakMiB / b.peakMiB)} | ${s(b.cpuMs)} s | ${x(r.cold.cpuMs / b.cpuMs)} |`);
  }
  lines.push("", "CPU time (user + system, all threads), which other work on the machine does not inflate:", "");
  lines.push("| N | roundup cold CPU | baseline CPU | CPU ratio | rebuild CPU |", "| ---: | ---: | ---: | ---: | ---: |");
  for (const r of results) lines.push(`| ${r.size} | ${s(r.cold.cpuMs)} s | ${s(r.baseline.cpuMs)} s | ${x(r.cold.cpuMs / r.baseline.cpuMs)} | ${s(r.warm.cpuMs)} s |`);
  for (let i = 1; i < results.length; i += 1) {
    const [a, b] = [results[i - 1], results[i]];
    if (a && b) lines.push("", `Growth ${a.size} → ${b.size} (${x(b.size / a.size)} the files): roundup ${x(b.cold.wallMs / a.cold.wallMs)}, baseline ${x(b.baseline.wallMs / a.baseline.wallMs)}.`);
  }
  const phases = [...new Set(results.flatMap((r) => Object.keys(r.phases)))];
  const stages = [...new Set(results.flatMap((r) => Object.keys(r.fileStages)))];
  lines.push("", "roundup, cold build: wall time per phase (s); per-file stages as the sum over worker threads (s).", "");
  lines.push(`| N | ${phases.join(" | ")} | ${stages.map((stage) => `Σ ${stage}`).join(" | ")} |`);
  lines.push(`| ---: | ${[...phases, ...stages].map(() => "---:").join(" | ")} |`);
  for (const r of results) {
    lines.push(`| ${r.size} | ${phases.map((p) => s(r.phases[p] ?? 0)).join(" | ")} | ${stages.map((st) => s(r.fileStages[st] ?? 0)).join(" | ")} |`);
  }
  return `${lines.join("\n")}\n`;
}

/** Everything measured on a real corpus. */
export interface RealResult {
  files: number;
  megabytes: number;
  added: number;
  cold: Cost;
  unchanged: Cost;
  edited: Cost;
  addedRun: Cost;
  /** The same number of articles added, the newest of the corpus. */
  addedNewestRun: Cost;
  baseline: Cost;
  baselineSearch: Cost;
  /** roundup's wall time per phase (median, ms) of each kind of build. */
  phases: Record<"cold" | "unchanged" | "edited" | "added" | "added newest", Record<string, number>>;
}

const mib = (value: number): string => `${Math.round(value).toLocaleString("en")} MiB`;

/** The real-content benchmark's tables: each build against the cold build and against the searchable baseline. */
export function formatRealResult(r: RealResult, context: { machine: string; reps: number; load: string; dirs: readonly string[] }): string {
  const floor = r.baselineSearch;
  const row = (name: string, c: Cost, againstCold: boolean): string =>
    `| ${name} | ${s(c.wallMs)} s | ${s(c.cpuMs)} s | ${mib(c.peakMiB)} | ${againstCold ? x(c.wallMs / r.cold.wallMs) : "—"} | ${x(c.wallMs / floor.wallMs)} | ${x(c.peakMiB / floor.peakMiB)} |`;
  const lines = [
    `Machine: ${context.machine}. Medians of ${context.reps} interleaved runs each. Load average ${context.load}.`,
    "",
    `Content: ${r.files} files, ${r.megabytes.toFixed(0)} MB, from ${context.dirs.join(", ")}.`,
    "",
    "| build | wall | CPU | peak | wall / cold | wall / Eleventy + Pagefind | peak / Eleventy + Pagefind |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    row("roundup cold (no cache, no output)", r.cold, true),
    row("roundup again, nothing changed", r.unchanged, true),
    row("roundup, one article edited", r.edited, true),
    row(`roundup, ${r.added} articles added (spread over the corpus)`, r.addedRun, true),
    row(`roundup, ${r.added} articles added (the newest)`, r.addedNewestRun, true),
    row("plain Eleventy", r.baseline, false),
    row("Eleventy, then Pagefind's CLI", floor, false),
    "",
    "roundup's wall time per phase (s):",
    "",
  ];
  const kinds = ["cold", "unchanged", "edited", "added", "added newest"] as const;
  const phases = [...new Set(kinds.flatMap((kind) => Object.keys(r.phases[kind])))];
  lines.push(`| build | ${phases.join(" | ")} |`, `| --- | ${phases.map(() => "---:").join(" | ")} |`);
  for (const kind of kinds) lines.push(`| ${kind} | ${phases.map((p) => s(r.phases[kind][p] ?? 0)).join(" | ")} |`);
  return `${lines.join("\n")}\n`;
}
