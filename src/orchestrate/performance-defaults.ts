/** Defaults of the build's performance options, in one place for the code that applies them and the usage text. */

// Note: Eleventy keeps every page of a run in memory (about 40 KB an article page); runs of this many pages bound it.
// On the 8,150 real files, runs of 1,000 pages peaked 60–150 MiB lower than runs of 2,500, for the same CPU time.
/** Article pages per Eleventy run, by default. */
export const DEFAULT_RENDER_CHUNK = 1000;

/**
 * Pages per part of the search index at most, by default: Pagefind takes about 200 KB a page, so a part takes up to
 * about 250 MB, and a change to a few pages indexes again only the few parts they are in. A site of fewer pages has
 * one index, as if there were no parts.
 */
export const DEFAULT_SEARCH_CHUNK = 1250;
