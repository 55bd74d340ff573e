import { type Candidate, CLAIM_TYPES, type Refiner } from "../types.ts";

/** Modalities under which the text says the event did not happen. */
const NOT_HAPPENED = new Set(["negated", "denied"]);

/**
 * An event dataset lists what happened, is reported or is planned, not what did not happen.
 * "The letter contained no credible threat", "police did not arrest anyone", "the army denied
 * shelling the camp", "rebels could attack the town", "if the talks fail": a negated, denied or
 * hypothetical trigger names no event of its type. What remains of such a sentence is what was
 * said: the denial itself ("denied", REJECT) is its own trigger and stays. A possibility that
 * code-intentions read as a conditional warning ("may halt mediation if …", THREATEN) is a statement
 * that was made, so it runs after code-intentions and keeps those; a negated intention ("will not
 * attack") is no threat and goes.
 */
/** "The police deny accusations of brutality": what is denied is the claim's content; the accusation was made. */
function deniedClaim(c: Candidate): boolean {
  return c.modality === "denied" && c.trigger.nominal && CLAIM_TYPES.has(c.trigger.type);
}

export const dropNegated: Refiner = {
  name: "drop-negated",
  refine: (candidates) =>
    candidates.filter(
      (c) =>
        !(NOT_HAPPENED.has(c.modality) && !deniedClaim(c)) && !(c.modality === "hypothetical" && !c.intended),
    ),
};
