/**
 * Features are 32-bit hashes, never strings: a token's word, shape and affixes are hashed once and
 * every template combines those hashes with integer mixing, so tagging allocates almost nothing.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over UTF-16 code units. */
export function hashString(s: string, seed = FNV_OFFSET): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h | 0;
}

/** Combines two hashes (murmur3 finaliser). Never returns 0: 0 marks an empty slot in the table. */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x5bd1e995, 0x9e3779b1) ^ b;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h === 0 ? 1 : h;
}

/** Prefix hashes of `s` for lengths 1..max (index k-1); shorter words repeat their full hash. */
export function prefixHashes(s: string, max: number, out: Int32Array): void {
  let h = FNV_OFFSET;
  for (let k = 0; k < max; k++) {
    if (k < s.length) {
      h ^= s.charCodeAt(k);
      h = Math.imul(h, FNV_PRIME);
    }
    out[k] = h | 0;
  }
}

/** Suffix hashes of `s` for lengths 1..max, read from the end. */
export function suffixHashes(s: string, max: number, out: Int32Array): void {
  let h = FNV_OFFSET;
  for (let k = 0; k < max; k++) {
    const i = s.length - 1 - k;
    if (i >= 0) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, FNV_PRIME);
    }
    out[k] = h | 0;
  }
}

/**
 * Open-addressing table from feature hash to weight row, built once at load. Linear probing over a
 * power-of-two table at most half full keeps lookups to one or two probes; key and row sit side by
 * side so a probe touches one cache line, and the keys, being mixed hashes already, index the
 * table directly.
 */
export class FeatureTable {
  /** slots[2s] = key (0 = empty), slots[2s + 1] = row. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(features: Int32Array) {
    let size = 1;
    while (size < features.length * 2) size <<= 1;
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
    for (let r = 0; r < features.length; r++) {
      const key = features[r];
      let slot = key & this.mask;
      while (this.slots[slot * 2] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot * 2] = key;
      this.slots[slot * 2 + 1] = r;
    }
  }

  /** Row of a feature, or -1 when the model never saw it. */
  row(key: number): number {
    let slot = key & this.mask;
    for (;;) {
      const k = this.slots[slot * 2];
      if (k === key) return this.slots[slot * 2 + 1];
      if (k === 0) return -1;
      slot = (slot + 1) & this.mask;
    }
  }
}

/** mulberry32: a small seeded generator, so shuffles and initial weights are the same on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy (Fisher–Yates, drawing from `next`). */
export function shuffled<T>(items: readonly T[], next: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
