import type { Refiner } from "../types.ts";
import {
  VIOLENCE_CATEGORIES,
  VIOLENCE_PROSPECTS,
  VIOLENCE_STANCE_VERBS,
  VIOLENCE_TOLD_AFTER,
} from "../words.ts";

/** How far before "violence" the verb governing it may stand ("causing any more violence"). */
const GOVERNING_WINDOW = 3;

/**
 * "Violence" names a deed only when it is told as happening ("the violence last weekend", "violence
 * flared in Kidal"). A kind of crime or a social problem ("domestic violence services", "gun
 * violence"), a prospect ("fears of violence", "the use of violence", "with the intent of causing
 * violence") or a stance ("renounce violence") is no event.
 */
export const dropGenericViolence: Refiner = {
  name: "drop-generic-violence",
  refine: (candidates, { doc }) =>
    candidates.filter((c) => {
      const t = c.trigger;
      if (!t.nominal || doc.tokens[t.firstToken].norm !== "violence") return true;
      const tokens = doc.tokens;
      const before = tokens[t.firstToken - 1];
      if (!before || before.sentence !== t.sentence) return true;
      // ("sexual violence against Rohingya women by Myanmar's military": a kind with its target or
      // its agent is told as done.)
      const after = tokens[t.lastToken + 1];
      if (VIOLENCE_CATEGORIES.has(before.norm) && !VIOLENCE_TOLD_AFTER.has(after?.norm ?? "")) return false;
      // "fears of violence", "the use of violence".
      if (before.norm === "of" && VIOLENCE_PROSPECTS.has(tokens[t.firstToken - 2]?.norm ?? "")) return false;
      // "causing violence", "to renounce all violence".
      for (let k = t.firstToken - 1; k >= Math.max(0, t.firstToken - GOVERNING_WINDOW); k--) {
        const w = tokens[k];
        if (w.sentence !== t.sentence) break;
        if (VIOLENCE_STANCE_VERBS.has(w.norm) || VIOLENCE_STANCE_VERBS.has(w.lemma.toLowerCase()))
          return false;
        if (w.pos !== "DET" && w.pos !== "ADJ") break;
      }
      return true;
    }),
};
