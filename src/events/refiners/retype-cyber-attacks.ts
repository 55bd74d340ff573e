import type { Refiner } from "../types.ts";
import { COMPUTING_WORDS } from "../words.ts";

/**
 * "ongoing attacks targeting an Internet Explorer vulnerability", "hackers attacked the ministry's
 * servers": an attack in a sentence about computers is a cyber operation, PLOVER COERCE/cyber, not
 * an ASSAULT. And "hacking chunks of marble off buildings to throw at police" is no cyber operation:
 * "hack" is one only in a sentence about computers (COMPUTING_WORDS); otherwise it goes.
 */
export const retypeCyberAttacks: Refiner = {
  name: "retype-cyber-attacks",
  refine(candidates, { doc }) {
    // Another word of the trigger's sentence than the trigger itself ("hacking" is in the list).
    const aboutComputers = (t: (typeof candidates)[number]["trigger"]) => {
      const s = doc.sentences[t.sentence];
      for (let k = s.tokenStart; k < s.tokenEnd; k++)
        if ((k < t.firstToken || k > t.lastToken) && COMPUTING_WORDS.has(doc.tokens[k].norm)) return true;
      return false;
    };
    return candidates.filter((c) => {
      const t = c.trigger;
      if (t.type === "COERCE" && t.mode === "cyber") return aboutComputers(t);
      if (
        t.type === "ASSAULT" &&
        doc.tokens[t.firstToken].lemma.toLowerCase() === "attack" &&
        aboutComputers(t)
      ) {
        t.type = "COERCE";
        t.mode = "cyber";
        c.weapon = undefined;
      }
      return true;
    });
  },
};
