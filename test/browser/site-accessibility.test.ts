import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type StaticServer, axeViolations, launchBrowser, serveStatic } from "../helpers/browser.ts";
import { type BuiltSite, buildSite } from "../helpers/build-sample.ts";
import { ROOT } from "../helpers/run-cli.ts";
import { listFiles } from "../helpers/site-links.ts";

const SCREENSHOTS = path.join(ROOT, "test-results/screenshots");

describe("the reader's pages in a browser", () => {
  let site: BuiltSite;
  let server: StaticServer;
  let browser: Browser;
  const pages: Record<string, string> = {};
  beforeAll(async () => {
    [site, browser] = await Promise.all([buildSite(), launchBrowser()]);
    server = await serveStatic(site.output);
    const files = listFiles(site.output);
    const first = (pattern: RegExp): string => `/${files.find((f) => pattern.test(f))?.replace(/index\.html$/, "") ?? "missing/"}`;
    Object.assign(pages, {
      home: "/",
      story: first(/^stories\/[^/]+\/index\.html$/),
      article: first(/^articles\/south-koreas-lee-jae-myung-in-beijing[^/]*\/index\.html$/),
      outlet: "/outlets/reuters/",
      outlets: "/outlets/",
      topic: "/topics/china/",
      topics: "/topics/",
      archiveDay: first(/^archive\/\d{4}-\d{2}-\d{2}\/index\.html$/),
      archive: "/archive/",
      search: "/search/",
      notFound: "/no-such-page/",
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    site?.remove();
  });

  async function open(url: string, options: { width?: number; scheme?: "light" | "dark"; javaScript?: boolean } = {}): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 }, javaScriptEnabled: options.javaScript ?? true });
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: options.scheme ?? "light" });
    await page.goto(server.origin + url, { waitUntil: "load" });
    return page;
  }

  it("checks the story page with its sections on independent reports and on where reports differ", async () => {
    const page = await open(pages.story ?? "/");
    expect(await page.locator("h2#differ").textContent()).toBe("Where reports differ");
    expect(await page.locator("section.differ li").count()).toBe(2);
    expect(await page.locator("h2#reports").textContent()).toBe("Independent reports");
    await page.context().close();
  });

  it("serves each page type (the 404 with its status)", async () => {
    const page = await open("/");
    for (const [name, url] of Object.entries(pages)) {
      const response = await page.goto(server.origin + url);
      expect(response?.status(), name).toBe(name === "notFound" ? 404 : 200);
    }
    await page.context().close();
  });

  for (const scheme of ["light", "dark"] as const) {
    it(`has no axe-core violation on any page type (${scheme} scheme)`, async () => {
      const found: Record<string, unknown> = {};
      const page = await open("/", { scheme });
      for (const [name, url] of Object.entries(pages)) {
        await page.goto(server.origin + url, { waitUntil: "load" });
        // Disclosures open, so that their content is checked too.
        await page.evaluate("document.querySelectorAll('details').forEach((d) => { d.open = true; })");
        const violations = await axeViolations(page);
        if (violations.length > 0) found[name] = violations;
      }
      await page.context().close();
      expect(found).toEqual({});
    });
  }

  it("fits a 320 px wide screen without sideways scrolling", async () => {
    const overflowing: string[] = [];
    const page = await open("/", { width: 320 });
    for (const [name, url] of Object.entries(pages)) {
      await page.goto(server.origin + url, { waitUntil: "load" });
      const width = await page.evaluate("document.documentElement.scrollWidth");
      if (typeof width !== "number" || width > 320) overflowing.push(`${name}: ${String(width)}`);
    }
    await page.context().close();
    expect(overflowing).toEqual([]);
  });

  it("does not shift its layout while loading the story page", async () => {
    const page = await open(pages.story ?? "/");
    const shift = await page.evaluate(`new Promise((resolve) => {
      let total = 0;
      new PerformanceObserver((list) => { for (const entry of list.getEntries()) total += entry.value; }).observe({ type: "layout-shift", buffered: true });
      setTimeout(() => resolve(total), 500);
    })`);
    expect(shift).toBe(0);
    await page.context().close();
  });

  it("reads without JavaScript: the story is there and search explains itself", async () => {
    const story = await open(pages.story ?? "/", { javaScript: false });
    expect(await story.locator("h1").textContent()).toMatch(/Lee Jae Myung/);
    expect(await story.locator(".sources li.source").count()).toBe(9);
    await story.context().close();
    const search = await open("/search/", { javaScript: false });
    expect(await search.locator("#search-no-script").isVisible()).toBe(true);
    await search.context().close();
    const scripted = await open("/search/");
    await scripted.waitForFunction("document.getElementById('search-no-script').hidden === true");
    await scripted.context().close();
  });

  it("saves screenshots of a story page at 390 and 1280 px, light and dark", async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const width of [390, 1280]) {
      for (const scheme of ["light", "dark"] as const) {
        const page = await open(pages.story ?? "/", { width, scheme });
        const file = path.join(SCREENSHOTS, `story-${width}-${scheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        await page.context().close();
        expect(listFiles(SCREENSHOTS)).toContain(path.basename(file));
      }
    }
  });
});
