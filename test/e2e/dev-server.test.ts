import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { networkInterfaces } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, copyContent, tempDir } from "../helpers/run-cli.ts";

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const DEADLINE_MS = 60_000; // generous: the machine may be busy; nothing here measures speed

/** Poll `check` until it returns a value or the deadline passes. */
async function waitFor<T>(check: () => Promise<T | null>, what: string): Promise<T> {
  const until = Date.now() + DEADLINE_MS;
  while (Date.now() < until) {
    const value = await check().catch(() => null);
    if (value !== null) return value;
    await sleep(250);
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The local addresses of the TCP sockets listening on `port`, from the kernel's tables (Linux). */
function listeningAddresses(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, "0");
  const addresses: string[] = [];
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    if (!existsSync(table)) continue;
    for (const line of readFileSync(table, "utf8").split("\n").slice(1)) {
      const [, local = "", , state] = line.trim().split(/\s+/);
      const [address = "", localPort] = local.split(":");
      if (state !== "0A" || localPort !== hexPort) continue;
      // IPv4 (or IPv4-mapped IPv6) as host-order 32-bit words; anything else is reported as the raw IPv6 words.
      const v4 = address.length === 8 ? address : /^0{16}FFFF0{4}([0-9A-F]{8})$/i.exec(address)?.[1];
      addresses.push(v4 ? (v4.match(/../g) ?? []).reverse().map((byte) => Number.parseInt(byte, 16)).join(".") : `[${address}]`);
    }
  }
  return addresses;
}

/** Whether a TCP connection to `host:port` is accepted. */
function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 5000 });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("timeout", () => (socket.destroy(), resolve(false)));
    socket.once("error", () => resolve(false));
  });
}

describe("roundup serve", () => {
  const tmp = tempDir();
  let server: ChildProcess;
  let output = "";
  let url = "";

  beforeAll(async () => {
    const content = copyContent(path.join(ROOT, "content"), tmp.dir);
    server = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "src/cli.ts"), "serve", "--content", content, "--port", "0"], { cwd: ROOT });
    server.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    server.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    url = await waitFor(async () => /Serving .* at (http:\/\/\S+)/.exec(output)?.[1] ?? null, "the server to start");
    writeFileSync(
      path.join(content, "ferry-strike.md"),
      "---\ntitle: Ferry crews walk out over winter rosters\ndate: 2026-01-06\npublisher: Harbour Courier\n---\nFerry crews on the island routes began a two-day strike on Tuesday over new winter rosters, leaving hundreds of commuters to find other ways to the mainland.\n",
    );
  });
  afterAll(async () => {
    if (server.exitCode === null) {
      const exited = new Promise((resolve) => server.once("exit", resolve));
      server.kill("SIGTERM");
      await exited;
    }
    tmp.remove();
  });

  it("listens on the loopback interface only", async () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const port = Number(new URL(url).port);
    if (existsSync("/proc/net/tcp")) expect(listeningAddresses(port)).toEqual(["127.0.0.1"]);
    else console.warn("not reading the bound address: /proc/net/tcp is not there (not Linux); trying the other interfaces only");
    expect(await accepts("127.0.0.1", port)).toBe(true);
    const others = Object.values(networkInterfaces()).flat().flatMap((i) => (i && !i.internal && i.family === "IPv4" ? [i.address] : []));
    for (const address of others) expect(await accepts(address, port), `${address}:${port}`).toBe(false);
  });

  it("shows a story for an article dropped into the content folder, without a restart", async () => {
    const storyUrl = await waitFor(async () => {
      const home = await (await fetch(url)).text();
      const match = /<a href="(\/stories\/[^"]+)">Ferry crews walk out over winter rosters<\/a>/.exec(home);
      return match?.[1] ?? null;
    }, "the new story on the home page");
    const page = await fetch(new URL(storyUrl, url));
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Ferry crews walk out over winter rosters");
    expect(html).toContain("Harbour Courier");
  });

  it("stops on SIGTERM", async () => {
    const exited = new Promise<number | null>((resolve) => server.once("exit", (code) => resolve(code)));
    server.kill("SIGTERM");
    expect(await exited).toBe(0);
  });
});
