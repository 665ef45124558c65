/**
 * `roundup serve` on a corpus: how long until the preview is up, and how long from dropping one new article file
 * into the content folder until its page is served.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { shortHash, slugOf } from "../src/permalinks/article-ids.ts";
import { median } from "./measure.ts";

/** What the preview cost. */
export interface ServeResult {
  /** From starting the command until it says where it serves. */
  startMs: number;
  /** Median, from writing a new file until its article page is served. */
  addedFileMs: number;
  probes: number[];
  /** Median, from writing a new file until the full rebuild is served (its page shows the story it is part of). */
  rebuiltMs: number;
  rebuilds: number[];
}

const ADDED_FILE_TIMEOUT_MS = 120_000;

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const url = /Serving .* at (http:\/\/\S+)/.exec(out)?.[1];
      if (url) resolve(url.endsWith("/") ? url : `${url}/`);
    });
    child.on("exit", (code) => reject(new Error(`roundup serve exited with ${code} before serving`)));
  });
}

async function servedWithin(url: string, text: string, since: number): Promise<number> {
  while (performance.now() - since < ADDED_FILE_TIMEOUT_MS) {
    try {
      const response = await fetch(url);
      if (response.ok && (await response.text()).includes(text)) return performance.now() - since;
    } catch {
      // Note: the server may be between builds; try again.
    }
    await sleep(25);
  }
  throw new Error(`${url} was not served within ${ADDED_FILE_TIMEOUT_MS} ms`);
}

/** Serve a copy of `contentDir` and add `probes` files one after the other, each once the last one's rebuild is served. */
export async function measureServe(root: string, contentDir: string, options: { cwd: string; env: NodeJS.ProcessEnv; probes: number }): Promise<ServeResult> {
  const content = path.join(root, "serve-content");
  rmSync(content, { recursive: true, force: true });
  cpSync(contentDir, content, { recursive: true });
  const args = [path.join(options.cwd, "bin/roundup.js"), "serve", "--content", content, "--port", "0", "--cache-dir", path.join(root, "serve-cache")];
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: options.cwd, env: { ...options.env, ROUNDUP_PROGRESS: "0" }, stdio: ["ignore", "pipe", "ignore"] });
  try {
    const url = await waitForUrl(child);
    const startMs = performance.now() - started;
    const probes: number[] = [];
    const rebuilds: number[] = [];
    for (let probe = 0; probe < options.probes; probe += 1) {
      await sleep(2000);
      const relative = `bench-probe/added-${probe}.md`;
      const title = `Benchmark probe ${probe}: a new article arrives in the newsroom`;
      mkdirSync(path.join(content, "bench-probe"), { recursive: true });
      const since = performance.now();
      writeFileSync(path.join(content, relative), `---\ntitle: "${title}"\ndate: 2026-01-20\npublisher: Probe Wire\n---\n\nA paragraph of the probe article, written while the preview runs.\n`);
      const id = `${slugOf(title)}-${shortHash(relative, 6)}`;
      probes.push(await servedWithin(`${url}articles/${id}/`, "written while the preview runs", since));
      rebuilds.push(await servedWithin(`${url}articles/${id}/`, 'class="story-box"', since));
    }
    return { startMs, addedFileMs: median(probes), probes, rebuiltMs: median(rebuilds), rebuilds };
  } finally {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    }
    rmSync(content, { recursive: true, force: true });
  }
}
