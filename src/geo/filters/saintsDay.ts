import type { NameFilter } from "./types.ts";

/** A saint's name: "St. John", "St Patrick", "Saint Paul". */
const SAINT = /^(?:St\.?|Saint)[ \u00a0]\p{Lu}/u;
/** The possessive and the capitalised word it governs ("'s Lutheran School", "'s Day"). */
const POSSESSIVE_NAME = /^['’]s[ \u00a0]+\p{Lu}/u;

/**
 * "St. John's Lutheran School", "St. Patrick's Day", "St. Paul's United Brethren Church": a saint
 * owning a capitalised name is a church's, school's or feast's patron, not the town named after
 * the saint ("St. John's, Newfoundland" has a comma there).
 */
export const saintsDay: NameFilter = {
  name: "saints-day",
  judge(span, { text }) {
    if (!SAINT.test(text.slice(span.start, span.end))) return span;
    return POSSESSIVE_NAME.test(text.slice(span.end, span.end + 4)) ? undefined : span;
  },
};
