/**
 * ftfy's test cases (`shared/corpora/mojibake`) against `repairText`: every mojibake case fixed, every negative
 * left alone. ftfy's `fixed` also straightens curly quotes and undoes ligatures, which roundup does not do, so a
 * case is compared with `fixed-encoding` (the encoding repair alone) where it has one.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repairText } from "../../src/clean/repair-text.ts";
import { SHARED } from "../helpers/run-cli.ts";

const CORPUS = path.join(SHARED, "corpora/mojibake");
const available = existsSync(CORPUS);
if (!available) console.warn(`Mojibake corpus skipped: ${CORPUS} does not exist (it comes with the shared corpora).`);

interface CorpusCase {
  label: string;
  original: string;
  expected: string;
}

function field(record: object, key: string): unknown {
  return Object.getOwnPropertyDescriptor(record, key)?.value;
}

function readCases(file: string): CorpusCase[] {
  if (!available) return [];
  const data: unknown = JSON.parse(readFileSync(path.join(CORPUS, file), "utf8"));
  if (!Array.isArray(data)) throw new Error(`${file} is not a list of cases`);
  return data.map((item: unknown, index) => {
    if (typeof item !== "object" || item === null) throw new Error(`${file}[${index}] is not an object`);
    const [label, original, fixed, fixedEncoding] = ["label", "original", "fixed", "fixed-encoding"].map((k) =>
      field(item, k),
    );
    if (typeof label !== "string" || typeof original !== "string" || typeof fixed !== "string") {
      throw new Error(`${file}[${index}] lacks label, original or fixed`);
    }
    return { label, original, expected: typeof fixedEncoding === "string" ? fixedEncoding : fixed };
  });
}

/** What `repairText` also does to every text, whether or not it had mojibake; applied to ftfy's expectation. */
function normalised(text: string): string {
  return text
    .replace(/[\u00a0\u202f\u2007]/g, " ")
    .replace(/[\u200b\u2060\ufeff]/g, "")
    .replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/g, "")
    .normalize("NFC");
}

// Entities off: the corpus is about encodings, and ftfy's `fixed-encoding` leaves `&frac14;` as it is.
const repair = (text: string) => repairText(text, { entities: false });

describe.skipIf(!available)("mojibake corpus", () => {
  // A corpus cut short would pass with fewer cases; it holds 70, 30 and 31.
  it("has the cases to try", () => {
    expect(readCases("in-the-wild.json").length).toBeGreaterThan(50);
    expect(readCases("synthetic.json").length).toBeGreaterThan(20);
    expect(readCases("negative.json").length).toBeGreaterThan(20);
  });

  for (const file of ["in-the-wild.json", "synthetic.json"]) {
    describe(`${file}: repaired`, () => {
      for (const c of readCases(file)) {
        it(c.label, () => {
          expect(repair(c.original).text).toBe(normalised(c.expected));
        });
      }
    });
  }

  describe("negative.json: left alone", () => {
    for (const c of readCases("negative.json")) {
      it(c.label, () => {
        const result = repair(c.original);
        expect(result.text).toBe(normalised(c.expected));
        if (c.expected === c.original) expect(result.repairs.filter((r) => r.kind === "mojibake")).toEqual([]);
      });
    }
  });

  // ftfy gets these wrong too; they are reported, not tuned for. What must hold is that nothing breaks.
  it("known-failures.json: reported, and repairing is stable on them", () => {
    const cases = readCases("known-failures.json");
    const fixed = cases.filter((c) => repair(c.original).text === normalised(c.expected));
    console.info(`Mojibake known failures: ${fixed.length} of ${cases.length} come out as ftfy's expected text.`);
    for (const c of cases) {
      const once = repair(c.original).text;
      expect(repair(once).text).toBe(once);
    }
  });
});
