/** The preview in a browser: an open page reloads when an article is dropped in, first for its own page, then the rest. */
import { type ChildProcess, spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../helpers/browser.ts";
import { ROOT, copyContent, tempDir } from "../helpers/run-cli.ts";

const DEADLINE_MS = 60_000; // generous: the machine may be busy; nothing here measures speed

describe("roundup serve in a browser", () => {
  const tmp = tempDir("roundup-preview-browser-");
  let server: ChildProcess;
  let browser: Browser;
  let content = "";
  let url = "";

  beforeAll(async () => {
    content = copyContent(path.join(ROOT, "content"), tmp.dir);
    server = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "src/cli.ts"), "serve", "--content", content, "--port", "0"], { cwd: ROOT, env: { ...process.env, ROUNDUP_PROGRESS: "0" } });
    let output = "";
    const started = new Promise<string>((resolve, reject) => {
      server.stdout?.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        const found = /Serving .* at (http:\/\/\S+)/.exec(output)?.[1];
        if (found) resolve(found);
      });
      server.once("exit", (code) => reject(new Error(`roundup serve exited with ${code}: ${output}`)));
    });
    [url, browser] = await Promise.all([started, launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    if (server.exitCode === null) {
      const exited = new Promise((resolve) => server.once("exit", resolve));
      server.kill("SIGTERM");
      await exited;
    }
    tmp.remove();
  });

  it("reloads the open home page, which then lists the new story", async () => {
    const page = await browser.newPage();
    await page.goto(url);
    let loads = 0;
    page.on("load", () => (loads += 1));
    writeFileSync(
      path.join(content, "ferry-strike.md"),
      "---\ntitle: Ferry crews walk out over winter rosters\ndate: 2026-01-06\npublisher: Harbour Courier\n---\nFerry crews on the island routes began a two-day strike on Tuesday over new winter rosters.\n",
    );
    await page.waitForFunction("document.body.textContent.includes('Ferry crews walk out over winter rosters')", undefined, { timeout: DEADLINE_MS, polling: 200 });
    expect(loads).toBeGreaterThan(0);
    await page.close();
  });
});
