import { KIND_CITY, normalizeName } from "../gazetteer.ts";
import { onlyForeignSpelling } from "../recognize.ts";
import type { NameFilter } from "./types.ts";

/**
 * "Commerce", "Bell": a lone town name the article also writes in lower case, or that is only
 * some small town's foreign spelling ("Since" for Sincé), is an ordinary word capitalised in a
 * title or name; so is a sentence's first word that is only another spelling of a town ("Human
 * rights groups …", Uman in Ukraine being also written Human). It stands only if a cue, NER, or
 * another mention of it says place.
 */
export const ordinaryWord: NameFilter = {
  name: "ordinary-word",
  judge(span, { g, tokens, lowerWords }) {
    const rows = span.rows ?? [];
    const w = tokens[span.first].text;
    const key = normalizeName(w);
    span.needsSupport =
      span.single &&
      !span.locative &&
      !span.qualified &&
      rows.every((r) => g.idx.kind[r] === KIND_CITY) &&
      (lowerWords.has(w.toLowerCase()) ||
        onlyForeignSpelling(g, rows, key) ||
        (span.initial && rows.every((r) => g.primaryKey[r] !== key)));
    return span;
  },
};
