import { namesScene } from "../../geo/index.ts";
import { datelineOf } from "../dateline.ts";
import { placeOf } from "../places.ts";
import type { Refiner } from "../types.ts";

/**
 * "Fighting resumed in Kassala on Monday. Three soldiers were killed.": an event whose sentence
 * names no place happened where its paragraph last said, not in the document's focus country.
 *
 * A locative says it best ("in Kassala"). A toponym that only modifies a noun ("a Fort Worth
 * girl", "Hong Kong police") still tells where the paragraph is, but less surely than a dateline:
 * in "HANOI, Vietnam (AP) — U.S. Defense Secretary Mark Esper accused China …" the "U.S." is the
 * actor's title and the accusation was made in Hanoi. So such a toponym places the event only in
 * an article without a dateline (place-from-dateline comes next).
 */
export const placeFromParagraph: Refiner = {
  name: "place-from-paragraph",
  refine(candidates, { doc, geo }) {
    let dated: boolean | undefined;
    for (const c of candidates) {
      if (c.place && !c.place.fromFocus) continue;
      const t = c.trigger;
      const block = doc.article.blocks.find((b) => b.start <= t.start && t.end <= b.end);
      if (!block) continue;
      const named = geo.places.filter(
        (m) => m.role === "place" && m.place.country && m.start >= block.start && m.end <= t.start,
      );
      const scene = named.filter((m) => namesScene(doc.text, m)).at(-1);
      if (scene) {
        c.place = placeOf(scene);
        continue;
      }
      dated ??= !!datelineOf(doc.article);
      const last = named.at(-1);
      if (last && !dated) c.place = placeOf(last);
    }
    return candidates;
  },
};
