import type { TextBlock } from "./content.ts";
import { findVisibleDate } from "./published.ts";
import type { PublishedAt } from "./types.ts";

/**
 * Publication dates that pages show only as text: "Published: 16 December 2007", "Last Updated:
 * Monday, January 14, 2008", "By Jane Roe | Jan 3, 2008 | 10:42 AM". Each rule is tried in order
 * on the blocks around the article; the first that finds a date names itself in `foundIn`
 * ("text:published-line"), as the markup readers do.
 */
export interface PublicationLineRule {
  name: string;
  /** The date the block states as the article's, or undefined. */
  find(block: Near): { value: string } | undefined;
}

/** A block of the page with where it sits relative to the article body. */
export interface Near {
  text: string;
  /** Blocks between this one and the article body: 0 inside it or right beside it. */
  distance: number;
  /** Inside the page header or navigation (where a masthead shows the day's date). */
  inFurniture: boolean;
}

/** Publication lines are short; a long block with a date is story text about that date. */
const MAX_LINE_CHARS = 160;
/** How far from the body a line may sit: the headline, standfirst, byline and share bar come between. */
const MAX_DISTANCE = 8;
/** An unlabelled date is the article's only when it sits right at the body (byline, dateline). */
const MAX_UNLABELLED_DISTANCE = 2;

const PUBLISHED_CUE =
  /^\s*(?:(?:originally\s+|first\s+)?published|posted|created|released|issued|date(?:d)?|veröffentlicht|publiziert|publicado)\b(?:\s+(?:on|at|am))?\s*[:\-–—]?\s*/i;
const UPDATED_CUE = /^\s*(?:last\s+)?(?:updated|modified|revised)\b(?:\s+(?:on|at|am))?\s*[:\-–—]?\s*/i;
const WEEKDAY = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b/i;
const CLOCK = /\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|gmt|utc|[A-Z]{2,4}T)?\b|\b\d{1,2}\s*[ap]\.?m\.?/i;
const BYLINE = /^\s*(?:by|von|par|por)\s+\p{Lu}/iu;

/** A date written right after the cue (the weekday may come first), not one further along. */
function dateAfter(text: string, cue: RegExp): { value: string } | undefined {
  const m = cue.exec(text);
  if (!m) return undefined;
  const rest = text.slice(m[0].length);
  const found = findVisibleDate(rest);
  return found && found.start <= 12 ? { value: found.value } : undefined;
}

export const PUBLICATION_LINE_RULES: PublicationLineRule[] = [
  {
    // "Published: 16 December 2007", "Posted on Jan 3, 2008 by …"
    name: "published-line",
    find: (block) => (block.distance <= MAX_DISTANCE ? dateAfter(block.text, PUBLISHED_CUE) : undefined),
  },
  {
    // "Last Updated: Monday, January 14, 2008": later than publication, but the day the page is of.
    name: "updated-line",
    find: (block) => (block.distance <= MAX_DISTANCE ? dateAfter(block.text, UPDATED_CUE) : undefined),
  },
  {
    // "By Jane Roe | Jan 3, 2008 | 10:42 AM", "By Jane Roe, Staff Writer, 3 January 2008"
    name: "byline-date",
    find: (block) => {
      if (block.distance > MAX_DISTANCE || !BYLINE.test(block.text)) return undefined;
      const found = findVisibleDate(block.text);
      return found ? { value: found.value } : undefined;
    },
  },
  {
    // "Jan 3, 2008 | 10:42 AM" beside the body. A masthead's date of the day ("Monday, January 14,
    // 2008" in the header, with a weekday and no time) is not the article's.
    name: "date-line",
    find: (block) => {
      if (block.distance > MAX_UNLABELLED_DISTANCE) return undefined;
      const found = findVisibleDate(block.text);
      if (!found) return undefined;
      const rest = block.text.slice(0, found.start) + block.text.slice(found.end);
      // Only the date, a time, a weekday, a place or a few words: no sentence.
      if (
        rest
          .replace(/[^\p{L}]+/gu, " ")
          .trim()
          .split(" ").length > 6
      )
        return undefined;
      const masthead = block.inFurniture || (WEEKDAY.test(block.text) && !CLOCK.test(block.text));
      return masthead ? undefined : { value: found.value };
    },
  },
];

/**
 * The publication date a page states in its text near the article body, with the rule that
 * found it; `main` is the article body as the content finder chose it from `blocks`.
 */
export function findPublicationLine(blocks: TextBlock[], main: TextBlock[]): PublishedAt | undefined {
  if (!main.length) return undefined;
  const first = blocks.indexOf(main[0]);
  const last = blocks.indexOf(main[main.length - 1]);
  if (first < 0 || last < 0) return undefined;
  const near: Near[] = [];
  for (let i = Math.max(0, first - MAX_DISTANCE - 1); i <= Math.min(blocks.length - 1, last + 3); i++) {
    const block = blocks[i];
    if (block.text.length > MAX_LINE_CHARS || block.caption) continue;
    const distance = i < first ? first - i - 1 : i > last ? i - last - 1 : 0;
    const inFurniture = /header|nav|masthead|menu|banner|top-?bar/i.test(block.boilerplate ?? "");
    near.push({ text: block.text, distance, inFurniture });
  }
  // Lines before the body first (nearest first), then inside it, then after it.
  near.sort((a, b) => a.distance - b.distance);
  for (const rule of PUBLICATION_LINE_RULES) {
    for (const block of near) {
      const found = rule.find(block);
      if (found) return { value: found.value, precision: "day", foundIn: `text:${rule.name}` };
    }
  }
  return undefined;
}
