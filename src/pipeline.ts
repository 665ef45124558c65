/** The only module that knows the order of stages: one content file in, one article (or a reason) out. */
import { VFile } from "vfile";
import { repairBody } from "./clean/repair-body.ts";
import { stripFurniture } from "./clean/strip-furniture.ts";
import { diagnosticsOf, report } from "./diagnostics.ts";
import { type ArticleDraft, extractMetadata } from "./extract/extract-metadata.ts";
import { decodeText } from "./ingest/decode-text.ts";
import { detectBodyFormat } from "./ingest/detect-body-format.ts";
import { parseFrontMatter } from "./ingest/parse-front-matter.ts";
import { extractPage } from "./page/extract-page.ts";
import { detectPage } from "./page/detect-page.ts";
import { htmlBody } from "./render/html-body.ts";
import { markdownToHtml } from "./render/markdown-to-html.ts";
import { sanitizeBody } from "./render/sanitize-body.ts";
import { structureText } from "./render/structure-text.ts";
import { TITLE_KEYS } from "./extract/field-chains.ts";
import type { OutletRegistry } from "./extract/outlet-registry.ts";
import type { Diagnostic } from "./types.ts";
import type { StageClock } from "./orchestrate/stage-timer.ts";
import "./file-data.ts";

/** Limits and context for processing one file. */
export interface PipelineOptions {
  contentDir: string;
  maxFileSize: number;
  maxFrontMatterSize: number;
  now: number;
  /** Outlets known to this build; the shipped registry when absent. */
  outlets?: OutletRegistry;
}

/** Defaults of `PipelineOptions` other than the folder. */
export const DEFAULT_LIMITS = { maxFileSize: 16 * 1024 * 1024, maxFrontMatterSize: 64 * 1024 };

/** What became of one file. */
export type FileOutcome =
  | { kind: "article"; article: ArticleDraft; diagnostics: Diagnostic[] }
  | { kind: "skipped"; reason: string; diagnostics: Diagnostic[] };

/**
 * Run every stage over one file's bytes. `relativePath` uses forward slashes; `absolutePath` locates images.
 * `clock`, when given, sums the time of each stage (`--timings`).
 */
export function processFile(relativePath: string, absolutePath: string, bytes: Uint8Array, options: PipelineOptions, clock?: StageClock): FileOutcome {
  const time = clock ? clock.time.bind(clock) : <T>(_stage: string, work: () => T): T => work();
  const file = new VFile({ path: absolutePath, value: bytes });
  file.data.relativePath = relativePath;
  const skipped = (): FileOutcome => {
    const diagnostics = diagnosticsOf(file, relativePath);
    const reason = diagnostics.find((d) => d.severity === "error" || d.severity === "warning")?.message ?? "skipped";
    return { kind: "skipped", reason, diagnostics };
  };
  if (!time("parse", () => decodeText(file, options) && parseFrontMatter(file, options))) return skipped();
  time("parse", () => {
    detectBodyFormat(file);
    detectPage(file);
  });
  time("clean", () => {
    repairBody(file);
    stripFurniture(file);
  });
  const format = file.data.bodyFormat?.format ?? "text";
  const hasTitle = TITLE_KEYS.some((key) => typeof file.data.frontMatter?.data[key] === "string");
  if (file.data.pageKind?.kind === "page" && !time("to-html", () => extractPage(file))) return skipped();
  time("to-html", () => {
    try {
      if (file.data.pageKind?.kind === "page") return;
      if (format === "markdown") markdownToHtml(file);
      else if (format === "html") htmlBody(file);
      else structureText(file, { hasTitle });
    } catch (cause) {
      if (!(cause instanceof RangeError)) throw cause;
      // A body nested too deeply for the syntax trees is still text a reader can have.
      report(file, "nesting-too-deep", `The ${format} body is nested too deeply to convert; it is shown as plain text.`, { line: file.data.frontMatter?.bodyLine ?? 1 });
      file.data.unsafeHtml = undefined;
      structureText(file, { hasTitle: true });
    }
  });
  time("sanitize", () => sanitizeBody(file));
  const article = time("extract", () => extractMetadata(file, options));
  return { kind: "article", article, diagnostics: diagnosticsOf(file, relativePath) };
}
