/** Reduces an article URL to a canonical form, so that the same article linked two ways is recognised. */

// Note: query parameters that track the click, not the article (campaign tags, feed and referrer markers); any
// other parameter may select the article (`?id=123`) and is kept.
const TRACKING_PARAMETERS: ReadonlySet<string> = new Set([
  "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "ocid", "cmpid", "cmp", "icid", "ito", "ref", "ref_src",
  "referrer", "src", "source", "track", "rss", "feed", "feedtype", "srnd", "smid", "partner", "oc", "ns_source",
  "ns_mchannel", "ns_campaign", "at_medium", "at_campaign", "ftag", "spm",
]);

/**
 * `url` without scheme, `www.`, fragment, tracking parameters or a trailing slash, host in lower case; null when it
 * is not an absolute http(s) URL.
 */
export function normaliseUrl(url: string | null): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
  const host = parsed.hostname.toLowerCase().replace(/^www\./, "");
  const kept = [...parsed.searchParams]
    .filter(([key]) => !key.toLowerCase().startsWith("utm_") && !TRACKING_PARAMETERS.has(key.toLowerCase()))
    .sort(([a, x], [b, y]) => (a === b ? compareStrings(x, y) : compareStrings(a, b)));
  const query = kept.length > 0 ? `?${new URLSearchParams(kept).toString()}` : "";
  const path = parsed.pathname.replace(/\/+$/, "");
  return `${host}${path}${query}`;
}

/** Host of `url` without `www.`, or null. */
export function hostOf(url: string | null): string | null {
  const canonical = normaliseUrl(url);
  return canonical === null ? null : (canonical.split(/[/?]/)[0] ?? null);
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
