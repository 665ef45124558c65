import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { repairText } from "../../src/clean/repair-text.ts";

// Pieces that exercise every repair: mojibake letters, entities, invisible and control characters, line breaks,
// decomposed letters, emoji, joining scripts and lone surrogates.
const PIECES = [
  "Ã", "Â", "â", "€", "™", "œ", "©", "¢", "Ð", "Ø", "√", "‚", "Ä", "вЂ", "\u00a0", "\u202f", "\u200b", "\u200c",
  "\u200d", "\ufeff", "\u2060", "\r", "\n", "\r\n", "\f", "\u2028", "&", "amp;", "&amp;", "&#", "x85;", "10;", "13;",
  ";", "\x85",
  "\x93", "\x81", "\x1a", "\x1b[0m", "\x00", "é", "e\u0301", "\u0958", "👩", "💻", "\ufe0f", "ب", "क्", "?", "\ufffd",
  "\ud800", "\udc00", " ", "a", "Z",
];

const text = fc.oneof(
  fc.string({ unit: "binary" }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)) }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((pieces) => pieces.join("")),
  // Real text, then mis-decoded: the shape of actual mojibake.
  fc.string({ unit: "grapheme" }).map((s) => Buffer.from(s, "utf8").toString("latin1")),
);

describe("repairText properties", () => {
  it("never throws, and repairing twice changes nothing more than repairing once", () => {
    fc.assert(
      fc.property(text, fc.boolean(), (input, entities) => {
        const once = repairText(input, { entities });
        const twice = repairText(once.text, { entities });
        expect(twice.text).toBe(once.text);
        expect(twice.repairs).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });
});
