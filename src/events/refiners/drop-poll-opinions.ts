import type { Refiner } from "../types.ts";

/** A share of a population before the actor phrase: "70% of", "62 percent of the", "nearly half of". */
const SHARE_BEFORE =
  /(?:\b\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)|\b(?:half|two-thirds|a\s+third|a\s+quarter))\s+of\s+(?:the\s+|all\s+)?$/i;

/**
 * "UN: 70% of Palestinian youth oppose violence", "62 percent of Americans support the deal": what a
 * share of a population thinks is a poll's finding, not an act of any party. A share that acts
 * ("half of the protesters were arrested") is left: only statements and stances go.
 */
export const dropPollOpinions: Refiner = {
  name: "drop-poll-opinions",
  refine: (candidates, { doc }) =>
    candidates.filter((c) => {
      const a = c.actor;
      if (!a || c.passive || !STANCES.has(c.trigger.type)) return true;
      return !SHARE_BEFORE.test(doc.text.slice(Math.max(0, a.start - 30), a.start));
    }),
};

/** Types that a population's opinion is coded as: approving, rejecting, demanding, blaming. */
const STANCES: ReadonlySet<string> = new Set(["SUPPORT", "REJECT", "REQUEST", "ACCUSE", "AGREE"]);
