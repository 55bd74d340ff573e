import { lookupPlace, qualifierContext } from "../../geo/index.ts";
import { datelineOf } from "../dateline.ts";
import { eventPlace } from "../places.ts";
import type { Refiner } from "../types.ts";

/**
 * "COLOMBO, Jan 3 (Reuters) - …": wire copy opens with the city it was filed from, which is where
 * the events it tells happened unless a sentence or its paragraph says otherwise. It comes before
 * the document's focus country.
 */
export const placeFromDateline: Refiner = {
  name: "place-from-dateline",
  refine(candidates, { doc }) {
    const dateline = datelineOf(doc.article);
    if (!dateline) return candidates;
    const name = dateline.name.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (x) => x.toUpperCase());
    // "HAYWARD, Calif.", "HANOI, Vietnam": the qualifier picks the namesake in its country.
    const found = lookupPlace(name, dateline.qualifier ? qualifierContext(dateline.qualifier) : undefined);
    if (!found || found.precision === "region") return candidates;
    const { start } = dateline;
    for (const c of candidates) {
      if (c.place && !c.place.fromFocus) continue;
      c.place = eventPlace(found, dateline.name, { start, end: start + dateline.name.length });
    }
    return candidates;
  },
};
