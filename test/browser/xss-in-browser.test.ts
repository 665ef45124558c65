/**
 * Every XSS payload, in every carrier, built into a site and opened in a real browser: no script may run, no dialog
 * open, no navigation happen. A script counts as run when Chromium compiles it in the page's own world and it is
 * not one of the site's own scripts (those also compile on the content-free 404 page and the search page).
 */
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM, hasChromium, launchBrowser, serveStatic } from "../helpers/browser.ts";
import { runCli, tempDir } from "../helpers/run-cli.ts";
import { listFiles } from "../helpers/site-links.ts";
import { FRONT_MATTER_CARRIERS, MIN_XSS_PAYLOADS, XSS_CORPUS, writeXssContent, xssCorpusPresent, xssPayloads } from "../helpers/xss-content.ts";

if (!xssCorpusPresent) console.warn(`skipping the browser XSS test: ${XSS_CORPUS} is not there`);

interface Visit {
  scripts: string[];
  dialogs: string[];
  navigations: string[];
}

/** One tab that records what each page it opens runs; `allowed` holds the hashes of the site's own scripts. */
async function openTab(context: BrowserContext, allowed: Set<string>): Promise<(url: string) => Promise<Visit>> {
  const page: Page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const mainWorlds = new Set<number>();
  let current: Visit = { scripts: [], dialogs: [], navigations: [] };
  let target = "";
  cdp.on("Runtime.executionContextCreated", (event) => {
    if (event.context.auxData?.isDefault) mainWorlds.add(event.context.id);
  });
  cdp.on("Debugger.scriptParsed", (event) => {
    if (mainWorlds.has(event.executionContextId) && !allowed.has(event.hash)) current.scripts.push(event.url || `inline script ${event.hash.slice(0, 8)}`);
  });
  await cdp.send("Runtime.enable");
  await cdp.send("Debugger.enable");
  page.on("dialog", (dialog) => {
    current.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("popup", (popup) => current.navigations.push(`popup ${popup.url()}`));
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame() && frame.url() !== target) current.navigations.push(frame.url());
  });
  return async (url) => {
    current = { scripts: [], dialogs: [], navigations: [] };
    target = url;
    await page.goto(url, { waitUntil: "load" });
    // Give timers and error handlers (img onerror, setTimeout payloads) a moment to fire.
    await page.waitForTimeout(40);
    return current;
  };
}

// Note: a missing browser fails this suite, as it fails the other browser tests; only a missing corpus skips it.
describe.skipIf(!xssCorpusPresent)("XSS payloads in a real browser", () => {
  const tmp = tempDir("roundup-xss-browser-");
  const content = path.join(tmp.dir, "content");
  const output = path.join(tmp.dir, "site");
  let payloads = 0;
  let files = 0;
  let rendered = 0;
  let pages: string[] = [];
  const results = new Map<string, Visit>();
  let controlSeen = false;

  beforeAll(async () => {
    if (!hasChromium) throw new Error(`${CHROMIUM} is not installed (apt-get install chromium)`);
    // A corpus that is there but unreadable throws here, failing every test below.
    payloads = xssPayloads().length;
    writeXssContent(content, FRONT_MATTER_CARRIERS);
    files = listFiles(content).length;
    const built = await runCli(["build", "--content", content, "--output", output]);
    if (built.code !== 0) throw new Error(built.stderr || built.stdout.slice(-2000));
    rendered = Number(/\d+ files read: (\d+) rendered/.exec(built.stdout)?.[1] ?? 0);
    const server = await serveStatic(output);
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext({ javaScriptEnabled: true });
      // Scripts of the site itself: compiled on the 404 page, which carries no content, and on the search page, whose
      // script is the site's own (content reaches that page only as escaped outlet names).
      const allowed = new Set<string>();
      const probe = await context.newPage();
      const cdp = await context.newCDPSession(probe);
      cdp.on("Debugger.scriptParsed", (event) => allowed.add(event.hash));
      await cdp.send("Debugger.enable");
      await probe.goto(`${server.origin}/404.html`, { waitUntil: "load" });
      await probe.goto(`${server.origin}/search/`, { waitUntil: "load" });
      await probe.close();
      // A control page with a live script and handler proves that the detector sees execution.
      writeFileSync(path.join(output, "control-xss.html"), '<!doctype html><title>c</title><script>window.x = 1</script><img src="missing.png" onerror="alert(1)">');
      const control = await (await openTab(context, allowed))(`${server.origin}/control-xss.html`);
      controlSeen = control.scripts.length > 0 && control.dialogs.length > 0;
      rmSync(path.join(output, "control-xss.html"));
      pages = listFiles(output).filter((file) => file.endsWith(".html"));
      const queue = [...pages];
      const worker = async (): Promise<void> => {
        const open = await openTab(context, allowed);
        for (let page = queue.shift(); page !== undefined; page = queue.shift()) results.set(page, await open(`${server.origin}/${page}`));
      };
      await Promise.all([worker(), worker()]);
    } finally {
      await browser.close();
      await server.close();
    }
  }, 1_800_000);
  afterAll(() => tmp.remove());

  it("detects a script and a dialog on a control page (the check can fail)", () => {
    expect(controlSeen).toBe(true);
  });
  it("opened every page of every carrier", () => {
    expect(payloads).toBeGreaterThan(MIN_XSS_PAYLOADS);
    expect(files).toBe(payloads * (2 + FRONT_MATTER_CARRIERS.length));
    // Files with the same bytes merge, so not every file has a page of its own; most do.
    expect(rendered).toBeGreaterThan(files / 2);
    expect(pages.filter((page) => /^articles\/[^/]+\/index\.html$/.test(page))).toHaveLength(rendered);
    expect([...results.keys()].sort()).toEqual(pages);
  });
  it("ran no script from content", () => {
    expect([...results].flatMap(([page, v]) => v.scripts.map((s) => `${page}: ${s}`))).toEqual([]);
  });
  it("opened no dialog", () => {
    expect([...results].flatMap(([page, v]) => v.dialogs.map((d) => `${page}: ${d}`))).toEqual([]);
  });
  it("navigated nowhere", () => {
    expect([...results].flatMap(([page, v]) => v.navigations.map((n) => `${page}: ${n}`))).toEqual([]);
  });
});
