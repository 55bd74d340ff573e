import { countryPlace, isNationalCapital, lookupPlace } from "../../geo/index.ts";
import { tokenAtOrAfter } from "../../nlp/offsets.ts";
import type { Doc } from "../../nlp/types.ts";
import { eventPlace } from "../places.ts";
import type { PloverType } from "../schema.ts";
import type { Candidate, Refiner } from "../types.ts";

/** Acts a state does from home against another: inquiries, sanctions, demands, threats, restrictions. */
const DONE_FROM_HOME: ReadonlySet<PloverType> = new Set<PloverType>([
  "ACCUSE",
  "SANCTION",
  "REQUEST",
  "REJECT",
  "THREATEN",
  "COERCE",
]);
/** Words before a country that make it what the act is aimed at ("an investigation into China's practices"). */
const TARGET_WORDS = new Set(["into", "on", "against", "over", "toward", "towards"]);
/** How many words may stand between the target word and the country ("into the Chinese government's"). */
const TARGET_REACH = 3;

/**
 * "an investigation by the United States into China's intellectual property practices", "Washington
 * imposed sanctions on Iran's oil sector": a state's inquiry, sanction, demand, threat or restriction
 * against another country is done at home; the country it is aimed at, named after "into", "on" or
 * "against" or as the possessor of its object, is its target, not its scene. Such a place, in
 * another country than the actor's, gives way to the actor's country. Armed attacks, raids and
 * deployments happen where they are aimed and are left alone.
 */
export const placeNotTarget: Refiner = {
  name: "place-not-target",
  refine(candidates, { doc }) {
    for (const c of candidates) {
      const home = c.actor && (c.actor.country ?? capitalCountry(c.actor.text));
      const place = c.place;
      if (!home || !place || place.fromFocus || place.start === undefined || place.country === home) continue;
      if (!DONE_FROM_HOME.has(c.trigger.type) || !stateActor(c)) continue;
      if (place.start < c.trigger.end || !aimedAt(doc, place.start)) continue;
      const at = countryPlace(home);
      if (at) c.place = eventPlace(at, at.name, undefined, true);
    }
    return candidates;
  },
};

/** "Washington imposed sanctions": a capital named as a party stands for its country. */
function capitalCountry(text: string): string | undefined {
  const place = lookupPlace(text);
  return place && isNationalCapital(place) ? place.country : undefined;
}

function stateActor(c: Candidate): boolean {
  return c.actor?.kind === "state" || c.actor?.kind === "government";
}

/** The place at `start` follows a word of aim, or owns the noun after it ("China's practices"). */
function aimedAt(doc: Doc, start: number): boolean {
  const tokens = doc.tokens;
  const k = tokenAtOrAfter(tokens, start);
  for (let j = k - 1; j >= Math.max(0, k - 1 - TARGET_REACH); j--) {
    if (tokens[j].sentence !== tokens[k].sentence) break;
    if (TARGET_WORDS.has(tokens[j].norm)) return true;
    if (!["DET", "ADJ", "PROPN", "NOUN"].includes(tokens[j].pos)) break;
  }
  return false;
}
