/** A page's headline without the site's name, from whichever source gives the headline. */
import { describe, expect, it } from "vitest";
import { readJsonLd } from "../../src/page/json-ld.ts";
import { readPageFields } from "../../src/page/page-metadata.ts";
import { parsePage } from "../../src/page/page-dom.ts";

/** The title read from a page whose Open Graph title is `ogTitle` and whose site name is `site`. */
function titleOf(ogTitle: string, site: string): string | null {
  const html = `<html><head><meta property="og:title" content="${ogTitle}"><meta property="og:site_name" content="${site}"></head><body></body></html>`;
  const document = parsePage(html);
  return readPageFields(document, readJsonLd(document)).title;
}

describe("the site's name in a headline", () => {
  it.each([
    ["BVI Premier Arrested On Drug Charges - The Harbour Observer", "The Harbour Observer", "BVI Premier Arrested On Drug Charges"],
    ["A Letter on Justice and Open Debate | Harbour Magazine", "Harbour Magazine", "A Letter on Justice and Open Debate"],
    ["Leasing oder Finanzierung » Der große Vergleich | FINANZCHECK.de", "Finanzcheck.de", "Leasing oder Finanzierung » Der große Vergleich"],
    ["NEWS WEB EASY|子どもへの体罰を禁止する法律ができる", "NEWS WEB EASY", "子どもへの体罰を禁止する法律ができる"],
    ["Diario HOY | Darán bendición a vehículos este sábado", "Diario HOY", "Darán bendición a vehículos este sábado"],
    ["Anglertalk mit Stephan Höferer - Fischerhütte | hejfish.com", "Fischerhütte | hejfish.com", "Anglertalk mit Stephan Höferer"],
  ])("goes from %s", (ogTitle, site, expected) => {
    expect(titleOf(ogTitle, site)).toBe(expected);
  });

  it.each([
    ["a site name that is not set apart", "Welpen kaufen – Tipps zu jeder Hunderasse", "Welpen"],
    ["a compound's second half", "Schutz für Erd-Hummeln", "Hummeln"],
    ["a wrong site name that would leave only the site", "Bürgerbeteiligung für Windpark Steinheim | EnBW", "Bürgerbeteiligung für Windpark Steinheim"],
    ["a headline that is the site's name", "Harbour Magazine", "Harbour Magazine"],
  ])("stays with %s", (_, ogTitle, site) => {
    expect(titleOf(ogTitle, site)).toBe(ogTitle);
  });
});
