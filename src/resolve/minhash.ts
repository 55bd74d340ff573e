/**
 * Near-duplicate detection: MinHash signatures over word shingles, banded for locality-sensitive
 * hashing (Broder 1997; Leskovec et al., Mining of Massive Datasets ch. 3). Our own ~60 lines: the
 * npm MinHash packages either hash with Math.random seeds (signatures differ between runs, so stored
 * band keys could never be compared) or pull in a bignum library for 64-bit hashing; we need
 * deterministic 32-bit hashing that runs at the pipeline's speed.
 */

/** Words per shingle: three keeps a light rewrite (a changed lede, a dropped sentence) above the threshold. */
export const SHINGLE_WORDS = 3;
/** 16 bands × 4 rows: a pair with Jaccard 0.5 shares a band with probability 1 − (1 − 0.5⁴)¹⁶ ≈ 0.64, at 0.7 with 0.98. */
export const BANDS = 16;
export const ROWS = 4;
/** Exact shingle Jaccard at or above which an article is a copy or light rewrite of another. */
export const DUPLICATE_JACCARD = 0.5;

export function shingles(text: string): Set<number> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    out.add(fnv1a(words.slice(i, i + SHINGLE_WORDS).join(" ")));
  }
  if (out.size === 0 && words.length) out.add(fnv1a(words.join(" ")));
  return out;
}

/** Band keys ("3:9f1c…") of a shingle set; two articles sharing a key are candidate duplicates. */
export function bandKeys(set: Set<number>): string[] {
  const signature = new Uint32Array(BANDS * ROWS).fill(0xffffffff);
  for (const s of set) {
    for (let i = 0; i < signature.length; i++) {
      const h = mix32(s ^ SEEDS[i]);
      if (h < signature[i]) signature[i] = h;
    }
  }
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < ROWS; r++) h = mix32(h ^ signature[b * ROWS + r]);
    keys.push(`${b}:${h.toString(16)}`);
  }
  return keys;
}

export function jaccard(a: Set<number>, b: Set<number>): number {
  if (!a.size && !b.size) return 1;
  let shared = 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** murmur3's finaliser: a cheap 32-bit permutation, so each seed gives an independent hash. */
function mix32(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const SEEDS = Uint32Array.from({ length: BANDS * ROWS }, (_, i) => mix32(0x9e3779b9 * (i + 1)));
