import { lookupPlace } from "../../geo/index.ts";
import type { Refiner } from "../types.ts";

/**
 * "COLOMBO, Jan 3 (Reuters) - …": wire copy opens with the city it was filed from, which is where
 * the events it tells happened unless a sentence or its paragraph says otherwise. It comes before
 * the document's focus country.
 */
const DATELINE =
  /^\s*([A-Z][A-Za-z.'’-]*(?:\s+[A-Z][A-Za-z.'’-]*){0,2}),?\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s*)?(?:\([A-Za-z ]+\)\s*)?[-–—]{1,2}\s/;

export const placeFromDateline: Refiner = {
  name: "place-from-dateline",
  refine(candidates, { doc }) {
    const m = DATELINE.exec(doc.text.slice(0, 120));
    if (!m) return candidates;
    const name = m[1].toLowerCase().replace(/(^|[\s-])\p{L}/gu, (x) => x.toUpperCase());
    const found = lookupPlace(name);
    if (!found || found.precision === "region") return candidates;
    const start = doc.text.indexOf(m[1]);
    for (const c of candidates) {
      if (c.place && !c.place.fromFocus) continue;
      c.place = {
        text: m[1],
        start,
        end: start + m[1].length,
        name: found.name,
        ...(found.geonameId ? { geonameId: found.geonameId } : {}),
        country: found.country,
        ...(found.admin1 ? { admin1: found.admin1 } : {}),
        lat: found.lat,
        lon: found.lon,
        precision: found.precision,
        fromFocus: false,
      };
    }
    return candidates;
  },
};
