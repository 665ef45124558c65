import { describe, expect, it } from "vitest";
import { DEFAULT_RENDER_CHUNK, DEFAULT_SEARCH_CHUNK } from "../../src/orchestrate/performance-defaults.ts";
import { PERFORMANCE_USAGE, performanceOptions } from "../../src/orchestrate/performance-flags.ts";
import { searchPartCount } from "../../src/search/plan-parts.ts";

describe("performance flags", () => {
  it("states in the usage text the defaults the build applies", () => {
    expect(PERFORMANCE_USAGE).toContain(`--render-chunk N    article pages per Eleventy run (default: ${DEFAULT_RENDER_CHUNK};`);
    expect(PERFORMANCE_USAGE).toContain(`--search-chunk N    pages per part of the search index (default: ${DEFAULT_SEARCH_CHUNK};`);
    // The default part size is the one the index applies: one part up to it, two just above it.
    expect(searchPartCount(DEFAULT_SEARCH_CHUNK, DEFAULT_SEARCH_CHUNK)).toBe(1);
    expect(searchPartCount(DEFAULT_SEARCH_CHUNK + 1, DEFAULT_SEARCH_CHUNK)).toBe(2);
  });

  it("turns the flags into build options", () => {
    const options = performanceOptions({ workers: "0", "render-chunk": "100", "search-chunk": "7", "no-cache": true });
    expect(options).toMatchObject({ workers: 0, renderChunk: 100, searchChunk: 7, cacheDir: null });
  });

  it.each([
    ["search-chunk", "0", "--search-chunk must be a whole number of at least 1"],
    ["render-chunk", "2.5", "--render-chunk must be a whole number of at least 1"],
    ["workers", "-1", "--workers must be a whole number of at least 0"],
  ])("rejects --%s %s with a usage message", (flag, value, message) => {
    expect(() => performanceOptions({ [flag]: value })).toThrow(message);
  });
});
