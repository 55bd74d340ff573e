import { lookupPlace } from "../../geo/index.ts";
import type { Doc } from "../../nlp/types.ts";
import { eventPlace } from "../places.ts";
import type { Place } from "../schema.ts";
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
    // Sentences hold several candidates: each sentence is read once.
    const seats = new Map<number, Place | undefined>();
    for (const c of candidates) {
      const s = doc.sentences[c.trigger.sentence];
      if (c.place?.start !== undefined && c.place.start >= s.start && c.place.start < s.end) continue;
      if (!seats.has(c.trigger.sentence)) seats.set(c.trigger.sentence, seatIn(doc, c.trigger.sentence));
      const seat = seats.get(c.trigger.sentence);
      if (seat) c.place = seat;
    }
    return candidates;
  },
};

/** The capital of the seat of government a sentence names after "in" or "at", if any. */
function seatIn(doc: Doc, sentence: number): Place | undefined {
  const s = doc.sentences[sentence];
  const seat = SEAT_PATTERN.exec(doc.text.slice(s.start, s.end));
  if (!seat) return undefined;
  const [city, country] = SEATS_OF_GOVERNMENT.get(seat[1].toLowerCase()) ?? [];
  const found = city ? lookupPlace(city, { country }) : undefined;
  if (!found) return undefined;
  const start = s.start + seat.index + seat[0].length - seat[1].length;
  return eventPlace(found, seat[1], { start, end: start + seat[1].length });
}

const SEAT_PATTERN = new RegExp(
  `\\b(?:in|at|inside|outside)\\s+(?:the\\s+)?(${[...SEATS_OF_GOVERNMENT.keys()].map((k) => k.replace(/\s+/g, "\\s+")).join("|")})\\b`,
  "i",
);
