/**
 * `roundup serve`: Eleventy rebuilds the site into a scratch folder whenever a watched path changes (the content
 * folder, the templates), and a live-reload server shows it, bound to the loopback interface only.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Eleventy } from "@11ty/eleventy";
import EleventyDevServer from "@11ty/eleventy-dev-server";
import { SAFE_ID } from "../build/article-ids.ts";
import type { SiteData } from "./site-data.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** What the dev server serves and watches. */
export interface DevServerOptions {
  /** Scratch folder the site is rendered into. */
  outputDir: string;
  port: number;
  host: string;
  pathPrefix: string;
  /** Extra paths whose changes rebuild the site (the content folder). */
  watch: string[];
  /** The site's data, computed afresh for every build (it runs the pipeline over the content folder). */
  data: () => Promise<SiteData>;
  /** Lines for the terminal (build errors). */
  log: (line: string) => void;
}

/** A running dev server. */
export interface RunningServer {
  url: string;
  /** Tell the browsers showing the site to reload (a page was written outside a build). */
  reload(): void;
  close(): Promise<void>;
}

// Note: the dev server listens on every interface and has no host option (11ty/eleventy-dev-server#128); a
// preview of unpublished content stays on this machine unless `--host` says otherwise.
class BoundDevServer extends EleventyDevServer {
  host = "127.0.0.1";

  override _serverListen(port: number): void {
    this.server.listen({ port, host: this.host });
  }
}

/** Build once, start serving, and rebuild and reload on every change until `close`. */
export async function serveSite(options: DevServerOptions): Promise<RunningServer> {
  const server = new BoundDevServer("roundup", options.outputDir, {
    pathPrefix: options.pathPrefix,
    liveReload: true,
    domDiff: false,
    portReassignmentRetryCount: 0,
    messageOnStart: () => false,
    logger: { info: () => {}, log: () => {}, error: (message) => options.log(message) },
  });
  server.host = options.host;
  const data = async (): Promise<SiteData> => {
    const site = await options.data();
    for (const item of [...site.stories, ...site.articles, ...site.redirects]) {
      if (!SAFE_ID.test(item.id)) throw new Error(`refusing to render an unsafe page id: ${JSON.stringify(item.id)}`);
    }
    return site;
  };
  const eleventy = new Eleventy(path.join(ROOT, "templates"), options.outputDir, {
    configPath: path.join(ROOT, ".eleventy.ts"),
    quietMode: true,
    runMode: "watch",
    pathPrefix: options.pathPrefix,
    config(config) {
      // Note: a function, because Eleventy evaluates global data functions afresh on every build of a watch run.
      config.addGlobalData("roundup", data);
      for (const target of options.watch) config.addWatchTarget(target);
      config.on("eleventy.after", () => server.reload({}));
    },
  });
  await eleventy.init();
  eleventy.setIsVerbose(false);
  eleventy.logger.overrideLogger({ log: options.log, info: options.log, warn: options.log, error: options.log });
  await eleventy.watch();
  server.serve(options.port);
  await server.ready();
  const host = options.host.includes(":") ? `[${options.host}]` : options.host;
  return {
    url: server.getServerUrl(host),
    reload: () => server.reload({}),
    async close() {
      await eleventy.stopWatch();
      await server.close();
    },
  };
}
