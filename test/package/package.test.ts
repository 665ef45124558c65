/**
 * The package as a newsroom gets it: `npm pack`'s tarball, installed in an empty folder, makes a site with
 * `npx roundup init site`; the site installs the tarball and builds. The installed package runs compiled JavaScript
 * (tsx is not even installed), worker threads included. Installs come from npm's cache (`--prefer-offline`).
 */
import { execFile } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listFiles } from "../helpers/site-links.ts";
import { ROOT, type CliResult, tempDir } from "../helpers/run-cli.ts";

const NPM_FLAGS = ["--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"];

/** The environment without npm's `npm_*` variables, which `npm test` sets and which would steer a nested npm. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ROUNDUP_PROGRESS: "0", SOURCE_DATE_EPOCH: "1767225600" };
  for (const [key, value] of Object.entries(process.env)) if (!/^npm_/i.test(key)) env[key] = value;
  return env;
}

function run(command: string, args: string[], cwd: string): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, env: cleanEnv(), maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

/** Run `command`, failing with what it printed when it fails. */
async function must(command: string, args: string[], cwd: string): Promise<CliResult> {
  const result = await run(command, args, cwd);
  if (result.code !== 0) throw new Error(`${command} ${args.join(" ")} (in ${cwd}) exited with ${result.code}:\n${result.stdout}\n${result.stderr}`);
  return result;
}

describe("the npm package", () => {
  const tmp = tempDir("roundup-package-");
  const empty = path.join(tmp.dir, "empty");
  const site = path.join(empty, "site");
  let tarball = "";
  let entries: string[] = [];
  let help: CliResult;
  let again: CliResult;
  let build: CliResult;

  beforeAll(async () => {
    const packed = await must("npm", ["pack", "--pack-destination", tmp.dir, "--loglevel=error"], ROOT);
    tarball = path.join(tmp.dir, packed.stdout.trim().split("\n").pop() ?? "");
    entries = (await must("tar", ["-tzf", tarball], tmp.dir)).stdout.split("\n").filter(Boolean).map((entry) => entry.replace(/^package\//, ""));
    await must("mkdir", ["-p", empty], tmp.dir);
    await must("npm", ["install", tarball, ...NPM_FLAGS], empty);
    help = await must("npx", ["--no-install", "roundup", "--help"], empty);
    await must("npx", ["--no-install", "roundup", "init", "site"], empty);
    again = await run("npx", ["--no-install", "roundup", "init", "site"], empty);
    await must("npm", ["install", tarball, ...NPM_FLAGS], site);
    build = await must("npm", ["run", "build"], site);
  });
  afterAll(() => tmp.remove());

  it("holds what running needs and nothing else", () => {
    expect(entries).toContain("bin/roundup.js");
    expect(entries).toContain("lib/cli.js");
    expect(entries).toContain("lib/workers/file-worker.js");
    expect(entries).toContain("lib/extract/outlets.yml");
    expect(entries).toContain("templates/_layouts/base.njk");
    expect(entries).toContain("templates/assets/style.css");
    expect(entries).toContain("site-skeleton/.github/workflows/deploy.yml");
    expect(entries.filter((entry) => /^content\/[^/]+\.txt$/.test(entry))).toHaveLength(5);
    expect(entries.filter((entry) => /^(?:src|test|bench|scripts|\.github)\//.test(entry) || /\.(?:ts|mjs)$/.test(entry))).toEqual([]);
  });

  it("runs `roundup --help` from the installed package", () => {
    expect(help.stdout).toMatch(/^usage: roundup <command>/);
    expect(help.stdout).toContain("init [DIR]");
  });

  it("makes a site repository with init", () => {
    const manifest: { scripts: Record<string, string>; dependencies: Record<string, string> } = JSON.parse(readFileSync(path.join(site, "package.json"), "utf8"));
    expect(Object.keys(manifest.scripts).sort()).toEqual(["build", "check", "start"]);
    expect(Object.keys(manifest.dependencies)).toEqual(["roundup-news"]);
    for (const file of [".gitignore", "README.md", ".github/workflows/deploy.yml", "content/_roundup.yml"]) expect(existsSync(path.join(site, file)), file).toBe(true);
    expect(readdirSync(path.join(site, "content")).filter((file) => file.endsWith(".txt"))).toHaveLength(5);
  });

  it("refuses to init over files that are there, naming them", () => {
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain("already has package.json, README.md");
  });

  it("builds the site with the installed package, compiled, without tsx", () => {
    expect(build.stdout).toContain("5 rendered");
    expect(readFileSync(path.join(site, "dist/index.html"), "utf8")).toContain("<!DOCTYPE html>");
    expect(existsSync(path.join(site, "dist/pagefind"))).toBe(true);
    expect(existsSync(path.join(site, "node_modules/tsx"))).toBe(false);
    expect(existsSync(path.join(site, "node_modules/roundup-news/src"))).toBe(false);
  });

  it("runs its worker threads from compiled modules, to the same pages", async () => {
    const threads = await must("npx", ["--no-install", "roundup", "build", "--output", "dist-threads", "--workers", "2", "--render-workers", "2", "--render-chunk", "2", "--search-chunk", "2", "--no-cache"], site);
    expect(threads.stdout).toContain("5 rendered");
    const pages = listFiles(path.join(site, "dist")).filter((file) => file.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(10);
    expect(listFiles(path.join(site, "dist-threads")).filter((file) => file.endsWith(".html"))).toEqual(pages);
    for (const page of pages) expect(readFileSync(path.join(site, "dist-threads", page), "utf8"), page).toBe(readFileSync(path.join(site, "dist", page), "utf8"));
  });
});
