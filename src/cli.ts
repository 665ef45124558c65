#!/usr/bin/env node
/** The `roundup` command line: build, check. */
import path from "node:path";
import { parseArgs } from "node:util";
import { buildData, buildSite, type BuildOptions, type BuildResult } from "./build/build-site.ts";
import { PERFORMANCE_FLAGS, PERFORMANCE_USAGE, type PerformanceOptions, performanceOptions } from "./build/performance-flags.ts";
import { formatReport } from "./report/format-report.ts";

const USAGE = `usage: roundup <command> [options]

commands:
  build    build the site from the content folder into the output folder
  check    read and validate the content folder without writing anything

options:
  --content DIR       content folder (default: content)
  --output DIR        output folder (default: dist)
  --strict            exit with status 1 when any warning or error was reported
  --verbose           list notes (info messages) too
  --title TEXT        site title (default: roundup)
  --base-url URL      absolute URL the site is published at, e.g. https://example.org/news/
  --path-prefix PATH  path the site is served under, e.g. /news/ (default: the base URL's path, or /)
  --max-file-size N   largest article file read, in bytes (default: 16 MiB)
  --max-front-matter-size N  largest front matter read, in characters (default: 64 KiB)
  --help              show this help`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    content: { type: "string", default: "content" },
    output: { type: "string", default: "dist" },
    strict: { type: "boolean", default: false },
    verbose: { type: "boolean", default: false },
    title: { type: "string", default: "roundup" },
    "base-url": { type: "string" },
    "path-prefix": { type: "string" },
    "max-file-size": { type: "string" },
    "max-front-matter-size": { type: "string" },
    help: { type: "boolean", default: false },
    ...PERFORMANCE_FLAGS,
  },
});

function pathPrefixOf(prefix: string | undefined, baseUrl: string | undefined): string {
  const raw = prefix ?? (baseUrl ? new URL(baseUrl).pathname : "/");
  const trimmed = raw.replace(/^\/+|\/+$/g, "");
  if (trimmed !== "" && !/^[\w.~-]+(?:\/[\w.~-]+)*$/.test(trimmed)) throw new Error(`--path-prefix must be a plain URL path, not ${JSON.stringify(raw)}`);
  return trimmed === "" ? "/" : `/${trimmed}/`;
}

function options(): BuildOptions & PerformanceOptions {
  const limit = (name: "max-file-size" | "max-front-matter-size"): number | undefined => {
    const raw = values[name];
    if (raw === undefined) return undefined;
    const value = Number(raw);
    if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} must be a positive whole number, not ${JSON.stringify(raw)}`);
    return value;
  };
  const maxFileSize = limit("max-file-size");
  const maxFrontMatterSize = limit("max-front-matter-size");
  return {
    ...performanceOptions(values),
    contentDir: path.resolve(values.content),
    outputDir: path.resolve(values.output),
    maxFileSize,
    maxFrontMatterSize,
    site: {
      title: values.title,
      description: "Every outlet's coverage of each story, side by side.",
      baseUrl: values["base-url"] ?? null,
      pathPrefix: pathPrefixOf(values["path-prefix"], values["base-url"]),
      language: "en",
    },
  };
}

function printReport(result: BuildResult, contentDir: string): void {
  const relative = path.relative(process.cwd(), contentDir);
  const label = relative === "" ? "" : relative.startsWith("..") || path.isAbsolute(relative) ? `${contentDir}/` : `${relative}/`;
  const lines = formatReport({ diagnostics: result.diagnostics, ledger: result.ledger, articles: result.articles.length, stories: result.stories.length, contentLabel: label, verbose: values.verbose });
  process.stdout.write(`${lines.join("\n")}\n`);
}

function exitCode(result: BuildResult): number {
  const errors = result.diagnostics.some((d) => d.severity === "error");
  const warnings = result.diagnostics.some((d) => d.severity === "warning");
  return values.strict && (errors || warnings) ? 1 : 0;
}

async function main(): Promise<number> {
  const command = positionals[0];
  if (values.help || !command) {
    process.stdout.write(`${USAGE}\n`);
    return command || values.help ? 0 : 2;
  }
  if (command === "build") {
    const opts = options();
    const result = await buildSite(opts);
    if (opts.timingsFile) opts.timings?.write(opts.timingsFile);
    printReport(result, opts.contentDir);
    process.stdout.write(`site written to ${path.relative(process.cwd(), opts.outputDir) || "."}/\n`);
    return exitCode(result);
  }
  if (command === "check") {
    const opts = options();
    const result = await buildData(opts);
    printReport(result, opts.contentDir);
    return result.diagnostics.some((d) => d.severity === "error") || exitCode(result) ? 1 : 0;
  }
  process.stderr.write(`roundup: unknown command ${JSON.stringify(command)}\n\n${USAGE}\n`);
  return 2;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`roundup: ${error instanceof Error ? error.message : String(error)}\n`);
    if (error instanceof Error && error.cause) process.stderr.write(`  caused by: ${String(error.cause)}\n`);
    process.exitCode = 1;
  },
);
