import { tokenAtOrAfter } from "../../nlp/offsets.ts";
import type { Doc } from "../../nlp/types.ts";
import type { Candidate, Refiner } from "../types.ts";
import { AT_PLACE_PREPOSITIONS } from "../words.ts";

/**
 * "Police alone are not able to end the violence", "an existential threat", "the talks", "an even
 * broader investigation": an event noun with no one doing it, no one it is done to, no date, no
 * figure and no place of its own names a topic the article discusses, not an event it reports.
 * News reports an event with at least one of those. A place counts when a locative preposition
 * puts it there ("clashes in Kassala"), not when the sentence merely names a country ("the envoy
 * to Ukraine … the inquiry"). Runs after merge-mentions, so a noun that takes up an event told
 * elsewhere ("The attack killed nine") has already joined it.
 */
export const dropUnanchoredNominals: Refiner = {
  name: "drop-unanchored-nominals",
  refine: (candidates, { doc }) =>
    candidates.filter((c) => !c.trigger.nominal || looksVerbal(c.trigger.text) || anchored(c, doc)),
};

/** "Armed men abducted five traders": a past form the tagger read as a noun is the verb. */
function looksVerbal(text: string): boolean {
  return /ed$/i.test(text.split(/\s+/)[0]);
}

function anchored(c: Candidate, doc: Doc): boolean {
  return (
    !!c.actor || !!c.recipient || !!c.time || c.counts.length > 0 || c.also.length > 0 || placedThere(c, doc)
  );
}

/** The event's place is named in its sentence after a locative preposition ("in", "near", "outside the"). */
function placedThere(c: Candidate, doc: Doc): boolean {
  const place = c.place;
  if (!place || place.fromFocus || place.start === undefined) return false;
  const sentence = doc.sentences[c.trigger.sentence];
  if (place.start < sentence.start || place.start >= sentence.end) return false;
  let k = tokenAtOrAfter(doc.tokens, place.start) - 1;
  if (k >= 0 && doc.tokens[k].norm === "the") k--;
  return k >= sentence.tokenStart && AT_PLACE_PREPOSITIONS.has(doc.tokens[k].norm);
}
