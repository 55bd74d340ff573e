import type { Kysely } from "kysely";
import { articlesWithBands, articleTexts, duplicatesOf, saveBands, setCanonical } from "../store/resolve.ts";
import type { Database } from "../store/schema.ts";
import { bandKeys, DUPLICATE_JACCARD, jaccard, shingles } from "./minhash.ts";

/**
 * Links each new article to the copies it shares a MinHash band and most of its shingles with; a
 * group of copies points to its first-published member. Returns every article whose canonical copy
 * may have changed, so that the incidents holding them are summarised again.
 */
export async function linkDuplicates(db: Kysely<Database>, articleIds: readonly string[]): Promise<string[]> {
  const affected = new Set<string>();
  const articles = (await articleTexts(db, articleIds)).map((a) => {
    const set = shingles(a.text);
    return { ...a, set, bands: bandKeys(set) };
  });
  // One look-up for the whole batch; articles of the batch find each other through `holders` too.
  const holders = new Map<string, Set<string>>();
  for (const row of await articlesWithBands(
    db,
    articles.flatMap((a) => a.bands),
  ))
    (holders.get(row.band) ?? holders.set(row.band, new Set()).get(row.band))?.add(row.article_id);
  for (const a of articles)
    for (const band of a.bands) (holders.get(band) ?? holders.set(band, new Set()).get(band))?.add(a.id);
  await saveBands(
    db,
    articles.flatMap((a) =>
      a.bands.map((band) => ({ band, article_id: a.id, published_at: a.published_at })),
    ),
  );
  for (const article of articles) {
    const candidates = new Set(article.bands.flatMap((b) => [...(holders.get(b) ?? [])]));
    candidates.delete(article.id);
    if (!candidates.size) continue;
    const matches = (await articleTexts(db, [...candidates])).filter(
      (c) => jaccard(article.set, shingles(c.text)) >= DUPLICATE_JACCARD,
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
