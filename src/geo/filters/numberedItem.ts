import type { NameFilter } from "./types.ts";

/**
 * A number written after the name ("Lot No. 15", "Gate No. 3"), not opening a facility's own name
 * ("Tianjin No. 2 Detention Centre" is in Tianjin).
 */
const NUMBER_AFTER = /^[ \u00a0]+(?:No\.?|Number|#)[ \u00a0]*\d+(?![\d \u00a0]*\p{Lu})/u;

/** "lives at Lot No. 5": a word numbered like an item is the item (Lot is also a town in Belgium). */
export const numberedItem: NameFilter = {
  name: "numbered-item",
  judge(span, { text }) {
    return span.single && NUMBER_AFTER.test(text.slice(span.end, span.end + 24)) ? undefined : span;
  },
};
