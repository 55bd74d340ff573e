import type { PloverType } from "../schema.ts";
import type { Refiner } from "../types.ts";
import { ACTOR_NOUNS } from "../words.ts";
import { headOf } from "./drop-non-party-arguments.ts";

/**
 * Only people and groups act. The phrase before a verb is its grammatical subject, which in news is
 * as often a thing: "their helicopter was shot down", "a series of measures to oppose it", "a
 * temporary license allowing companies to sell", "the most likely reason residents are refusing".
 * An actor phrase that names no entity, whose kind is unknown and whose head noun is not a person
 * or group noun (ACTOR_NOUNS), is no actor: the event keeps its type and loses the actor.
 *
 * Some acts only an agent can do: to agree, yield, back, help, threaten, meet, pull back or deploy.
 * When a thing is the subject of such an active verb, the verb is used figuratively ("the trade war
 * offers him advantages", "peace would allow the withdrawal", "settlements threaten the viability
 * of a two-state solution", "Obama's involvement offers a reminder") and tells no event. Accusing,
 * rejecting or requesting keep their documents as subjects ("a UN report accused …").
 */
const AGENT_ONLY: ReadonlySet<PloverType> = new Set([
  "AGREE",
  "CONCEDE",
  "SUPPORT",
  "AID",
  "THREATEN",
  "CONSULT",
  "COOPERATE",
  "RETREAT",
  "MOBILIZE",
]);

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
    // The clause's own active verb; not a participle after its noun ("a licence allowing firms to trade").
    const predicate = (t: (typeof candidates)[number]["trigger"]) => {
      const tok = doc.tokens[t.firstToken];
      const before = doc.tokens[t.firstToken - 1];
      const reduced = tok.norm.endsWith("ing") && (before?.pos === "NOUN" || before?.pos === "PROPN");
      return !t.nominal && tok.pos === "VERB" && !reduced;
    };
    const figurative = new Set<(typeof candidates)[number]>();
    for (const c of candidates) {
      if (c.actor && thing(c.actor)) {
        if (AGENT_ONLY.has(c.trigger.type) && !c.passive && predicate(c.trigger)) figurative.add(c);
        c.actor = undefined;
      }
      if (c.recipient && thing(c.recipient)) c.recipient = undefined;
    }
    return candidates.filter((c) => !figurative.has(c));
  },
};
