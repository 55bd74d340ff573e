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
    const tokens = doc.tokens;
    const carriers = new Set<number>();
    for (const n of candidates) {
      if (!n.trigger.nominal) continue;
      const verb = lightVerbBefore(tokens, n.trigger.firstToken);
      if (verb >= 0 && CARRIERS.has(tokens[verb].lemma.toLowerCase())) carriers.add(verb);
    }
    if (!carriers.size) return candidates;
    return candidates.filter((c) => {
      if (c.trigger.nominal || !carriers.has(c.trigger.firstToken)) return true;
      const carried = candidates.find(
        (n) => n.trigger.nominal && lightVerbBefore(tokens, n.trigger.firstToken) === c.trigger.firstToken,
      );
      return !carried || carried.trigger.type === c.trigger.type;
    });
  },
};
