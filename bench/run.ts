/**
 * `npm run bench [-- --sizes 1000,4000,16000 --reps 3 --dir /dev/shm/roundup-bench]`: generate seeded corpora, then
 * build each with roundup (cold, then again with nothing changed) and with plain Eleventy, interleaved, and print
 * medians of wall time and peak memory, roundup's time per phase and stage, and the ratios. After each baseline build,
 * Pagefind's own command indexes the baseline's pages, as an Eleventy site adds search: the floor for a site that
 * can be searched.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, freemem, loadavg, totalmem } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { generateCorpus } from "./generate-corpus.ts";
import { type Measurement, assertTimeAvailable, measure, median } from "./measure.ts";
import { type RealResult, type SizeResult, formatRealResult, formatResults } from "./format-results.ts";
import { editArticle, hasFiles, moveHeldBack, realCorpus } from "./real-corpus.ts";
import { type ServeResult, measureServe } from "./measure-serve.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
// Note: the command users run; in this repository it compiles the sources once (scripts/compile-sources.mjs), which
// `main` does before measuring anything.
const BIN = path.join(ROOT, "bin/roundup.js");
const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "1000,4000,16000" },
    reps: { type: "string", default: "3" },
    dir: { type: "string", default: "/dev/shm/roundup-bench" },
    seed: { type: "string", default: "20260105" },
    "serve-size": { type: "string", default: "4000" },
    // Extra arguments for every roundup build, e.g. "--render-workers 0", to compare settings.
    "roundup-args": { type: "string", default: "" },
    // Real content folders, built together instead of the generated corpora (several: copied side by side).
    corpus: { type: "string", multiple: true, default: [] },
    // Articles the "added" run of a real corpus adds to a built site.
    added: { type: "string", default: "20" },
  },
});
const sizes = values.sizes.split(",").map(Number).filter((n) => Number.isInteger(n) && n > 0);
const reps = Math.max(1, Number(values.reps));
const seed = Number(values.seed);
// Note: a fixed build clock, so that every run clamps (or not) the same dates and builds the same site.
const env = { ...process.env, SOURCE_DATE_EPOCH: String(Date.UTC(2026, 1, 1) / 1000), NODE_ENV: "production" };

function generatorVersion(): string {
  const hash = createHash("sha256");
  for (const file of ["generate-corpus.ts", "article-shapes.ts", "vocabulary.ts", "prng.ts"]) hash.update(readFileSync(path.join(ROOT, "bench", file)));
  return hash.digest("hex").slice(0, 16);
}

/** Generate the corpus of `size` files unless the same one is already there. */
function corpus(size: number): { root: string; files: number; stories: number; bytes: number } {
  const root = path.join(values.dir, String(size));
  const marker = path.join(root, "corpus.json");
  const key = { size, seed, generator: generatorVersion() };
  if (existsSync(marker)) {
    const found: unknown = JSON.parse(readFileSync(marker, "utf8"));
    if (typeof found === "object" && found !== null && "key" in found && JSON.stringify(found.key) === JSON.stringify(key) && "files" in found && "stories" in found && "bytes" in found) {
      return { root, files: Number(found.files), stories: Number(found.stories), bytes: Number(found.bytes) };
    }
  }
  process.stderr.write(`generating ${size} articles in ${root} …\n`);
  const made = generateCorpus(root, size, seed);
  cpSync(path.join(ROOT, "bench/baseline/_layouts"), path.join(made.baselineDir, "_layouts"), { recursive: true });
  writeFileSync(marker, JSON.stringify({ key, files: made.files, stories: made.stories, bytes: made.bytes }));
  return { root, files: made.files, stories: made.stories, bytes: made.bytes };
}

