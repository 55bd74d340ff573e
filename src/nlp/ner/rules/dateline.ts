import type { TokenSpan } from "../labels.ts";
import type { WordToken } from "../tokens.ts";
import { DATELINE_DASHES } from "./words.ts";

/** What the rule needs to know of a phrase: is it a place, or an organisation? */
export interface PlaceLists {
  place(phrase: string): boolean;
  organisation(phrase: string): boolean;
}

/** A word in capitals: letters (and the dots, hyphens and apostrophes of names), two or more. */
const CAPITALS = /^\p{Lu}[\p{Lu}.'’-]*\p{Lu}\.?$/u;
/** Longest dateline place in words ("RIO DE JANEIRO", "SAN JOSE"). */
const MAX_DATELINE_WORDS = 3;
/** Longest agency in brackets after it ("(Reuters)", "(AP)", "(Thomson Reuters Foundation)"). */
const MAX_AGENCY_WORDS = 3;

/** Where a line's dateline ends: its words are [0, end), its dash is word `dash`. */
export interface DatelineCut {
  end: number;
  dash: number;
}

/**
 * A wire dateline: words in capitals that open a line of ordinary (mixed-case) text and are closed
 * by a dash, after an optional agency in brackets — "ASTANA — Kazakh President …", "NAIROBI
 * (Reuters) - …". A line all in capitals is a headline ("SOCCER - JAPAN GET LUCKY WIN"), not
 * a dateline. The text after the dash begins a sentence of its own: CoNLL-2003's Reuters copy
 * gives a dateline a line of its own ("BRUSSELS 1996-08-22"), so the tagger has never seen a
 * capitalised "A" or "The" after one, and is tagged that way (model.ts).
 */
export function datelineCut(words: readonly WordToken[]): DatelineCut | undefined {
  let end = 0;
  while (end < words.length && end < MAX_DATELINE_WORDS && CAPITALS.test(words[end].text)) end++;
  if (end === 0) return undefined;
  let dash = end;
  if (words[dash]?.text === "(") {
    const close = words.findIndex((w, k) => k > dash && w.text === ")");
    if (close < 0 || close - dash - 1 > MAX_AGENCY_WORDS) return undefined;
    dash = close + 1;
  }
  if (!DATELINE_DASHES.has(words[dash]?.text ?? "")) return undefined;
  if (!words.slice(dash + 1).some((w) => /\p{Ll}/u.test(w.text))) return undefined;
  return { end, dash };
}

/**
 * The place of a dateline is a LOC span, whatever the tagger made of it (a word in capitals at a
 * line start reads to it like a headline's organisation) — when the words are a known place, or
 * no known organisation and no word the lexicon knows (`known`: a town too small for the lists).
 * A label in capitals ("PRESS DIGEST - …", "NOTE - …", "RTRS - …") is no place. Returns the
 * line's spans with the dateline's, or undefined when nothing changes.
 */
export function datelinePlace(
  words: readonly WordToken[],
  spans: readonly TokenSpan[],
  lists: PlaceLists,
  known: (word: string) => boolean,
): TokenSpan[] | undefined {
  const cut = datelineCut(words);
  if (!cut) return undefined;
  const { end } = cut;
  const phrase = words
    .slice(0, end)
    .map((w) => w.text)
    .join(" ");
  const place =
    lists.place(phrase) || (!lists.organisation(phrase) && !words.slice(0, end).some((w) => known(w.text)));
  if (!place) return undefined;
  if (spans.some((s) => s.start === 0 && s.end === end && s.type === "LOC")) return undefined;
  return [{ start: 0, end, type: "LOC" }, ...spans.filter((s) => s.start >= end)];
}
