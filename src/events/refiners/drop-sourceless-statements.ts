import type { PloverType } from "../schema.ts";
import type { Refiner } from "../types.ts";

/**
 * What one party says or agrees to another, without the party: "have agreed to grant all licences
 * … it says", "talks are planned", "were accused of concealing". A verbal event is a statement of
 * its source; with no source actor it tells an analyst nothing they can use, and in news such
 * clauses are mostly generic or background. Event data sets that code from text (PETRARCH, Phoenix)
 * code an event only when its source actor is found; so does this refiner for verbal event types.
 * Material events (an attack, an arrest, a protest, a deployment) stay without an actor: "at least
 * 40 people were killed" is an event whoever did it.
 */
export const VERBAL_TYPES: ReadonlySet<PloverType> = new Set<PloverType>([
  "AGREE",
  "CONSULT",
  "SUPPORT",
  "CONCEDE",
  "COOPERATE",
  "REQUEST",
  "ACCUSE",
  "REJECT",
  "THREATEN",
]);

export const dropSourcelessStatements: Refiner = {
  name: "drop-sourceless-statements",
  refine(candidates) {
    return candidates.filter((c) => c.actor || c.recipient || !VERBAL_TYPES.has(c.trigger.type));
  },
};
