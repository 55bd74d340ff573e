import { diagnostic } from "../core/diagnostics.ts";
import type { Article } from "../extract/types.ts";
import { recogniseEntities } from "./ner/index.ts";
import { findQuantities } from "./quantities.ts";
import { tagTimes } from "./time/index.ts";
import { tokenize } from "./tokenize.ts";
import type { Doc } from "./types.ts";

/** The date every relative expression is resolved against: publication, else capture date. */
export function documentCreationDate(article: Article): string {
  return (article.publishedAt?.value ?? article.fetchedAt).slice(0, 10);
}

/** One pass over an article: sentences, tokens, entities, time expressions, quantities. */
export function annotate(article: Article): Doc {
  const text = article.text;
  const diagnostics = [];
  if (!article.publishedAt) {
    diagnostics.push(
      diagnostic(
        "nlp",
        "no-publication-date",
        `No publication date for ${article.uri}: relative dates ("on Thursday") are resolved against the capture date ${article.fetchedAt.slice(0, 10)}. Pass --published YYYY-MM-DD to fix.`,
      ),
    );
  }
  const { sentences, tokens } = tokenize(text, article.blocks);
  const entities = recogniseEntities(text, sentences, tokens);
  const times = tagTimes(text, { dct: documentCreationDate(article), sentences });
  const quantities = findQuantities(text, tokens, sentences);
  return { article, text, sentences, tokens, entities, times, quantities, diagnostics };
}
