/** Content folders carrying every XSS payload of the shared corpus: in an HTML body, in markdown, in front matter. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { SHARED } from "./run-cli.ts";

/** The corpus file. */
export const XSS_CORPUS = path.join(SHARED, "corpora/xss/dompurify-fixtures.json");
/** Whether the corpus is there; where it is not, the suites that use it skip, saying so. */
export const xssCorpusPresent = existsSync(XSS_CORPUS);
/** The corpus holds 223 payloads; a corpus that reads as fewer was cut short or misread, and fails the suites. */
export const MIN_XSS_PAYLOADS = 200;

/** One payload of the corpus. */
export interface XssPayload {
  title: string;
  payload: string;
}

/**
 * The payloads, or an empty list where the corpus is absent. A corpus that is there but is not a list of
 * `{payload, title?}` throws, so that a suite fails on it rather than skipping.
 */
export function xssPayloads(): XssPayload[] {
  if (!xssCorpusPresent) return [];
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(XSS_CORPUS, "utf8"));
  } catch (error) {
    throw new Error(`${XSS_CORPUS} is not JSON`, { cause: error });
  }
  if (!Array.isArray(data)) throw new Error(`${XSS_CORPUS} is not a list of payloads`);
  return data.map((item: unknown, index) => {
    if (typeof item !== "object" || item === null || !("payload" in item) || typeof item.payload !== "string") throw new Error(`${XSS_CORPUS}[${index}] has no payload string`);
    const title = "title" in item ? item.title : undefined;
    if (title !== undefined && typeof title !== "string") throw new Error(`${XSS_CORPUS}[${index}] has a title that is not a string`);
    return { title: title ?? `payload ${index}`, payload: item.payload };
  });
}

/** Front-matter fields a payload is placed in, one file each (besides the body carriers). */
export const FRONT_MATTER_CARRIERS = ["title", "author", "publisher", "summary", "url", "image", "tags"] as const;

/** Write one file per payload and carrier; returns the number of files. `fields` picks the front-matter carriers. */
export function writeXssContent(dir: string, fields: readonly string[] = ["title"]): number {
  mkdirSync(dir, { recursive: true });
  let count = 0;
  xssPayloads().forEach(({ payload }, i) => {
    const n = String(i).padStart(3, "0");
    const yaml = (value: string): string => JSON.stringify(value);
    writeFileSync(path.join(dir, `${n}-body.html`), `---\ntitle: "HTML body carrier ${n}"\ndate: 2026-01-05\n---\n<p>Before.</p>${payload}<p>After.</p>\n`);
    writeFileSync(path.join(dir, `${n}-inline.md`), `---\ntitle: "Markdown carrier ${n}"\ndate: 2026-01-05\n---\nSome text ${payload} more text.\n\n${payload}\n`);
    count += 2;
    for (const field of fields) {
      const value = field === "tags" ? `[${yaml(payload)}]` : yaml(field === "url" ? `javascript:${payload}` : payload);
      const title = field === "title" ? "" : `title: "Field carrier ${field} ${n}"\n`;
      writeFileSync(path.join(dir, `${n}-field-${field}.md`), `---\n${title}${field}: ${value}\ndate: 2026-01-05\n---\nBody of the ${field} carrier.\n`);
      count += 1;
    }
  });
  return count;
}
