/** A story page's independent reports (each copy folded under its original) and where those reports differ. */
import { sourceName } from "../reports/fold-reports.ts";
import { outletUrl } from "../permalinks/site-urls.ts";
import type { Source, Story } from "../types.ts";
import type { DisagreementView, ReportView, SourceView } from "./site-types.ts";

const keyOf = (source: Source): string => `${source.publisher}\u0000${source.title}\u0000${source.articleId ?? source.url ?? ""}`;

/** The story's reports in the order first reported; `sources` are the story's sources ready to print. */
export function viewReports(story: Story, sources: readonly SourceView[], slugOfOutlet: ReadonlyMap<string, string>): ReportView[] {
  const viewOf = new Map(sources.map((source) => [keyOf(source), source]));
  return (story.reports?.groups ?? []).map((group) => {
    const linked = (source: Source): { title: string; href: string | null } => ({ title: source.title, href: viewOf.get(keyOf(source))?.href ?? null });
    const slug = slugOfOutlet.get(group.by);
    return {
      by: group.by,
      byUrl: slug ? outletUrl(slug) : null,
      wire: group.wire,
      originals: group.sources.filter((s) => !s.copy).map((s) => linked(s.source)),
      copies: group.sources.filter((s) => s.copy).map((s) => ({ ...linked(s.source), carrier: s.carrier })),
    };
  });
}

/** Each disagreement with every value's outlets, linked to the article whose sentence is quoted. */
export function viewDisagreements(story: Story, sources: readonly SourceView[]): DisagreementView[] {
  const byFile = new Map(sources.flatMap((source) => (source.file ? [[source.file, source] as const] : [])));
  return (story.reports?.disagreements ?? []).map((disagreement) => ({
    about: disagreement.about,
    claims: disagreement.claims.map((claim) => ({
      value: claim.value,
      text: claim.text,
      outlets: claim.articles.map((file) => {
        const source = byFile.get(file);
        return { name: source ? sourceName(source) : file, href: source ? source.articleUrl ?? source.href : null };
      }),
    })),
  }));
}
