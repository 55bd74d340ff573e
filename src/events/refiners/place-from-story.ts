import { namesReferencePoint, namesScene, relativeAsides } from "../../geo/index.ts";
import type { GeoResult } from "../../geo/types.ts";
import type { Doc } from "../../nlp/types.ts";
import { namesVenue, namesWaters, placeOf } from "../places.ts";
import { type Candidate, happensAtScene, type Refiner } from "../types.ts";
import { NATIONWIDE } from "../words.ts";

/**
 * "Security forces crushed protests in more than 100 cities across Iran … At least 106 protesters
 * have been killed.": when neither the sentence, its paragraph, a dateline nor a focus country
 * places an event (a page that mixes stories about several countries has no focus), the story
 * still happened where it last said things happened — the last locative before the event.
 *
 * "A fire destroyed a supermarket in Banstead on Friday. … Dozens of people were evacuated from
 * their homes": a local story says where once, in its headline or lead, and its later paragraphs
 * tell what happened there without naming it again. A deed placed only by the document's focus
 * country is placed where the last deed the story told before it happened, when that deed's own
 * sentence named the town or region and it lies in the same country: the focus says no more than
 * the country, the story says where in it. Only a deed of the story carries its place: where
 * someone was born, died or spoke ("died at his home in Santa Rosa", "told a news conference in
 * Bellflower") or an aside about a person (", who had been in Kentucky for a meeting,") is no
 * scene of the story's later events; nor is a town for what "swept the country", nor for the deed
 * of a party from another country.
 */
export const placeFromStory: Refiner = {
  name: "place-from-story",
  refine(candidates, { doc, geo }) {
    const scenes = geo.places.filter(
      (m) => m.role === "place" && (m.place.country || namesWaters(m.place)) && namesScene(doc.text, m),
    );
    const deeds = candidates
      .filter((c) => namesOwnScene(doc, geo, c))
      .sort((a, b) => a.trigger.start - b.trigger.start);
    for (const c of candidates) {
      if (c.place && !c.place.fromFocus) continue;
      if (!c.place) {
        // A statement is made where its speaker is, not where the story last said deeds happened.
        if (!happensAtScene(c.trigger.type)) continue;
        // Nor is a deed done where a meeting was held before it (namesVenue).
        const deed = c.trigger.type !== "CONSULT";
        const scene = scenes
          .filter((m) => m.end <= c.trigger.start && !(deed && namesVenue(doc.text, m)))
          .at(-1);
        if (scene) c.place = placeOf(scene);
        continue;
      }
      const sentence = doc.sentences[c.trigger.sentence];
      if (!happensAtScene(c.trigger.type) || NATIONWIDE.test(doc.text.slice(sentence.start, sentence.end)))
        continue;
      // "Police arrested six people Monday during a drug investigation. … Officers from the
      // Columbus Police Department arrested a woman near Seventh Street": a lead told before the
      // story names its town happened in that town, when the story's deeds name one town only.
      const last = deeds.filter((d) => d.trigger.end <= sentence.start).at(-1)?.place ?? onlyTown(deeds);
      // "Tanzanian police arrested 14 foreigners" after a deed in Washington: a party of another
      // country acts at home.
      const home = c.actor?.country;
      // A story at sea goes on at sea: "Pirates attacked a ship in the Gulf of Aden … Sailors
      // seized two skiffs" were not seized in the navy's country, the focus.
      const atSea = !!last && namesWaters(last);
      if (last && (atSea || (last.country === c.place.country && (!home || home === last.country))))
        c.place = { ...last };
    }
    return candidates;
  },
};

/**
 * The candidate is a deed of the story's main line whose own sentence names the town or region
 * where it happened.
 */
function namesOwnScene(doc: Doc, geo: GeoResult, c: Candidate): boolean {
  const { place, trigger } = c;
  if (!place || place.fromFocus || !happensAtScene(trigger.type)) return false;
  if (place.precision === "country" || (place.precision === "region" && !namesWaters(place))) return false;
  // The place is a locative of the deed's own sentence ("in Banstead"), not a name's modifier
  // ("a Wells Fargo branch") nor a reference point ("northwest of Houston").
  const mention = geo.places.find((m) => m.start === place.start && m.end === place.end);
  if (!mention || mention.sentence !== trigger.sentence) return false;
  if (!namesScene(doc.text, mention) || namesReferencePoint(doc.text, mention)) return false;
  // Where a meeting was held is no scene of the deeds told after it (namesVenue).
  if (namesVenue(doc.text, mention)) return false;
  return !relativeAsides(doc, trigger.sentence).some(
    ([from, to]) => from <= trigger.start && trigger.start < to,
  );
}

/** The town every placed deed of the story happened in, when they name one only. */
function onlyTown(deeds: Candidate[]): Candidate["place"] {
  const first = deeds[0]?.place;
  if (first?.precision !== "city") return undefined;
  return deeds.every((d) => d.place?.name === first.name && d.place.country === first.country)
    ? first
    : undefined;
}
