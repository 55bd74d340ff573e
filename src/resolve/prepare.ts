import type { ProcessedDoc } from "../pipeline/index.ts";
import type { Database } from "../store/schema.ts";
import { articleEntityMentions } from "./entity-mentions.ts";
import { bandKeys, shingles } from "./minhash.ts";

/**
 * What resolution takes from one article alone: its MinHash band keys and its entity mentions, pure
 * functions of what the store writes for the article (text, publication date, annotations). The pool
 * thread that analysed a document computes them and sends them with it (src/pipeline/worker.ts), so
 * the command's thread, which stores and resolves every batch and limits what more pool threads can
 * gain, no longer shingles and hashes each text, reads back its annotations and runs the office
 * patterns over it. Resolution computes them itself from the stored article when none came with it
 * (`chronicle resolve`, the job queue's resolve jobs, an article stored before).
 */
export interface PreparedArticle {
  bands: string[];
  /** The stored publication date, which the band rows carry. */
  publishedAt: string | null;
  entityMentions: Database["entity_mentions"][];
}

/** Undefined for a document the store does not write (failed, or a duplicate found before the NLP stages). */
export function prepareArticle(p: ProcessedDoc): PreparedArticle | undefined {
  if (!p.ok || p.duplicate || !p.doc) return undefined;
  const published_at = p.article.publishedAt?.value ?? null;
  return {
    bands: bandKeys(shingles(p.article.text)),
    publishedAt: published_at,
    entityMentions: articleEntityMentions(
      { id: p.articleId, text: p.article.text, published_at },
      { entities: p.doc.entities, focus: p.geo?.focus ?? null },
    ),
  };
}

/**
 * The prepared inputs of the documents a batch inserted (SaveResult.written): only there is the
 * stored article the one they were computed from, not an older copy of the same text.
 */
export function preparedInputs(
  written: Iterable<{ articleId: string; prepared?: PreparedArticle }>,
): Map<string, PreparedArticle> {
  const out = new Map<string, PreparedArticle>();
  for (const p of written) if (p.prepared) out.set(p.articleId, p.prepared);
  return out;
}
