import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type StaticServer, launchBrowser, serveStatic } from "../helpers/browser.ts";
import { type BuiltSite, buildSite } from "../helpers/build-sample.ts";

// The 001 sample article (Reuters) mentions Xiaomi; so does an article of unknown outlet.
const REUTERS_TITLE = /^South Korea’s Lee Jae Myung in Beijing/;

describe("search in the browser, from static files only", () => {
  let browser: Browser;
  const sites: Record<string, { site: BuiltSite; server: StaticServer }> = {};
  beforeAll(async () => {
    const [root, prefixed, launched] = await Promise.all([buildSite(), buildSite(["--path-prefix", "/repo/"]), launchBrowser()]);
    browser = launched;
    sites["/"] = { site: root, server: await serveStatic(root.output, "/") };
    sites["/repo/"] = { site: prefixed, server: await serveStatic(prefixed.output, "/repo/") };
  });
  afterAll(async () => {
    await browser?.close();
    for (const { site, server } of Object.values(sites)) {
      await server.close();
      site.remove();
    }
  });

  async function searchPage(prefix: string, query = ""): Promise<Page> {
    const page = await browser.newPage();
    const failed: string[] = [];
    page.on("response", (response) => {
      if (response.status() >= 400) failed.push(response.url());
    });
    page.on("pageerror", (error) => failed.push(error.message));
    await page.goto(`${sites[prefix]?.server.origin}${prefix}search/${query}`);
    Object.assign(page, { failed });
    return page;
  }

  const resultTitles = async (page: Page): Promise<string[]> => (await page.locator(".search-results h2 a").allTextContents()).map((t) => t.trim());

  async function waitForResults(page: Page): Promise<void> {
    await page.waitForFunction("/result|Nothing found/.test(document.getElementById('search-status').textContent)");
  }

  for (const prefix of ["/", "/repo/"]) {
    it(`finds the Xiaomi article by typing, and filters by outlet (served at ${prefix})`, async () => {
      const page = await searchPage(prefix);
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
      const response = await page.goto(`${sites[prefix]?.server.origin}${found}`);
      expect(response?.status()).toBe(200);
      expect(Reflect.get(page, "failed")).toEqual([]);
      await page.close();
    });
  }

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
