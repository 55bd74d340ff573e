import type { NameFilter } from "./types.ts";

/** What follows a dateline's place: a dash ("BANTAM —", "DANIELSVILLE -", "MANSFIELD --"). */
const DATELINE_DASH = /^[ \u00a0]*(?:—|–|--?)[ \u00a0]/;

/**
 * "BANTAM — A Danbury mason was arraigned…": an all-capital name opening a sentence before a dash
 * is the story's dateline, a place whatever NER calls it and however small the town.
 */
export const dateline: NameFilter = {
  name: "dateline",
  judge(span, { text }) {
    const surface = text.slice(span.start, span.end);
    if (!span.initial || /\p{Ll}/u.test(surface) || surface.length < 4) return span;
    if (!DATELINE_DASH.test(text.slice(span.end, span.end + 5))) return span;
    span.locative = true;
    span.strongCue = true;
    return span;
  },
};
