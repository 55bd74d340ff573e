import type { NameFilter } from "./types.ts";

/** "Bay leaves ... the bay": a sentence-initial word the article also writes in lower case is an ordinary word. */
export const sentenceInitialWord: NameFilter = {
  name: "sentence-initial-word",
  judge(span, { tokens, lowerWords }) {
    const w = tokens[span.first].text.toLowerCase();
    return span.single && span.initial && lowerWords.has(w) ? undefined : span;
  },
};
