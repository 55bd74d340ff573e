import { lookupPlace } from "../../geo/index.ts";
import type { Doc } from "../../nlp/types.ts";
import { eventPlace } from "../places.ts";
import type { Place } from "../schema.ts";
import { type Candidate, type Refiner, STATEMENT_TYPES } from "../types.ts";
import { INTERNATIONAL_SEATS, SEATS_OF_GOVERNMENT } from "../words.ts";

/**
 * "announced the deal during a meeting in the Oval Office", "talks at the Kremlin", "a reception at
 * Downing Street": a seat of government is in its capital, which the gazetteer does not hold under
 * the building's name. When an event's own sentence names one after "in" or "at", the capital is
 * the event's place, before a dateline, a paragraph's place or the document's focus. A place the
 * sentence names itself ("in Hanoi") stays.
 *
 * "The Pentagon rejected these accusations", "the Kremlin said": a seat of government that speaks
 * speaks from its capital. A statement whose actor names one is placed there, unless its place
 * already lies in that country (a locative of another clause, "sources in the Rukban camp told
 * reporters", is not where the Pentagon spoke).
 */
export const placeFromSeat: Refiner = {
  name: "place-from-seat",
  refine(candidates, { doc }) {
    // Sentences hold several candidates: each sentence is read once.
    const seats = new Map<number, Place | undefined>();
    for (const c of candidates) {
      const speaker = speakingSeat(doc, c);
      if (speaker) {
        if (c.place?.country !== speaker.country || c.place?.fromFocus) c.place = speaker;
        continue;
      }
      const s = doc.sentences[c.trigger.sentence];
      if (c.place?.start !== undefined && c.place.start >= s.start && c.place.start < s.end) continue;
      if (!seats.has(c.trigger.sentence)) seats.set(c.trigger.sentence, seatIn(doc, c.trigger.sentence));
      const seat = seats.get(c.trigger.sentence);
      if (seat) c.place = seat;
    }
    return candidates;
  },
};

/**
 * The capital of the seat of government that is a statement's actor ("The Kremlin said"), or the
 * seat of the international body that is ("the Arab League condemned": Cairo), if it is one.
 */
function speakingSeat(doc: Doc, c: Candidate): Place | undefined {
  const actor = c.actor;
  if (!actor || !STATEMENT_TYPES.has(c.trigger.type)) return undefined;
  const said = doc.text.slice(actor.start, actor.end);
  const named = SEAT_NAME.exec(said) ?? BODY_NAME.exec(said);
  if (!named) return undefined;
  const key = named[1].toLowerCase().replace(/\s+/g, " ");
  const [city, country] = SEATS_OF_GOVERNMENT.get(key) ?? INTERNATIONAL_SEATS.get(key) ?? [];
  const found = city ? lookupPlace(city, { country }) : undefined;
  if (!found) return undefined;
  const start = actor.start + named.index;
  return eventPlace(found, named[1], { start, end: start + named[1].length });
}

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
  // "on Capitol Hill": the hill takes "on".
  `\\b(?:in|at|inside|outside|on(?=\\s+capitol\\s+hill\\b))\\s+(?:the\\s+)?(${[...SEATS_OF_GOVERNMENT.keys()].map((k) => k.replace(/\s+/g, "\\s+")).join("|")})\\b`,
  "i",
);

/** A seat of government's name inside an actor phrase ("The Pentagon", "White House officials"). */
const SEAT_NAME = new RegExp(
  `\\b(${[...SEATS_OF_GOVERNMENT.keys()].map((k) => k.replace(/\s+/g, "\\s+")).join("|")})\\b`,
  "i",
);

/** An international body's name inside an actor phrase ("the Arab League", "NATO's secretary-general"). */
const BODY_NAME = new RegExp(
  `(?:^|\\s)(${[...INTERNATIONAL_SEATS.keys()].map((k) => k.replace(/\./g, "\\.").replace(/\s+/g, "\\s+")).join("|")})\\b`,
  "i",
);
