#!/usr/bin/env node
/** The `roundup` command line: build, check, serve, import, eval, init. */
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import type { BuildOptions, BuildResult } from "./orchestrate/build-site.ts";
import { PERFORMANCE_FLAGS, PERFORMANCE_USAGE, type PerformanceOptions, performanceOptions } from "./orchestrate/performance-flags.ts";
import { type SiteFlags, siteSettingsFor } from "./data-files/site-settings.ts";
import { formatReport } from "./report/format-report.ts";
import { createProgress } from "./report/progress.ts";
import { redirectSummary, writeReportJson } from "./report/report-json.ts";
import { NO_BASE_URL_NOTE } from "./exports/write-site-files.ts";

const USAGE = `usage: roundup <command> [options]

commands:
  build          build the site from the content folder into the output folder
  check          read and validate the content folder (and its _roundup.yml, _outlets.yml) without writing anything
  eval DIR       score story grouping on a labelled dataset (DIR/content and DIR/labels.json); --output keeps its stories.json
  serve          preview the site with live reload; edits in the content folder show at once
  import FILE    add the items of an RSS 2.0, Atom or JSON Feed file to the content folder
  init [DIR]     make a new site repository in DIR (default: this folder): package.json, content/, a deploy workflow

options:
  --content DIR       content folder (default: content)
  --output DIR        output folder (default: dist)
  --templates DIR     the site's own templates, each replacing the shipped file of the same path (default: templates, when present)
  --report FILE       also write the report as JSON (build, check)
  --strict            exit with status 1 when any warning or error was reported
  --verbose           list notes (info messages) too
  --title TEXT        site title (default: _roundup.yml's site.title, else roundup)
  --base-url URL      absolute URL the site is published at, e.g. https://example.org/news/
  --path-prefix PATH  path the site is served under, e.g. /news/ (default: the base URL's path, or /)
  --max-file-size N   largest article file read, in bytes (default: 16 MiB)
  --max-front-matter-size N  largest front matter read, in characters (default: 64 KiB)
  --port N            serve: port to listen on (default: 8080; 0 picks a free one)
  --host ADDRESS      serve: address to listen on (default: 127.0.0.1, this machine only)
${PERFORMANCE_USAGE}
  --help              show this help`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    content: { type: "string", default: "content" },
    output: { type: "string", default: "dist" },
    templates: { type: "string" },
    strict: { type: "boolean", default: false },
    verbose: { type: "boolean", default: false },
    title: { type: "string" },
    report: { type: "string" },
    port: { type: "string", default: "8080" },
    host: { type: "string", default: "127.0.0.1" },
    "base-url": { type: "string" },
    "path-prefix": { type: "string" },
    "max-file-size": { type: "string" },
    "max-front-matter-size": { type: "string" },
    help: { type: "boolean", default: false },
    ...PERFORMANCE_FLAGS,
  },
});

const flags = (): SiteFlags => ({ title: values.title, baseUrl: values["base-url"], pathPrefix: values["path-prefix"] });

function limit(name: "max-file-size" | "max-front-matter-size"): number | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} must be a positive whole number, not ${JSON.stringify(raw)}`);
  return value;
}

function options(): BuildOptions & PerformanceOptions {
  const contentDir = path.resolve(values.content);
  return {
    ...performanceOptions(values),
    contentDir,
    outputDir: path.resolve(values.output),
    maxFileSize: limit("max-file-size"),
    maxFrontMatterSize: limit("max-front-matter-size"),
    site: siteSettingsFor(contentDir, flags()),
    progress: createProgress(),
  };
}

/**
 * Render with the site's own templates over the shipped ones, when the site has any; `follow` keeps up with edits
 * (the preview). Prints which shipped files the site replaces.
 */
async function useTemplates(follow: boolean): Promise<{ close(): void } | null> {
  const folder = path.resolve(values.templates ?? "templates");
  if (values.templates !== undefined && !existsSync(folder)) throw new Error(`--templates names ${folder}, which does not exist: give the folder holding the site's own templates`);
  const { overridesOf, useSiteTemplates } = await import("./eleventy/template-folder.ts");
  const templates = useSiteTemplates(folder, { follow });
  if (!templates) return null;
  const { replaced, added } = overridesOf(folder);
  const label = path.relative(process.cwd(), folder) || ".";
  process.stderr.write(`templates: ${label}/ replaces ${replaced.join(", ") || "no shipped file"}${added.length > 0 ? `; adds ${added.join(", ")}` : ""}\n`);
  return templates;
}

