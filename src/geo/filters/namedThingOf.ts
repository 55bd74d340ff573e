import { KIND_CITY } from "../gazetteer.ts";
import { EMBEDDED_TOWN_MIN_POPULATION } from "../recognize.ts";
import type { NameFilter } from "./types.ts";

/**
 * Nouns before "of" that name a place or what belongs to one ("the City of Westminster", "the
 * Mayor of Ridgefield", "the Diocese of Lismore"): the name after them is the place.
 */
const PLACE_HEADS = new Set(
  `City Town Village Borough Township Parish County Province State Region District Municipality
  Governorate Republic Kingdom Emirate Sultanate Principality Duchy Commonwealth Federation Isle
  Island Islands Gulf Bay Sea Strait Straits Cape Lake Port Mayor Governor Sheriff Bishop
  Archbishop Diocese Archdiocese Council Chamber University College School Church Hospital Police
  Bank Battle Siege Liberation Fall Sack Treaty Peace Duke Duchess Earl Prince Princess Lord Lady`.split(
    /\s+/,
  ),
);

/**
 * "the Medal of Valor", "the Statue of Liberty", "the Order of Merit": after a capitalised noun
 * that is no place and no one's office, a hamlet's name ("Válor", a village of 700 in Spain) is the
 * end of the thing's name. A town big enough for things to be named after it stays ("the Star of
 * Bethlehem").
 */
export const namedThingOf: NameFilter = {
  name: "named-thing-of",
  judge(span, { g, tokens }) {
    const { prev } = span;
    const head = tokens[span.first - 2];
    if (prev?.text !== "of" || !head?.cap || PLACE_HEADS.has(head.text) || !span.rows?.length) return span;
    const small = span.rows.every(
      (r) => g.idx.kind[r] === KIND_CITY && g.idx.pop[r] < EMBEDDED_TOWN_MIN_POPULATION,
    );
    return small ? undefined : span;
  },
};
