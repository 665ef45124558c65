import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type StaticServer, launchBrowser, serveStatic } from "../helpers/browser.ts";
import { type BuiltSite, buildSite } from "../helpers/build-sample.ts";

// The 001 sample article (Reuters) mentions Xiaomi; so does an article of unknown outlet.
const REUTERS_TITLE = /^South Korea’s Lee Jae Myung in Beijing/;

describe("search in the browser, from static files only", () => {
  let browser: Browser;
  // Sites by name: served at the root, under a path prefix, and with its search index in parts of one page each.
  const sites: Record<string, { site: BuiltSite; server: StaticServer; prefix: string }> = {};
  beforeAll(async () => {
    const [root, prefixed, parted, launched] = await Promise.all([buildSite(), buildSite(["--path-prefix", "/repo/"]), buildSite(["--search-chunk", "1"]), launchBrowser()]);
    browser = launched;
    sites["/"] = { site: root, server: await serveStatic(root.output, "/"), prefix: "/" };
    sites["/repo/"] = { site: prefixed, server: await serveStatic(prefixed.output, "/repo/"), prefix: "/repo/" };
    sites.parts = { site: parted, server: await serveStatic(parted.output, "/"), prefix: "/" };
  });
  afterAll(async () => {
    await browser?.close();
    for (const { site, server } of Object.values(sites)) {
      await server.close();
      site.remove();
    }
  });

  async function searchPage(name: string, query = ""): Promise<Page> {
    const page = await browser.newPage();
    const failed: string[] = [];
    page.on("response", (response) => {
      if (response.status() >= 400) failed.push(response.url());
    });
    page.on("pageerror", (error) => failed.push(error.message));
    await page.goto(`${sites[name]?.server.origin}${sites[name]?.prefix}search/${query}`);
    Object.assign(page, { failed });
    return page;
  }

  const resultTitles = async (page: Page): Promise<string[]> => (await page.locator(".search-results h2 a").allTextContents()).map((t) => t.trim());

  async function waitForResults(page: Page): Promise<void> {
    await page.waitForFunction("/result|Nothing found/.test(document.getElementById('search-status').textContent)");
  }

  for (const name of ["/", "/repo/", "parts"]) {
    it(`finds the Xiaomi article by typing, and filters by outlet (site ${name})`, async () => {
      const prefix = sites[name]?.prefix ?? "";
      const page = await searchPage(name);
      await page.locator("#search-q").fill("Xiaomi");
      await waitForResults(page);
      const titles = await resultTitles(page);
      expect(titles.some((t) => REUTERS_TITLE.test(t))).toBe(true);
      expect(titles.length).toBeGreaterThan(1);

      const links = await page.locator(".search-results h2 a").evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href") ?? ""));
      for (const href of links) expect(href.startsWith(prefix)).toBe(true);

      await page.locator("#search-outlet").selectOption("Reuters");
      await page.waitForFunction("new URLSearchParams(location.search).get('outlet') === 'Reuters'");
      await waitForResults(page);
      const reuters = await resultTitles(page);
      expect(reuters.some((t) => REUTERS_TITLE.test(t))).toBe(true);
      expect(reuters.length).toBeLessThan(titles.length);

      await page.locator("#search-outlet").selectOption("BBC");
      await page.waitForFunction("new URLSearchParams(location.search).get('outlet') === 'BBC'");
      await waitForResults(page);
      expect((await resultTitles(page)).some((t) => REUTERS_TITLE.test(t))).toBe(false);

      const found = links.find((href) => href.includes("/articles/south-koreas-lee-jae-myung-in-beijing"));
      expect(found).toBeDefined();
      const response = await page.goto(`${sites[name]?.server.origin}${found}`);
      expect(response?.status()).toBe(200);
      expect(Reflect.get(page, "failed")).toEqual([]);
      await page.close();
    });
  }

  it("searches every part of an index made in parts, with the same results as one index", async () => {
    const listed: unknown = JSON.parse(readFileSync(path.join(sites.parts?.site.output ?? "", "pagefind", "parts.json"), "utf8"));
    expect(listed).toMatchObject({ parts: expect.any(Array) });
    expect((listed as { parts: unknown[] }).parts.length).toBeGreaterThan(1);
    // Whole words, a word being typed, a word no page has (Pagefind then looks for its longest known prefix: a part
    // without "xiaomi" must not answer with "xi" when another part has it), and two words.
    for (const query of ["Xiaomi", "Xiao", "Xiaomix", "beiji", "Lee summit"]) {
      const found: Record<string, string[]> = {};
      for (const name of ["/", "parts"]) {
        const page = await searchPage(name, `?q=${encodeURIComponent(query)}`);
        await waitForResults(page);
        found[name] = (await resultTitles(page)).sort();
        expect(Reflect.get(page, "failed")).toEqual([]);
        await page.close();
      }
      expect(found.parts, query).toEqual(found["/"]);
    }
  });

  it("runs the search given in the address, and filters by date", async () => {
    const page = await searchPage("/", "?q=Xiaomi&from=2026-01-06&to=2026-01-06");
    await waitForResults(page);
    expect(await page.locator("#search-q").inputValue()).toBe("Xiaomi");
    const titles = await resultTitles(page);
    // The Reuters copy is undated: a date range leaves it out, and keeps what was published that day.
    expect(titles.some((t) => REUTERS_TITLE.test(t))).toBe(false);
    expect(titles.length).toBeGreaterThan(0);
    await page.close();
  });
});
