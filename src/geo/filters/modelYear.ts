import { KIND_CITY } from "../gazetteer.ts";
import type { NameFilter } from "./types.ts";

/** A model year: a four-digit year of the car age. */
const YEAR = /^(?:19|20)\d\d$/;

/** Words after which a year is a date, not a model year ("in 1992 Paris hosted..."). */
const DATE_BEFORE =
  /^(?:in|since|of|by|from|until|till|to|for|during|after|before|through|around|circa|between|and|or)$/i;

/**
 * "a 1992 Toyota Corolla", "their red 1995 Honda": a name after a model year is a make of car,
 * not the town it is named after (Toyota, Aichi; Honda, Colombia).
 */
export const modelYear: NameFilter = {
  name: "model-year",
  judge(span, { g, tokens, text }) {
    // "the 2009 Walker County Fair", "the 2018 American League": only a town's name is a make.
    if (!span.rows?.every((r) => g.idx.kind[r] === KIND_CITY)) return span;
    const year = span.prev;
    if (!year || !span.prevJoined || !YEAR.test(year.text)) return span;
    const before = span.first >= 2 ? tokens[span.first - 2] : undefined;
    if (!before || DATE_BEFORE.test(before.text)) return span;
    // "..., 1992 Paris": a comma or sentence end between them makes the year a date.
    if (!/^[ \u00a0]$/.test(text.slice(before.end, year.start))) return span;
    return undefined;
  },
};
