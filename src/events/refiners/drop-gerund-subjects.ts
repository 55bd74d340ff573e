import type { Refiner } from "../types.ts";
import { JUDGEMENT_AUXILIARIES } from "../words.ts";

/** How far after an "-ing" word that opens a clause the copula of its predicate may stand ("Imposing new tariffs on imports is"). */
const SUBJECT_WINDOW = 8;

/**
 * "Imposing new tariffs is an economic dead end", "Protesting is a right": an act named by a gerund
 * that is the subject of a judgement is the idea of the act, not an act anyone did. The gerund opens
 * its clause (the sentence, or after a quotation mark or a colon), and a form of "be" follows its
 * object before any other verb.
 */
export const dropGerundSubjects: Refiner = {
  name: "drop-gerund-subjects",
  refine: (candidates, { doc }) =>
    candidates.filter((c) => {
      const t = c.trigger;
      const tokens = doc.tokens;
      const first = tokens[t.firstToken];
      if (!/ing$/.test(first.norm)) return true;
      const s = doc.sentences[t.sentence];
      const before = tokens[t.firstToken - 1];
      const opens = t.firstToken === s.tokenStart || ['"', "“", ":", "‘", "'"].includes(before?.text ?? "");
      if (!opens) return true;
      for (let k = t.lastToken + 1; k < Math.min(s.tokenEnd, t.lastToken + 1 + SUBJECT_WINDOW); k++) {
        const w = tokens[k];
        if (JUDGEMENT_AUXILIARIES.has(w.norm) && w.pos === "AUX") return false;
        if (w.pos === "VERB" || w.text === "," || w.text === ";") return true;
      }
      return true;
    }),
};
