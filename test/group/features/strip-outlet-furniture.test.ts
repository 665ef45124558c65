/** An outlet's repeated sentences leave the text grouping reads; what it says once, or too rarely, stays. */
import { describe, expect, it } from "vitest";
import { stripOutletFurniture } from "../../../src/group/features/strip-outlet-furniture.ts";

const FOOTER = "Sign up for the Bay Chronicle newsletter every morning.";

describe("stripOutletFurniture", () => {
  it("takes out a sentence an outlet repeats in half its articles or more, from three articles on", () => {
    const texts = [`A salon bans men. ${FOOTER}`, `A resort may come to the lake. ${FOOTER}`, `The board delays its vote.\n${FOOTER}`, "A concert review."];
    expect(stripOutletFurniture(texts, ["bay", "bay", "bay", "bay"])).toEqual(["A salon bans men.", "A resort may come to the lake.", "The board delays its vote.", "A concert review."]);
  });

  it("keeps it where the outlet has fewer than three articles, or repeats it too rarely, or the outlet is unknown", () => {
    const two = [`One. ${FOOTER}`, `Two. ${FOOTER}`];
    expect(stripOutletFurniture(two, ["bay", "bay"])).toEqual(two);
    const rare = [`One. ${FOOTER}`, `Two. ${FOOTER}`, `Three. ${FOOTER}`, "Four.", "Five.", "Six.", "Seven."];
    expect(stripOutletFurniture(rare, rare.map(() => "bay"))).toEqual(rare);
    const unknown = [`One. ${FOOTER}`, `Two. ${FOOTER}`, `Three. ${FOOTER}`];
    expect(stripOutletFurniture(unknown, [null, null, null])).toEqual(unknown);
  });

  it("judges each outlet on its own, and never short sentences", () => {
    const texts = [`One. Read more here.`, `Two. Read more here.`, `Three. Read more here.`, `Four. ${FOOTER}`];
    expect(stripOutletFurniture(texts, ["bay", "bay", "bay", "other"])).toEqual(texts);
  });
});
