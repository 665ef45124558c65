/**
 * A benchmark corpus made of real content folders (`npm run bench -- --corpus DIR [--corpus DIR …]`): copied side
 * by side into one content folder (a build writes `_stories.json` into it, so the originals stay untouched), with
 * the baseline's input made from the same files, the articles an "added" run holds back, and the article an
 * "edited" run changes.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ARTICLE_EXTENSIONS, CONTROL_FILE, listContentFiles } from "../src/ingest/list-content-files.ts";

/** A real corpus ready to build. */
export interface RealCorpus {
  root: string;
  contentDir: string;
  baselineDir: string;
  files: number;
  bytes: number;
  /** Article files (relative to the content folder) held back, then added, by the "added" run: spread over the corpus. */
  added: string[];
  /** As many, the newest by their front matter's date: what a news site gains between two builds. */
  addedNewest: string[];
  /** The article file the "edited" run changes. */
  edited: string;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** The baseline page of one article file: a title from its front matter (or its name) and its body as markdown. */
function baselinePage(relativePath: string, text: string): string {
  const matched = FRONT_MATTER.exec(text);
  const body = matched ? text.slice(matched[0].length) : text;
  const title = (matched ? /^title:\s*(.+)$/m.exec(matched[1] ?? "")?.[1]?.trim().replace(/^["']|["']$/g, "") : undefined) ?? path.basename(relativePath);
  return `---\ntitle: ${JSON.stringify(title)}\n---\n${body}\n`;
}

/**
 * Copy `dirs` into `root/content/<n>-<name>/` (leaving out their `_stories.json`: a cold build starts without story
 * ids) and write the baseline's pages. `added` files are picked evenly over the sorted articles, and again as the
 * newest by their front matter's date (ties by path); the edited one from the middle.
 */
export function realCorpus(dirs: readonly string[], root: string, added: number, layouts: string): RealCorpus {
  const contentDir = path.join(root, "content");
  const baselineDir = path.join(root, "baseline");
  // Note: copied again every time, so that a run stopped half-way (an edit not undone, files held back) leaves nothing.
  rmSync(root, { recursive: true, force: true });
  mkdirSync(contentDir, { recursive: true });
  dirs.forEach((dir, i) => {
    const name = `${i + 1}-${path.basename(path.resolve(dir)) === "content" ? path.basename(path.dirname(path.resolve(dir))) : path.basename(path.resolve(dir))}`;
    cpSync(dir, path.join(contentDir, name), { recursive: true, filter: (from) => path.basename(from) !== "_stories.json" });
  });
  const files = listContentFiles(contentDir);
  const articles = files.filter((file) => !CONTROL_FILE.test(path.basename(file.relativePath)) && ARTICLE_EXTENSIONS.has(path.extname(file.relativePath).toLowerCase()));
  rmSync(baselineDir, { recursive: true, force: true });
  let bytes = 0;
  const dated: Array<{ file: string; date: string }> = [];
  for (const file of articles) {
    const text = readFileSync(file.absolutePath, "utf8");
    bytes += Buffer.byteLength(text);
    const date = /^date:\s*["']?(\d{4}-\d{2}-\d{2}[^"'\s]*)/m.exec(FRONT_MATTER.exec(text)?.[1] ?? "")?.[1];
    if (date) dated.push({ file: file.relativePath, date });
    const page = path.join(baselineDir, file.relativePath.replace(/\.[a-z]+$/i, ".md"));
    mkdirSync(path.dirname(page), { recursive: true });
    writeFileSync(page, baselinePage(file.relativePath, text));
  }
  cpSync(layouts, path.join(baselineDir, "_layouts"), { recursive: true });
  const step = Math.max(1, Math.floor(articles.length / Math.max(1, added)));
  const held = Array.from({ length: Math.min(added, articles.length) }, (_, i) => articles[i * step + Math.floor(step / 2)]?.relativePath ?? "").filter(Boolean);
  const edited = articles.filter((file) => !held.includes(file.relativePath))[Math.floor(articles.length / 2)]?.relativePath ?? "";
  const newest = dated
    .filter(({ file }) => file !== edited)
    .sort((a, b) => (a.date === b.date ? (a.file < b.file ? 1 : -1) : a.date < b.date ? 1 : -1))
    .slice(0, added)
    .map(({ file }) => file);
  return { root, contentDir, baselineDir, files: files.length, bytes, added: held, addedNewest: newest, edited };
}

/** Move the held-back files (`files`, the spread ones by default) out of the content folder (`out`) or back in (`in`). */
export function moveHeldBack(corpus: RealCorpus, direction: "out" | "in", files: readonly string[] = corpus.added): void {
  const aside = path.join(corpus.root, "held-back");
  for (const file of files) {
    const inside = path.join(corpus.contentDir, file);
    const outside = path.join(aside, file);
    const [from, to] = direction === "out" ? [inside, outside] : [outside, inside];
    if (!existsSync(from)) continue;
    mkdirSync(path.dirname(to), { recursive: true });
    renameSync(from, to);
  }
  if (direction === "in") rmSync(aside, { recursive: true, force: true });
}

/**
 * Change the edited article as an editor's correction would, in words the site already has: its first line of text
 * (or its title) again, as a paragraph of its own at the end. Returns how to undo it.
 */
export function editArticle(corpus: RealCorpus): () => void {
  const file = path.join(corpus.contentDir, corpus.edited);
  const original = readFileSync(file);
  const text = original.toString("utf8");
  const matched = FRONT_MATTER.exec(text);
  const body = matched ? text.slice(matched[0].length) : text;
  const line = body.split("\n").find((candidate) => candidate.trim().length > 0) ?? (matched ? /^title:\s*(.+)$/m.exec(matched[1] ?? "")?.[1]?.replace(/^["']|["']$/g, "") : undefined) ?? "";
  writeFileSync(file, `${text.trimEnd()}\n\n${line.trim()}\n`);
  return () => writeFileSync(file, original);
}

/** Whether a folder holds anything (a content folder given on the command line must). */
export function hasFiles(dir: string): boolean {
  return existsSync(dir) && readdirSync(dir).length > 0;
}
