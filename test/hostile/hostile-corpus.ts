/**
 * Writes a folder of hostile and broken content files, each named for what it tries. Generated, not committed:
 * several are megabytes long.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

/** What the build must make of a file. */
export type Fate = "rendered" | "skipped" | "merged";

/** One generated file. */
export interface HostileFile {
  name: string;
  fate: Fate;
}

const utf16 = (text: string, bom: boolean, bigEndian = false): Buffer => {
  const le = Buffer.from(text, "utf16le");
  const body = bigEndian ? Buffer.from(le.map((_, i) => le[i ^ 1] ?? 0)) : le;
  return Buffer.concat([bom ? Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]) : Buffer.alloc(0), body]);
};
const TEMPLATE = "{{ 7 * 6 }} {% raw %}{% endraw %} {{ constructor.constructor('return process')() }}";
const SCRIPT = `<script>window.__pwned=1</script><script src="//evil.example/x.js"></script><img src=x onerror="window.__pwned=1">`;

/** Where the files that ask to be written outside the output point; `escapeName` names every such target. */
export function escapeTargets(escapeName: string): { relative: string[]; absolute: string[] } {
  return {
    relative: [`../../../${escapeName}`, `../../../../${escapeName}.html`],
    absolute: [`/tmp/${escapeName}-absolute.html`, `/tmp/${escapeName}-slug`, `/tmp/${escapeName}-id`],
  };
}

/**
 * Write the corpus into `dir`; `marker` is a path that a payload would create if any code ran, `escapeName` a name
 * unique to the run that every attempt to write outside the output uses, so that the attempt can be looked for.
 */
