import type { Refiner } from "../types.ts";

/** "during the violence", "in the wake of the protests": an event named inside an adjunct is background, not news. */
export const dropBackground: Refiner = {
  name: "drop-background",
  refine: (candidates) => candidates.filter((c) => !c.trigger.background),
};
