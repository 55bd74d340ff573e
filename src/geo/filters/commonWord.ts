import { isCommonWord } from "../recognize.ts";
import type { NameFilter } from "./types.ts";

/**
 * "The", "North", "Judge", "Street", "the Duma": alone, a word that also names some hamlet (or
 * Douma in Syria) is the ordinary word or the institution.
 */
export const commonWord: NameFilter = {
  name: "common-word",
  judge(span, { tokens }) {
    return span.single && isCommonWord(tokens[span.first].text) ? undefined : span;
  },
};
