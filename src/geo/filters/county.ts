import { KIND_ADMIN2 } from "../gazetteer.ts";
import { ADMIN2_SUFFIXES } from "../recognize.ts";
import type { NameFilter, NameSpan } from "./types.ts";

/** The word after the name, if it is capitalised, joined by a space, and not yet part of the span. */
export function nextNameWord(span: NameSpan) {
  return span.nextJoined && span.next?.cap && span.tokEnd === span.last + 1 ? span.next : undefined;
}

/** "Laurel County", "Orleans Parish": the suffix belongs to the name, which is a second-level division. */
export const countySuffix: NameFilter = {
  name: "county-suffix",
  judge(span) {
    const next = nextNameWord(span);
    if (!next || !span.rows || !ADMIN2_SUFFIXES.has(next.text)) return span;
    span.end = next.end;
    span.tokEnd = span.last + 2;
    span.admin2 = true;
    return span;
  },
};

/** "Loudon Co.": a county written short keeps only its county readings. */
export const countyAbbreviation: NameFilter = {
  name: "county-abbreviation",
  judge(span, { g, text }) {
    const next = nextNameWord(span);
    if (
      next?.text !== "Co" ||
      text[next.end] !== "." ||
      !span.rows?.some((r) => g.idx.kind[r] === KIND_ADMIN2)
    )
      return span;
    span.end = next.end + 1;
    span.tokEnd = span.last + 2;
    span.admin2 = true;
    span.rows = span.rows.filter((r) => g.idx.kind[r] === KIND_ADMIN2);
    return span;
  },
};

/**
 * "Clay", "Grant": a county's bare name is a county only with its suffix (or in a span someone
 * else found); a name ending in a suffix ("Laurel County" matched whole) is one.
 */
export const bareCounty: NameFilter = {
  name: "bare-county",
  judge(span, { g, tokens }) {
    if (!span.rows) return span;
    if (ADMIN2_SUFFIXES.has(tokens[span.tokEnd - 1].text)) span.admin2 = true;
    if (span.admin2) return span;
    span.rows = span.rows.filter((r) => g.idx.kind[r] !== KIND_ADMIN2);
    return span.rows.length ? span : undefined;
  },
};
