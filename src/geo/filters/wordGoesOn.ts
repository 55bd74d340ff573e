import type { NameFilter } from "./types.ts";

/** An apostrophe and a letter that are not a possessive ("’i" in "Baha’i", not "’s" in "Paris’s"). */
const WORD_GOES_ON = /^['’](?!s\b)\p{L}/u;

/** "the Baha’i faith": a name the word goes on after an apostrophe is part of another word. */
export const wordGoesOn: NameFilter = {
  name: "word-goes-on",
  judge(span, { text }) {
    return WORD_GOES_ON.test(text.slice(span.end, span.end + 3)) ? undefined : span;
  },
};
