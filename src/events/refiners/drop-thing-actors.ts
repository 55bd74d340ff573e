import type { Refiner } from "../types.ts";
import { ACTOR_NOUNS } from "../words.ts";
import { headOf } from "./drop-non-party-arguments.ts";

/**
 * Only people and groups act. The phrase before a verb is its grammatical subject, which in news is
 * as often a thing: "their helicopter was shot down", "a series of measures to oppose it", "a
 * temporary license allowing companies to sell", "the most likely reason residents are refusing".
 * An actor phrase that names no entity, whose kind is unknown and whose head noun is not a person
 * or group noun (ACTOR_NOUNS), is no actor: the event keeps its type and loses the actor.
 */
export const dropThingActors: Refiner = {
  name: "drop-thing-actors",
  refine(candidates, { doc }) {
    const thing = (a: NonNullable<(typeof candidates)[number]["actor"]>) => {
      if (a.kind !== "unknown" || a.entity) return false;
      if (doc.entities.some((e) => e.start >= a.start && e.end <= a.end)) return false;
      const head = headOf(doc, a);
      if (head.pos === "PROPN" || head.pos === "PRON") return false;
      return !ACTOR_NOUNS.has(head.lemma.toLowerCase()) && !ACTOR_NOUNS.has(head.norm);
    };
    for (const c of candidates) {
      if (c.actor && thing(c.actor)) c.actor = undefined;
      if (c.recipient && thing(c.recipient)) c.recipient = undefined;
    }
    return candidates;
  },
};
