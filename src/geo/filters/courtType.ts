import type { NameFilter } from "./types.ts";

/** Kinds of court whose adjective is also some town's name (Superior, Wisconsin; Supreme, Louisiana). */
const COURT_KINDS = new Set([
  "Superior",
  "Supreme",
  "Circuit",
  "District",
  "Municipal",
  "Probate",
  "Chancery",
]);

/**
 * "told Superior Court Judge Rebecca McClure", "in Superior Court": a kind of court before
 * "Court" is no town, whatever place of that name the gazetteer holds.
 */
export const courtType: NameFilter = {
  name: "court-type",
  judge(span, { text }) {
    if (!span.single || !COURT_KINDS.has(text.slice(span.start, span.end))) return span;
    return /^\s+Courts?\b/.test(text.slice(span.end, span.end + 8)) ? undefined : span;
  },
};
