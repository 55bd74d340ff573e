import { namesFlag } from "../places.ts";
import type { Refiner } from "../types.ts";

/**
 * "Pirates attacked a Thai fishing trawler", "seized a Greek tanker": a story about a ship makes the
 * ship's flag country its focus, but the ship was attacked at sea, wherever it sailed, not in the
 * country it is registered in. An event placed only by the document's focus, whose own sentence
 * names a ship under that country's flag (namesFlag), has no place the story gives; a later rule
 * may still find the scene the story named before (place-from-story).
 */
export const placeNotFlag: Refiner = {
  name: "place-not-flag",
  refine(candidates, { doc, geo }) {
    for (const c of candidates) {
      const focus = c.place?.fromFocus ? c.place.country : undefined;
      if (!focus) continue;
      const flagged = geo.places.some(
        (m) => m.sentence === c.trigger.sentence && m.place.country === focus && namesFlag(doc.text, m),
      );
      if (flagged) c.place = undefined;
    }
    return candidates;
  },
};
