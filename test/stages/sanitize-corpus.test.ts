import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sanitize } from "../../src/render/sanitize.ts";
import { dangers } from "../helpers/harmless.ts";
import { SHARED } from "../helpers/run-cli.ts";

const CORPUS = path.join(SHARED, "corpora/xss/dompurify-fixtures.json");
const present = existsSync(CORPUS);
if (!present) console.warn(`skipping the XSS corpus: ${CORPUS} is not there`);
const payloads: Array<{ title: string; payload: string }> = present ? JSON.parse(readFileSync(CORPUS, "utf8")) : [];

describe.skipIf(!present)("sanitize on the XSS corpus", () => {
  it("has payloads to try", () => expect(payloads.length).toBeGreaterThan(200));
  it("leaves nothing executable in any payload", () => {
    const failures = payloads.flatMap(({ title, payload }) => dangers(sanitize(payload)).map((d) => `${title}: ${d}`));
    expect(failures).toEqual([]);
  });
  it("changes nothing when run twice", () => {
    const unstable = payloads.filter(({ payload }) => sanitize(sanitize(payload)) !== sanitize(payload)).map(({ title }) => title);
    expect(unstable).toEqual([]);
  });
});

describe("sanitize", () => {
  it("keeps links, adds noopener to new-tab links, drops <font>, styles, scripts, handlers, iframes and forms", () => {
    const out = sanitize('<p style="color:red" onclick="x()"><a href="https://a.example/" target="_blank">A</a> <font color="#6f6f6f">BBC</font><script>alert(1)</script><iframe src="https://x"></iframe><form action="/x"><input></form></p>');
    expect(out).toBe('<p><a href="https://a.example/" target="_blank" rel="noopener noreferrer">A</a> BBC</p>');
  });
  it("drops javascript: links and keeps their text", () => {
    expect(sanitize('<a href="javascript:alert(1)">x</a>')).toBe("<a>x</a>");
  });
  it("drops <xmp>, the bypass fixed in sanitize-html 2.17.4", () => {
    expect(sanitize("<xmp><script>alert(1)</script></xmp>")).not.toMatch(/<script|<xmp/i);
  });
});
