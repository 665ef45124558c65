/** Content folders carrying every XSS payload of the shared corpus: in an HTML body, in markdown, in front matter. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { SHARED } from "./run-cli.ts";

/** The corpus file. */
export const XSS_CORPUS = path.join(SHARED, "corpora/xss/dompurify-fixtures.json");

/** The payloads, or an empty list where the corpus is absent. */
export function xssPayloads(): Array<{ title: string; payload: string }> {
  if (!existsSync(XSS_CORPUS)) return [];
  const data: unknown = JSON.parse(readFileSync(XSS_CORPUS, "utf8"));
  if (!Array.isArray(data)) return [];
  return data.flatMap((item: unknown) =>
    typeof item === "object" && item !== null && "payload" in item && typeof item.payload === "string"
      ? [{ title: "title" in item && typeof item.title === "string" ? item.title : "payload", payload: item.payload }]
      : [],
  );
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
