/**
 * References in the override file, resolved against this build: an article is named by its file path, a story by
 * its id (current, redirected or remembered in `_stories.json`) or by any member article's path, so an override
 * keeps working when grouping gives a story a new id.
 */
import type { Located } from "../data-files/yaml-reader.ts";
import type { StoryCluster } from "../group/group-articles.ts";
import type { LedgerEntry } from "../types.ts";
import type { StoryIdLedger } from "../permalinks/story-ids.ts";

/** An article id, or the reason the reference names none. */
export type Resolution = { articleId: string } | { problem: string };

/** Resolves references for one build. */
export class References {
  readonly #byFile: Map<string, LedgerEntry>;
  readonly #clusterById: Map<string, StoryCluster>;

  constructor(
    ledger: readonly LedgerEntry[],
    clusters: readonly StoryCluster[],
    ids: readonly string[],
    private readonly previous: StoryIdLedger,
    private readonly live: ReadonlySet<string>,
  ) {
    this.#byFile = new Map(ledger.map((entry) => [entry.file, entry]));
    this.#clusterById = new Map(clusters.map((cluster, i) => [ids[i] ?? "", cluster]));
  }

  /** The article a file path names (a merged copy names its original). */
  article(ref: Located): Resolution {
    const file = ref.text.replace(/^\.?\/+/, "");
    const entry = this.#byFile.get(file);
    if (!entry) return { problem: `No file \`${file}\` is in the content folder (paths are relative to it)` };
    if ((entry.status === "rendered" || entry.status === "merged") && entry.articleId !== null) {
      return this.live.has(entry.articleId) ? { articleId: entry.articleId } : { problem: `\`${file}\` is hidden, so it cannot be named here` };
    }
    return { problem: `\`${file}\` is not an article (${entry.status}${entry.reason ? `: ${entry.reason}` : ""})` };
  }

  /** A member article of the story a reference names: a file path, or a story id of this or an earlier build. */
  story(ref: Located): Resolution {
    if (this.#byFile.has(ref.text.replace(/^\.?\/+/, ""))) return this.article(ref);
    const own = <T>(record: Record<string, T>, key: string): T | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);
    let id = ref.text;
    for (let hops = 0; hops < 10 && !this.#clusterById.has(id); hops += 1) id = own(this.previous.redirects, id) ?? id;
    const members = this.#clusterById.get(id)?.articleIds ?? own(this.previous.stories, id) ?? [];
    const member = members.find((articleId) => this.live.has(articleId));
    if (member !== undefined) return { articleId: member };
    return members.length > 0
      ? { problem: `Every article of story \`${ref.text}\` is hidden or gone` }
      : { problem: `No story has the id \`${ref.text}\`, and no file has that path` };
  }
}
