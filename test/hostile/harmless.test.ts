/**
 * The detector the hostile and XSS builds rely on: it accepts the site's own scripts and search form only where the
 * templates put them, exactly as they write them, and its list of them matches what `templates/` emits.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import type { Element } from "hast";
import rehypeParse from "rehype-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { coverageTimeline } from "../../src/views/coverage-timeline.ts";
import { SITE_CHROME, dangers } from "../helpers/harmless.ts";
import { ROOT } from "../helpers/run-cli.ts";

const JSON_LD = '<script type="application/ld+json">{"@type":"NewsArticle"}</script>';
const SEARCH_SCRIPT = '<script type="module" src="/assets/search.js"></script>';
const CHART = coverageTimeline([{ date: "2026-01-05", publisher: "BBC" }, { date: "2026-01-07", publisher: "DW" }]).svg ?? "";
const timeline = (svg: string): string => `<figure class="timeline">${svg}<figcaption>c</figcaption></figure>`;
const SEARCH_FORM = '<form class="search-form" role="search" action="/search/" method="get" data-search-form><input name="q"></form>';

/** A page shaped like base.njk's, with `body` where an article's sanitized text goes and `main` at the end of <main>. */
const page = ({ head = JSON_LD, body = "<p>Text.</p>", main = "" } = {}): string =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title><link rel="stylesheet" href="/assets/style.css">${head}</head>` +
  `<body><main id="main"><article class="article"><div class="body">${body}</div></article>${main}</main></body></html>`;
const inPage = (parts: Parameters<typeof page>[0]): string[] => dangers(page(parts), { document: true, allowPageChrome: true });

describe("dangers, with the page chrome allowed", () => {
  it("accepts the site's own head, search script and search form at their places", () => {
    expect(inPage({ main: `${SEARCH_FORM}${SEARCH_SCRIPT}` })).toEqual([]);
    expect(CHART).toMatch(/^<svg /);
    expect(inPage({ main: timeline(CHART) })).toEqual([]);
    expect(dangers(page({ main: SEARCH_SCRIPT }).replaceAll("/assets/", "/news/assets/"), { document: true, allowPageChrome: true, pathPrefix: "/news/" })).toEqual([]);
  });

  it("finds a script from content, whatever its source", () => {
    for (const script of ['<script src="//evil.example/x.js"></script>', '<script src="/example.com\foo.js"></script>', '<script src="/assets/x.js"></script>', SEARCH_SCRIPT, JSON_LD]) {
      expect(inPage({ body: script }), script).toEqual(["<script> element"]);
    }
  });

  it("finds the site's script where it does not belong, changed, or twice", () => {
    expect(inPage({ head: `${JSON_LD}${SEARCH_SCRIPT}` })).toEqual(["<script> element"]);
    expect(inPage({ main: '<script type="module" src="/assets/search.js" async></script>' })).toEqual(["<script> element"]);
    expect(inPage({ main: '<script src="/assets/search.js"></script>' })).toEqual(["<script> element"]);
    expect(inPage({ main: '<script type="module" src="/assets/search.js">alert(1)</script>' })).toEqual(["<script> element"]);
    expect(inPage({ main: '<script type="module" src="//evil.example/x.js"></script>' })).toEqual(["<script> element"]);
    expect(inPage({ main: `${SEARCH_SCRIPT}${SEARCH_SCRIPT}` })).toEqual(["<script> element"]);
    expect(inPage({ head: '<script type="application/ld+json">alert(1)</script>' })).toEqual(["<script> element"]);
    expect(inPage({ head: '<script type="application/ld+json" src="//evil.example/x.js"></script>' })).toEqual(["<script> element"]);
  });

  it("finds a form or an svg from content, and head elements outside the head", () => {
    expect(inPage({ body: SEARCH_FORM })).toEqual(["<form> element"]);
    expect(inPage({ main: '<form role="search" action="https://evil.example/"></form>' })).toEqual(["<form> element"]);
    expect(inPage({ body: '<svg aria-hidden="true"></svg>' })).toEqual(["<svg> element"]);
    expect(inPage({ body: '<svg role="img"></svg>' })).toEqual(["<svg> element"]);
    expect(inPage({ body: CHART })).toEqual(["<svg> element"]);
    expect(inPage({ body: timeline(CHART) })).toEqual([]);
    expect(inPage({ main: timeline(CHART.replace("</svg>", "<script>alert(1)</script></svg>")) })).toEqual(["<svg> element", "<script> element"]);
    expect(inPage({ main: timeline(CHART.replace("</svg>", "<foreignObject><p>x</p></foreignObject></svg>")) })).toEqual(["<svg> element"]);
    expect(inPage({ main: timeline(CHART.replace("<svg ", '<svg onload="alert(1)" ')) })).toEqual(["<svg> element", "onLoad handler on <svg>"]);
    expect(inPage({ body: '<link rel="stylesheet" href="/x.css">' })).toEqual(["<link> element"]);
  });
});

describe("the site chrome list", () => {
  it("holds exactly the scripts and forms that templates/ writes, and the coverage chart", () => {
    const parser = unified().use(rehypeParse, { fragment: true });
    const written: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name.endsWith(".njk")) {
          for (const [tag, name] of readFileSync(full, "utf8").matchAll(/<(script|form)\b[^>]*>/gi)) {
            const [node] = parser.parse(`${tag}</${name ?? ""}>`).children;
            if (node?.type === "element") written.push(signature(node));
          }
        }
      }
    };
    walk(path.join(ROOT, "templates"));
    const [chart] = parser.parse(CHART).children;
    if (chart?.type === "element") written.push(signature(chart));
    const listed = SITE_CHROME.map((entry) => `${entry.tag} ${JSON.stringify(Object.fromEntries(Object.entries(entry.attributes).map(([k, v]) => [k, v.replace("{prefix}", "/")]).sort()))}`);
    expect(written.sort()).toEqual(listed.sort());
  });
});

function signature(node: Element): string {
  const attributes = Object.entries(node.properties).map(([k, v]) => [k, Array.isArray(v) ? v.join(" ") : v === true ? "" : String(v)]);
  return `${node.tagName} ${JSON.stringify(Object.fromEntries(attributes.sort()))}`;
}
