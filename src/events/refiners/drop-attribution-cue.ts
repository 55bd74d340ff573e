import type { Refiner } from "../types.ts";

/** "the Kremlin said …": a speech verb that only carries the attribution of the event told is not itself an event. */
export const dropAttributionCue: Refiner = {
  name: "drop-attribution-cue",
  refine: (candidates, ctx) =>
    candidates.filter((c) => ctx.sentence(c.trigger.sentence).attribution?.cueToken !== c.trigger.firstToken),
};
