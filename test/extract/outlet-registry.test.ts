import { describe, expect, it } from "vitest";
import { canonicalOutlet, isAggregatorDomain, outletKind, outletOfDomain } from "../../src/extract/outlet-names.ts";
import { buildRegistry, readOutlets, shippedRegistry } from "../../src/extract/outlet-registry.ts";

describe("the outlet registry", () => {
  it("ships the common outlets, found by domain (and subdomain) or by any name sources print", () => {
    expect(outletOfDomain("edition.cnn.com")).toBe("CNN");
    expect(outletOfDomain("asia.nikkei.com")).toBe("Nikkei Asia");
    expect(outletOfDomain("nikkei.com")).toBe("Nikkei");
    expect(canonicalOutlet("Associated Press")).toBe("AP News");
    expect(canonicalOutlet("dw.com")).toBe("DW");
    expect(canonicalOutlet("bbc news")).toBe("BBC");
    expect(canonicalOutlet("Harbour Courier")).toBe("Harbour Courier");
    expect(outletKind("Reuters")).toBe("wire");
    expect(isAggregatorDomain("news.google.com")).toBe(true);
    expect(shippedRegistry().outlets.get("BBC")).toMatchObject({ kind: "national", country: "GB" });
  });

  it("reads an editor's list, extending shipped outlets by name and adding new ones", () => {
    const { outlets, problems } = readOutlets("- name: Harbour Courier\n  kind: regional\n  country: PT\n  domains: [harbourcourier.example]\n  aliases: [The Courier]\n- name: BBC\n  aliases: [Beeb]\n");
    expect(problems).toEqual([]);
    const registry = buildRegistry([...shippedRegistry().outlets.values()], outlets);
    expect(outletOfDomain("www.harbourcourier.example".replace(/^www\./, ""), registry)).toBe("Harbour Courier");
    expect(canonicalOutlet("the courier", registry)).toBe("Harbour Courier");
    expect(canonicalOutlet("Beeb", registry)).toBe("BBC");
    expect(registry.outlets.get("BBC")?.domains).toContain("bbc.co.uk");
    expect(outletKind("Harbour Courier", registry)).toBe("regional");
    expect(canonicalOutlet("Beeb")).toBe("Beeb"); // the shipped registry is untouched
  });

  it("reports each malformed field at its line and column", () => {
    const { outlets, problems } = readOutlets("- name: Harbour Courier\n  kind: tabloid\n  country: Portugal\n  domains: [not a domain]\n- kind: wire\n- name: X\n  colour: red\n");
    expect(problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      "2:9 `kind` must be one of wire, national, regional, aggregator, blog, not “tabloid”",
      "3:12 `country` must be a two-letter ISO 3166 code such as GB or US, not “Portugal”",
      "4:13 “not a domain” is not a web domain (like bbc.co.uk)",
      "5:3 An outlet needs a `name`",
      "7:3 Unknown key `colour` in an outlet; expected `name`, `kind`, `country`, `domains`, `aliases`",
    ]);
    expect(outlets.map((o) => o.name)).toEqual(["Harbour Courier", "X"]);
  });
});
