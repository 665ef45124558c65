/** Source entries as readers see them: display dates, where each title links, outlet pages, labels in words. */
import type { Source } from "../types.ts";
import { displayDate } from "./display-dates.ts";
import type { SourceView } from "./site-types.ts";
import { articleUrl, outletUrl } from "../permalinks/site-urls.ts";

// Note: the labels sources carry (see build-stories) in the words a reader understands.
const LABEL_TEXTS: Readonly<Record<string, string>> = {
  wire: "wire copy",
  aggregator: "aggregator",
  "listed by an aggregator": "via aggregator",
};

/** Label texts of a source's labels, unknown labels as given. */
export function labelTexts(labels: readonly string[]): string[] {
  return labels.map((label) => LABEL_TEXTS[label] ?? label);
}

/** One source ready to print; `slugOfName` gives the outlet page of each publisher that has one. */
export function viewSource(source: Source, slugOfName: ReadonlyMap<string, string>): SourceView {
  const ours = source.articleId ? articleUrl(source.articleId) : null;
  const slug = slugOfName.get(source.publisher);
  return {
    ...source,
    dateDisplay: displayDate(source.date),
    href: source.url ?? ours,
    articleUrl: source.url ? ours : null,
    outletUrl: slug ? outletUrl(slug) : null,
    labelTexts: labelTexts(source.labels),
  };
}
