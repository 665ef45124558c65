/** `roundup init`: a new site's files, and never a file written over one that is there. */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { InitConflict, initSite, ownPackage, siteName } from "../../src/init/init-site.ts";
import { tempDir } from "../helpers/run-cli.ts";

describe("initSite", () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());

  it("writes package.json depending on this package, the samples, _roundup.yml, the workflow, .gitignore and a README", () => {
    const dir = path.join(tmp.dir, "Harbour Desk");
    initSite(dir);
    const manifest: { name: string; scripts: Record<string, string>; dependencies: Record<string, string> } = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8"));
    expect(manifest.name).toBe("harbour-desk");
    expect(manifest.scripts).toEqual({ build: "roundup build", start: "roundup serve", check: "roundup check" });
    expect(manifest.dependencies).toEqual({ [ownPackage().name]: `^${ownPackage().version}` });
    expect(readdirSync(path.join(dir, "content")).sort()).toEqual([...readdirSync("content").filter((file) => file.endsWith(".txt")), "_roundup.yml"].sort());
    expect(readFileSync(path.join(dir, ".gitignore"), "utf8")).toContain("node_modules/");
    expect(readFileSync(path.join(dir, "README.md"), "utf8")).toContain("npm run build");
    expect(readFileSync(path.join(dir, "README.md"), "utf8")).not.toContain("{{");
    expect(readFileSync(path.join(dir, ".github/workflows/deploy.yml"), "utf8")).toContain("npm run build -- --base-url");
  });

  it("refuses, writing nothing, when any of its files is there", () => {
    const dir = path.join(tmp.dir, "existing");
    mkdirSync(path.join(dir, "content"), { recursive: true });
    writeFileSync(path.join(dir, "README.md"), "ours\n");
    writeFileSync(path.join(dir, "content/_roundup.yml"), "site: {}\n");
    expect(() => initSite(dir)).toThrow(InitConflict);
    try {
      initSite(dir);
    } catch (error) {
      expect(error instanceof InitConflict && error.existing).toEqual(["README.md", "content/_roundup.yml"]);
    }
    expect(readFileSync(path.join(dir, "README.md"), "utf8")).toBe("ours\n");
    expect(existsSync(path.join(dir, "package.json"))).toBe(false);
  });

  it("names a site after its folder, as npm allows", () => {
    expect(siteName("/x/Harbour Desk!")).toBe("harbour-desk");
    expect(siteName("/x/.hidden")).toBe("hidden");
    expect(siteName("/x/---")).toBe("news-site");
  });
});
