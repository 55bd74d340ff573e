import { KIND_ADMIN2 } from "../gazetteer.ts";
import { COMPASS, featureHead, withoutCityRegions } from "../recognize.ts";
import type { NameFilter } from "./types.ts";

/**
 * "Memphis Street", "West Corsicana Street", "Kanawha River": a street or feature named after the
 * place is the toponym, whole, and lies where the document's own places are (its rows are the
 * namesake's, for a document that names no other place). No person is called "Wichita Drive": the
 * head overrules NER.
 */
export const namedFeature: NameFilter = {
  name: "named-feature",
  judge(span, { g, text, tokens }) {
    const { rows, prev, next } = span;
    if (!rows || span.demonym || !span.nextJoined || !next?.cap) return span;
    const feature = featureHead(text, tokens, span.last + 1);
    if (!feature) return span;
    const compass = span.prevJoined && prev && COMPASS.has(prev.text) ? prev : undefined;
    const start = compass ? compass.start : span.start;
    span.settled = {
      start,
      end: feature.end,
      text: text.slice(start, feature.end),
      rows: withoutCityRegions(
        g,
        rows.filter((r) => g.idx.kind[r] !== KIND_ADMIN2),
      ),
      role: "place",
      evidence: span.evidence,
      tokStart: compass ? span.first - 1 : span.first,
      tokEnd: feature.tokEnd,
      feature: true,
      cued: true,
      strongCue: true,
    };
    return span;
  },
};
