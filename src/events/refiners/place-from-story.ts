import { namesScene } from "../../geo/index.ts";
import { placeOf } from "../places.ts";
import type { Refiner } from "../types.ts";

/**
 * "Security forces crushed protests in more than 100 cities across Iran … At least 106 protesters
 * have been killed.": when neither the sentence, its paragraph, a dateline nor a focus country
 * places an event (a page that mixes stories about several countries has no focus), the story
 * still happened where it last said things happened — the last locative before the event.
 */
export const placeFromStory: Refiner = {
  name: "place-from-story",
  refine(candidates, { doc, geo }) {
    for (const c of candidates) {
      if (c.place) continue;
      const scene = geo.places
        .filter(
          (m) => m.role === "place" && m.place.country && m.end <= c.trigger.start && namesScene(doc.text, m),
        )
        .at(-1);
      if (scene) c.place = placeOf(scene);
    }
    return candidates;
  },
};
