import { lookupPlace } from "../../geo/index.ts";
import type { Refiner } from "../types.ts";
import { SEATS_OF_GOVERNMENT } from "../words.ts";

/**
 * "announced the deal during a meeting in the Oval Office", "talks at the Kremlin", "a reception at
 * Downing Street": a seat of government is in its capital, which the gazetteer does not hold under
 * the building's name. When an event's own sentence names one after "in" or "at", the capital is
 * the event's place, before a dateline, a paragraph's place or the document's focus. A place the
 * sentence names itself ("in Hanoi") stays.
 */
export const placeFromSeat: Refiner = {
  name: "place-from-seat",
  refine(candidates, { doc }) {
    for (const c of candidates) {
      const s = doc.sentences[c.trigger.sentence];
      if (c.place?.start !== undefined && c.place.start >= s.start && c.place.start < s.end) continue;
      const text = doc.text.slice(s.start, s.end);
      const seat = SEAT_PATTERN.exec(text);
      if (!seat) continue;
      const [city, country] = SEATS_OF_GOVERNMENT.get(seat[1].toLowerCase()) ?? [];
      const found = city ? lookupPlace(city, { country }) : undefined;
      if (!found) continue;
      const start = s.start + seat.index + seat[0].length - seat[1].length;
      c.place = {
        text: seat[1],
        start,
        end: start + seat[1].length,
        name: found.name,
        ...(found.geonameId ? { geonameId: found.geonameId } : {}),
        ...(found.country ? { country: found.country } : {}),
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

const SEAT_PATTERN = new RegExp(
  `\\b(?:in|at|inside|outside)\\s+(?:the\\s+)?(${[...SEATS_OF_GOVERNMENT.keys()].map((k) => k.replace(/\s+/g, "\\s+")).join("|")})\\b`,
  "i",
);
