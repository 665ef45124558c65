/**
 * The template folder Eleventy reads, looked up the way Hugo looks up layouts: a site's own `templates/` folder
 * overrides the shipped templates file by file (same relative path), and the shipped ones are the fallback. The
 * two are merged into a scratch folder, because Eleventy reads one input folder; with no override, Eleventy reads
 * the shipped folder itself.
 */
import { type FSWatcher, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, statSync, watch } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PACKAGE_ROOT } from "../package-root.ts";

/** The templates shipped with roundup. */
export const SHIPPED_TEMPLATES = path.join(PACKAGE_ROOT, "templates");

// Note: how the command line tells every thread (render shards, the preview's workers) which folder to render:
// worker threads start with a copy of the environment.
const FOLDER_VARIABLE = "ROUNDUP_TEMPLATE_FOLDER";

/** The folder Eleventy renders: the merged one the command line set up, else the shipped templates. */
export function templateFolder(): string {
  return process.env[FOLDER_VARIABLE] || SHIPPED_TEMPLATES;
}

/** Every file under `folder`, as sorted forward-slash relative paths. */
export function filesUnder(folder: string): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) files.push(path.relative(folder, full).split(path.sep).join("/"));
    }
  };
  if (existsSync(folder)) walk(folder);
  return files.sort();
}

/** The files of `site` that replace shipped ones, and those it adds. */
export function overridesOf(site: string): { replaced: string[]; added: string[] } {
  const shipped = new Set(filesUnder(SHIPPED_TEMPLATES));
  const own = filesUnder(site);
  return { replaced: own.filter((file) => shipped.has(file)), added: own.filter((file) => !shipped.has(file)) };
}

/** Make `target` hold the shipped templates with `site`'s files over them; writes only files whose bytes differ. */
export function mergeTemplates(site: string, target: string): void {
  const wanted = new Map<string, string>();
  for (const file of filesUnder(SHIPPED_TEMPLATES)) wanted.set(file, path.join(SHIPPED_TEMPLATES, file));
  for (const file of filesUnder(site)) wanted.set(file, path.join(site, file));
  for (const file of filesUnder(target)) if (!wanted.has(file)) rmSync(path.join(target, file));
  for (const [file, from] of wanted) {
    const to = path.join(target, file);
    if (existsSync(to) && readFileSync(to).equals(readFileSync(from))) continue;
    mkdirSync(path.dirname(to), { recursive: true });
    copyFileSync(from, to);
  }
}

/** A site's template folder in use: the merged folder, and `close` to stop following edits and remove it. */
export interface SiteTemplates {
  folder: string;
  close(): void;
}

/**
 * Use the site's template folder `site` for this process and its workers (when it exists and is not the shipped
 * folder itself); `follow` keeps the merged folder up to date with edits, for the preview. Returns null when the
 * shipped templates are used as they are.
 */
export function useSiteTemplates(site: string, options: { follow?: boolean } = {}): SiteTemplates | null {
  if (!existsSync(site)) return null;
  if (!statSync(site).isDirectory()) throw new Error(`${site} is not a folder: a site's templates are a folder of files that replace the shipped ones`);
  if (realpathSync(site) === realpathSync(SHIPPED_TEMPLATES)) return null;
  const folder = mkdtempSync(path.join(tmpdir(), "roundup-templates-"));
  mergeTemplates(site, folder);
  process.env[FOLDER_VARIABLE] = folder;
  let watcher: FSWatcher | null = null;
  let timer: NodeJS.Timeout | undefined;
  if (options.follow) {
    // Note: a burst of events (an editor's save) becomes one merge; Eleventy's watcher on the merged folder sees
    // the changed files and rebuilds.
    watcher = watch(site, { recursive: true }, () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        try {
          mergeTemplates(site, folder);
        } catch {
          // Note: a file removed while it was being copied; the event of its removal merges again.
        }
      }, 50);
    });
    // Note: the preview's server keeps the process running; a failure to start it must still let it end.
    watcher.unref();
  }
  const close = (): void => {
    watcher?.close();
    clearTimeout(timer);
    rmSync(folder, { recursive: true, force: true });
    if (process.env[FOLDER_VARIABLE] === folder) delete process.env[FOLDER_VARIABLE];
  };
  process.once("exit", close);
  return { folder, close };
}
