import type { Refiner } from "../types.ts";
import { VERBAL_ATTACK_OBJECTS } from "../words.ts";

/** How far after "attacked" its object's head may stand ("attacked each other's policies on Brexit"). */
const OBJECT_WINDOW = 5;

/**
 * "Johnson and Corbyn attacked each other's policies", "the senator attacked the president's
 * record": to attack a policy, a record, remarks or a decision is to criticise it. Such an attack
 * is ACCUSE/disapprove, not ASSAULT; its object is a thing and no recipient. An attack on people or
 * places ("attacked a convoy", "attacked the town") stays an assault.
 */
export const retypeVerbalAttacks: Refiner = {
  name: "retype-verbal-attacks",
  refine(candidates, { doc }) {
    for (const c of candidates) {
      const t = c.trigger;
      if (t.type !== "ASSAULT" || t.nominal || doc.tokens[t.firstToken].lemma.toLowerCase() !== "attack")
        continue;
      const end = Math.min(doc.sentences[t.sentence].tokenEnd, t.lastToken + 1 + OBJECT_WINDOW);
      for (let k = t.lastToken + 1; k < end; k++) {
        const tok = doc.tokens[k];
        if (tok.text === "," || tok.text === ";") break;
        if (!VERBAL_ATTACK_OBJECTS.has(tok.norm)) continue;
        t.type = "ACCUSE";
        t.mode = "disapprove";
        c.recipient = undefined;
        c.weapon = undefined;
        break;
      }
    }
    return candidates;
  },
};
