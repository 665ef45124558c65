/**
 * Internal links of a built site: every href/src in its pages, every link of its feeds and sitemap that points into
 * the site must resolve to a file, and every `#fragment` to an element with that id.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

/** Every file under `dir`, relative, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(path.relative(dir, full).split(path.sep).join("/"));
    }
  };
  walk(dir);
  return out.sort();
}

const decodeAttribute = (raw: string): string => raw.replace(/&amp;/g, "&").replace(/&#39;/g, "'").replace(/&quot;/g, '"');

/** The links a file holds: attributes in HTML and XML, `<loc>` in sitemaps, URL fields in JSON Feeds. */
function linksOf(file: string, body: string): string[] {
  if (file.endsWith(".html") || file.endsWith(".xml")) {
    const attributes = [...body.matchAll(/\s(?:href|src|action)="([^"]*)"/g)].map((m) => decodeAttribute(m[1] ?? ""));
    const locs = [...body.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => decodeAttribute(m[1] ?? ""));
    return [...attributes, ...locs];
  }
  if (file.endsWith(".json") && file !== "data/stories.json" && file !== "data/articles.json") {
    return [...body.matchAll(/"(?:url|home_page_url|feed_url)": "([^"]*)"/g)].map((m) => JSON.parse(`"${m[1] ?? ""}"`));
  }
  return [];
}

/**
 * Links that lead nowhere: `file → link`. `prefix` is the path the site is served under; absolute links under
 * `baseUrl` are checked as internal ones.
 */
export function brokenLinks(dir: string, prefix = "/", baseUrl: string | null = null): string[] {
  const broken: string[] = [];
  const origin = baseUrl ? new URL(baseUrl).origin : null;
  const ids = new Map<string, string>();
  const idsOf = (file: string): string => {
    if (!ids.has(file)) ids.set(file, readFileSync(file, "utf8"));
    return ids.get(file) ?? "";
  };
  for (const page of listFiles(dir)) {
    const links = linksOf(page, readFileSync(path.join(dir, page), "utf8"));
    const pageUrl = `/${page}`;
    const folderUrl = `/${page.replace(/[^/]*$/, "")}`;
    for (let raw of links) {
      if (origin && raw.startsWith(`${origin}/`)) raw = raw.slice(origin.length);
      if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(raw)) continue;
      const [pathPart = "", fragment] = raw.split("#");
      let target = pathPart === "" ? `${prefix.replace(/\/$/, "")}${pageUrl}` : pathPart.startsWith("/") ? pathPart : path.posix.join(prefix, folderUrl, pathPart);
      if (!target.startsWith(prefix)) {
        broken.push(`${page} → ${raw} (outside ${prefix})`);
        continue;
      }
      target = target.slice(prefix.length - 1);
      let file = path.join(dir, decodeURIComponent(target.split("?")[0] ?? ""));
      if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, "index.html");
      if (!existsSync(file)) {
        broken.push(`${page} → ${raw}`);
        continue;
      }
      if (fragment && file.endsWith(".html") && !new RegExp(`\\sid="${fragment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"`).test(idsOf(file))) {
        broken.push(`${page} → ${raw} (no such anchor)`);
      }
    }
  }
  return broken;
}
