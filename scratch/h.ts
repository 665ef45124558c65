import { processFile, DEFAULT_LIMITS } from "../src/pipeline.ts";
const opts = { contentDir: "/tmp", now: Date.now(), ...DEFAULT_LIMITS };
function time(name: string, text: string | Uint8Array, file = "x.html") {
  const bytes = typeof text === "string" ? new TextEncoder().encode(text) : text;
  const t = performance.now();
  try {
    const out = processFile(file, "/tmp/" + file, bytes, opts);
    console.log(name, out.kind, (performance.now() - t).toFixed(0), "ms", out.kind === "article" ? out.article.html.length : out.reason);
  } catch (e) { console.log(name, "THREW", (e as Error).message.slice(0, 200)); }
}
time("nested-div-10k", "<div>".repeat(10000) + "deep" + "</div>".repeat(10000));
time("nested-b-10k", "<b>".repeat(10000) + "deep");
time("links-10k", Array.from({ length: 10000 }, (_, i) => `<a href="https://e.com/${i}">link ${i}</a>`).join(" "));
time("line-10mb", "word ".repeat(2_000_000), "x.txt");
time("md-nested-quotes", ">".repeat(10000) + " deep", "x.md");
time("md-nested-lists", Array.from({ length: 3000 }, (_, i) => " ".repeat(i * 2) + "- item").join("\n"), "x.md");
time("md-10mb-line", "word ".repeat(2_000_000), "x.md");
time("binary", new Uint8Array([0, 1, 2, 3, 255, 0, 10]), "x.txt");
time("emoji-title", "---\ntitle: \"🔥🔥🔥\"\n---\nbody", "x.md");
