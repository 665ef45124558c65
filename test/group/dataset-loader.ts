/**
 * Development harness: loads a labelled dataset's `content/` into `Article` objects without the pipeline, so that
 * grouping can be tuned and tested on its own. Only the fields grouping reads are filled in.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import matter from "gray-matter";
import { parse as parseYaml } from "yaml";
import type { Article, SafeHtml } from "../../src/types.ts";

/** A dataset: its articles (sorted by file name) and its gold labels (file → story). */
export interface Dataset {
  name: string;
  articles: Article[];
  labels: Record<string, string>;
}

// Note: gray-matter evals `---js` front matter by default, and the `yaml` package's YAML 1.2 core schema keeps
// dates as the strings written (js-yaml would turn `2026-01-05` into a midnight Date and lose its precision).
const MATTER_OPTIONS = {
  engines: {
    yaml: (source: string): object => toObject(parseYaml(source)),
    js: (): never => {
      throw new Error("no");
    },
    javascript: (): never => {
      throw new Error("no");
    },
  },
};

/** Reads `<dir>/content/*` and `<dir>/labels.json`. */
export function loadDataset(dir: string): Dataset {
  const contentDir = join(dir, "content");
  const files = readdirSync(contentDir).filter((f) => /\.(md|markdown|txt|html?)$/.test(f)).sort();
  const articles = files.map((file) => articleFromFile(file, readFileSync(join(contentDir, file), "utf8")));
  const labels = toLabels(JSON.parse(readFileSync(join(dir, "labels.json"), "utf8")));
  return { name: dir.split(/[\\/]/).filter(Boolean).pop() ?? dir, articles, labels };
}

/** An `Article` from one file's text: title, publisher, url and date from front matter, the body as `text`. */
export function articleFromFile(file: string, source: string): Article {
  const parsed = matter(source, MATTER_OPTIONS);
  const data = toObject(parsed.data);
  return makeArticle({
    id: idFromFile(file),
    file,
    title: stringField(data, "title") ?? "",
    publisher: stringField(data, "publisher"),
    url: stringField(data, "url"),
    date: stringField(data, "date"),
    text: parsed.content.trim(),
  });
}

/** A complete `Article` from the fields grouping reads; the rest are empty placeholders. */
export function makeArticle(fields: Partial<Article> & Pick<Article, "id" | "title">): Article {
  return {
    file: `${fields.id}.md`,
    date: null,
    updated: null,
    publisher: null,
    author: null,
    url: null,
    summary: null,
    credit: null,
    dateline: null,
    image: null,
    tags: [],
    bodyFormat: "text",
    frontMatter: true,
    html: "" as SafeHtml,
    text: "",
    related: [],
    contentHash: "",
    ...fields,
  };
}

/** The article id a file name gives: its name without extension, in URL-safe characters. */
export function idFromFile(file: string): string {
  const base = file.split("/").pop() ?? file;
  return base.replace(/\.[^.]+$/, "").toLowerCase().replace(/[^a-z0-9_-]+/g, "-");
}

function toObject(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

/** True for a plain object (not null, not an array), whose values are then read as unknown. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function stringField(data: Record<string, unknown>, key: string): string | null {
  const value = data[key];
  if (typeof value === "string" && value.trim() !== "") return value.trim();
  if (typeof value === "number") return String(value);
  return null;
}

function toLabels(value: unknown): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const [file, label] of Object.entries(toObject(value))) if (typeof label === "string") labels[file] = label;
  return labels;
}
