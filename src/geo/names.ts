import { detach } from "../core/strings.ts";

/** Folds case, accents, periods, hyphens and "St."/"Saint" so spellings of one name meet. */
const cache = new Map<string, string>();
/** Distinct spellings kept before the cache starts over (a few MB; news repeats its names). */
const CACHE_LIMIT = 50_000;

export function normalizeName(s: string): string {
  let key = cache.get(s);
  if (key !== undefined) return key;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  // The cache outlives the document the name was cut from: keep copies, not views of the document.
  key = detach(fold(s));
  cache.set(detach(s), key);
  return key;
}

function fold(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/\./g, " ")
    .replace(/-/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/\bst\b/g, "saint")
    .replace(/\bste\b/g, "sainte")
    .replace(/\bft\b/g, "fort")
    .replace(/\bmt\b/g, "mount");
}
