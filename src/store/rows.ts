import type { Diagnostic } from "../core/diagnostics.ts";
import type { EventMention } from "../events/schema.ts";
import type { Article } from "../extract/types.ts";
import { timexRange } from "../nlp/time/index.ts";
import type { ProcessedDoc } from "../pipeline/index.ts";
import { PIPELINE_VERSION } from "../pipeline/version.ts";
import type { PreparedArticle } from "../resolve/prepare.ts";
import type { Database } from "./schema.ts";

/**
 * The rows the store writes for one processed document, as pure functions of it. In a module of
 * its own, without the database drivers, so that a pool thread can make them where it analysed the
 * document (src/pipeline/worker.ts): the thread that stores every batch for all the pool threads
 * then receives a few strings per document instead of its whole object graph, and binds them.
 */

/** The article's columns as extraction and analysis give them (ingested_at is the store's). */
export type ArticleRow = Omit<Database["articles"], "ingested_at">;
export type EventRow = Database["events"];

/** A processed document as the store takes it: what it writes, already in columns. */
export interface StorableDoc {
  uri: string;
  /** Hash of the normalised body text (pipeline/index.ts articleId). */
  articleId: string;
  /** False when an error diagnostic means the document must not be stored. */
  ok: boolean;
  /** Already stored with the same publication date, found before the NLP stages ran. */
  duplicate?: boolean;
  diagnostics: Diagnostic[];
  /** The publication date the document gives, which may re-date a stored copy of it (redates). */
  publishedAt?: Article["publishedAt"];
  /** No publication date was found: relative dates were anchored on the capture date. */
  undated?: boolean;
  /** The article's and its events' rows; absent for a document that is not written (failed, duplicate). */
  rows?: { article: ArticleRow; events: EventRow[] };
  /** Resolution's inputs from this document alone (src/resolve/prepare.ts). */
  prepared?: PreparedArticle;
}

/** What the store writes of a processed document. */
export function storable(p: ProcessedDoc): StorableDoc {
  return {
    uri: p.uri,
    articleId: p.articleId,
    ok: p.ok,
    ...(p.duplicate ? { duplicate: true } : {}),
    diagnostics: p.diagnostics,
    ...(p.article.publishedAt ? { publishedAt: p.article.publishedAt } : {}),
    ...(p.doc?.reference.source === "capture" ? { undated: true } : {}),
    ...(p.ok && !p.duplicate
      ? { rows: { article: articleRow(p), events: p.events.map((e) => eventRow(p.articleId, e)) } }
      : {}),
    ...(p.prepared ? { prepared: p.prepared } : {}),
  };
}

export function articleRow(p: ProcessedDoc): ArticleRow {
  const a = p.article;
  return {
    id: p.articleId,
    uri: a.uri,
    url: a.url ?? null,
    title: a.title,
    text: a.text,
    published_at: a.publishedAt?.value ?? null,
    published_precision: a.publishedAt?.precision ?? null,
    published_found_in: a.publishedAt?.foundIn ?? null,
    site: a.site ?? null,
    byline: a.byline ?? null,
    lang: a.lang,
    blocks: JSON.stringify(a.blocks),
    captions: JSON.stringify(a.captions),
    credits: JSON.stringify(a.credits),
    annotations: JSON.stringify({
      entities: p.doc?.entities ?? [],
      times: p.doc?.times ?? [],
      quantities: p.doc?.quantities ?? [],
      places: p.geo?.places ?? [],
      focus: p.geo?.focus ?? null,
      ...(p.doc ? { reference: p.doc.reference } : {}),
    }),
    diagnostics: JSON.stringify(p.diagnostics),
    fetched_at: a.fetchedAt,
    pipeline_version: PIPELINE_VERSION,
  };
}

export function eventRow(articleId: string, e: EventMention): EventRow {
  // A reported time is one day, or a month or year when the publication date is that coarse.
  const range = e.time
    ? e.time.precision === "reported" && e.time.value.length === 10
      ? { start: e.time.value, end: e.time.value }
      : timexRange(e.time.value)
    : undefined;
  return {
    id: e.id,
    article_id: articleId,
    type: e.type,
    mode: e.mode ?? null,
    actor: e.actor?.entity ?? e.actor?.text ?? null,
    actor_country: e.actor?.country ?? null,
    recipient: e.recipient?.entity ?? e.recipient?.text ?? null,
    place_name: e.place?.name ?? null,
    place_country: e.place?.country || null,
    lat: e.place?.lat ?? null,
    lon: e.place?.lon ?? null,
    time_value: e.time?.value ?? null,
    time_start: range?.start ?? null,
    time_end: range?.end ?? null,
    modality: e.modality,
    confidence: e.confidence,
    evidence_start: e.evidence.start,
    evidence_end: e.evidence.end,
    record: JSON.stringify(e),
    pipeline_version: PIPELINE_VERSION,
  };
}
