/** The files of a content folder, recursively, in a fixed order (never the file system's). */
import { readdirSync } from "node:fs";
import path from "node:path";

/** A file found under the content folder. */
export interface ContentFile {
  /** Forward-slash path relative to the content folder. */
  relativePath: string;
  absolutePath: string;
}

/** Extensions read as articles. */
export const ARTICLE_EXTENSIONS = new Set([".md", ".markdown", ".html", ".htm", ".txt"]);

// Note: files the build itself reads or writes in the content folder (overrides, outlet registry, story ids),
// and editor or system droppings that are not content.
export const CONTROL_FILE = /^_/;
export const IGNORED_NAME = /^(?:\.DS_Store|Thumbs\.db|desktop\.ini)$|^\.|~$/;

/** Every file under `dir`, sorted by relative path (code-point order, the same on every machine). */
export function listContentFiles(dir: string): ContentFile[] {
  const files: ContentFile[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const absolutePath = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith(".") && entry.name !== "node_modules") walk(absolutePath);
      } else if (entry.isFile()) {
        files.push({ relativePath: path.relative(dir, absolutePath).split(path.sep).join("/"), absolutePath });
      }
    }
  };
  walk(dir);
  return files.sort((a, b) => (a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0));
}
