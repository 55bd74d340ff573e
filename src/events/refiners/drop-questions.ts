import type { Refiner } from "../types.ts";

/**
 * "Will the army withdraw before the vote?", "I heard the president ask, 'So he's going to do the
 * investigation?'": a question asks whether an event happens; it does not report one. A trigger
 * followed in its sentence by a question mark that ends the sentence or a quotation is dropped.
 */
/** A question mark that ends a sentence or a quotation; "Ka?thane" or "activities?," are mis-encoded text. */
const QUESTION_END = /^\?(?:["'’”»)\]\s]|$)/;

export const dropQuestions: Refiner = {
  name: "drop-questions",
  refine: (candidates, { doc }) =>
    candidates.filter((c) => {
      const s = doc.sentences[c.trigger.sentence];
      for (
        let at = doc.text.indexOf("?", c.trigger.end);
        at >= 0 && at < s.end;
        at = doc.text.indexOf("?", at + 1)
      )
        if (QUESTION_END.test(doc.text.slice(at, at + 2))) return false;
      return true;
    }),
};
