/** The plain text of a sanitized body (src/render/sanitize-body.ts): one line per block, soft hyphens left out. */
import { describe, expect, it } from "vitest";
import { plainText } from "../../src/render/sanitize-body.ts";
import { sanitizeToTree } from "../../src/render/sanitize.ts";

describe("the plain text of a body", () => {
  it("gives one line per block and leaves out soft hyphens, which only mark where a word may break", () => {
    const { tree, html } = sanitizeToTree("<p>Schon im Mit&shy;tel&shy;al&shy;ter war der Wein be\u00adkannt.</p><p>Second   line</p>");
    // The HTML keeps them, for the browser to break long words where the author allowed.
    expect(html).toMatch(/Mit(?:&shy;|\u00ad)tel/);
    expect(plainText(tree)).toBe("Schon im Mittelalter war der Wein bekannt.\nSecond line");
  });
});
