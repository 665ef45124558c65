/** Stage: split front matter from the body and read it as data (`file.data.frontMatter`, `file.data.body`). */
import matter from "gray-matter";
import type { VFile } from "vfile";
import { report } from "../diagnostics.ts";
import {
  DATA_LANGUAGES,
  EXECUTABLE_LANGUAGES,
  FrontMatterSyntaxError,
  YamlFrontMatter,
  grayMatterEngines,
} from "./front-matter-engines.ts";
import { isRecord } from "../records.ts";

/** Options of `parseFrontMatter`. */
export interface FrontMatterOptions {
  maxFrontMatterSize: number;
}

const OPENING = /^(---|\+\+\+)[ \t]*([A-Za-z0-9_-]*)[ \t]*$/;
const TOP_LEVEL_KEY = /^(["']?)([\w.-]+)\1\s*[:=]/;
const KEY_LINE = /^\s*["']?[\w.-]+["']?\s*[:=]/;

// Note: keys that steer other generators (Jekyll, Hugo, Eleventy). Our URLs and layouts come from our code only.
const GENERATOR_INSTRUCTIONS = ["layout", "permalink", "eleventyComputed", "eleventyExcludeFromCollections", "pagination", "templateEngineOverride", "eleventyNavigation", "eleventyImport", "aliases", "url_template"];

/** Read the front matter; returns false when the file must be skipped. */
export function parseFrontMatter(file: VFile, options: FrontMatterOptions): boolean {
  const text = file.data.text ?? "";
  const lines = text.split("\n");
  const opening = OPENING.exec(lines[0] ?? "");
  const noFrontMatter = (): boolean => {
    file.data.frontMatter = { present: false, language: null, data: {}, bodyLine: 1, keyLines: {} };
    file.data.body = text;
    return true;
  };
  if (!opening) return noFrontMatter();
  const delimiter = opening[1] ?? "---";
  const language = (opening[2] || (delimiter === "+++" ? "toml" : "yaml")).toLowerCase();
  if (EXECUTABLE_LANGUAGES.has(language)) {
    report(file, "front-matter-executable", `Front matter is written in \`${opening[2]}\`, a programming language; roundup never runs it, so the file was skipped.`, { line: 1 });
    return false;
  }
  const close = lines.findIndex((line, i) => i > 0 && (line.trimEnd() === delimiter || (delimiter === "---" && line.trimEnd() === "...")));
  const firstContent = lines.slice(1).find((line) => line.trim() !== "");
  if (close < 0) {
    if (opening[2] || (firstContent !== undefined && KEY_LINE.test(firstContent))) {
      report(file, "front-matter-unclosed", `Front matter opens with \`${lines[0]}\` on line 1 but is never closed, so the body cannot be told from it; the file was skipped.`, { line: 1 });
      return false;
    }
    return noFrontMatter(); // a body that opens with a horizontal rule
  }
  if (!DATA_LANGUAGES.has(language)) {
    report(file, "front-matter-unknown-language", `Front matter language \`${opening[2]}\` is not one roundup reads (YAML, JSON, TOML); the file was skipped.`, { line: 1 });
    return false;
  }
  const block = lines.slice(1, close).join("\n");
  if (block.length > options.maxFrontMatterSize) {
    report(file, "front-matter-too-large", `Front matter is ${block.length} characters, over the limit of ${options.maxFrontMatterSize}; the file was skipped.`, { line: 1 });
    return false;
  }
  let parsed: unknown;
  const yaml = new YamlFrontMatter();
  try {
    const result = matter(text, { language, delimiters: delimiter, engines: grayMatterEngines(yaml.parse) });
    parsed = isRecord(result.data) ? result.data.value : undefined;
  } catch (cause) {
    // gray-matter hands the engine the text from the end of the opening line, so its lines are the file's lines.
    const line = cause instanceof FrontMatterSyntaxError && cause.line !== null ? Math.max(cause.line, 2) : 1;
    const reason = (cause instanceof Error ? cause.message : String(cause)).replace(/ at line \d+, column \d+:?$/, "");
    report(file, "front-matter-invalid", `Front matter could not be read: ${reason}. The file was skipped.`, { line });
    return false;
  }
  if (parsed !== null && parsed !== undefined && !isRecord(parsed)) {
    if ((lines[1] ?? "").trim() === "" && delimiter === "---") return noFrontMatter(); // `---` rules around prose
    const kind = Array.isArray(parsed) ? "a list" : `a ${typeof parsed}`;
    report(file, "front-matter-not-mapping", `Front matter is ${kind}, not a mapping of keys to values; the file was skipped.`, { line: 2 });
    return false;
  }
  const data = isRecord(parsed) ? parsed : {};
  if (language === "yaml" || language === "yml") {
    for (const repeat of yaml.duplicateKeys(block)) {
      report(file, "front-matter-bad-value", `The key \`${repeat.key}\` appears more than once; the last value is used.`, { line: repeat.line + 1 }, "warning");
    }
  }
  for (const key of GENERATOR_INSTRUCTIONS) {
    if (key in data) {
      const line = lines.findIndex((l, i) => i > 0 && i < close && new RegExp(`^["']?${key}["']?\\s*[:=]`).test(l));
      report(file, "front-matter-field-ignored", `\`${key}\` is an instruction for another site generator; roundup keeps it as data and does not follow it.`, { line: line > 0 ? line + 1 : 1 });
    }
  }
  const keyLines: Record<string, number> = {};
  lines.slice(1, close).forEach((line, i) => {
    const key = TOP_LEVEL_KEY.exec(line)?.[2];
    if (key && !(key in keyLines)) keyLines[key] = i + 2;
  });
  file.data.frontMatter = { present: true, language, data, bodyLine: close + 2, keyLines };
  file.data.body = lines.slice(close + 1).join("\n");
  return true;
}
