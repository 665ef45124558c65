/** Pages for old story URLs: each redirects to the story it was merged into (meta refresh, canonical link, a link to follow). */
import type { Story } from "../types.ts";
import { type SiteSettings, storyUrl } from "./site-data.ts";

/** One redirect page's data; URLs are site-relative (the renderer adds the path prefix) unless absolute. */
export interface RedirectView {
  /** The old story id: the page is written at its URL. */
  id: string;
  url: string;
  targetUrl: string;
  /** Absolute when the site's base URL is known. */
  canonical: string;
  headline: string;
}

/** Redirect views for redirects whose target is a story of this build, sorted by old id. */
export function redirectViews(settings: SiteSettings, redirects: Readonly<Record<string, string>>, stories: readonly Story[]): RedirectView[] {
  const headlineOf = new Map(stories.map((story) => [story.id, story.headline]));
  return Object.entries(redirects)
    .filter(([from, to]) => headlineOf.has(to) && !headlineOf.has(from))
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([from, to]) => ({
      id: from,
      url: storyUrl(from),
      targetUrl: storyUrl(to),
      canonical: settings.baseUrl ? new URL(storyUrl(to).slice(1), settings.baseUrl).href : storyUrl(to),
      headline: headlineOf.get(to) ?? "",
    }));
}

/** `_redirects` (Netlify and Cloudflare Pages format): the same redirects as HTTP 301s where the host reads it. */
export function redirectsFile(views: readonly RedirectView[], pathPrefix: string): string {
  const prefix = pathPrefix.replace(/\/$/, "");
  const lines = views.map((view) => `${prefix}${view.url} ${prefix}${view.targetUrl} 301`);
  return `# Old story URLs → the stories they were merged into (written by roundup build).\n${lines.join("\n")}${lines.length ? "\n" : ""}`;
}
