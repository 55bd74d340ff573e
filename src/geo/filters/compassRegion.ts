import { COMPASS, demonymRows } from "../recognize.ts";
import type { NameFilter } from "./types.ts";

/** A region named by a compass word is as sure as a demonym once its use is clear. */
const COMPASS_REGION_EVIDENCE = 0.8;

/**
 * "Russia and the West", "Western governments": a compass word alone names a region only after
 * "the", or as an adjective before a lower-case noun. Elsewhere it is a surname ("Kanye West"), a
 * street's compass word ("West Side") or a sentence's opening, and the common-word filter drops it.
 * (The scan gives a lone compass word only curated regions as readings: never Hong Kong's North
 * district or Ghana's Western Region by their bare names.)
 */
export const compassRegion: NameFilter = {
  name: "compass-region",
  judge(span, { g, text, tokens }) {
    if (!span.single || !COMPASS.has(tokens[span.first].text)) return span;
    const afterThe = span.prev !== undefined && span.prevJoined && /^the$/i.test(span.prev.text);
    const beforeNoun = span.next !== undefined && span.nextJoined && !span.next.cap;
    let rows: number[] | undefined;
    if (span.demonym && beforeNoun) rows = demonymRows(g, span.demonym);
    else if (span.rows?.length && afterThe && !span.next?.cap) rows = span.rows;
    if (!rows?.length) return span;
    span.settled = {
      start: span.start,
      end: span.end,
      text: text.slice(span.start, span.end),
      rows,
      role: span.demonym ? "demonym" : "place",
      evidence: COMPASS_REGION_EVIDENCE,
      tokStart: span.tokStart,
      tokEnd: span.tokEnd,
    };
    return span;
  },
};
