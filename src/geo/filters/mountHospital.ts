import { FEATURE_PREFIXES, HOSPITAL_WORDS } from "../recognize.ts";
import { nextNameWord } from "./county.ts";
import type { NameFilter } from "./types.ts";

/**
 * "Mount Sinai Hospital": a hospital named after a mountain, not the town of that name (a town
 * opening a council's or school's name still is one: "Mount Pleasant City Council").
 */
export const mountHospital: NameFilter = {
  name: "mount-hospital",
  judge(span, { tokens }) {
    const next = nextNameWord(span);
    return next && FEATURE_PREFIXES.has(tokens[span.first].text) && HOSPITAL_WORDS.has(next.text)
      ? undefined
      : span;
  },
};
