/** Article ids: readable, URL-safe, unique, at most 80 characters, stable for the same file. */
import { createHash } from "node:crypto";
import slugify from "@sindresorhus/slugify";

const MAX_SLUG = 60;
// Note: ids are path segments on every static host: lowercase ASCII letters, digits and hyphens only.
export const SAFE_ID = /^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$/;

/** A slug of at most `max` characters, cut at a hyphen; empty when the text has no letters or digits it can keep. */
export function slugOf(text: string, max = MAX_SLUG): string {
  const slug = slugify(text, { decamelize: false }).replace(/[^a-z0-9-]/g, "");
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const boundary = cut.lastIndexOf("-");
  return (boundary > max / 2 ? cut.slice(0, boundary) : slug.slice(0, max)).replace(/-+$/, "");
}

/** A short hex hash of a string. */
export function shortHash(text: string, length = 6): string {
  return createHash("sha256").update(text).digest("hex").slice(0, length);
}

/** Give each article an id from its title and its path; collisions get a longer hash. */
export function assignArticleIds(items: ReadonlyArray<{ title: string; file: string }>): string[] {
  const taken = new Set<string>();
  return items.map(({ title, file }) => {
    const base = slugOf(title) || "article";
    for (let length = 6; length <= 16; length += 2) {
      const id = `${base}-${shortHash(file, length)}`;
      if (!taken.has(id)) {
        taken.add(id);
        return id;
      }
    }
    throw new Error(`could not give ${file} a unique id`);
  });
}
