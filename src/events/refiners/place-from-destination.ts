import { tokenAtOrAfter } from "../../nlp/offsets.ts";
import { placeOf, placesEvent } from "../places.ts";
import type { Candidate, CoderContext, Refiner } from "../types.ts";
import { DESTINATION_PREPOSITIONS } from "../words.ts";

/** How many words may stand between a deployment's verb and "to" its destination. */
const DESTINATION_WINDOW = 8;

/**
 * "The warship had been sent on escort duty to the Gulf of Aden", "deployed 3,000 troops to the
 * border region of Kursk": forces are deployed where they are sent. When a deployment's sentence
 * names where it happened in no locative ("in", "at"), the place after its "to" or "into" is its
 * place — before a paragraph, dateline or focus, which say where the story was, not where the
 * troops went. Seas and regions count: they have no country but are places all the same. So is a
 * visit where the visitor went: "during Trump's visit to Riyadh last year", whatever the dateline.
 */
export const placeFromDestination: Refiner = {
  name: "place-from-destination",
  refine(candidates, ctx) {
    for (const c of candidates) {
      const moves = c.trigger.type === "MOBILIZE" || c.trigger.mode === "visit";
      if (!moves || (c.place && !c.place.fromFocus)) continue;
      const destination = destinationOf(ctx, c);
      if (destination) c.place = destination;
    }
    return candidates;
  },
};

function destinationOf({ doc, geo }: CoderContext, c: Candidate): Candidate["place"] {
  const { tokens } = doc;
  const t = c.trigger;
  const sentence = doc.sentences[t.sentence];
  const first = tokenAtOrAfter(tokens, t.end);
  for (let k = first; k < sentence.tokenEnd && k < first + DESTINATION_WINDOW; k++) {
    const w = tokens[k];
    // The clause ends at a comma or another verb: "sent troops, which then moved to …".
    if (w.text === "," || w.text === ";" || (k > first && (w.pos === "VERB" || w.pos === "AUX")))
      return undefined;
    if (!DESTINATION_PREPOSITIONS.has(w.norm)) continue;
    const next = tokens[k + 1]?.norm === "the" ? tokens[k + 2] : tokens[k + 1];
    const named = next && geo.places.find((m) => m.start === next.start && m.role === "place");
    return named && placesEvent(named.place) ? placeOf(named) : undefined;
  }
  return undefined;
}
