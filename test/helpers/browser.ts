/** Debian's Chromium driven by playwright-core, a static server for a built site, and axe-core injected into pages. */
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import { type Browser, type Page, chromium } from "playwright-core";

/** Where Debian installs Chromium. */
export const CHROMIUM = "/usr/bin/chromium";
/** True when the browser is installed. */
export const hasChromium = existsSync(CHROMIUM);

/** Launch headless Chromium with the flags this network-less machine needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript", ".json": "application/json",
  ".xml": "application/xml", ".svg": "image/svg+xml", ".png": "image/png", ".jpg": "image/jpeg", ".wasm": "application/wasm",
  ".pf_meta": "application/octet-stream", ".pf_index": "application/octet-stream", ".pf_fragment": "application/octet-stream", ".pagefind": "application/octet-stream",
};

/** A running static server. */
export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

/** Serve `dir` under `prefix` on 127.0.0.1, on a free port. */
export async function serveStatic(dir: string, prefix = "/"): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    let pathname = decodeURIComponent(url.pathname);
    if (!pathname.startsWith(prefix)) {
      response.writeHead(404).end();
      return;
    }
    pathname = pathname.slice(prefix.length - 1);
    let file = path.join(dir, path.normalize(pathname));
    if (!file.startsWith(dir)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, "index.html");
    if (!existsSync(file)) {
      response.writeHead(404, { "content-type": "text/html" });
      createReadStream(path.join(dir, "404.html")).on("error", () => response.end()).pipe(response);
      return;
    }
    response.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** One axe violation, flattened for readable assertion failures. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

// Runs in the page; flattens axe's result to plain data.
const RUN_AXE = `axe.run(document, { resultTypes: ["violations"] }).then((result) => result.violations.map((v) => ({
  id: v.id, impact: v.impact ?? null, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")),
})))`;

const isViolation = (value: unknown): value is AxeViolation =>
  typeof value === "object" && value !== null && "id" in value && typeof value.id === "string" && "targets" in value && Array.isArray(value.targets);

/** Run axe-core on the page as loaded: WCAG 2.x A and AA rules and best practices. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const result: unknown = await page.evaluate(RUN_AXE);
  if (!Array.isArray(result) || !result.every(isViolation)) throw new Error(`unexpected axe result: ${JSON.stringify(result)}`);
  return result;
}
