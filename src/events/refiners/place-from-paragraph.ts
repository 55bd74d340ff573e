import type { PlaceMention } from "../../geo/types.ts";
import type { Place } from "../schema.ts";
import type { Refiner } from "../types.ts";

/**
 * "Fighting resumed in Kassala on Monday. Three soldiers were killed.": an event whose sentence
 * names no place happened where its paragraph last said, not in the document's focus country.
 */
export const placeFromParagraph: Refiner = {
  name: "place-from-paragraph",
  refine(candidates, { doc, geo }) {
    for (const c of candidates) {
      if (c.place && !c.place.fromFocus) continue;
      const t = c.trigger;
      const block = doc.article.blocks.find((b) => b.start <= t.start && t.end <= b.end);
      if (!block) continue;
      const named = geo.places
        .filter((m) => m.role === "place" && m.place.country && m.start >= block.start && m.end <= t.start)
        .at(-1);
      if (named) c.place = placeOf(named);
    }
    return candidates;
  },
};

export function placeOf(m: PlaceMention): Place {
  return {
    text: m.text,
    start: m.start,
    end: m.end,
    name: m.place.name,
    ...(m.place.geonameId ? { geonameId: m.place.geonameId } : {}),
    ...(m.place.country ? { country: m.place.country } : {}),
    ...(m.place.admin1 ? { admin1: m.place.admin1 } : {}),
    lat: m.place.lat,
    lon: m.place.lon,
    precision: m.place.precision,
    fromFocus: false,
  };
}
