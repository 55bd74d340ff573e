import type { PlaceMention } from "../../geo/types.ts";
import type { Doc } from "../../nlp/types.ts";
import { placedBySentence, placeOf } from "../places.ts";
import type { Candidate, Refiner } from "../types.ts";
import { COURT_ACTS, COURT_PARTIES } from "../words.ts";

/**
 * "WASHINGTON — Federal prosecutors charged a former analyst … He appeared in Manhattan federal
 * court": charges, pleas, trials and sentences happen where the court that hears the case sits,
 * and so do what prosecutors, judges and lawyers allege or ask in it. A story that names that court
 * by its place ("in Manhattan federal court", "a federal court in Alexandria", "Leeds Crown Court")
 * places them there, rather than at the dateline the reporter filed from, the paragraph's last
 * scene or the document's focus. A place the event's own sentence names stays ("was charged in
 * Boston"). A court the event's own sentence names is its court ("was charged Monday in Wyandotte
 * County District Court"); else the nearest named before it; else the first named after it.
 */
export const placeFromCourt: Refiner = {
  name: "place-from-court",
  refine(candidates, { doc, geo }) {
    const courts = geo.places.filter((m) => m.place.country && namesCourt(doc.text, m));
    if (!courts.length) return candidates;
    for (const c of candidates) {
      if (!isCourtAct(doc, c) || placedBySentence(doc, c)) continue;
      const court =
        courts.find((m) => m.sentence === c.trigger.sentence) ??
        courts.filter((m) => m.end <= c.trigger.start).at(-1) ??
        courts[0];
      c.place = placeOf(court);
    }
    return candidates;
  },
};

/**
 * "Manhattan federal court", "Leeds Crown Court", "a court in Alexandria", "the courthouse in
 * Dallas". A word of the court's own name that the gazetteer holds as a town ("Fulton County
 * Superior Court": Superior, Wisconsin; "Federal District Court") is no court's place, nor is a
 * court's name the gazetteer does not know.
 */
function namesCourt(text: string, m: PlaceMention): boolean {
  if (COURT_KIND.test(m.text)) return false;
  // "Furness District Magistrates court": a name the gazetteer lacks stands in for the document's
  // main town (geo's context row), which is no court's seat.
  const [said, named] = [m.text.toLowerCase(), m.place.name.toLowerCase()];
  if (!said.includes(named) && !named.includes(said)) return false;
  return (
    COURT_AFTER.test(text.slice(m.end, m.end + 50)) ||
    COURT_BEFORE.test(text.slice(Math.max(0, m.start - 50), m.start))
  );
}
const COURT_KINDS =
  "federal|district|state|superior|county|criminal|high|supreme|appeals?|appellate|magistrates['’]?|crown|city|municipal|circuit|family|juvenile|bankruptcy|provincial|regional|military|u\\.s\\.";
const COURT_KIND = new RegExp(`^(?:${COURT_KINDS})\\b`, "i");
const COURT_AFTER = new RegExp(`^,?\\s+(?:(?:${COURT_KINDS})\\s+){0,3}court(?:house)?\\b`, "i");
const COURT_BEFORE =
  /\bcourt(?:house)?\s+(?:(?:for|of)\s+the\s+(?:[\p{L}-]+\s+){1,3})?(?:in|at)\s+(?:the\s+)?$/iu;

/** A court case's act: charged, indicted, tried, sentenced; or an allegation by a party to the case. */
function isCourtAct(doc: Doc, c: Candidate): boolean {
  const lemma = doc.tokens[c.trigger.firstToken].lemma.toLowerCase();
  if (COURT_ACTS.has(lemma)) return true;
  const actor = c.actor;
  if (!actor || (c.trigger.type !== "ACCUSE" && c.trigger.type !== "REQUEST")) return false;
  return COURT_PARTIES.has(doc.tokens[actor.lastToken].norm);
}
