// @ts-check
// Search in the browser over the Pagefind index written at build time: no server beyond static files.
// Every URL is derived from this script's own address, so the page works under any path prefix.
// The form's state lives in the query string (?q=…&outlet=…), so a search can be bookmarked and shared.

const siteRoot = new URL("../", import.meta.url);
const PAGE_SIZE = 20;
const DEBOUNCE_MS = 250;

const form = /** @type {HTMLFormElement | null} */ (document.querySelector("[data-search-form]"));
const status = document.getElementById("search-status");
const list = document.getElementById("search-results");
const noScript = document.getElementById("search-no-script");

/** @param {string} name */
const field = (name) => /** @type {HTMLInputElement | HTMLSelectElement | null} */ (form?.elements.namedItem(name) ?? null);

/** @typedef {{ module: any, hide: object | null, partFilter: string, vocabulary: Record<string, string> | null }} Engine */
/** @type {Promise<Engine> | null} */
let loading = null;
function pagefind() {
  const bundle = new URL("pagefind/", siteRoot);
  loading ??= import(new URL("pagefind.js", bundle).href).then(async (module) => {
    const options = { baseUrl: siteRoot.pathname, excerptLength: 24 };
    await module.options(options);
    // A large site's index is written in parts: they are searched together, and their results ranked together.
    // The primary index then holds one record per part, the part's vocabulary, which `hide` matches.
    const response = await fetch(new URL("parts.json", bundle));
    if (!response.ok) throw new Error(`the list of the search index's parts could not be loaded (${response.status})`);
    const { parts, hide, partFilter, vocabulary } = /** @type {{ parts: unknown, hide: unknown, partFilter: unknown, vocabulary: unknown }} */ (await response.json());
    if (!Array.isArray(parts) || typeof hide !== "object" || hide === null || typeof partFilter !== "string" || typeof vocabulary !== "object" || vocabulary === null) {
      throw new Error("the list of the search index's parts is malformed");
    }
    // Every page of a part carries the part's folder as a filter, so that a search can be kept to some parts.
    await Promise.all(parts.map((part) => module.mergeIndex(new URL(String(part), bundle).pathname, { ...options, mergeFilter: { [partFilter]: String(part) } })));
    const records = /** @type {Record<string, string>} */ (vocabulary);
    return { module, hide: Object.keys(hide).length > 0 ? hide : null, partFilter, vocabulary: Object.keys(records).length > 0 ? records : null };
  });
  return loading;
}

/**
 * The parts that hold results for `query`. A part that lacks a word of the query would answer with pages of a shorter
 * word (Pagefind then looks for the longest prefix it knows: `xiaomi` finds `xi`), where one index of the whole site
 * finds only the pages with the word. The vocabulary records know every word of the site, as one index would, so
 * the parts whose record they find are those that hold every word the query matches.
 * @param {Engine} engine @param {string} query
 */
async function partsFor(engine, query) {
  const { module, hide, vocabulary } = engine;
  // An exact phrase matches whole words only, and a record of words in a row holds no phrase: every part is searched.
  if (!vocabulary || !hide || /^\s*".+"\s*$/.test(query)) return null;
  const found = await module.search(query, { filters: hide });
  return [...new Set((found?.results ?? []).map((/** @type {any} */ result) => vocabulary[result.id]).filter(Boolean))];
}

let generation = 0;
/** @type {ReturnType<typeof setTimeout> | undefined} */
let timer;

function state() {
  const values = { q: "", outlet: "", kind: "", from: "", to: "" };
  for (const key of /** @type {Array<keyof typeof values>} */ (Object.keys(values))) values[key] = field(key)?.value.trim() ?? "";
  return values;
}

/** @param {ReturnType<typeof state>} values */
function remember(values) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value) params.set(key, value);
  const query = params.toString();
  history.replaceState(null, "", query ? `?${query}` : location.pathname);
}

/** @param {any} engine @param {object | null} hide @param {ReturnType<typeof state>} values */
async function filtersOf(engine, hide, values) {
  /** @type {Record<string, unknown>} */
  const filters = hide ? { not: hide } : {};
  if (values.outlet) filters.outlet = values.outlet;
  if (values.kind) filters.kind = values.kind;
  if (values.from || values.to) {
    const available = (await engine.filters()).day ?? {};
    const days = Object.keys(available).filter((day) => (!values.from || day >= values.from) && (!values.to || day <= values.to));
    // No indexed day in the range: a filter value that matches nothing.
    filters.day = { any: days.length > 0 ? days : ["none"] };
  }
  return filters;
}

/** @param {string} text */
function say(text) {
  if (status) status.textContent = text;
}

async function run() {
  const values = state();
  remember(values);
  const mine = ++generation;
  const filtered = Boolean(values.outlet || values.kind || values.from || values.to);
  if (!values.q && !filtered) {
    list?.replaceChildren();
    say("");
    return;
  }
  say("Searching…");
  let search;
  try {
    const loaded = await pagefind();
    const { module: engine, hide } = loaded;
    const filters = await filtersOf(engine, hide, values);
    const parts = values.q ? await partsFor(loaded, values.q) : null;
    // No part holds every word: a filter value that matches nothing.
    if (parts) filters[loaded.partFilter] = { any: parts.length > 0 ? parts : ["none"] };
    search = await engine.search(values.q || null, { filters });
  } catch {
    if (mine === generation) say("Search is not available here: its index could not be loaded.");
    return;
  }
  if (mine !== generation) return;
  const found = search?.results ?? [];
  list?.replaceChildren();
  await show(found, 0, mine);
  if (mine !== generation) return;
  const what = values.q ? ` for “${values.q}”` : "";
  say(found.length === 0 ? `Nothing found${what}.` : `${found.length} ${found.length === 1 ? "result" : "results"}${what}.`);
}

/** @param {any[]} found @param {number} start @param {number} mine */
async function show(found, start, mine) {
  const page = await Promise.all(found.slice(start, start + PAGE_SIZE).map((/** @type {any} */ result) => result.data()));
  if (mine !== generation || !list) return;
  list.querySelector(".more-results")?.remove();
  for (const data of page) list.append(resultItem(data));
  if (found.length > start + PAGE_SIZE) {
    const item = document.createElement("li");
    item.className = "more-results";
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = `Show more results (${found.length - start - PAGE_SIZE} left)`;
    button.addEventListener("click", () => show(found, start + PAGE_SIZE, mine));
    item.append(button);
    list.append(item);
  }
}

/** @param {any} data */
function resultItem(data) {
  const item = document.createElement("li");
  const link = document.createElement("a");
  link.href = data.url;
  link.textContent = data.meta?.title ?? data.url;
  const heading = document.createElement("h2");
  heading.append(link);
  const meta = document.createElement("p");
  meta.className = "meta";
  meta.textContent = [data.meta?.kind, data.meta?.outlets, data.meta?.date].filter(Boolean).join(" · ");
  const excerpt = document.createElement("p");
  // Pagefind escapes the page text and adds only <mark> around matches.
  excerpt.innerHTML = data.excerpt ?? "";
  item.append(heading, meta, excerpt);
  return item;
}

if (form) {
  if (noScript) noScript.hidden = true;
  const params = new URLSearchParams(location.search);
  for (const [key, value] of params) {
    const input = field(key);
    if (input) input.value = value;
  }
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    run();
  });
  form.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
  });
  form.addEventListener("change", () => {
    clearTimeout(timer);
    run();
  });
  field("q")?.addEventListener("focus", () => pagefind(), { once: true });
  if ([...params.keys()].length > 0) run();
}
