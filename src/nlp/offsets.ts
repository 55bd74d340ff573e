import type { Span } from "../core/span.ts";
import type { Token } from "./types.ts";

/**
 * Offset look-ups over annotations in text order (tokens, sentences, entities): every stage that
 * needs "which token holds this character" asks here instead of writing its own search.
 */

/** Index of the first span starting at or after `offset`, or spans.length. */
export function tokenAtOrAfter(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the span that holds `offset` (start ≤ offset < end), or -1 between spans. */
export function tokenAt(spans: readonly Span[], offset: number): number {
  const i = tokenAtOrAfter(spans, offset + 1) - 1;
  return i >= 0 && spans[i].end > offset ? i : -1;
}

/** Index of the span that starts exactly at `offset`, or undefined. */
export function tokenStartingAt(spans: readonly Span[], offset: number): number | undefined {
  const i = tokenAtOrAfter(spans, offset);
  return spans[i]?.start === offset ? i : undefined;
}

/** How many spans lie wholly inside [from, to). */
export function tokensBetween(spans: readonly Span[], from: number, to: number): number {
  let n = 0;
  for (let i = tokenAtOrAfter(spans, from); i < spans.length && spans[i].end <= to; i++) n++;
  return n;
}

/**
 * Index of the sentence that holds `offset`, given the sentences' start offsets in order: the last
 * one starting at or before it (0 before the first, so text before any sentence belongs to the first).
 */
export function sentenceAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo - 1);
}

/**
 * Index of the nearest token before token `i` in its sentence, past adverbs ("to quickly send",
 * "the recently imposed law", "who regularly consults"); -1 at the sentence start.
 */
export function wordBefore(tokens: readonly Token[], i: number): number {
  const sentence = tokens[i].sentence;
  let k = i - 1;
  while (k >= 0 && tokens[k].sentence === sentence && tokens[k].pos === "ADV") k--;
  return k >= 0 && tokens[k].sentence === sentence ? k : -1;
}

/**
 * Token `k` is a hyphen that joins words ("war-torn", "48-year-old", "al - Qaeda" as a tagger may
 * split it is not): it touches a neighbour. A dash with space on both sides ("ISTANBUL - Iranian
 * troops", "Dec 5 - port workers") separates a dateline or a clause and joins no phrase.
 */
export function isJoiningHyphen(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t?.text !== "-") return false;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  return (prev !== undefined && prev.end === t.start) || (next !== undefined && next.start === t.end);
}
