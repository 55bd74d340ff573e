import { insideArabicName, namesReferencePoint, namesScene } from "../../geo/index.ts";
import type { PlaceMention } from "../../geo/types.ts";
import { datelineOf } from "../dateline.ts";
import { namesFlag, namesResidence, namesVenue, namesWaters, placeOf, qualifiesNoun } from "../places.ts";
import { type Candidate, happensAtScene, type Refiner } from "../types.ts";

/**
 * How many sentences back a paragraph's place still tells where a statement was made. The
 * paragraph's deeds happened there, but its statements are made where their speakers are: "…
 * foreign troops dug in along the Saudi border. In a letter read on state radio, the Iraqi leader
 * promised to free prisoners" was not said in Saudi Arabia. Only a place named just before (the
 * speaker at the scene: "Protesters gathered in the square. They demanded his resignation") still
 * holds.
 */
export const STATEMENT_REACH = 1;

/**
 * "Fighting resumed in Kassala on Monday. Three soldiers were killed.": an event whose sentence
 * names no place happened where its paragraph last said, not in the document's focus country.
 *
 * A locative says it best ("in Kassala"). A toponym that only modifies a noun ("a Fort Worth
 * girl", "Hong Kong police") still tells where the paragraph is, but less surely than a dateline:
 * in "HANOI, Vietnam (AP) — U.S. Defense Secretary Mark Esper accused China …" the "U.S." is the
 * actor's title and the accusation was made in Hanoi. So such a toponym places the event only in
 * an article without a dateline (place-from-dateline comes next).
 *
 * The place must be a scene, not a reference point: "in a barn at Newry, 30 miles south of
 * Belfast. They arrested two men" happened in Newry, not Belfast; and for a statement it must be
 * named in its sentence or the one before (STATEMENT_REACH). Nor is the venue of a meeting the
 * scene of the deeds told after it ("Naval commanders met at a conference in Bahrain … Pirates
 * released a tanker"): those who met there only talked (namesVenue).
 */
export const placeFromParagraph: Refiner = {
  name: "place-from-paragraph",
  refine(candidates, { doc, geo }) {
    let dated: boolean | undefined;
    for (const c of candidates) {
      if (c.place && !c.place.fromFocus) continue;
      const t = c.trigger;
      const deed = happensAtScene(t.type) && t.type !== "CONSULT";
      const reach = happensAtScene(t.type) ? Number.POSITIVE_INFINITY : STATEMENT_REACH;
      const block = doc.article.blocks.find((b) => b.start <= t.start && t.end <= b.end);
      if (!block) continue;
      const named = geo.places.filter(
        (m) =>
          m.role === "place" &&
          (m.place.country || (deed && namesWaters(m.place))) &&
          m.start >= block.start &&
          m.end <= t.start &&
          t.sentence - m.sentence <= reach &&
          !namesReferencePoint(doc.text, m) &&
          // A deed is not placed at the venue of a meeting named before it, nor at a ship's flag.
          !(deed && namesVenue(doc.text, m)) &&
          !namesFlag(doc.text, m) &&
          !namesResidence(doc.text, m) &&
          !qualifiesNoun(doc, m) &&
          !insideArabicName(doc.text, m),
      );
      const scene = named.filter((m) => namesScene(doc.text, m)).at(-1);
      if (scene) {
        c.place = placeOf(scene);
        continue;
      }
      dated ??= !!datelineOf(doc.article);
      // A country's name that only qualifies a noun ("handed over to US forces", "the U.S. military
      // in al-Tanf") says whose they are, as a demonym does; it does not place the deed of a party
      // from another country: "the Afghan government freed three prisoners".
      const last = named.at(-1);
      if (last && !dated && !othersNationality(c, last)) c.place = placeOf(last);
    }
    return candidates;
  },
};

function othersNationality(c: Candidate, m: PlaceMention): boolean {
  const home = c.actor?.country;
  return !!home && m.place.precision === "country" && m.place.country !== home;
}
