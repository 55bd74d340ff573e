import { countryPlace, namesScene } from "../../geo/index.ts";
import { eventPlace, namesVenue } from "../places.ts";
import { type Candidate, happensAtScene, type Refiner } from "../types.ts";

/** Locatives a country needs before it is a story's scene rather than one place among several. */
const MIN_SCENES = 2;
/** How many times the focus country's locatives the scene country must have. */
const SCENE_MARGIN = 2;

/**
 * "Two United States service members have been killed in a helicopter crash in Afghanistan, the US
 * military said …": the country a story names most is often its actors' ("US troops", "the US
 * military", "Washington"), not where things happen. Where things happen is what its locatives say
 * ("in Afghanistan", "in Logar province"). An event placed only by the document's focus goes to the
 * country the article's locatives put things in, when that is clearly another country: at least
 * MIN_SCENES locatives, and SCENE_MARGIN times as many as the focus country has.
 */
export const placeFromScenes: Refiner = {
  name: "place-from-scenes",
  refine(candidates, { doc, geo }) {
    const focused = candidates.filter((c) => c.place?.fromFocus);
    if (!focused.length) return candidates;
    const scenes = new Map<string, number>();
    const venues = new Map<string, number>();
    for (const m of geo.places) {
      const country = m.place.country;
      if (m.role === "place" && country && namesScene(doc.text, m)) {
        scenes.set(country, (scenes.get(country) ?? 0) + 1);
        if (namesVenue(doc.text, m)) venues.set(country, (venues.get(country) ?? 0) + 1);
      }
    }
    // "Commanders of 20 navies met at a conference in Bahrain … Somali pirates released a tanker":
    // a country the story puts nothing in but a meeting is where people talked, not where the
    // story's deeds happened; a deed placed only by such a focus has no place the story gives.
    for (const c of focused) {
      const focus = c.place?.country;
      const venue = venues.get(focus ?? "") ?? 0;
      if (focus && isDeed(c) && venue > 0 && venue === scenes.get(focus)) c.place = undefined;
    }
    const [top] = [...scenes].sort((a, b) => b[1] - a[1]);
    if (!top) return candidates;
    const [country, count] = top;
    for (const c of focused) {
      const focus = c.place?.country;
      if (!focus || !c.place?.fromFocus || focus === country) continue;
      if (count < MIN_SCENES || count < SCENE_MARGIN * (scenes.get(focus) ?? 0)) continue;
      const place = countryPlace(country);
      if (place) c.place = eventPlace(place, place.name, undefined, true);
    }
    return candidates;
  },
};

/** An act done where it is done, not talk: a meeting is held at its venue, a statement made by its speaker. */
function isDeed(c: Candidate): boolean {
  return happensAtScene(c.trigger.type) && c.trigger.type !== "CONSULT";
}
