/** Internal links of a built site: every href/src that points into the site must resolve to a file. */
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

/** Links in the site's HTML that lead nowhere: `page → link`. `prefix` is the path the site is served under. */
export function brokenLinks(dir: string, prefix = "/"): string[] {
  const broken: string[] = [];
  for (const page of listFiles(dir).filter((file) => file.endsWith(".html"))) {
    const html = readFileSync(path.join(dir, page), "utf8");
    const pageUrl = `/${page.replace(/index\.html$/, "")}`;
    for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const raw = (match[1] ?? "").replace(/&amp;/g, "&");
      if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(raw)) continue;
      const [pathPart = "", fragment] = raw.split("#");
      let target = pathPart === "" ? pageUrl : pathPart.startsWith("/") ? pathPart : path.posix.join(pageUrl, pathPart);
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
      if (fragment && file.endsWith(".html") && !new RegExp(`\\sid="${fragment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"`).test(readFileSync(file, "utf8"))) {
        broken.push(`${page} → ${raw} (no such anchor)`);
      }
    }
  }
  return broken;
}
