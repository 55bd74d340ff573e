import type { Refiner } from "../types.ts";

/**
 * "The letter contained no credible threat", "the talks will not lead to any agreement": a negated
 * event noun names something that does not exist, so there is no event of that type. A negated verb
 * ("police did not arrest anyone") stays as an event with modality negated, which analysts query,
 * and so does a denial ("the army denied shelling the camp"), itself a claim.
 */
export const dropNegated: Refiner = {
  name: "drop-negated",
  refine: (candidates) => candidates.filter((c) => !(c.modality === "negated" && c.trigger.nominal)),
};