export function writeHostileCorpus(dir: string, marker: string, escapeName = "escaped"): HostileFile[] {
  mkdirSync(dir, { recursive: true });
  const files: HostileFile[] = [];
  const put = (name: string, content: string | Buffer, fate: Fate): void => {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
    files.push({ name, fate });
  };
  const run = `require("fs").writeFileSync(${JSON.stringify(marker)}, "ran")`;
  put("malformed-yaml.md", '---\ntitle: "unterminated\ndate: [2026\n---\nBody\n', "skipped");
  put("unclosed-front-matter.md", "---\ntitle: Never closed\ndate: 2026-01-05\n\nThe body would be swallowed.\n", "skipped");
  put("body-opens-with-rule.md", "---\n\nA body that opens with a horizontal rule.\n\n---\n\nAnd has another one.\n", "rendered");
  put("front-matter-string.md", "---\njust a string\n---\nBody\n", "skipped");
  put("front-matter-array.md", "---\n- one\n- two\n---\nBody\n", "skipped");
  put("front-matter-number.md", "---\n42\n---\nBody\n", "skipped");
  put("duplicate-keys.md", "---\ntitle: One\ntitle: Two\ndate: 2026-01-05\n---\nBody of duplicate keys.\n", "rendered");
  const bomb = ["a: &a [lol,lol,lol,lol,lol,lol,lol,lol,lol]", ..."bcdefghi".split("").map((k, i) => `${k}: &${k} [${Array(9).fill(`*${"abcdefghi"[i]}`).join(",")}]`)];
  put("alias-bomb.md", `---\n${bomb.join("\n")}\ntitle: Laughs\n---\nBody\n`, "skipped");
  const merges = Array.from({ length: 200 }, (_, i) => `k${i + 1}: &k${i + 1}\n  <<: *k${i}\n  v${i + 1}: ${i + 1}`);
  put("merge-key-chain.md", `---\nk0: &k0\n  v0: 0\n${merges.join("\n")}\ntitle: Merge chain\ndate: 2026-01-05\n---\nBody of a merge chain.\n`, "skipped");
  put("front-matter-js.md", `---js\n{ title: (() => { ${run}; return "x"; })() }\n---\nBody\n`, "skipped");
  put("front-matter-javascript.md", `---javascript\nmodule.exports = { title: (() => { ${run}; return "x"; })() }\n---\nBody\n`, "skipped");
  put("front-matter-coffee.md", `---coffee\ntitle: do -> ${run}\n---\nBody\n`, "skipped");
  put("binary.png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), "skipped");
  put("binary-named-text.txt", Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)), "skipped");
  put("nul-bytes.md", Buffer.concat([Buffer.from("---\ntitle: NUL\n---\nBefore"), Buffer.from([0, 0, 0]), Buffer.from("after\n")]), "skipped");
  put("empty.md", "", "skipped");
  put("whitespace-only.txt", "  \n\t\n   \n", "skipped");
  put("twenty-megabytes.md", `---\ntitle: Twenty megabytes\n---\n${"A paragraph of filler text that goes on. ".repeat(500_000)}`, "skipped");
  put("ten-megabyte-line.txt", `A single enormous line\n\n${"word ".repeat(2_000_000)}\n`, "rendered");
  put("utf16-le-bom.txt", utf16("A UTF-16 article with a BOM\n\nIts body says café and naïve things.\n", true), "rendered");
  put("utf16-be-bom.txt", utf16("A big-endian UTF-16 article\n\nIts body says café too.\n", true, true), "rendered");
  put("utf16-le-no-bom.txt", utf16("A UTF-16 article without a BOM\n\nIts body is plain ASCII text in two bytes a character.\n", false), "rendered");
  put("windows-1252.txt", Buffer.from("A Windows-1252 article\n\nIts body says caf\xe9 and \x93quoted\x94 things, na\xefvely.\n", "latin1"), "rendered");
  put("invalid-utf8.txt", Buffer.concat([Buffer.from("An article with broken bytes\n\nValid text, then "), Buffer.from([0xc3, 0x28, 0xe2, 0x82]), Buffer.from(" then more text é ü.\n")]), "rendered");
  put("crlf.md", "---\r\ntitle: Windows line ends\r\ndate: 2026-01-05\r\n---\r\nBody with CRLF.\r\n\r\nSecond paragraph.\r\n", "rendered");
  put("cr-only.md", "---\rtitle: Old Mac line ends\rdate: 2026-01-05\r---\rBody with CR only.\r\rSecond paragraph.\r", "rendered");
  put("emoji-title.md", "---\ntitle: \"🔥🚀🎉\"\n---\nA body under an emoji title.\n", "rendered");
  put("cjk-title.md", "---\ntitle: 李在明与习近平会谈\n---\n中韩两国领导人在北京举行会谈。\n", "rendered");
  put("long-title.md", `---\ntitle: "${"Very long headline words ".repeat(12).trim()}"\n---\nBody under a 300-character title.\n`, "rendered");
  const escape = escapeTargets(escapeName);
  put("traversal-slug.md", `---\ntitle: Traversal\nslug: ${escape.relative[0]}\npermalink: ${escape.relative[1]}\nid: ${escape.absolute[2]}\n---\nBody that asks to be written elsewhere.\n`, "rendered");
  put("absolute-permalink.md", `---\ntitle: Absolute\npermalink: ${escape.absolute[0]}\nslug: ${escape.absolute[1]}\n---\nBody.\n`, "rendered");
  for (const n of [1, 2, 3]) put(`same-title-${n}.md`, `---\ntitle: The same headline\ndate: 2026-01-0${n}\n---\nBody number ${n} of the same headline.\n`, "rendered");
  put("future-date.md", "---\ntitle: From the future\ndate: 2999-01-01\n---\nBody.\n", "rendered");
  put("year-zero.md", "---\ntitle: Year zero\ndate: 0000-01-01\n---\nBody.\n", "rendered");
  put("invalid-date.md", "---\ntitle: Invalid date\ndate: 2026-13-45\n---\nBody.\n", "rendered");
  put("ten-thousand-links.html", `<p>${Array.from({ length: 10_000 }, (_, i) => `<a href="https://example.org/${i}">link ${i}</a>`).join(" ")}</p>`, "rendered");
  put("ten-thousand-levels.html", `${"<div>".repeat(10_000)}deep${"</div>".repeat(10_000)}`, "rendered");
  const yaml = JSON.stringify;
  put("template-in-every-field.md", `---\ntitle: ${yaml(`T ${TEMPLATE}`)}\nauthor: ${yaml(TEMPLATE)}\npublisher: ${yaml(TEMPLATE)}\nsummary: ${yaml(TEMPLATE)}\ntags: [${yaml(TEMPLATE)}]\ndate: 2026-01-05\n---\nBody ${TEMPLATE}\n`, "rendered");
  put("script-in-every-field.md", `---\ntitle: ${yaml(`S ${SCRIPT}`)}\nauthor: ${yaml(SCRIPT)}\npublisher: ${yaml(SCRIPT)}\nsummary: ${yaml(SCRIPT)}\nurl: "javascript:window.__pwned=1"\nimage: "javascript:window.__pwned=1"\ntags: [${yaml(SCRIPT)}]\ndate: 2026-01-05\n---\nBody ${SCRIPT}\n\n[link](javascript:window.__pwned=1) ![img](javascript:window.__pwned=1)\n`, "rendered");
  put("image-attribute-break.md", `---\ntitle: Image attribute\nimage: 'x" onerror="window.__pwned=1'\n---\nBody.\n`, "rendered");
  put("unsupported.docx", Buffer.from("PK\x03\x04not really a docx", "latin1"), "skipped");
  // Files are read in path order, so the copy under nested/ is the one merged into exact-copy.md.
  put("nested/deeper/folder/article.md", "---\ntitle: Nested folder\ndate: 2026-01-05\n---\nBody in a nested folder.\n", "merged");
  put("exact-copy.md", "---\ntitle: Nested folder\ndate: 2026-01-05\n---\nBody in a nested folder.\n", "rendered");
  return files;
}
