import { isCountryOrRegion, SHORT_ACRONYM } from "../recognize.ts";
import type { NameFilter, NameSpan } from "./types.ts";

/**
 * "BA", "APC", "TBS": a short all-capital word is an acronym, unless it names a country or region
 * ("EU"; "UK" and "U.S." are matched before this scan); so is a longer one inside an ordinary
 * sentence ("the NATO summit").
 */
export const acronym: NameFilter = {
  name: "acronym",
  judge(span, { g, tokens }) {
    if (!span.single) return span;
    const word = tokens[span.first].text;
    const short = SHORT_ACRONYM.test(word);
    if (!short && !midSentenceAcronym(span, word)) return span;
    return span.rows?.some((r) => isCountryOrRegion(g, r)) ? span : undefined;
  },
};

/** An all-capital word of up to six letters. */
const LONGER_ACRONYM = /^\p{Lu}{4,6}$/u;
/** A word with a lower-case letter. */
const LOWER = /\p{Ll}/u;

/**
 * "At the NATO summit", "OPEC members agreed": a longer all-capital word inside a sentence written
 * in ordinary case is an acronym too, not a town the gazetteer writes "Nato". A sentence's first
 * word ("BAGHDAD (AP) —", a dateline) and capitals among capitals (a headline) are not judged here.
 */
function midSentenceAcronym(span: NameSpan, word: string): boolean {
  if (span.initial || !LONGER_ACRONYM.test(word)) return false;
  return !!span.prev && LOWER.test(span.prev.text) && (!span.next || LOWER.test(span.next.text));
}
