import { countryPlace } from "../../geo/index.ts";
import { eventPlace } from "../places.ts";
import type { ActorKind, PloverType } from "../schema.ts";
import type { Candidate, Refiner } from "../types.ts";

/** Acts a state or its government does at home: its restrictions, arrests, expulsions and sanctions. */
const DONE_AT_HOME: ReadonlySet<PloverType> = new Set<PloverType>(["COERCE", "SANCTION"]);

/**
 * "WASHINGTON — … Tanzanian police said they had arrested 14 foreigners", "tariffs imposed by
 * China": a police force acts only in its own country, and a state or government restricts,
 * detains, expels and sanctions at home. A story's focus is the country it is mostly about, not
 * where a foreign force or state acts; so such an act placed only by the document's focus, whose
 * actor belongs to another country, is placed in the actor's country. (Statements are placed by
 * their speaker in place-from-speaker; armies and ministers travel, and attack, deploy and meet
 * abroad, so their acts keep the focus.)
 */
export const placeFromHome: Refiner = {
  name: "place-from-home",
  refine(candidates) {
    for (const c of candidates) {
      const home = c.actor?.country;
      if (!c.place?.fromFocus || !home || c.place.country === home || !actsAtHome(c)) continue;
      const place = countryPlace(home);
      if (place) c.place = eventPlace(place, place.name, undefined, true);
    }
    return candidates;
  },
};

function actsAtHome(c: Candidate): boolean {
  const kind = c.actor?.kind as ActorKind;
  if (kind === "police") return true;
  return (kind === "state" || kind === "government") && DONE_AT_HOME.has(c.trigger.type);
}