function printReport(result: BuildResult, contentDir: string): void {
  const relative = path.relative(process.cwd(), contentDir);
  const label = relative === "" ? "" : relative.startsWith("..") || path.isAbsolute(relative) ? `${contentDir}/` : `${relative}/`;
  const lines = formatReport({ diagnostics: result.diagnostics, ledger: result.ledger, articles: result.articles.length, stories: result.stories.length, redirects: redirectSummary(result), contentLabel: label, verbose: values.verbose });
  process.stdout.write(`${lines.join("\n")}\n`);
  if (values.report) writeReportJson(values.report, result);
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
  // Note: each command loads its own modules, so `import` and `check` do not pay for loading Eleventy.
  if (command === "init") return init(positionals[1] ?? ".");
  if (command === "build") {
    await useTemplates(false);
    const { buildSite } = await import("./orchestrate/build-site.ts");
    const opts = options();
    const result = await buildSite(opts);
    if (opts.timingsFile) opts.timings?.write(opts.timingsFile);
    printReport(result, opts.contentDir);
    process.stdout.write(`site written to ${path.relative(process.cwd(), opts.outputDir) || "."}/\n`);
    if (!opts.site.baseUrl) process.stdout.write(`${NO_BASE_URL_NOTE}\n`);
    return exitCode(result);
  }
  if (command === "check") {
    const { buildData } = await import("./orchestrate/build-site.ts");
    const opts = options();
    const result = await buildData(opts);
    opts.progress?.end();
    printReport(result, opts.contentDir);
    return result.diagnostics.some((d) => d.severity === "error") || exitCode(result) ? 1 : 0;
  }
  if (command === "eval") {
    const dataset = positionals[1];
    if (!dataset) throw new Error("eval needs a dataset folder holding content/ and labels.json: roundup eval DIR [--output DIR]");
    await useTemplates(false);
    const { evaluateDataset } = await import("./report/evaluate-dataset.ts");
    const opts = options();
    const outputDir = values.output === "dist" ? path.join(tmpdir(), `roundup-eval-${process.pid}`) : opts.outputDir;
    const evaluation = await evaluateDataset(path.resolve(dataset), outputDir, opts);
    process.stdout.write(`${evaluation.lines.join("\n")}\nstories export: ${evaluation.storiesFile}\n`);
    return 0;
  }
  if (command === "serve") return serve();
  if (command === "import") {
    const feedFile = positionals[1];
    if (!feedFile) throw new Error("import needs a feed file: roundup import FILE [--content DIR]");
    const [{ importFeed }, { formatImport }, { FeedError }] = await Promise.all([import("./import/import-feed.ts"), import("./import/format-import.ts"), import("./import/read-feed.ts")]);
    try {
      const result = importFeed(path.resolve(feedFile), path.resolve(values.content));
      process.stdout.write(`${formatImport(result, feedFile, `${path.relative(process.cwd(), path.resolve(values.content)) || "."}/`).join("\n")}\n`);
      return 0;
    } catch (cause) {
      if (!(cause instanceof FeedError)) throw cause;
      process.stderr.write(`roundup: ${feedFile} could not be imported: ${cause.message}\n`);
      return 1;
    }
  }
  process.stderr.write(`roundup: unknown command ${JSON.stringify(command)}\n\n${USAGE}\n`);
  return 2;
}

/** Make a new site repository in `dir`; refuses, with status 1, when any of its files exists. */
async function init(dir: string): Promise<number> {
  const { InitConflict, initSite } = await import("./init/init-site.ts");
  const target = path.resolve(dir);
  const relative = path.relative(process.cwd(), target);
  const label = relative === "" ? "." : relative.startsWith("..") ? target : relative;
  try {
    const files = initSite(target);
    const cd = label === "." ? "" : `cd ${label} && `;
    process.stdout.write(`${files.map((file) => `  ${path.join(label, file.path)}`).join("\n")}\nA new site in ${label}/. Next: ${cd}npm install && npm run build\n`);
    return 0;
  } catch (cause) {
    if (!(cause instanceof InitConflict)) throw cause;
    process.stderr.write(`roundup: ${label}/ already has ${cause.existing.join(", ")}; init overwrites nothing. Move those files aside, or give a new folder: roundup init DIR\n`);
    return 1;
  }
}

/** Serve until interrupted; each rebuild prints the report. */
async function serve(): Promise<number> {
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error("--port must be a port number (0 picks a free one)");
  const contentDir = path.resolve(values.content);
  const templates = await useTemplates(true);
  const { serveContent } = await import("./preview/serve-content.ts");
  const running = await serveContent({
    contentDir,
    port,
    host: values.host,
    flags: flags(),
    maxFileSize: limit("max-file-size"),
    maxFrontMatterSize: limit("max-front-matter-size"),
    performance: performanceOptions(values),
    onBuild: (result) => printReport(result, contentDir),
    log: (line) => process.stderr.write(`${line}\n`),
  });
  process.stdout.write(`Serving ${path.relative(process.cwd(), contentDir) || "."}/ at ${running.url} (Ctrl+C to stop)\n`);
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  await running.close();
  templates?.close();
  return 0;
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
