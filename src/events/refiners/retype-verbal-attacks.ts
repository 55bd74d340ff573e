import type { Refiner } from "../types.ts";
import { VERBAL_ATTACK_MODIFIERS, VERBAL_ATTACK_OBJECTS } from "../words.ts";

/** How far after "attacked" its object's head may stand ("attacked each other's policies on Brexit"). */
const OBJECT_WINDOW = 5;

/**
 * "Johnson and Corbyn attacked each other's policies", "the senator attacked the president's
 * record": to attack a policy, a record, remarks or a decision is to criticise it. Such an attack
 * is ACCUSE/disapprove, not ASSAULT; its object is a thing and no recipient. An attack on people or
 * places ("attacked a convoy", "attacked the town") stays an assault. The noun is a criticism when a
 * partisan or verbal word modifies it ("Republican attacks", "personal attacks") or its object after
 * "on" is such a thing ("attacks on his loyalty").
 */
export const retypeVerbalAttacks: Refiner = {
  name: "retype-verbal-attacks",
  refine(candidates, { doc }) {
    for (const c of candidates) {
      const t = c.trigger;
      if (t.type !== "ASSAULT" || doc.tokens[t.firstToken].lemma.toLowerCase() !== "attack") continue;
      // "deflected Republican attacks", "personal attacks on the judge": a partisan or verbal
      // modifier makes the noun a criticism.
      const modifier = doc.tokens[t.firstToken - 1];
      const verbal =
        t.nominal &&
        !!modifier &&
        modifier.sentence === t.sentence &&
        VERBAL_ATTACK_MODIFIERS.has(modifier.norm);
      const end = Math.min(doc.sentences[t.sentence].tokenEnd, t.lastToken + 1 + OBJECT_WINDOW);
      let criticised = verbal;
      for (let k = t.lastToken + 1; k < end && !criticised; k++) {
        const tok = doc.tokens[k];
        if (tok.text === "," || tok.text === ";") break;
        // A noun's object follows "on": "attacks on his loyalty"; a verb's follows it at once.
        if (t.nominal && k === t.lastToken + 1 && tok.norm !== "on") break;
        if (VERBAL_ATTACK_OBJECTS.has(tok.norm)) criticised = true;
      }
      if (!criticised) continue;
      t.type = "ACCUSE";
      t.mode = "disapprove";
      c.recipient = undefined;
      c.weapon = undefined;
    }
    return candidates;
  },
};
