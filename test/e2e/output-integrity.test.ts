import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, copyContent, runCli, tempDir } from "../helpers/run-cli.ts";
import { listFiles } from "../helpers/site-links.ts";
import { hashTree } from "../helpers/tree.ts";

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe("the output folder is deterministic and replaced whole", () => {
  const tmp = tempDir();
  const output = path.join(tmp.dir, "dist");
  let content: string;
  let first: Record<string, string>;
  let second: Record<string, string>;

  beforeAll(async () => {
    content = copyContent(path.join(ROOT, "content"), tmp.dir);
    const env = { SOURCE_DATE_EPOCH: "1767657600" };
    expect((await runCli(["build", "--content", content, "--output", output], { env })).code).toBe(0);
    first = hashTree(output);
    expect((await runCli(["build", "--content", content, "--output", output], { env })).code).toBe(0);
    second = hashTree(output);
  });
  afterAll(() => tmp.remove());

  it("writes byte-identical files on two builds of the same content (pages, exports, assets)", () => {
    expect(Object.keys(first).length).toBeGreaterThan(8);
    expect(Object.keys(first)).toContain("data/stories.json");
    expect(second).toEqual(first);
  });

  it("leaves the published folder as it was when a build is killed midway, and cleans up after it", async () => {
    // A real failure, not a simulated one: the build is killed (a cancelled CI job, a closed terminal) while it is
    // writing pages. To catch it in the act, the content is made large enough that rendering takes a while, the
    // process is frozen (SIGSTOP) as soon as pages appear in its staging folder, checked, then killed.
    const big = path.join(tmp.dir, "big");
    mkdirSync(big);
    for (let i = 0; i < 250; i += 1) {
      writeFileSync(path.join(big, `item-${i}.md`), `---\ntitle: Harbour notice number ${i} for shipping\ndate: 2026-01-05\n---\nNotice ${i}: berth ${i % 17} is closed for dredging until further notice.\n`);
    }
    const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "src/cli.ts"), "build", "--content", big, "--output", output], { cwd: ROOT, stdio: "ignore" });
    const staging = `${output}.staging-${child.pid}`;
    let frozen = false;
    for (let waited = 0; waited < 90_000 && !frozen; waited += 20) {
      const pages = existsSync(path.join(staging, "articles")) ? readdirSync(path.join(staging, "articles")).length : 0;
      if (pages >= 10) {
        child.kill("SIGSTOP");
        frozen = true;
      } else await sleep(20);
    }
    expect(frozen, "the build never got to writing pages").toBe(true);
    expect(existsSync(staging), "the build finished before it could be stopped; give it more content").toBe(true);
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGKILL");
    await exited;
    expect(hashTree(output)).toEqual(first);
    expect(existsSync(staging)).toBe(true);

    expect((await runCli(["build", "--content", content, "--output", output])).code).toBe(0);
    expect(existsSync(staging), "the next build removes what the killed one left").toBe(false);
    expect(hashTree(output)).toEqual(first);
  });

  it("leaves no page of a removed article behind", async () => {
    const pages = listFiles(output).filter((f) => f.startsWith("articles/"));
    rmSync(path.join(content, "004_e33ab54298aa9de4.txt"));
    expect((await runCli(["build", "--content", content, "--output", output])).code).toBe(0);
    const after = listFiles(output).filter((f) => f.startsWith("articles/"));
    expect(after.length).toBe(pages.length - 1);
    expect(after.every((f) => pages.includes(f))).toBe(true);
    expect(readdirSync(tmp.dir).filter((name) => name.startsWith("dist.")), "no staging or old folder is left").toEqual([]);
  });
});
