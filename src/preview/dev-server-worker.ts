/**
 * The preview's HTTP and live-reload server, in a worker thread of its own: the main thread renders the whole site
 * on every change (seconds on a large folder), and a server sharing that thread would answer nobody meanwhile.
 */
import { type MessagePort, parentPort, workerData } from "node:worker_threads";
import EleventyDevServer from "@11ty/eleventy-dev-server";

/** Where and what to serve. */
export interface DevServerWorkerData {
  outputDir: string;
  pathPrefix: string;
  host: string;
  port: number;
}

/** Messages to the server: reload the browsers, take a port other threads send reloads on, or stop. */
export type DevServerCommand = { type: "reload" } | { type: "port"; port: MessagePort } | { type: "close" };

/** Messages from the server. */
export type DevServerEvent = { type: "ready"; url: string } | { type: "log"; line: string } | { type: "failed"; message: string } | { type: "closed" };

// Note: the dev server listens on every interface and has no host option (11ty/eleventy-dev-server#128); a
// preview of unpublished content stays on this machine unless `--host` says otherwise.
class BoundDevServer extends EleventyDevServer {
  host = "127.0.0.1";

  override _serverListen(port: number): void {
    this.server.listen({ port, host: this.host });
  }
}

const port = parentPort;
if (!port) throw new Error("dev-server-worker.ts must run in a worker thread");
const post = (event: DevServerEvent): void => port.postMessage(event);
// The data is built by dev-server.ts in this same program, so it has the shape declared there.
const options = workerData as DevServerWorkerData;
const server = new BoundDevServer("roundup", options.outputDir, {
  pathPrefix: options.pathPrefix,
  liveReload: true,
  domDiff: false,
  portReassignmentRetryCount: 0,
  messageOnStart: () => false,
  logger: { info: () => {}, log: () => {}, error: (message) => post({ type: "log", line: String(message) }) },
});
server.host = options.host;
port.on("message", (command: DevServerCommand) => {
  if (command.type === "reload") server.reload({});
  else if (command.type === "port") command.port.on("message", (message: { type?: string }) => message.type === "reload" && server.reload({}));
  else void server.close().then(() => post({ type: "closed" }));
});
try {
  server.serve(options.port);
  await server.ready();
  const host = options.host.includes(":") ? `[${options.host}]` : options.host;
  post({ type: "ready", url: server.getServerUrl(host) });
} catch (error) {
  post({ type: "failed", message: error instanceof Error ? error.message : String(error) });
}
