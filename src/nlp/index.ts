import { diagnostic } from "../core/diagnostics.ts";
import type { Article } from "../extract/types.ts";
import { recogniseEntities } from "./ner/index.ts";
import { findQuantities } from "./quantities.ts";
import { referenceDate } from "./reference.ts";
import { tagTimes } from "./time/index.ts";
import { tokenize } from "./tokenize.ts";
import type { Doc } from "./types.ts";

/** One pass over an article: sentences, tokens, entities, time expressions, quantities. */
export function annotate(article: Article): Doc {
  const text = article.text;
  const diagnostics = [];
  const reference = referenceDate(article);
  if (reference.source === "capture") {
    // Info, not a warning: `ingest` reports the undated articles once per batch, with their count.
    diagnostics.push(
      diagnostic(
        "nlp",
        "no-publication-date",
        `No publication date for ${article.uri}: relative dates ("on Thursday") are only known to fall on or before the capture date ${reference.date}. Pass --published YYYY-MM-DD (or run chronicle reprocess --published) to fix.`,
        "info",
      ),
    );
  }
  const { sentences, tokens } = tokenize(text, article.blocks);
  const entities = recogniseEntities(text, sentences, tokens);
  const times = tagTimes(text, { dct: reference.date, sentences }).map((t) =>
    reference.source === "capture" && t.anchor === "published" ? { ...t, anchor: "capture" as const } : t,
  );
  const quantities = findQuantities(text, tokens, sentences);
  return { article, reference, text, sentences, tokens, entities, times, quantities, diagnostics };
}
