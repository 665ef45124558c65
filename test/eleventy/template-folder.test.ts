/** A site's own templates/ replaces shipped templates file by file; the shipped ones are the fallback. */
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SHIPPED_TEMPLATES, mergeTemplates, overridesOf } from "../../src/eleventy/template-folder.ts";
import { listFiles } from "../helpers/site-links.ts";
import { ROOT, type CliResult, tempDir } from "../helpers/run-cli.ts";

const CARD = '<li class="story-card house-card"><a href="{{ card.url }}">{{ card.headline | upper }}</a></li>\n';
const STYLE = "body { color: rebeccapurple; }\n";

/** A site folder holding the sample articles and, when given, its own template files. */
function site(dir: string, templates: Record<string, string>): string {
  cpSync(path.join(ROOT, "content"), path.join(dir, "content"), { recursive: true, filter: (from) => !from.endsWith("_stories.json") });
  for (const [file, text] of Object.entries(templates)) {
    mkdirSync(path.dirname(path.join(dir, "templates", file)), { recursive: true });
    writeFileSync(path.join(dir, "templates", file), text);
  }
  return dir;
}

/** Run `roundup` in a site's folder, through bin/roundup.js (which finds tsx from its own place, not the site's). */
function roundup(args: string[], cwd: string): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(ROOT, "bin/roundup.js"), ...args], { cwd, env: { ...process.env, ROUNDUP_PROGRESS: "0", SOURCE_DATE_EPOCH: "1767225600" } }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

const build = (cwd: string): Promise<CliResult> => roundup(["build", "--no-cache"], cwd);

describe("template overrides", () => {
  const tmp = tempDir();
  const plain = path.join(tmp.dir, "plain");
  const themed = path.join(tmp.dir, "themed");
  const unchanged = path.join(tmp.dir, "unchanged");
  let themedBuild: CliResult;

  beforeAll(async () => {
    site(plain, {});
    site(themed, { "_includes/story-card.njk": CARD, "assets/style.css": STYLE });
    // Overrides that replace a file with the same bytes: the lookup must change nothing else.
    site(unchanged, { "assets/style.css": readFileSync(path.join(SHIPPED_TEMPLATES, "assets/style.css"), "utf8") });
    const builds = await Promise.all([build(plain), build(themed), build(unchanged)]);
    for (const result of builds) expect(result.code, result.stderr).toBe(0);
    themedBuild = builds[1] as CliResult;
  });
  afterAll(() => tmp.remove());

  it("renders the site's partial and copies its stylesheet; every other template is the shipped one", () => {
    const home = readFileSync(path.join(themed, "dist/index.html"), "utf8");
    expect(home).toContain('class="story-card house-card"');
    expect(home).not.toContain('class="card-title"');
    // The shipped layout still wraps the page.
    expect(home).toContain('<a class="skip" href="#main">Skip to content</a>');
    expect(readFileSync(path.join(themed, "dist/assets/style.css"), "utf8")).toBe(STYLE);
    expect(readFileSync(path.join(themed, "dist/assets/search.js"))).toEqual(readFileSync(path.join(SHIPPED_TEMPLATES, "assets/search.js")));
    expect(themedBuild.stderr).toContain("templates/ replaces _includes/story-card.njk, assets/style.css");
    expect(listFiles(path.join(themed, "dist"))).toEqual(listFiles(path.join(plain, "dist")));
  });

  it("writes byte-identical output when the overrides change nothing", () => {
    const files = listFiles(path.join(plain, "dist")).filter((file) => file !== ".roundup-output");
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) expect(readFileSync(path.join(unchanged, "dist", file)), file).toEqual(readFileSync(path.join(plain, "dist", file)));
  });

  it("refuses a --templates folder that does not exist", async () => {
    const result = await roundup(["build", "--templates", path.join(tmp.dir, "nowhere")], plain);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("which does not exist");
  });
});

describe("mergeTemplates", () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());

  it("lays the site's files over the shipped ones and drops files the site no longer adds", () => {
    const own = path.join(tmp.dir, "own");
    const merged = path.join(tmp.dir, "merged");
    mkdirSync(path.join(own, "_includes"), { recursive: true });
    writeFileSync(path.join(own, "_includes/story-card.njk"), CARD);
    writeFileSync(path.join(own, "_includes/byline.njk"), "<p>byline</p>\n");
    mergeTemplates(own, merged);
    expect(readFileSync(path.join(merged, "_includes/story-card.njk"), "utf8")).toBe(CARD);
    expect(readFileSync(path.join(merged, "_layouts/base.njk"))).toEqual(readFileSync(path.join(SHIPPED_TEMPLATES, "_layouts/base.njk")));
    expect(overridesOf(own)).toEqual({ replaced: ["_includes/story-card.njk"], added: ["_includes/byline.njk"] });
    writeFileSync(path.join(own, "_includes/byline.njk"), "<p>by</p>\n");
    mergeTemplates(own, merged);
    expect(readFileSync(path.join(merged, "_includes/byline.njk"), "utf8")).toBe("<p>by</p>\n");
    rmSync(path.join(own, "_includes/story-card.njk"));
    rmSync(path.join(own, "_includes/byline.njk"));
    mergeTemplates(own, merged);
    expect(readFileSync(path.join(merged, "_includes/story-card.njk"))).toEqual(readFileSync(path.join(SHIPPED_TEMPLATES, "_includes/story-card.njk")));
    expect(listFiles(merged)).toEqual(listFiles(SHIPPED_TEMPLATES));
  });
});
