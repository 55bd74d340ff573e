import type { NameFilter } from "./types.ts";

/** "University of Kentucky", "Bank of America": a word followed by "of" and a name heads a longer name. */
export const headOfLongerName: NameFilter = {
  name: "head-of-longer-name",
  judge(span, { text, tokens }) {
    const end = tokens[span.first].end;
    return span.single && /^ of \p{Lu}/u.test(text.slice(end, end + 5)) ? undefined : span;
  },
};
