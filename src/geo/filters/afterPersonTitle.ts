import { PERSON_TITLES } from "../recognize.ts";
import type { NameFilter } from "./types.ts";

/** "Gov. Jackson", "Mr. Washington": a name after a person's title is the person's. */
export const afterPersonTitle: NameFilter = {
  name: "after-person-title",
  judge(span, { text, tokens }) {
    const { prev } = span;
    if (prev && PERSON_TITLES.has(prev.text) && /^\.? $/.test(text.slice(prev.end, tokens[span.first].start)))
      return undefined;
    return span;
  },
};
