/** The outlets of the site, from every story's source list; names that make the same slug are one outlet. */
import { SAFE_ID, slugOf } from "../permalinks/article-ids.ts";
import { UNKNOWN_OUTLET } from "../stories/build-stories.ts";
import type { Source, Story } from "../types.ts";

/** One outlet and its coverage. */
export interface Outlet {
  slug: string;
  name: string;
  entries: Array<{ source: Source; storyId: string }>;
}

/** Every outlet with a page, by name, and the slug of each publisher name as sources spell it. */
export interface OutletIndex {
  outlets: Outlet[];
  slugOfName: Map<string, string>;
}

/** Collect the outlets of the stories' source lists (an unknown outlet gets no page). */
export function collectOutlets(stories: readonly Story[]): OutletIndex {
  const bySlug = new Map<string, { spellings: Map<string, number>; entries: Outlet["entries"] }>();
  const slugOfName = new Map<string, string>();
  for (const story of stories) {
    for (const source of story.sources) {
      if (source.publisher === UNKNOWN_OUTLET) continue;
      const slug = slugOf(source.publisher);
      if (!SAFE_ID.test(slug)) continue;
      slugOfName.set(source.publisher, slug);
      const entry = bySlug.get(slug) ?? { spellings: new Map<string, number>(), entries: [] };
      entry.spellings.set(source.publisher, (entry.spellings.get(source.publisher) ?? 0) + 1);
      entry.entries.push({ source, storyId: story.id });
      bySlug.set(slug, entry);
    }
  }
  const outlets = [...bySlug].map(([slug, entry]) => ({
    slug,
    name: [...entry.spellings].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))[0]?.[0] ?? slug,
    entries: entry.entries,
  }));
  outlets.sort((a, b) => a.name.localeCompare(b.name, "en", { sensitivity: "base" }) || (a.slug < b.slug ? -1 : 1));
  return { outlets, slugOfName };
}
