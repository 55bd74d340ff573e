import type { Kysely } from "kysely";
import { articlesWithBands, articleTexts, duplicatesOf, saveBands, setCanonical } from "../store/resolve.ts";
import type { Database } from "../store/schema.ts";
import { bandKeys, DUPLICATE_JACCARD, jaccard, shingles } from "./minhash.ts";
import type { PreparedArticle } from "./prepare.ts";

/**
 * Links each new article to the copies it shares a MinHash band and most of its shingles with; a
 * group of copies points to its first-published member. Returns every article whose canonical copy
 * may have changed, so that the incidents holding them are summarised again. An article's band keys
 * come from `prepared` when its pool thread computed them; its text is read only if it has candidates.
 */
export async function linkDuplicates(
  db: Kysely<Database>,
  articleIds: readonly string[],
  prepared?: ReadonlyMap<string, PreparedArticle>,
): Promise<string[]> {
  const affected = new Set<string>();
  const read = new Map<string, { id: string; text: string; published_at: string | null }>();
  for (const a of await articleTexts(
    db,
    articleIds.filter((id) => !prepared?.has(id)),
  ))
    read.set(a.id, a);
  const articles: { id: string; published_at: string | null; bands: string[]; text?: string }[] = [];
  // In the order of the stored articles' ids, as the store returns a batch's articles.
  for (const id of [...new Set(articleIds)].sort()) {
    const given = prepared?.get(id);
    const a = read.get(id);
    if (given) articles.push({ id, published_at: given.publishedAt, bands: given.bands });
    else if (a) articles.push({ ...a, bands: bandKeys(shingles(a.text)) });
  }
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
    const set = shingles(article.text ?? (await articleTexts(db, [article.id]))[0].text);
    const matches = (await articleTexts(db, [...candidates])).filter(
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
