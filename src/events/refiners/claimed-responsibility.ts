import { subjectPhrase } from "../subject-phrase.ts";
import type { Refiner } from "../types.ts";
import { CLAIMING_VERBS } from "../words.ts";

/** How far before "responsibility" its verb may stand ("claimed full responsibility", "has since taken responsibility"). */
const VERB_WINDOW = 3;
/** Words between "responsibility for" and the event noun or gerund ("for the deadly attack", "for shooting down"). */
const BETWEEN = new Set(["DET", "ADJ", "NUM", "ADV", "PRON"]);

/**
 * "The Taliban claimed responsibility for shooting down the helicopter", "Islamic State claimed
 * responsibility for the attack": who claims, takes, accepts or admits responsibility for an act
 * says it did it, so that party is the act's actor, however the act is phrased. (Denying
 * responsibility says nothing of who did it.)
 */
export const claimedResponsibility: Refiner = {
  name: "claimed-responsibility",
  refine(candidates, { doc }) {
    const tokens = doc.tokens;
    for (const c of candidates) {
      const start = doc.sentences[c.trigger.sentence].tokenStart;
      let k = c.trigger.firstToken - 1;
      while (k > start && BETWEEN.has(tokens[k].pos)) k--;
      if (tokens[k]?.norm !== "for" || tokens[k - 1]?.norm !== "responsibility") continue;
      for (let v = k - 2; v >= Math.max(start, k - 1 - VERB_WINDOW); v--) {
        if (tokens[v].pos !== "VERB") continue;
        if (!CLAIMING_VERBS.has(tokens[v].lemma.toLowerCase())) break;
        const claimant = subjectPhrase(doc, v);
        if (claimant) c.actor = claimant;
        break;
      }
    }
    return candidates;
  },
};
