/**
 * `roundup serve`: Eleventy rebuilds the site into a scratch folder whenever a watched path changes (the content
 * folder, the templates), and a live-reload server shows it, bound to the loopback interface only. The server runs
 * in a worker thread, so that it answers while this thread renders.
 */
import path from "node:path";
import { Eleventy } from "@11ty/eleventy";
import { MessageChannel, type MessagePort, Worker } from "node:worker_threads";
import { assertSafePageIds } from "../eleventy/eleventy-adapter.ts";
import { configureEleventy } from "../eleventy/eleventy-config.ts";
import { templateFolder } from "../eleventy/template-folder.ts";
import { workerUrl } from "../workers/worker-url.ts";
import type { DevServerCommand, DevServerEvent, DevServerWorkerData } from "./dev-server-worker.ts";
import type { SiteData } from "../views/site-data.ts";

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
  /** Awaited before each rebuild Eleventy's watcher starts (the preview's fast path finishing its pages). */
  beforeRebuild?: () => Promise<void>;
}

/** A running dev server. */
export interface RunningServer {
  url: string;
  /** Tell the browsers showing the site to reload (a page was written outside a build). */
  reload(): void;
  /** A port another thread can send `{ type: "reload" }` on, straight to the server's thread. */
  serverPort(): MessagePort;
  close(): Promise<void>;
}

const SERVER_URL = workerUrl("dev-server-worker", import.meta.url);

/** The HTTP and live-reload server, started in its own worker thread (src/preview/dev-server-worker.ts). */
async function startServer(options: DevServerOptions): Promise<Omit<RunningServer, "close"> & { close(): Promise<void> }> {
  const worker = new Worker(SERVER_URL, { workerData: { outputDir: options.outputDir, pathPrefix: options.pathPrefix, host: options.host, port: options.port } satisfies DevServerWorkerData });
  const url = await new Promise<string>((resolve, reject) => {
    worker.on("message", (event: DevServerEvent) => {
      if (event.type === "ready") resolve(event.url);
      else if (event.type === "failed") reject(new Error(event.message));
      else if (event.type === "log") options.log(event.line);
    });
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the preview server stopped (exit code ${code})`)));
  }).catch(async (error: unknown) => {
    await worker.terminate();
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`the preview server could not listen on ${options.host} port ${options.port}: ${message}`);
  });
  return {
    url,
    reload: () => worker.postMessage({ type: "reload" } satisfies DevServerCommand),
    serverPort() {
      const channel = new MessageChannel();
      worker.postMessage({ type: "port", port: channel.port1 } satisfies DevServerCommand, [channel.port1]);
      return channel.port2;
    },
    async close() {
      const closed = new Promise<void>((resolve) => {
        worker.on("message", (event: DevServerEvent) => event.type === "closed" && resolve());
        worker.once("exit", () => resolve());
      });
      worker.postMessage({ type: "close" } satisfies DevServerCommand);
      await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 2000))]);
      await worker.terminate();
    },
  };
}

/** Build once, start serving, and rebuild and reload on every change until `close`. */
export async function serveSite(options: DevServerOptions): Promise<RunningServer> {
  let server: { reload(): void } | null = null;
  const data = async (): Promise<SiteData> => {
    const site = await options.data();
    assertSafePageIds(site);
    return site;
  };
  const templates = templateFolder();
  // Note: relative to the working folder, as Eleventy's watcher wants it: an absolute input folder outside the working
  // folder (a site's merged templates) would not be watched.
  const eleventy = new Eleventy(path.relative(process.cwd(), templates) || ".", options.outputDir, {
    configPath: false,
    quietMode: true,
    runMode: "watch",
    pathPrefix: options.pathPrefix,
    config(config) {
      configureEleventy(config, templates);
      // Note: a function, because Eleventy evaluates global data functions afresh on every build of a watch run.
      config.addGlobalData("roundup", data);
      for (const target of options.watch) config.addWatchTarget(target);
      config.on("eleventy.after", () => server?.reload());
      const before = options.beforeRebuild;
      if (before) config.on("eleventy.beforeWatch", () => before());
    },
  });
  await eleventy.init();
  eleventy.setIsVerbose(false);
  eleventy.logger.overrideLogger({ log: options.log, info: options.log, warn: options.log, error: options.log });
  await eleventy.watch();
  const started = await startServer(options).catch(async (error: unknown) => {
    await eleventy.stopWatch();
    throw error;
  });
  server = started;
  return {
    ...started,
    async close() {
      await eleventy.stopWatch();
      await started.close();
    },
  };
}
