import { KIND_CITY } from "../gazetteer.ts";
import { BARE_TOWN_MIN_POPULATION } from "../recognize.ts";
import type { NameFilter } from "./types.ts";

/** "Jones", "Moore": a lone word naming only small towns is a surname unless a cue says place. */
export const surname: NameFilter = {
  name: "surname",
  judge(span, { g }) {
    if (!span.single || span.locative || span.qualified) return span;
    const rows = span.rows ?? [];
    return rows.every((r) => g.idx.kind[r] === KIND_CITY && g.idx.pop[r] < BARE_TOWN_MIN_POPULATION)
      ? undefined
      : span;
  },
};
