/** Site settings from the command line, the override file's `site:` and defaults, in that order of precedence. */
import type { SiteSettings } from "../views/site-data.ts";
import { type SiteOverrides, readOverrides } from "./read-overrides.ts";

/** What the command line gave (undefined = not given). */
export interface SiteFlags {
  title?: string;
  baseUrl?: string;
  pathPrefix?: string;
}

const DEFAULTS = { title: "roundup", description: "Every outlet's coverage of each story, side by side.", language: "en" };

/** The site's settings for a content folder: flags, then `_roundup.yml`'s `site:`, then defaults. */
export function siteSettingsFor(contentDir: string, flags: SiteFlags): SiteSettings {
  return resolveSiteSettings(flags, readOverrides(contentDir).overrides.site);
}

/**
 * The preview's settings: read again on every build, so editing `site:` in _roundup.yml shows at once; the path
 * prefix stays as the server started, since the server's routes depend on it.
 */
export function previewSiteSettings(contentDir: string, flags: SiteFlags, pathPrefix: string): SiteSettings {
  return { ...siteSettingsFor(contentDir, flags), pathPrefix };
}

/** Combine flags and file settings; throws on a flag that is not a plain URL path or URL (a usage error). */
export function resolveSiteSettings(flags: SiteFlags, file: SiteOverrides): SiteSettings {
  const baseUrl = flags.baseUrl ?? file.baseUrl ?? null;
  if (baseUrl !== null && !/^https?:\/\//.test(baseUrl)) throw new Error(`--base-url must be an absolute http(s) URL, not ${JSON.stringify(baseUrl)}`);
  return {
    title: flags.title ?? file.title ?? DEFAULTS.title,
    description: file.description ?? DEFAULTS.description,
    baseUrl,
    pathPrefix: pathPrefixOf(flags.pathPrefix, baseUrl),
    language: DEFAULTS.language,
  };
}

/** `/` or `/sub/path/`: the given prefix, else the base URL's path. */
export function pathPrefixOf(prefix: string | undefined, baseUrl: string | null): string {
  const raw = prefix ?? (baseUrl ? new URL(baseUrl).pathname : "/");
  const trimmed = raw.replace(/^\/+|\/+$/g, "");
  if (trimmed !== "" && !/^[\w.~-]+(?:\/[\w.~-]+)*$/.test(trimmed)) throw new Error(`--path-prefix must be a plain URL path, not ${JSON.stringify(raw)}`);
  return trimmed === "" ? "/" : `/${trimmed}/`;
}
