import type { Refiner } from "../types.ts";
import { GENERIC_VIOLENCE } from "../words.ts";

/**
 * In an article about riots, vague "violence" and "clashes" without armed parties are the riots,
 * and so is the looting or burning rioters or protesters do ("Rioters looted shops"): ACLED codes a
 * crowd's destruction as the riot, not as an attack.
 */
export const retypeGenericViolence: Refiner = {
  name: "retype-generic-violence",
  refine(candidates) {
    const riots = candidates.some(
      (c) =>
        c.trigger.type === "PROTEST" &&
        c.trigger.mode === "riot" &&
        !GENERIC_VIOLENCE.has(c.trigger.text.toLowerCase()),
    );
    if (!riots) return candidates;
    for (const c of candidates) {
      const generic = GENERIC_VIOLENCE.has(c.trigger.text.toLowerCase());
      const armed =
        [c.actor, c.recipient].filter((a) => a && (a.kind === "military" || a.kind === "police")).length ===
        2;
      const crowdDestruction =
        c.trigger.type === "ASSAULT" &&
        c.trigger.mode === "destroy" &&
        (c.actor?.kind === "rioters" || c.actor?.kind === "protesters");
      if ((generic && c.trigger.type === "ASSAULT" && !armed) || crowdDestruction) {
        c.trigger.type = "PROTEST";
        c.trigger.mode = "riot";
      }
    }
    return candidates;
  },
};
