/** Command-line flags about how a build runs (threads, time limit, cache, timings), parsed into build options. */
import path from "node:path";
import type { BuildOptions } from "./build-site.ts";
import { DEFAULT_RENDER_CHUNK, DEFAULT_SEARCH_CHUNK } from "./performance-defaults.ts";
import { BuildTimings } from "./stage-timer.ts";

/** `parseArgs` definitions of the flags. */
export const PERFORMANCE_FLAGS = {
  workers: { type: "string" },
  "render-workers": { type: "string" },
  "render-chunk": { type: "string" },
  "search-chunk": { type: "string" },
  "file-timeout": { type: "string" },
  "no-cache": { type: "boolean", default: false },
  "cache-dir": { type: "string" },
  timings: { type: "string" },
} as const;

/** The flags' lines of the usage text. */
export const PERFORMANCE_USAGE = `  --workers N         worker threads processing articles (default: one per core from 200 files; 0 = none)
  --render-workers N  threads rendering article pages (default: one per core but one from 3,000 articles; 0 = none)
  --render-chunk N    article pages per Eleventy run (default: ${DEFAULT_RENDER_CHUNK}; fewer use less memory, more less time)
  --search-chunk N    pages per part of the search index (default: ${DEFAULT_SEARCH_CHUNK}; fewer use less memory, more make a search
                      fetch fewer files)
  --file-timeout MS   time limit for processing one file, in milliseconds (default: 10 s plus 5 s per MB)
  --no-cache          process every file again instead of reusing the results of earlier builds
  --cache-dir DIR     folder of the cache of processed files (default: node_modules/.cache/roundup)
  --timings FILE      write the time spent in each phase and stage to FILE, as JSON`;

/** The build options the flags set. */
export type PerformanceOptions = Pick<BuildOptions, "workers" | "renderWorkers" | "renderChunk" | "searchChunk" | "fileTimeout" | "cacheDir" | "timings"> & {
  timingsFile?: string;
};

/** Validate the flags' values; a bad value is a usage error. */
export function performanceOptions(values: { workers?: string; "render-workers"?: string; "render-chunk"?: string; "search-chunk"?: string; "file-timeout"?: string; "no-cache"?: boolean; "cache-dir"?: string; timings?: string }): PerformanceOptions {
  const count = (flag: string, raw: string | undefined, min: number): number | undefined => {
    if (raw === undefined) return undefined;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min) throw new Error(`--${flag} must be a whole number of at least ${min}`);
    return value;
  };
  return {
    workers: count("workers", values.workers, 0),
    renderWorkers: count("render-workers", values["render-workers"], 0),
    renderChunk: count("render-chunk", values["render-chunk"], 1),
    searchChunk: count("search-chunk", values["search-chunk"], 1),
    fileTimeout: count("file-timeout", values["file-timeout"], 1),
    cacheDir: values["no-cache"] ? null : values["cache-dir"] ? path.resolve(values["cache-dir"]) : undefined,
    timings: values.timings ? new BuildTimings() : undefined,
    timingsFile: values.timings ? path.resolve(values.timings) : undefined,
  };
}
