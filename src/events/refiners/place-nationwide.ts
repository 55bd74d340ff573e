import { countryPlace } from "../../geo/index.ts";
import { eventPlace, placedBySentence } from "../places.ts";
import type { Refiner } from "../types.ts";
import { MANY_PLACES, NATIONWIDE } from "../words.ts";

/**
 * "TEHRAN — At least 200 people have been killed nationwide", "Police have arrested 1,000 people in
 * 40 cities": a toll or a wave of arrests counted across a country happened in the country, not in
 * the capital the dateline names nor in the town the paragraph last named. An event whose sentence
 * says so is placed at its country, unless the sentence names its own place ("in Tehran and 40
 * other cities" keeps Tehran).
 */
export const placeNationwide: Refiner = {
  name: "place-nationwide",
  refine(candidates, { doc }) {
    for (const c of candidates) {
      const place = c.place;
      if (!place?.country || place.precision === "country" || place.precision === "region") continue;
      if (placedBySentence(doc, c)) continue;
      const s = doc.sentences[c.trigger.sentence];
      const text = doc.text.slice(s.start, s.end);
      if (!NATIONWIDE.test(text) && !MANY_PLACES.test(text)) continue;
      const country = countryPlace(place.country);
      if (country) c.place = eventPlace(country, country.name);
    }
    return candidates;
  },
};
