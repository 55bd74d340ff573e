import { SPAN_STOPWORDS } from "../aliases.ts";
import { COMPASS, isSentenceInitial, PLACE_QUALIFIERS } from "../recognize.ts";
import type { NameFilter } from "./types.ts";

/**
 * "Michael Jackson", "Paris Hilton": a place name after another capitalised word is inside a longer
 * proper name, except after a compass word or another qualifier of area: "North Texas", "Metro
 * Vancouver" qualify Texas and Vancouver, which alone are the toponyms (as LGL annotates; names
 * like "North Carolina" are matched whole by the scan).
 */
export const insideProperName: NameFilter = {
  name: "inside-proper-name",
  judge(span, { text, tokens, sentenceStarts }) {
    const { prev } = span;
    if (
      prev &&
      span.prevJoined &&
      prev.cap &&
      !COMPASS.has(prev.text) &&
      !PLACE_QUALIFIERS.has(prev.text) &&
      !isSentenceInitial(text, tokens, span.first - 1, sentenceStarts) &&
      !SPAN_STOPWORDS.has(prev.text)
    )
      return undefined;
    return span;
  },
};
