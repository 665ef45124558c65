/**
 * The sample story as a reader and a program see its reports: 001 (Reuters' copy) and 004 (Bloomberg's copy)
 * disagree on the agreements signed at the summit, copies are folded under their wire services, each unknown outlet
 * is shown on its own, and the summary is not the blog's copy.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isRecord } from "../../src/records.ts";
import { type BuiltSite, buildSite } from "../helpers/build-sample.ts";

describe("the sample story's reports", () => {
  let site: BuiltSite;
  let story: Record<string, unknown> = {};
  let page = "";
  beforeAll(async () => {
    site = await buildSite();
    const stories: unknown = JSON.parse(readFileSync(path.join(site.output, "data/stories.json"), "utf8"));
    const first = isRecord(stories) && Array.isArray(stories.stories) ? stories.stories[0] : undefined;
    story = isRecord(first) ? first : {};
    page = readFileSync(path.join(site.output, "stories", String(story.id), "index.html"), "utf8");
  });
  afterAll(() => site?.remove());

  it("exports 15 agreements (001, Reuters' copy) against 14 memorandums of understanding (004, Bloomberg's copy)", () => {
    expect(story.disagreements).toEqual([
      {
        about: expect.stringMatching(/^agreements/),
        claims: [
          { value: "15 agreements", text: expect.stringContaining("signed 15 agreements at the summit"), articles: ["001_e57608da54a4e3e6.txt"], publishers: ["Reuters"] },
          { value: "14 memorandums of understanding", text: expect.stringContaining("signed 14 memorandums of understanding"), articles: ["004_e33ab54298aa9de4.txt"], publishers: ["Bloomberg"] },
        ],
      },
    ]);
  });

  it("counts independent reports and says whose copy each article is", () => {
    expect(story.independentReports).toBe(8);
    const copyOf = Object.fromEntries((Array.isArray(story.articles) ? story.articles.filter(isRecord) : []).map((a) => [a.file, a.copyOf]));
    expect(copyOf).toEqual({
      "000_cf428da3c97d321b.txt": null,
      "001_e57608da54a4e3e6.txt": "Reuters",
      "002_1c65d373fe4cd320.txt": null,
      "003_893e1b22cc0b54cc.txt": null,
      "004_e33ab54298aa9de4.txt": "Bloomberg",
    });
  });

  it("shows both wire credits, each copy under its wire service, and where the reports differ", () => {
    const reports = /<section aria-labelledby="reports"[\s\S]*?<\/section>/.exec(page)?.[0] ?? "";
    expect(reports).toMatch(/Reuters<\/a><\/span> <span class="label">wire service<\/span>[\s\S]*also carried by <span class="outlet">001_e57608da54a4e3e6\.txt<\/span>/);
    expect(reports).toMatch(/Bloomberg<\/a><\/span> <span class="label">wire service<\/span>[\s\S]*carried by <span class="outlet">004_e33ab54298aa9de4\.txt<\/span>/);
    expect(page).toContain("<li>8 independent reports</li>");
    expect(page).toMatch(/<h2 id="differ">Where reports differ<\/h2>[\s\S]*15 agreements[\s\S]*14 memorandums of understanding/);
  });

  it("gives each article of an unknown outlet its own card, named by its file", () => {
    const grid = /<ul class="headline-grid">[\s\S]*?<\/ul>/.exec(page)?.[0] ?? "";
    expect(grid).not.toContain("Unknown outlet");
    expect(grid).toContain("002_1c65d373fe4cd320.txt <span class=\"label\">outlet unknown</span>");
    expect(grid).toContain("003_893e1b22cc0b54cc.txt <span class=\"label\">outlet unknown</span>");
  });

  it("summarises the story by the lead of an independent report, not the blog's copy", () => {
    expect(story.summary).not.toMatch(/what you need to know/);
    expect(story.summary).toMatch(/^Chinese President Xi Jinping and South Korean leader Lee Jae-myung reaffirmed/);
  });

  it("keeps no no-break space between the aggregator's titles and outlets", () => {
    const dir = readdirSync(path.join(site.output, "articles")).find((name) => name.startsWith("south-koreas-lee-jae-myung-meets-chinas-xi"));
    const html = readFileSync(path.join(site.output, "articles", String(dir), "index.html"), "utf8");
    expect(html).toContain("as he seeks a reset in ties</a> BBC</li>");
    expect(html).not.toMatch(/\u00a0|&nbsp;|&#160;/);
  });
});
