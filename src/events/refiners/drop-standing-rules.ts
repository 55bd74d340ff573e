import type { Refiner } from "../types.ts";
import { RULE_NOUNS } from "../words.ts";
import { headIndexOf } from "./drop-non-party-arguments.ts";

/**
 * "County policy prohibits employees from using cell phones", "the constitution bars a third term":
 * a rule that forbids or requires in the present tense states what holds, not what anyone did. The
 * act is its making ("the council passed a law banning …"), told by other words.
 */
export const dropStandingRules: Refiner = {
  name: "drop-standing-rules",
  refine: (candidates, { doc }) =>
    candidates.filter((c) => {
      const a = c.actor;
      if (!a || c.trigger.nominal || c.passive) return true;
      const verb = doc.tokens[c.trigger.firstToken];
      const present = verb.pos === "VERB" && /s$/.test(verb.norm) && verb.norm !== verb.lemma.toLowerCase();
      return !(present && RULE_NOUNS.has(doc.tokens[headIndexOf(doc, a)].norm));
    }),
};
