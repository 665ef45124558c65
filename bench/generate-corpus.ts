/**
 * A seeded synthetic newsroom: N article files in stories of 1–40 articles, with paraphrased near-duplicates,
 * republished wire copy, exact copies and same-topic stories about different events. Also writes the baseline's
 * input: the same bodies as plain `.md` pages with a title.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { type ArticleText, SHAPES, type ShapedFile } from "./article-shapes.ts";
import { Random } from "./prng.ts";
import { FILLER, ROLES, TOPICS, type Topic, WEEKDAYS, fill, inventName, inventOutlet, inventPerson, inventPlace } from "./vocabulary.ts";

/** What was generated. */
export interface Corpus {
  contentDir: string;
  baselineDir: string;
  files: number;
  stories: number;
  bytes: number;
}

interface Event {
  topic: Topic;
  slots: Record<string, string>;
  /** Per fact: the numbers that fact states, so every outlet reports the same figures. */
  factNumbers: string[];
  date: number;
}

const DAY = 86_400_000;
// Note: events fall in the year before the benchmark's build clock (SOURCE_DATE_EPOCH in bench/run.ts).
const FIRST_DAY = Date.UTC(2025, 0, 1);

function newEvent(random: Random, previous: readonly Event[], orgs: readonly string[]): Event {
  const earlier = previous.length > 0 && random.chance(0.12) ? random.pick(previous) : null;
  // Note: a follow-up: same topic, place and people as an earlier event, days later, different figures.
  const topic = earlier?.topic ?? random.pick(TOPICS);
  const slots: Record<string, string> = earlier
    ? { ...earlier.slots }
    : { place: inventPlace(random), place2: inventPlace(random), person: inventPerson(random), person2: inventPerson(random), role: random.pick(ROLES), org: random.pick(orgs), org2: random.pick(orgs) };
  const date = earlier ? earlier.date + random.int(5, 40) * DAY : FIRST_DAY + random.int(0, 360) * DAY;
  const factNumbers = topic.facts.map(() => String(random.int(2, 950)));
  return { topic, slots: { ...slots, magnitude: `${random.int(1, 7)}.${random.int(0, 9)}`, weekday: WEEKDAYS[new Date(date).getUTCDay()] ?? "Monday", hour: `${random.int(1, 23)}:${random.int(10, 59)}` }, factNumbers, date };
}

function paragraphsOf(random: Random, event: Event, targetBytes: number): string[] {
  const facts = random.sample(event.topic.facts.map((fact, i) => ({ fact, i })), random.int(3, event.topic.facts.length));
  const sentences = facts.map(({ fact, i }) => fill(fact, random, { ...event.slots, number: event.factNumbers[i] ?? "3" }));
  const paragraphs: string[] = [];
  let size = 0;
  while (size < targetBytes) {
    const own = sentences.shift();
    const count = random.int(2, 4);
    const parts = own ? [own] : [];
    while (parts.length < count) parts.push(fill(random.pick(FILLER), random, { ...event.slots, person: random.chance(0.5) ? event.slots.person ?? "" : inventPerson(random), number: String(random.int(2, 90)) }));
    const paragraph = parts.join(" ");
    paragraphs.push(paragraph);
    size += paragraph.length + 2;
  }
  return paragraphs;
}

/** Drop or reword a little of an earlier article: a republished or lightly edited copy. */
function nearCopy(random: Random, original: ArticleText, outlet: ArticleText["outlet"]): ArticleText {
  const paragraphs = original.paragraphs.filter((_, i) => i === 0 || !random.chance(0.15));
  if (random.chance(0.5)) paragraphs.push(`${original.paragraphs[0]?.split(". ")[0] ?? ""}, ${outlet.name} reported.`);
  return { ...original, outlet, paragraphs, headline: random.chance(0.5) ? original.headline : `UPDATE: ${original.headline}`, author: inventPerson(random) };
}

