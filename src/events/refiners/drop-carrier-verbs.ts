import type { Refiner } from "../types.ts";
import { lightVerbBefore } from "../verb-forms.ts";

/**
 * Verbs that are triggers by themselves but mostly carry an event noun. Not "offer", "promise" or
 * "provide": offering concessions is PLOVER's AGREE, not a concession made.
 */
const CARRIERS = new Set(["impose"]);

/**
 * "The EU imposed sanctions on Belarus", "the army imposed a curfew": a verb that is a trigger by
 * itself (impose → COERCE) but here only carries an event noun of another type tells one event,
 * the noun's, whose actor is the verb's subject. The verb's own reading goes.
 */
export const dropCarrierVerbs: Refiner = {
  name: "drop-carrier-verbs",
  refine(candidates, { doc }) {
    // Each carrier verb's token, with the type of the event noun it carries.
    const carried = new Map<number, string>();
    for (const n of candidates) {
      if (!n.trigger.nominal) continue;
      const verb = lightVerbBefore(doc.tokens, n.trigger.firstToken);
      if (verb >= 0 && CARRIERS.has(doc.tokens[verb].lemma.toLowerCase()) && !carried.has(verb))
        carried.set(verb, n.trigger.type);
    }
    if (!carried.size) return candidates;
    return candidates.filter((c) => {
      const type = c.trigger.nominal ? undefined : carried.get(c.trigger.firstToken);
      return type === undefined || type === c.trigger.type;
    });
  },
};
