import { placeRole } from "../recognize.ts";
import type { NameFilter } from "./types.ts";

/**
 * "Moscow said", "Russia's foreign ministry": a state or its seat of government standing for the
 * government is an actor, and then only its governing readings remain.
 */
export const metonymy: NameFilter = {
  name: "metonymy",
  judge(span, { g, text }) {
    if (!span.rows) return span;
    const { role, rows } = placeRole(g, text, span.start, span.end, span.rows);
    span.role = role;
    span.rows = rows;
    return span;
  },
};
