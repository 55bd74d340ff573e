import { isCountryOrRegion, SHORT_ACRONYM } from "../recognize.ts";
import type { NameFilter } from "./types.ts";

/**
 * "BA", "APC", "TBS": a short all-capital word is an acronym, unless it names a country or region
 * ("EU"; "UK" and "U.S." are matched before this scan).
 */
export const acronym: NameFilter = {
  name: "acronym",
  judge(span, { g, tokens }) {
    if (!span.single || !SHORT_ACRONYM.test(tokens[span.first].text)) return span;
    return span.rows?.some((r) => isCountryOrRegion(g, r)) ? span : undefined;
  },
};
