import { SPAN_STOPWORDS } from "../aliases.ts";
import { COMPASS, NAME_HEADS, PERSON_TITLES, PLACE_QUALIFIERS } from "../recognize.ts";
import type { NameFilter } from "./types.ts";

/** "The", "North", "Judge", "Street": alone, a word that also names some hamlet is the ordinary word. */
export const commonWord: NameFilter = {
  name: "common-word",
  judge(span, { tokens }) {
    if (!span.single) return span;
    const w = tokens[span.first].text;
    if (
      SPAN_STOPWORDS.has(w) ||
      COMPASS.has(w) ||
      PLACE_QUALIFIERS.has(w) ||
      PERSON_TITLES.has(w) ||
      NAME_HEADS.has(w)
    )
      return undefined;
    return span;
  },
};
