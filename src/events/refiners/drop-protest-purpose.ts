import type { Refiner } from "../types.ts";

/** "marched through Gdansk to demand higher wages": the demand is what the protest is about, not another event. */
export const dropProtestPurpose: Refiner = {
  name: "drop-protest-purpose",
  refine(candidates, { doc, triggers }) {
    return candidates.filter((c) => {
      const t = c.trigger;
      if (t.type !== "REQUEST") return true;
      // "to demand", "demanding that …", "to press their demands": what the protest is for.
      const tok = doc.tokens[t.firstToken];
      const purposive =
        doc.tokens[t.firstToken - 1]?.norm === "to" ||
        /ing$/.test(tok.norm) ||
        (t.nominal &&
          doc.tokens.slice(Math.max(0, t.firstToken - 4), t.firstToken).some((x) => x.norm === "to"));
      if (!purposive) return true;
      return !triggers.some((o) => o.type === "PROTEST" && o.sentence === t.sentence && o.start < t.start);
    });
  },
};
