import { countryPlace } from "../../geo/index.ts";
import { eventPlace, placeOf } from "../places.ts";
import type { ActorKind } from "../schema.ts";
import { type Candidate, type CoderContext, type Refiner, STATEMENT_TYPES } from "../types.ts";
import { POSTED_ENVOYS } from "../words.ts";

/** Speakers that speak from home: a state or its government, not a person who may be travelling. */
const SEATED_SPEAKERS: ReadonlySet<ActorKind> = new Set<ActorKind>(["state", "government"]);

/**
 * "The Democrats are alleging that Trump's call with his Ukrainian counterpart was irregular",
 * "China has denounced a Hong Kong court ruling": a story's focus is the country it is about, and
 * a statement about that country is mostly made at home by those who make it. A statement whose
 * only place is the document's focus is placed in its actor's country when the actor has one and
 * it is another. The country a story's locatives put things in (place-from-scenes) stays: there
 * the speakers are where the story happens — unless the statement's own sentence named that
 * country as its topic (place-not-topic: "Cyprus condemned the bombings in Kenya").
 *
 * A paragraph's last scene is where the deeds it tells happened, not where a state answers them:
 * "… the poisoning in Salisbury, which Russia denies", "the Mexican Senate condemned the remarks"
 * after a paragraph about the United States. A statement by a state or government placed only by
 * its paragraph in another country is placed in the state's.
 *
 * An envoy speaks where posted: "China's ambassador to Britain accused London of interfering" was
 * said in Britain, whatever the focus of a story about Hong Kong.
 */
export const placeFromSpeaker: Refiner = {
  name: "place-from-speaker",
  refine(candidates, ctx) {
    for (const c of candidates) {
      if (!c.place || !STATEMENT_TYPES.has(c.trigger.type) || (!placedByFocus(c) && !placedByParagraph(c)))
        continue;
      const post = postOf(ctx, c);
      if (post) {
        c.place = post;
        continue;
      }
      const home = c.actor?.country;
      if (!home || c.place.country === home) continue;
      const place = countryPlace(home);
      if (place) c.place = eventPlace(place, place.name, undefined, true);
    }
    return candidates;
  },
};

function placedByFocus(c: Candidate): boolean {
  return (
    !!c.place?.fromFocus && (!c.rules.includes("place-from-scenes") || c.rules.includes("place-not-topic"))
  );
}

function placedByParagraph(c: Candidate): boolean {
  const { actor, rules } = c;
  // place-from-seat and place-from-court, later, may have replaced the paragraph's place with the
  // sentence's own or the court's.
  return (
    !!actor &&
    SEATED_SPEAKERS.has(actor.kind) &&
    rules.includes("place-from-paragraph") &&
    !rules.includes("place-from-seat") &&
    !rules.includes("place-from-court")
  );
}

/** The country an envoy actor is posted to: "ambassador to Britain", "the embassy in Kabul". */
function postOf({ doc, geo }: CoderContext, c: Candidate): Candidate["place"] {
  const actor = c.actor;
  if (!actor) return undefined;
  const head = doc.text.slice(actor.start, actor.end).split(/\s+/).at(-1)?.toLowerCase() ?? "";
  if (!POSTED_ENVOYS.has(head)) return undefined;
  const after = doc.text.slice(actor.end, actor.end + 20);
  const to = /^\s+(?:to|in)\s+(?:the\s+)?/.exec(after);
  if (!to) return undefined;
  const at = actor.end + to[0].length;
  const named = geo.places.find((m) => m.start === at && m.place.country);
  return named ? placeOf(named) : undefined;
}
