import type { Refiner } from "../types.ts";
import { MATERIAL_SUPPORT } from "../words.ts";

/**
 * "the US gave air support to a coalition of militias", "military support for Kyiv", "financial
 * support to farmers": support that flies, fights or pays is help one party gives another, PLOVER
 * AID, not the praise or endorsement of SUPPORT ("political support", "moral support" stay).
 */
export const retypeMaterialSupport: Refiner = {
  name: "retype-material-support",
  refine(candidates, { doc }) {
    for (const c of candidates) {
      const t = c.trigger;
      if (t.type !== "SUPPORT" || !t.nominal) continue;
      const before = doc.tokens[t.firstToken - 1];
      if (!before || before.sentence !== t.sentence || !MATERIAL_SUPPORT.has(before.norm)) continue;
      t.type = "AID";
      t.mode = undefined;
    }
    return candidates;
  },
};
