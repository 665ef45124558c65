/**
 * A story's coverage over time: articles per day (per week for long stories) as an SVG bar chart and as the same
 * numbers in table rows. The SVG is a syntax tree serialised by hast-util-to-html, which escapes every attribute and
 * text, so no source can put markup into it.
 */
import type { ElementContent } from "hast";
import { toHtml } from "hast-util-to-html";
import { dateValue } from "../dates.ts";
import type { IsoDate, SafeHtml } from "../types.ts";
import { dayOf, displayDate } from "./display-dates.ts";
import { element as el, text } from "../exports/hast-element.ts";

/** One dated piece of coverage. */
export interface TimelineItem {
  date: IsoDate | null;
  publisher: string;
}

/** One bar: a day or a week. */
export interface TimelineRow {
  /** `2026-01-05`, the first day of the bar, for `<time datetime>`. */
  day: string;
  label: string;
  count: number;
  outlets: string;
}

/** The chart, its caption and its table. */
export interface TimelineView {
  svg: SafeHtml | null;
  caption: string;
  rows: TimelineRow[];
  /** What one bar counts. */
  unit: "day" | "week";
  undated: number;
}

const DAY_MS = 86_400_000;
// Note: beyond about two months of daily bars each is a hairline; weekly bars keep them readable.
const MAX_DAILY_BARS = 62;
// Note: the chart's drawing size; CSS scales it to the column while the attributes reserve its shape (no layout shift).
const WIDTH = 480;
const HEIGHT = 150;
const TOP = 22;
const BOTTOM = 28;
const SIDE = 8;
const MAX_LABELS = 8;

const SHORT = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
// Attribute values as strings, rounded, so that the markup is the same on every machine.
const num = (value: number): string => String(Math.round(value * 100) / 100);
const dayOfValue = (value: number): string => new Date(value).toISOString().slice(0, 10);

/** Bucket the items and draw them. */
export function coverageTimeline(items: readonly TimelineItem[]): TimelineView {
  const dated = items.flatMap((item) => {
    const value = dateValue(dayOf(item.date));
    return value === null ? [] : [{ value, publisher: item.publisher }];
  });
  const undated = items.length - dated.length;
  if (dated.length === 0) return { svg: null, caption: `${undatedCaption(undated)}: there is nothing to chart.`, rows: [], unit: "day", undated };
  const first = Math.min(...dated.map((d) => d.value));
  const last = Math.max(...dated.map((d) => d.value));
  const days = Math.round((last - first) / DAY_MS) + 1;
  const step = days > MAX_DAILY_BARS ? 7 : 1;
  const slots = Math.ceil(days / step);
  const buckets = Array.from({ length: slots }, (_, i) => ({ start: first + i * step * DAY_MS, publishers: new Array<string>() }));
  for (const item of dated) buckets[Math.floor(Math.round((item.value - first) / DAY_MS) / step)]?.publishers.push(item.publisher);
  const rows = buckets.map((bucket) => ({
    day: dayOfValue(bucket.start),
    label: step === 1 ? (displayDate(dayOfValue(bucket.start)) ?? "") : `week of ${displayDate(dayOfValue(bucket.start)) ?? ""}`,
    count: bucket.publishers.length,
    outlets: [...new Set(bucket.publishers)].sort((a, b) => a.localeCompare(b, "en")).join(", "),
  }));
  const span = first === last ? `on ${displayDate(dayOfValue(first))}` : `from ${displayDate(dayOfValue(first))} to ${displayDate(dayOfValue(last))}`;
  const caption = `${dated.length} ${dated.length === 1 ? "article" : "articles"} ${span}${step === 7 ? ", by week" : ""}${undated ? `; ${undatedCaption(undated)}` : ""}.`;
  return { svg: drawBars(rows, step), caption, rows: rows.filter((row) => row.count > 0), unit: step === 7 ? "week" : "day", undated };
}

function undatedCaption(undated: number): string {
  return `${undated} undated ${undated === 1 ? "article" : "articles"}${undated > 0 ? " not shown" : ""}`;
}

function drawBars(rows: readonly TimelineRow[], step: number): SafeHtml {
  const max = Math.max(...rows.map((row) => row.count));
  const slot = (WIDTH - 2 * SIDE) / rows.length;
  const barWidth = Math.min(48, Math.max(1, slot * 0.7));
  const plot = HEIGHT - TOP - BOTTOM;
  const labelEvery = Math.ceil(rows.length / MAX_LABELS);
  const children: ElementContent[] = [el("line", { className: ["axis"], x1: num(SIDE), x2: num(WIDTH - SIDE), y1: num(HEIGHT - BOTTOM), y2: num(HEIGHT - BOTTOM) })];
  rows.forEach((row, i) => {
    const centre = SIDE + slot * i + slot / 2;
    if (row.count > 0) {
      const height = Math.max(2, (row.count / max) * plot);
      children.push(
        el("rect", { className: ["bar"], x: num(centre - barWidth / 2), y: num(HEIGHT - BOTTOM - height), width: num(barWidth), height: num(height), rx: "2" }),
        el("text", { className: ["count"], x: num(centre), y: num(HEIGHT - BOTTOM - height - 5), textAnchor: "middle" }, [text(String(row.count))]),
      );
    }
    if (i % labelEvery === 0) {
      const label = `${step === 7 ? "wk " : ""}${SHORT.format(new Date(dateValue(row.day) ?? 0))}`;
      children.push(el("text", { className: ["tick"], x: num(centre), y: num(HEIGHT - 6), textAnchor: "middle" }, [text(label)]));
    }
  });
  const svg = el("svg", { xmlns: "http://www.w3.org/2000/svg", viewBox: `0 0 ${WIDTH} ${HEIGHT}`, width: num(WIDTH), height: num(HEIGHT), ariaHidden: "true", focusable: "false" }, children);
  // The brand is minted here for markup built from our own numbers and escaped labels (see the module comment).
  return toHtml(svg) as SafeHtml;
}
