import { KIND_ADMIN2, KIND_COUNTRY, KIND_REGION } from "../gazetteer.ts";
import { ADMIN2_SUFFIXES, EMBEDDED_TOWN_MIN_POPULATION } from "../recognize.ts";
import { nextNameWord } from "./county.ts";
import type { NameFilter } from "./types.ts";

/** Less certain when the place opens a longer name: the whole may be a person's or a brand. */
const OPENING_NAME_DOUBT = 0.1;

/**
 * "Texas Department of Health", "Dublin City Council": a well-known place opening an
 * organisation's name is a toponym, with less certainty; a hamlet there is mostly a surname ("Bell
 * Street"), and a national region mostly a brand ("Midwest Transit").
 */
export const organisationOpening: NameFilter = {
  name: "organisation-opening",
  judge(span, { g, tokens }) {
    if (!nextNameWord(span) || span.demonym) return span;
    const wellKnown = span.rows?.some(
      (r) =>
        g.idx.kind[r] === KIND_COUNTRY ||
        (g.idx.kind[r] === KIND_REGION && !g.idx.country[r]) ||
        // "Laurel County Fiscal Court": the county named with its suffix.
        (g.idx.kind[r] === KIND_ADMIN2 && ADMIN2_SUFFIXES.has(tokens[span.last].text)) ||
        g.idx.pop[r] >= EMBEDDED_TOWN_MIN_POPULATION,
    );
    if (!wellKnown) return undefined;
    span.evidence -= OPENING_NAME_DOUBT;
    return span;
  },
};