async function roundup(root: string, cold: boolean, timings: string): Promise<Measurement> {
  const output = path.join(root, "site-roundup");
  const cache = path.join(root, "cache");
  if (cold) {
    rmSync(output, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
    // Note: a cold build starts without the story ids an earlier build saved.
    rmSync(path.join(root, "content", "_stories.json"), { force: true });
  }
  const extra = values["roundup-args"].split(" ").filter(Boolean);
  const args = [BIN, "build", "--content", path.join(root, "content"), "--output", output, "--cache-dir", cache, "--timings", timings, ...extra];
  return measure(process.execPath, args, { cwd: ROOT, env, report: path.join(root, "time-roundup.txt") });
}

async function baseline(root: string): Promise<Measurement> {
  const output = path.join(root, "site-baseline");
  rmSync(output, { recursive: true, force: true });
  const eleventy = path.join(ROOT, "node_modules/@11ty/eleventy/cmd.cjs");
  const args = [eleventy, `--config=${path.join(ROOT, "bench/baseline/eleventy.config.js")}`, `--input=${path.join(root, "baseline")}`, `--output=${output}`, "--quiet"];
  return measure(process.execPath, args, { cwd: ROOT, env, report: path.join(root, "time-baseline.txt") });
}

/** Pagefind's command over the baseline's output, as an Eleventy site runs it after its build. */
async function baselineSearch(root: string): Promise<Measurement> {
  const site = path.join(root, "site-baseline");
  const pagefind = path.join(ROOT, "node_modules/pagefind/lib/runner/bin.cjs");
  return measure(process.execPath, [pagefind, "--site", site, "--force-language", "en", "--quiet"], { cwd: ROOT, env, report: path.join(root, "time-baseline-search.txt") });
}

function readTimings(file: string): { phases: Record<string, number>; fileStages: Record<string, number> } {
  const parsed: unknown = JSON.parse(readFileSync(file, "utf8"));
  const record = (value: unknown): Record<string, number> =>
    typeof value === "object" && value !== null ? Object.fromEntries(Object.entries(value).filter((e): e is [string, number] => typeof e[1] === "number")) : {};
  return typeof parsed === "object" && parsed !== null && "phases" in parsed && "fileStages" in parsed ? { phases: record(parsed.phases), fileStages: record(parsed.fileStages) } : { phases: {}, fileStages: {} };
}

/** Two steps run one after the other: their times add up, and the peak is the larger of the two. */
function oneAfterTheOther(first: Measurement, second: Measurement): Measurement {
  return { wallMs: first.wallMs + second.wallMs, peakMiB: Math.max(first.peakMiB, second.peakMiB), cpuMs: first.cpuMs + second.cpuMs };
}

/** One repetition of the two floors: plain Eleventy, and Eleventy then Pagefind over its pages (a searchable site). */
async function measureBaselines(root: string, runs: { base: Measurement[]; search: Measurement[] }): Promise<void> {
  const built = await baseline(root);
  runs.base.push(built);
  runs.search.push(oneAfterTheOther(built, await baselineSearch(root)));
}

function summarise(runs: readonly Measurement[]): Measurement {
  return { wallMs: median(runs.map((r) => r.wallMs)), peakMiB: median(runs.map((r) => r.peakMiB)), cpuMs: median(runs.map((r) => r.cpuMs)) };
}

async function main(): Promise<void> {
  assertTimeAvailable();
  execFileSync(process.execPath, [BIN, "--help"], { stdio: "ignore" });
  if (values.corpus.length > 0) return runRealCorpus(values.corpus);
  const loadBefore = loadavg()[0] ?? 0;
  mkdirSync(values.dir, { recursive: true });
  const results: SizeResult[] = [];
  for (const size of sizes) {
    const made = corpus(size);
    const runs: Record<"cold" | "warm" | "base" | "search", Measurement[]> = { cold: [], warm: [], base: [], search: [] };
    const timings: Array<ReturnType<typeof readTimings>> = [];
    for (let rep = 0; rep < reps; rep += 1) {
      // A/B interleaving, starting with the other side every repetition, so that drift hits both alike.
      const order = rep % 2 === 0 ? ["roundup", "baseline"] : ["baseline", "roundup"];
      for (const side of order) {
        if (side === "baseline") {
          await measureBaselines(made.root, runs);
        } else {
          const timingFile = path.join(made.root, `timings-${rep}.json`);
          runs.cold.push(await roundup(made.root, true, timingFile));
          timings.push(readTimings(timingFile));
          runs.warm.push(await roundup(made.root, false, path.join(made.root, `timings-warm-${rep}.json`)));
        }
        process.stderr.write(`  N=${size} rep ${rep + 1}/${reps} ${side} done\n`);
      }
    }
    const phaseNames = [...new Set(timings.flatMap((t) => Object.keys(t.phases)))];
    const stageNames = [...new Set(timings.flatMap((t) => Object.keys(t.fileStages)))];
    results.push({
      size,
      files: made.files,
      stories: made.stories,
      megabytes: made.bytes / 1024 / 1024,
      cold: summarise(runs.cold),
      warm: summarise(runs.warm),
      baseline: summarise(runs.base),
      baselineSearch: summarise(runs.search),
      phases: Object.fromEntries(phaseNames.map((name) => [name, median(timings.map((t) => t.phases[name] ?? 0))])),
      fileStages: Object.fromEntries(stageNames.map((name) => [name, median(timings.map((t) => t.fileStages[name] ?? 0))])),
    });
  }
  const serveSize = Number(values["serve-size"]);
  let serve: ServeResult | null = null;
  if (sizes.includes(serveSize)) {
    process.stderr.write(`  N=${serveSize} roundup serve: one added file …\n`);
    serve = await measureServe(path.join(values.dir, String(serveSize)), path.join(values.dir, String(serveSize), "content"), { cwd: ROOT, env, probes: reps });
  }
  const machine = `${cpus().length} cores (${cpus()[0]?.model ?? "unknown CPU"}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM (${(freemem() / 2 ** 30).toFixed(1)} GiB free), Node ${process.version}`;
  const load = `${loadBefore.toFixed(1)} before, ${(loadavg()[0] ?? 0).toFixed(1)} after`;
  process.stdout.write(formatResults(results, { machine, reps, load }));
  process.stdout.write(
    serve
      ? `\nroundup serve at N=${serveSize}: up after ${(serve.startMs / 1000).toFixed(1)} s; one added file served after ${(serve.addedFileMs / 1000).toFixed(2)} s (median of ${serve.probes.length}: ${serve.probes.map((ms) => (ms / 1000).toFixed(2)).join(", ")} s), the full rebuild with it after ${(serve.rebuiltMs / 1000).toFixed(1)} s (${serve.rebuilds.map((ms) => (ms / 1000).toFixed(1)).join(", ")} s).\n`
      : `\nroundup serve: not measured (pass a size equal to --serve-size, default 4000).\n`,
  );
  writeFileSync(path.join(values.dir, "results.json"), `${JSON.stringify({ machine, reps, load, results, serve }, null, 2)}\n`);
}

/**
 * The real-content benchmark: per repetition, interleaved with the two baselines, roundup cold, again with nothing
 * changed, with one article edited, and with N articles added to a site built without them (cache and output kept).
 */
async function runRealCorpus(dirs: readonly string[]): Promise<void> {
  for (const dir of dirs) if (!hasFiles(dir)) throw new Error(`--corpus ${dir}: no such folder, or it is empty`);
  const loadBefore = loadavg()[0] ?? 0;
  const made = realCorpus(dirs, path.join(values.dir, "real"), Number(values.added), path.join(ROOT, "bench/baseline/_layouts"));
  process.stderr.write(`real corpus: ${made.files} files, ${(made.bytes / 2 ** 20).toFixed(0)} MB in ${made.contentDir}; ${made.added.length} added (spread), ${made.addedNewest.length} added (newest), ${made.edited} edited\n`);
  const runs: Record<RealRun, Measurement[]> = { cold: [], unchanged: [], edited: [], added: [], addedNewest: [], base: [], search: [] };
  const timings: Record<"cold" | "unchanged" | "edited" | "added" | "addedNewest", Array<ReturnType<typeof readTimings>>> = { cold: [], unchanged: [], edited: [], added: [], addedNewest: [] };
  const timed = async (kind: keyof typeof timings, rep: number, cold = false): Promise<void> => {
    const file = path.join(made.root, `timings-${kind}-${rep}.json`);
    runs[kind].push(await roundup(made.root, cold, file));
    timings[kind].push(readTimings(file));
  };
  for (let rep = 0; rep < reps; rep += 1) {
    const order = rep % 2 === 0 ? ["roundup", "baseline"] : ["baseline", "roundup"];
    for (const side of order) {
      if (side === "baseline") {
        await measureBaselines(made.root, runs);
      } else {
        await timed("cold", rep, true);
        await timed("unchanged", rep);
        const undo = editArticle(made);
        try {
          await timed("edited", rep);
        } finally {
          undo();
        }
        moveHeldBack(made, "out");
        // Not measured: the site as it was before the articles arrived (the edit undone, too).
        await roundup(made.root, false, path.join(made.root, "timings-before-added.json"));
        moveHeldBack(made, "in");
        await timed("added", rep);
        // The same, with the newest articles held back: what a news site gains between two builds.
        moveHeldBack(made, "out", made.addedNewest);
        await roundup(made.root, false, path.join(made.root, "timings-before-added-newest.json"));
        moveHeldBack(made, "in", made.addedNewest);
        await timed("addedNewest", rep);
      }
      process.stderr.write(`  real corpus rep ${rep + 1}/${reps} ${side} done\n`);
    }
  }
  const machine = `${cpus().length} cores (${cpus()[0]?.model ?? "unknown CPU"}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM (${(freemem() / 2 ** 30).toFixed(1)} GiB free), Node ${process.version}`;
  const load = `${loadBefore.toFixed(1)} before, ${(loadavg()[0] ?? 0).toFixed(1)} after`;
  const phasesOf = (list: ReturnType<typeof readTimings>[]): Record<string, number> => {
    const names = [...new Set(list.flatMap((t) => Object.keys(t.phases)))];
    return Object.fromEntries(names.map((name) => [name, median(list.map((t) => t.phases[name] ?? 0))]));
  };
  const result: RealResult = {
    files: made.files,
    megabytes: made.bytes / 2 ** 20,
    added: made.added.length,
    cold: summarise(runs.cold),
    unchanged: summarise(runs.unchanged),
    edited: summarise(runs.edited),
    addedRun: summarise(runs.added),
    addedNewestRun: summarise(runs.addedNewest),
    baseline: summarise(runs.base),
    baselineSearch: summarise(runs.search),
    phases: { cold: phasesOf(timings.cold), unchanged: phasesOf(timings.unchanged), edited: phasesOf(timings.edited), added: phasesOf(timings.added), "added newest": phasesOf(timings.addedNewest) },
  };
  process.stdout.write(formatRealResult(result, { machine, reps, load, dirs }));
  writeFileSync(path.join(values.dir, "results-real.json"), `${JSON.stringify({ machine, reps, load, dirs, result, runs }, null, 2)}\n`);
}

type RealRun = "cold" | "unchanged" | "edited" | "added" | "addedNewest" | "base" | "search";

await main();
