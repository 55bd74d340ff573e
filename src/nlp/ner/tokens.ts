import type { Span } from "../../core/span.ts";
import { gluedBoundary } from "../tokenize.ts";

/** A CoNLL-style token: the unit the tagger was trained on. */
export interface WordToken extends Span {
  text: string;
}

/**
 * Words with inner hyphens, apostrophes, periods, ampersands and slashes stay whole
 * ("Kassym-Jomart", "U.S", "AT&T", "1996-08-22"); any other non-space character is its own token.
 */
const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’.&/][\p{L}\p{M}\p{N}]+)*|\S/gu;
/** Possessive clitic, split off as CoNLL does ("Tokayev's" → "Tokayev" "'s"). */
const POSSESSIVE = /['’][sS]$/;
/** Words written with a final period that is part of the word, as in the CoNLL tokenisation. */
const ABBREVIATIONS = new Set(
  "mr mrs ms dr prof gen col lt maj capt sgt adm gov sen rep rev st mt ft jr sr inc corp ltd co bros no vs mm messrs".split(
    " ",
  ),
);

function keepsPeriod(word: string, atSentenceEnd: boolean): boolean {
  if (word.includes(".")) return true; // "U.S." — a final period closes the abbreviation
  if (atSentenceEnd) return false;
  return /^\p{Lu}$/u.test(word) || ABBREVIATIONS.has(word.toLowerCase());
}

/** Tokens of text[start, end), offsets into `text`. */
export function wordTokens(text: string, start: number, end: number): WordToken[] {
  const slice = text.slice(start, end);
  const out: WordToken[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    let word = m[0];
    let from = start + m.index;
    const possessive = word.length > 2 && POSSESSIVE.test(word);
    if (possessive) word = word.slice(0, -2);
    let to = from + word.length;
    if (!possessive && text[to] === "." && /[\p{L}\p{N}]/u.test(word)) {
      const afterPeriod = text.slice(to + 1, end);
      if (keepsPeriod(word, afterPeriod.trim() === "")) {
        word += ".";
        to++;
        WORD.lastIndex++;
      }
    }
    const glued = gluedBoundary(word);
    if (glued > 0) {
      out.push({ text: word.slice(0, glued), start: from, end: from + glued });
      out.push({ text: word.slice(glued), start: from + glued, end: to });
    } else out.push({ text: word, start: from, end: to });
    if (possessive) {
      from = to;
      out.push({ text: text.slice(from, from + 2), start: from, end: from + 2 });
    }
  }
  return out;
}
