import { createHash } from "node:crypto";
import { type Diagnostic, hasError } from "../core/diagnostics.ts";
import { codeEvents } from "../events/index.ts";
import type { EventMention } from "../events/schema.ts";
import { extractArticle } from "../extract/index.ts";
import type { Article } from "../extract/types.ts";
import { geoparse } from "../geo/index.ts";
import type { GeoResult } from "../geo/types.ts";
import { annotate } from "../nlp/index.ts";
import type { Doc } from "../nlp/types.ts";
import type { PreparedArticle } from "../resolve/prepare.ts";
import type { RawDoc } from "../sources/types.ts";

import { redates } from "./version.ts";

export { PIPELINE_VERSION } from "./version.ts";

/** Everything Chronicle learnt from one document, ready to store. */
export interface ProcessedDoc {
  uri: string;
  /** Hash of the normalised body text: the same story ingested twice has the same id. */
  articleId: string;
  article: Article;
  doc?: Doc;
  geo?: GeoResult;
  events: EventMention[];
  diagnostics: Diagnostic[];
  /** False when an error diagnostic means the document must not be stored. */
  ok: boolean;
  /** Already stored with the same publication date: found from its text hash, the NLP stages were skipped. */
  duplicate?: boolean;
  /** Resolution's inputs from this document alone, computed by the pool thread that analysed it. */
  prepared?: PreparedArticle;
}

export interface PipelineOptions {
  /** YYYY-MM-DD from `--published`: overrides or supplies the publication date. */
  publishedAt?: string;
  /**
   * Articles already stored, by id, with their stored publication date: such an article is a
   * duplicate found before the NLP stages run, unless the command line or its container now gives
   * it a different publication date (then it is processed again and re-dated).
   */
  stored?: ReadonlyMap<string, string | null>;
}

/** Whitespace and case do not make a different article. */
export function articleId(text: string): string {
  const normalised = text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
  return createHash("sha256").update(normalised).digest("hex").slice(0, 24);
}

/**
 * RawDoc → Article → Doc → places → events, one typed value handed to the next stage. A stage that
 * fails on the document adds a diagnostic; the caller decides what to store.
 */
export function processDocument(raw: RawDoc, options: PipelineOptions = {}): ProcessedDoc {
  const article = extractArticle(raw, options.publishedAt ? { publishedAt: options.publishedAt } : {});
  const id = articleId(article.text);
  if (hasError(article.diagnostics)) {
    return {
      uri: raw.uri,
      articleId: id,
      article,
      events: [],
      diagnostics: [...article.diagnostics],
      ok: false,
    };
  }
  if (options.stored?.has(id) && !redates(article, options.stored.get(id) ?? null)) {
    return {
      uri: raw.uri,
      articleId: id,
      article,
      events: [],
      diagnostics: [...article.diagnostics],
      ok: true,
      duplicate: true,
    };
  }
  return analyseArticle(article, id);
}

/**
 * Article → Doc → places → events: the stages after extraction, also run by `chronicle reprocess`
 * on an article rebuilt from the store.
 */
export function analyseArticle(article: Article, id: string): ProcessedDoc {
  const diagnostics = [...article.diagnostics];
  const doc = annotate(article);
  const geo = geoparse(doc);
  const events = codeEvents(doc, geo, id);
  diagnostics.push(...doc.diagnostics);
  return { uri: article.uri, articleId: id, article, doc, geo, events, diagnostics, ok: true };
}

/** Loads every model the pipeline uses by running it once over a short invented report. */
export function warmUp(): void {
  processDocument({
    uri: "chronicle:warm-up",
    bytes: new TextEncoder().encode(
      "Police in Lyon arrested 12 people on Monday after a protest over bus fares, the mayor said.",
    ),
    contentType: "text/plain",
    fetchedAt: "2024-01-01T00:00:00.000Z",
    diagnostics: [],
  });
}
