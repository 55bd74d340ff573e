import { demonymRows } from "../recognize.ts";
import type { NameFilter } from "./types.ts";

/** A demonym says which people, and so which country or region, more surely than a bare name. */
const DEMONYM_EVIDENCE = 0.8;

/** "Kazakh authorities", "Sri Lankan troops": a demonym mention of its country (or city, or state). */
export const demonym: NameFilter = {
  name: "demonym",
  judge(span, { g, text }) {
    if (!span.demonym) return span;
    const rows = demonymRows(g, span.demonym);
    if (!rows.length) return undefined;
    span.settled = {
      start: span.start,
      end: span.end,
      text: text.slice(span.start, span.end),
      rows,
      role: "demonym",
      evidence: DEMONYM_EVIDENCE,
      tokStart: span.tokStart,
      tokEnd: span.tokEnd,
    };
    return span;
  },
};