function pickShape(random: Random): (random: Random, article: ArticleText) => ShapedFile {
  let roll = random.int(1, SHAPES.reduce((sum, shape) => sum + shape.weight, 0));
  for (const shape of SHAPES) {
    roll -= shape.weight;
    if (roll <= 0) return shape.write;
  }
  return SHAPES[0].write;
}

/** Write a corpus of `count` files under `root/content` (and the baseline under `root/baseline`). */
export function generateCorpus(root: string, count: number, seed = 20260105): Corpus {
  const random = new Random(seed);
  const contentDir = path.join(root, "content");
  const baselineDir = path.join(root, "baseline");
  rmSync(root, { recursive: true, force: true });
  const outlets = Array.from({ length: 80 }, () => inventOutlet(random));
  const orgs = Array.from({ length: 60 }, () => `${inventName(random, 2)} ${random.pick(["Agency", "Institute", "Authority", "Group", "Council", "Holdings", "Commission", "Union"])}`);
  const events: Event[] = [];
  const writtenBodies: string[] = [];
  let files = 0;
  let stories = 0;
  let bytes = 0;
  const write = (relative: string, text: string, shaped: ShapedFile): void => {
    const target = path.join(contentDir, relative);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
    const page = path.join(baselineDir, relative.replace(/\.[a-z]+$/, ".md"));
    mkdirSync(path.dirname(page), { recursive: true });
    writeFileSync(page, `---\ntitle: ${JSON.stringify(shaped.title)}\n---\n${shaped.body}\n`);
    files += 1;
    bytes += Buffer.byteLength(text);
  };
  while (files < count) {
    const event = newEvent(random, events, orgs);
    events.push(event);
    stories += 1;
    const size = Math.min(count - files, 1 + Math.floor(39 * random.next() ** 4));
    const storyOutlets = random.sample(outlets, size + 6);
    const written: ArticleText[] = [];
    for (let i = 0; i < size; i += 1) {
      const outlet = storyOutlets[i % storyOutlets.length] ?? outlets[0] ?? { name: "Outlet", domain: "outlet.example" };
      const date = new Date(event.date + random.int(0, 2) * DAY + random.int(0, 86_399) * 1000).toISOString().slice(0, 19);
      const coverage = storyOutlets.slice(size, size + random.int(2, 5)).map((o) => ({ title: fill(random.pick(event.topic.headlines), random, event.slots), outlet: o.name }));
      const article: ArticleText =
        written.length > 0 && random.chance(0.2)
          ? { ...nearCopy(random, random.pick(written), outlet), date }
          : {
              headline: fill(random.pick(event.topic.headlines), random, event.slots),
              standfirst: fill(random.pick(event.topic.facts), random, { ...event.slots, number: event.factNumbers[0] ?? "3" }),
              paragraphs: paragraphsOf(random, event, random.int(2000, 8000)),
              headings: [...event.topic.headings],
              outlet,
              author: inventPerson(random),
              date,
              dateline: event.slots.place ?? "Capital",
              caption: `${event.slots.person} ${random.pick(["speaks to reporters", "arrives", "is pictured"])} in ${event.slots.place}.`,
              tags: [event.topic.name, (event.slots.place ?? "").toLowerCase()],
              coverage,
            };
      written.push(article);
      const month = date.slice(0, 7);
      const name = `${String(files).padStart(6, "0")}_${random.hex(16)}`;
      const shaped = pickShape(random)(random, article);
      // Note: now and then an editor drops the same file twice; roundup merges exact copies.
      const copyOf = writtenBodies.length > 0 && random.chance(0.01) ? random.pick(writtenBodies) : null;
      write(`${month}/${name}${shaped.extension}`, copyOf ?? shaped.text, shaped);
      writtenBodies.push(shaped.text);
      if (writtenBodies.length > 200) writtenBodies.shift();
    }
  }
  return { contentDir, baselineDir, files, stories, bytes };
}
