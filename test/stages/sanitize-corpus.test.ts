import { beforeAll, describe, expect, it } from "vitest";
import { sanitize } from "../../src/render/sanitize.ts";
import { dangers } from "../helpers/harmless.ts";
import { MIN_XSS_PAYLOADS, XSS_CORPUS, type XssPayload, xssCorpusPresent, xssPayloads } from "../helpers/xss-content.ts";

if (!xssCorpusPresent) console.warn(`skipping the XSS corpus: ${XSS_CORPUS} is not there`);

describe.skipIf(!xssCorpusPresent)("sanitize on the XSS corpus", () => {
  let payloads: XssPayload[] = [];
  // A corpus that is there but unreadable throws here, failing every test below.
  beforeAll(() => void (payloads = xssPayloads()));
  it("has payloads to try", () => expect(payloads.length).toBeGreaterThan(MIN_XSS_PAYLOADS));
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
