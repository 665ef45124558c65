/** The files of a content folder, recursively, in a fixed order (never the file system's). */
import { type Dirent, readdirSync } from "node:fs";
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

/** The content folder's own entries; a folder that is missing, not a folder or unreadable is a usage error. */
function readContentFolder(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch (cause) {
    const code = cause instanceof Error && "code" in cause ? cause.code : null;
    const todo = "Give the folder that holds the articles with --content DIR, or make a new site with roundup init DIR.";
    if (code === "ENOENT") throw new Error(`The content folder ${dir} does not exist. ${todo}`);
    if (code === "ENOTDIR") throw new Error(`The content folder ${dir} is a file, not a folder. ${todo}`);
    if (code === "EACCES" || code === "EPERM") throw new Error(`The content folder ${dir} could not be read: permission denied. Let this user read it (chmod u+rx), or ${todo[0]?.toLowerCase()}${todo.slice(1)}`);
    throw new Error(`The content folder ${dir} could not be read. ${todo}`, { cause });
  }
}

/**
 * Every file under `dir`, sorted by relative path (code-point order, the same on every machine). Symbolic links
 * are never followed (a link may lead anywhere on the machine, or in a circle); their relative paths are added to
 * `links`, when given, so that the report can account for them.
 */
export function listContentFiles(dir: string, links?: string[]): ContentFile[] {
  const files: ContentFile[] = [];
  const walk = (folder: string): void => {
    for (const entry of folder === dir ? readContentFolder(dir) : readdirSync(folder, { withFileTypes: true })) {
      const absolutePath = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith(".") && entry.name !== "node_modules") walk(absolutePath);
      } else if (entry.isFile()) {
        files.push({ relativePath: path.relative(dir, absolutePath).split(path.sep).join("/"), absolutePath });
      } else if (entry.isSymbolicLink()) {
        links?.push(path.relative(dir, absolutePath).split(path.sep).join("/"));
      }
    }
  };
  walk(dir);
  return files.sort((a, b) => (a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0));
}
