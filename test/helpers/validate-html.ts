/** html-validate over every page of a built site, with the recommended rules. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { listFiles } from "./site-links.ts";

const validator = new HtmlValidate(
  new FileSystemConfigLoader({
    extends: ["html-validate:recommended"],
    rules: {
      // Note: a page's title is its headline, and headlines run past 70 characters; cutting them would hide part
      // of the title from screen-reader users and bookmarks alike.
      "long-title": "off",
    },
  }),
);

/** Every error in every HTML file under `dir`: `file:line rule message`. */
export async function htmlErrors(dir: string): Promise<string[]> {
  const errors: string[] = [];
  for (const file of listFiles(dir).filter((name) => name.endsWith(".html"))) {
    const report = await validator.validateString(readFileSync(path.join(dir, file), "utf8"), file);
    for (const result of report.results) for (const m of result.messages) errors.push(`${file}:${m.line} ${m.ruleId} ${m.message}`);
  }
  return errors;
}
