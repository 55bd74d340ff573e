import { KIND_CITY, normalizeName } from "../gazetteer.ts";
import { onlyForeignSpelling } from "../recognize.ts";
import type { NameFilter } from "./types.ts";

/**
 * "Commerce", "Bell": a lone town name the article also writes in lower case, or that is only
 * some small town's foreign spelling ("Since" for Sincé), is an ordinary word capitalised in a
 * title or name; it stands only if a cue, NER, or another mention of it says place.
 */
export const ordinaryWord: NameFilter = {
  name: "ordinary-word",
  judge(span, { g, tokens, lowerWords }) {
    const rows = span.rows ?? [];
    const w = tokens[span.first].text;
    span.needsSupport =
      span.single &&
      !span.locative &&
      !span.qualified &&
      rows.every((r) => g.idx.kind[r] === KIND_CITY) &&
      (lowerWords.has(w.toLowerCase()) || onlyForeignSpelling(g, rows, normalizeName(w)));
    return span;
  },
};
