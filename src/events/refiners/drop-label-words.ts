import type { Refiner } from "../types.ts";

/** How many tokens after "called"/"described as" the label runs ("called the riots terrorist assaults"). */
const LABEL_SPAN = 6;

/** Words inside a label ("called the riots terrorist assaults") name no event of their own. */
export const dropLabelWords: Refiner = {
  name: "drop-label-words",
  refine(candidates) {
    const labels = candidates.filter(
      (c) => c.trigger.type === "ACCUSE" && c.trigger.mode === "allege" && !c.trigger.nominal,
    );
    for (let i = candidates.length - 1; i >= 0; i--) {
      const c = candidates[i];
      const inLabel = labels.some(
        (l) =>
          l !== c &&
          l.trigger.sentence === c.trigger.sentence &&
          c.trigger.firstToken > l.trigger.lastToken &&
          c.trigger.firstToken <= l.trigger.lastToken + LABEL_SPAN,
      );
      if (inLabel) candidates.splice(i, 1);
    }
    return candidates;
  },
};
