import { describe, expect, it } from "vitest";
import { EMPTY_LEDGER, assignStoryIds } from "../../src/permalinks/story-ids.ts";
import type { StoryCluster } from "../../src/group/group-articles.ts";

const cluster = (...articleIds: string[]): StoryCluster => ({ articleIds, evidence: { sharedEntities: [], sharedTerms: [], links: [], span: { from: null, to: null } } });

describe("assignStoryIds", () => {
  const first = assignStoryIds([cluster("lava-flows-a1b2c3", "grindavik-d4e5f6"), cluster("blue-lagoon-0a0b0c")], EMPTY_LEDGER);

  it("names new stories after their first article, and records their members", () => {
    expect(first.ids).toEqual([expect.stringMatching(/^lava-flows-[0-9a-f]{6}$/), expect.stringMatching(/^blue-lagoon-[0-9a-f]{6}$/)]);
    expect(first.ledger.stories[first.ids[0] ?? ""]).toEqual(["grindavik-d4e5f6", "lava-flows-a1b2c3"]);
    expect(first.redirects).toEqual({});
  });

  it("gives the same ids to the same clusters, and keeps an id while the story keeps most of its articles", () => {
    expect(assignStoryIds([cluster("lava-flows-a1b2c3", "grindavik-d4e5f6"), cluster("blue-lagoon-0a0b0c")], first.ledger).ids).toEqual(first.ids);
    const grown = assignStoryIds([cluster("blue-lagoon-0a0b0c", "spa-refunds-777777"), cluster("new-article-123456", "lava-flows-a1b2c3", "grindavik-d4e5f6")], first.ledger);
    expect(grown.ids).toEqual([first.ids[1], first.ids[0]]);
  });

  it("redirects the id of a story merged into another", () => {
    const merged = assignStoryIds([cluster("lava-flows-a1b2c3", "grindavik-d4e5f6", "blue-lagoon-0a0b0c")], first.ledger);
    expect(merged.ids).toEqual([first.ids[0]]);
    expect(merged.redirects).toEqual({ [first.ids[1] ?? ""]: first.ids[0] });
    expect(merged.ledger.redirects).toEqual(merged.redirects);
  });

  it("follows redirects through later merges, and drops those whose story is gone", () => {
    const merged = assignStoryIds([cluster("lava-flows-a1b2c3", "grindavik-d4e5f6", "blue-lagoon-0a0b0c"), cluster("boj-111111")], first.ledger);
    const bojId = merged.ids[1] ?? "";
    const again = assignStoryIds([cluster("boj-111111", "lava-flows-a1b2c3", "grindavik-d4e5f6", "blue-lagoon-0a0b0c", "yen-222222", "rates-333333")], merged.ledger);
    expect(again.ids).toEqual([first.ids[0]]);
    expect(again.redirects).toEqual({ [first.ids[1] ?? ""]: first.ids[0], [bojId]: first.ids[0] });
    const gone = assignStoryIds([cluster("something-else-444444")], again.ledger);
    expect(gone.redirects).toEqual({});
  });

  it("never hands out an id the ledger has used", () => {
    const taken = { stories: {}, redirects: { [first.ids[0] ?? ""]: "elsewhere-999999" } };
    const fresh = assignStoryIds([cluster("lava-flows-a1b2c3", "grindavik-d4e5f6")], taken);
    expect(fresh.ids[0]).not.toBe(first.ids[0]);
    expect(fresh.ids[0]).toMatch(/^lava-flows-[0-9a-f]{8}$/);
  });
});
