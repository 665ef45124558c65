/** A tiny static file server for browser tests: the built folder served under a path prefix, on 127.0.0.1. */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
};

/** A running server; `origin` is `http://127.0.0.1:<port>`. */
export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

/** Serve `dir` at `prefix` (`/` or `/repo/`), as a static host does: folders → index.html, misses → 404.html. */
export function serveStatic(dir: string, prefix = "/"): Promise<StaticServer> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    let file: string | null = null;
    if (pathname.startsWith(prefix)) {
      const candidate = path.join(dir, pathname.slice(prefix.length));
      if (candidate.startsWith(dir) && existsSync(candidate)) file = statSync(candidate).isDirectory() ? path.join(candidate, "index.html") : candidate;
      if (file && !existsSync(file)) file = null;
    }
    const status = file ? 200 : 404;
    const served = file ?? path.join(dir, "404.html");
    response.writeHead(status, { "content-type": TYPES[path.extname(served)] ?? "application/octet-stream" });
    createReadStream(served).pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({ origin: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}
