/**
 * `roundup init DIR`: a site repository of its own, which depends on roundup the way a site depends on Eleventy or
 * Hugo: its `package.json`, the five sample articles and a commented `_roundup.yml` in `content/`, a GitHub Pages
 * workflow, `.gitignore` and a short README. Files already there are never overwritten.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PACKAGE_ROOT } from "../package-root.ts";

const ROOT = PACKAGE_ROOT;
const SKELETON = path.join(ROOT, "site-skeleton");
const SAMPLES = path.join(ROOT, "content");

/** A file `init` writes, relative to the new site's folder. */
export interface SiteFile {
  path: string;
  contents: string | Buffer;
}

/** `init` declined: these files exist already. */
export class InitConflict extends Error {
  constructor(
    readonly dir: string,
    readonly existing: string[],
  ) {
    super(`${dir} already has ${existing.join(", ")}; init writes no file that is there already. Move them aside, or run init in a new folder.`);
  }
}

/** The package this program came in: its name and version, for the site's dependency. */
export function ownPackage(): { name: string; version: string } {
  const parsed: unknown = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8"));
  if (typeof parsed !== "object" || parsed === null || !("name" in parsed) || !("version" in parsed)) throw new Error("roundup's package.json has no name or version");
  return { name: String(parsed.name), version: String(parsed.version) };
}

/** An npm package name made from a folder name (lower case, URL-safe), or `news-site`. */
export function siteName(dir: string): string {
  const name = path.basename(path.resolve(dir)).toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^[._-]+|[-]+$/g, "");
  return name === "" ? "news-site" : name.slice(0, 214);
}

/** The files of a new site in `dir`, in the order they are written. */
export function siteFiles(dir: string): SiteFile[] {
  const own = ownPackage();
  const name = siteName(dir);
  const fill = (text: string): string => text.replaceAll("{{package}}", own.name).replaceAll("{{title}}", name);
  const skeleton = (file: string): string => fill(readFileSync(path.join(SKELETON, file), "utf8"));
  const manifest = {
    name,
    version: "0.1.0",
    private: true,
    description: "A news site built with roundup.",
    scripts: { build: "roundup build", start: "roundup serve", check: "roundup check" },
    dependencies: { [own.name]: `^${own.version}` },
  };
  const samples = readdirSync(SAMPLES).filter((file) => file.endsWith(".txt")).sort();
  return [
    { path: "package.json", contents: `${JSON.stringify(manifest, null, 2)}\n` },
    { path: "README.md", contents: skeleton("README.md") },
    // Note: npm leaves files named .gitignore out of a package, so the skeleton holds it under another name.
    { path: ".gitignore", contents: skeleton("gitignore") },
    { path: ".github/workflows/deploy.yml", contents: skeleton(".github/workflows/deploy.yml") },
    { path: "content/_roundup.yml", contents: skeleton("content/_roundup.yml") },
    ...samples.map((file) => ({ path: `content/${file}`, contents: readFileSync(path.join(SAMPLES, file)) })),
  ];
}

/** Write a new site into `dir` (made if missing); throws `InitConflict`, writing nothing, when a file is there. */
export function initSite(dir: string): SiteFile[] {
  const files = siteFiles(dir);
  const existing = files.filter((file) => existsSync(path.join(dir, file.path))).map((file) => file.path);
  if (existing.length > 0) throw new InitConflict(dir, existing);
  for (const file of files) {
    const target = path.join(dir, file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.contents, { flag: "wx" });
  }
  return files;
}
