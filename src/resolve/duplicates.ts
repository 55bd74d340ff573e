import type { Kysely } from "kysely";
import {
  articlesSharingBands,
  articleTexts,
  duplicatesOf,
  saveBands,
  setCanonical,
} from "../store/resolve.ts";
import type { Database } from "../store/schema.ts";
import { bandKeys, DUPLICATE_JACCARD, jaccard, shingles } from "./minhash.ts";

/**
 * Links each new article to the copies it shares a MinHash band and most of its shingles with; a
 * group of copies points to its first-published member. Returns every article whose canonical copy
 * may have changed, so that the incidents holding them are summarised again.
 */
export async function linkDuplicates(db: Kysely<Database>, articleIds: readonly string[]): Promise<string[]> {
  const affected = new Set<string>();
  for (const article of await articleTexts(db, articleIds)) {
    const set = shingles(article.text);
    const bands = bandKeys(set);
    const candidates = await articlesSharingBands(db, bands, article.id);
    await saveBands(db, article.id, article.published_at, bands);
    if (!candidates.length) continue;
    const matches = (await articleTexts(db, candidates)).filter(
      (c) => jaccard(set, shingles(c.text)) >= DUPLICATE_JACCARD,
    );
    if (!matches.length) continue;
    const ids = new Set([article.id, ...matches.map((m) => m.id)]);
    for (const link of await duplicatesOf(db, [...ids])) {
      ids.add(link.article_id);
      ids.add(link.canonical_id);
    }
    const group = await articleTexts(db, [...ids]);
    const canonical = group.sort(
      (a, b) =>
        (a.published_at ?? "9999").localeCompare(b.published_at ?? "9999") || a.id.localeCompare(b.id),
    )[0];
    const canonicalSet = shingles(canonical.text);
    await setCanonical(
      db,
      group.map((g) => ({ articleId: g.id, similarity: jaccard(canonicalSet, shingles(g.text)) })),
      canonical.id,
    );
    for (const g of group) affected.add(g.id);
  }
  return [...affected];
}
