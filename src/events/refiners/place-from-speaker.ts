import { countryPlace } from "../../geo/index.ts";
import { eventPlace } from "../places.ts";
import type { PloverType } from "../schema.ts";
import { type Refiner, VERBAL_CONFLICT } from "../types.ts";

/** Acts done by speaking or writing: they happen where the one who speaks is. */
const STATEMENTS: ReadonlySet<PloverType> = new Set<PloverType>([...VERBAL_CONFLICT, "SUPPORT", "AGREE"]);

/**
 * "The Democrats are alleging that Trump's call with his Ukrainian counterpart was irregular",
 * "China has denounced a Hong Kong court ruling": a story's focus is the country it is about, and
 * a statement about that country is mostly made at home by those who make it. A statement whose
 * only place is the document's focus is placed in its actor's country when the actor has one and
 * it is another. The country a story's locatives put things in (place-from-scenes) stays: there
 * the speakers are where the story happens.
 */
export const placeFromSpeaker: Refiner = {
  name: "place-from-speaker",
  refine(candidates) {
    for (const c of candidates) {
      const home = c.actor?.country;
      if (!home || !c.place?.fromFocus || !STATEMENTS.has(c.trigger.type)) continue;
      if (c.place.country === home || c.rules.includes("place-from-scenes")) continue;
      const place = countryPlace(home);
      if (place) c.place = eventPlace(place, place.name, undefined, true);
    }
    return candidates;
  },
};
