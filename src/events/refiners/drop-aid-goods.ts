import type { Doc } from "../../nlp/types.ts";
import type { Trigger } from "../triggers.ts";
import type { Refiner } from "../types.ts";
import { ARRIVING_VERBS, GIVING_VERBS } from "../words.ts";

/** How far after the noun the verb it is the subject of may stand ("aid from Jordan reached Gaza"). */
const SUBJECT_VERB_WINDOW = 4;

/**
 * "Aid", "assistance" and "relief" name goods as often as the act of giving them: "U.S. military aid
 * was being stalled", "blocking the delivery of aid", "to allow the U.N. to deliver aid" (the act
 * is the allowing), "in order to open a route for military aid". A nominal AID trigger is an event
 * only where its clause gives it: a verb of giving governs it ("sent aid", "pledged $5 million in
 * assistance"), or it is the subject of a verb of arriving ("aid reached Gaza").
 */
export const dropAidGoods: Refiner = {
  name: "drop-aid-goods",
  refine: (candidates, { doc }) =>
    candidates.filter((c) => c.trigger.type !== "AID" || !c.trigger.nominal || given(doc, c.trigger)),
};

function given(doc: Doc, t: Trigger): boolean {
  const tokens = doc.tokens;
  const s = doc.sentences[t.sentence];
  // The nearest verb before the noun in its clause.
  for (let k = t.firstToken - 1; k >= s.tokenStart; k--) {
    const tok = tokens[k];
    if (tok.pos === "VERB") {
      if (GIVING_VERBS.has(tok.lemma.toLowerCase())) return true;
      break;
    }
    if (tok.pos === "SCONJ" || tok.text === ";" || tok.text === ":") break;
  }
  for (let k = t.lastToken + 1; k < Math.min(s.tokenEnd, t.lastToken + 1 + SUBJECT_VERB_WINDOW); k++) {
    const tok = tokens[k];
    if (tok.pos === "VERB") return ARRIVING_VERBS.has(tok.lemma.toLowerCase());
    if (tok.pos === "PUNCT" || tok.pos === "CCONJ" || tok.pos === "SCONJ") break;
  }
  return false;
}
