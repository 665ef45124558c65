/** Which files of the content folder the preview's fast path renders: those the build reads as articles. */
import path from "node:path";
import { ARTICLE_EXTENSIONS, CONTROL_FILE, IGNORED_NAME } from "../ingest/list-content-files.ts";

/** True for a path (relative, `/`-separated) the build reads as an article. */
export function isArticlePath(file: string): boolean {
  const parts = file.split("/");
  const name = parts.at(-1) ?? "";
  if (parts.some((part) => part.startsWith(".") || part === "node_modules")) return false;
  return ARTICLE_EXTENSIONS.has(path.extname(name).toLowerCase()) && !CONTROL_FILE.test(name) && !IGNORED_NAME.test(name);
}
