/** Reading one field's value out of untrusted data: text cleaned, dates parsed, URLs checked. */
import { decodeEntitiesInText, repairText } from "../clean/repair-text.ts";
import { isRecord } from "../records.ts";
import type { IsoDate } from "../types.ts";
import { parseDate } from "./parse-date.ts";

/** Text of a metadata field: entities decoded, encoding repaired, white space folded; empty → null. */
export function cleanText(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = repairText(decodeEntitiesInText(value)).text.replace(/\s+/g, " ").trim();
  return text === "" ? null : text;
}

/** The first key's value as text; names in objects (`{name: …}`) and lists are joined. */
export function textField(data: Record<string, unknown>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const text = cleanText(asText(data[key]));
    if (text) return text;
  }
  return null;
}

function asText(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (isRecord(value)) return asText(value.name ?? value.title ?? value.value);
  if (Array.isArray(value)) {
    const parts = value.map(asText).filter((part): part is string => part !== null && part.trim() !== "");
    return parts.length > 0 ? parts.join(", ") : null;
  }
  return null;
}

/** The first key whose value reads as a date; `invalid` names a key that held an unreadable one. */
export function dateField(data: Record<string, unknown>, keys: readonly string[]): { date: IsoDate | null; invalid: string | null } {
  let invalid: string | null = null;
  for (const key of keys) {
    const value = data[key];
    const text = value instanceof Date ? (Number.isNaN(value.getTime()) ? "" : value.toISOString()) : asText(value);
    if (!text) continue;
    const date = parseDate(text);
    if (date) return { date, invalid: null };
    invalid ??= `${key}: ${text.slice(0, 40)}`;
  }
  return { date: null, invalid };
}

/** An http(s) URL, normalised; anything else is null. */
export function httpUrl(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}
