/**
 * Page furniture: lines that a copy of a web page carries but the article does not. Each rule is matched against a
 * whole line (trimmed); `capture` says which metadata the line holds, so cutting it loses nothing.
 */

/** What a furniture line holds besides noise. */
export type FurnitureCapture = "date" | "photo-credit" | "image-credit" | "none";

/** One named rule. */
export interface FurnitureRule {
  id: string;
  pattern: RegExp;
  capture: FurnitureCapture;
  /** What the editor is told was cut. */
  label: string;
}

/** Whole-line rules, in order of precedence. */
export const FURNITURE_RULES: readonly FurnitureRule[] = [
  // Note: news sites' inline sign-up prompts ("Sign up now: Get insights on …"); short, never prose.
  { id: "sign-up-prompt", pattern: /^(?:sign up|subscribe)(?: now| here| today)?\s*[:!–-]\s*.{0,160}$/i, capture: "none", label: "sign-up prompt" },
  // Note: newsletter promos mention the newsletter and a call to sign up or subscribe in one short block.
  { id: "newsletter-promo", pattern: /^(?=.{0,320}$)(?=.*\bnewsletters?\b)(?=.*\b(?:sign up|subscribe|inbox)\b).*$/i, capture: "none", label: "newsletter promo" },
  // Note: the tail of newsletter promos when it stands on its own line.
  { id: "inbox-promo", pattern: /^delivered (?:straight )?to your inbox\b.{0,40}$/i, capture: "none", label: "newsletter promo" },
  // Note: "Follow topic:" / "Follow us" buttons copied as text.
  { id: "follow-prompt", pattern: /^follow(?: (?:topic|us|this topic|this story))?\s*:?\s*$/i, capture: "none", label: "follow prompt" },
  // Note: share and feedback prompts ("Share with us your feedback on BT's products and services").
  { id: "share-prompt", pattern: /^(?:share (?:this(?: article| story)?|on \w+|with us your feedback\b.{0,80})|share|feedback|was this article helpful\??)\s*:?\s*$/i, capture: "none", label: "share or feedback prompt" },
  // Note: "Published Mon, Jan 5, 2026 · 09:40 PM" lines: the date, not body text.
  { id: "published-line", pattern: /^(?:published|updated|posted|last updated)(?: on)?\s*:?\s+(.{6,60})$/i, capture: "date", label: "publication line" },
  // Note: "Featured image credits: …" lines: image metadata.
  { id: "image-credit-line", pattern: /^(?:featured |header |cover )?(?:image|photo|picture)s? credits?\s*:\s*(.{2,120})$/i, capture: "image-credit", label: "image credit" },
  // Note: "PHOTO: REUTERS" lines under a photo that the copy lost.
  { id: "photo-credit-line", pattern: /^(?:photo|photograph|picture|image|pic)s?\s*:\s*([A-Z][\w .&'/,-]{1,60})$/i, capture: "photo-credit", label: "photo credit" },
];

// Note: a caption that ends with its credit ("… at their summit in Beijing. PHOTO: REUTERS").
export const CAPTION_WITH_CREDIT = /^(.*\S)\s+(?:PHOTO|PHOTOGRAPH|PICTURE|IMAGE)\s*:\s*([A-Z][\w .&'/-]{1,60})$/;

// Note: caption bullets ("• South Korean President …") are how some sites mark photo captions in copied text.
export const CAPTION_BULLET = /^[•▪●]\s*/;

// Note: "date 2026-01-06 " leading the first line is a copied date widget, not part of the lede.
export const LEADING_DATE = /^\s*(?:date|dated|published)\s*:?\s+(\d{4}-\d{2}-\d{2})\s+/i;
