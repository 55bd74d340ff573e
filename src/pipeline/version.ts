import type { Article } from "../extract/types.ts";

/**
 * The version of the NLP, geo and event stages. Every stored event records the version that coded
 * it, so `chronicle reprocess --stale` can recode an archive after a release. Bump it whenever a
 * change to those stages changes their output (2: the event coder of 2026-12-03, learned sentence
 * decision and the party rules; 3: the coder without negated, denied, wanted or business events and
 * the NER name lists, session 7 of 2026-12-03).
 */
export const PIPELINE_VERSION = 3;

/**
 * A stored article given another publication date by the user (`--published`) or its container
 * (a feed item, a JSONL record) is analysed again and re-dated rather than skipped as a duplicate.
 */
export function redates(article: Pick<Article, "publishedAt">, storedPublishedAt: string | null): boolean {
  const published = article.publishedAt;
  return (
    !!published &&
    (published.foundIn === "cli" || published.foundIn === "container") &&
    published.value !== storedPublishedAt
  );
}
