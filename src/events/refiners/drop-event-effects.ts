import type { Refiner } from "../types.ts";
import { headIndexOf } from "./drop-non-party-arguments.ts";

/**
 * "A general strike shut down ports and schools", "the protests paralysed the capital": when the
 * subject of an active verb is itself an event coded in the sentence, of another type, the verb
 * tells that event's effect and no second act; the strike is the event, the closure its outcome.
 * (An effect of the same type, "the attack destroyed homes", is merged with it later.)
 */
export const dropEventEffects: Refiner = {
  name: "drop-event-effects",
  refine(candidates, { doc }) {
    return candidates.filter((c) => {
      const first = c.trigger.firstToken;
      if (!c.actor || c.passive || c.trigger.nominal || doc.tokens[first].pos !== "VERB") return true;
      // "the militants' attack to capture the hills": a purpose, which the attack's party pursues.
      if (doc.tokens[first - 1]?.norm === "to") return true;
      const head = headIndexOf(doc, c.actor);
      return !candidates.some(
        (o) =>
          o !== c &&
          o.trigger.sentence === c.trigger.sentence &&
          o.trigger.type !== c.trigger.type &&
          o.trigger.firstToken <= head &&
          head <= o.trigger.lastToken,
      );
    });
  },
};
