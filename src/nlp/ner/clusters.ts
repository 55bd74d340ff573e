/**
 * Word clusters learnt from unlabelled text, standing in for Brown clusters (Ratinov & Roth's most
 * useful single feature): each word's left and right neighbours (±2) are projected to a dense
 * vector (random projection of IDF-weighted context counts), and the vectors are split recursively
 * by spherical 2-means into a binary tree. A word's path in the tree ("0110…") plays the role of a
 * Brown path: its prefixes give clusters from coarse to fine. Alongside, how often the word is
 * written with a capital when not sentence-initial: a strong cue for names, learnt from the same
 * text. Deterministic: a seeded generator and a fixed corpus order.
 */
import { normalise } from "./features.ts";

/** Words seen fewer times have too little context to place. */
const MIN_WORD_COUNT = 3;
/** Most frequent words used as context dimensions (before projection). */
const CONTEXT_WORDS = 2000;
/** Dimensions of the projected context vectors. */
const DIMENSIONS = 128;
/** Depth of the tree: 2^14 leaves at most, finer than Brown's usual 1,000 clusters. */
export const MAX_DEPTH = 14;
/** A node with fewer words is not split further. */
const MIN_NODE = 4;
const KMEANS_ITERATIONS = 6;
/** Context positions and their weights: the adjacent word says more than the one beyond it. */
const POSITIONS: readonly [offset: number, weight: number][] = [
  [-2, 0.5],
  [-1, 1],
  [1, 1],
  [2, 0.5],
];
/** Capitalisation-ratio buckets: never, rarely, sometimes, mostly, always capitalised. */
const CAP_BUCKETS = [0.02, 0.25, 0.75, 0.98];

export interface WordCluster {
  word: string;
  path: string;
  /** Capitalisation bucket 0..4 (see CAP_BUCKETS). */
  cap: number;
}

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function learnClusters(sentences: readonly (readonly string[])[], seed: number): WordCluster[] {
  const counts = new Map<string, number>();
  const capitalised = new Map<string, number>();
  const inner = new Map<string, number>();
  let total = 0;
  const normalised = sentences.map((words) =>
    words.map((w, i) => {
      const n = normalise(w);
      counts.set(n, (counts.get(n) ?? 0) + 1);
      total++;
      if (i > 0 && /\p{L}/u.test(w)) {
        inner.set(n, (inner.get(n) ?? 0) + 1);
        if (w.charAt(0) !== w.charAt(0).toLowerCase()) capitalised.set(n, (capitalised.get(n) ?? 0) + 1);
      }
      return n;
    }),
  );
  const byFrequency = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const vocab = byFrequency.filter(([, c]) => c >= MIN_WORD_COUNT).map(([w]) => w);
  const wordId = new Map(vocab.map((w, i) => [w, i]));
  // Context ids: the frequent words, then one id for the sentence boundary.
  const contextId = new Map(byFrequency.slice(0, CONTEXT_WORDS).map(([w], i) => [w, i]));
  const boundary = contextId.size;
  const contexts = boundary + 1;
  const idf = new Float32Array(contexts);
  for (const [w, i] of contextId) idf[i] = Math.log(total / (counts.get(w) ?? 1));
  idf[boundary] = Math.log(total / sentences.length);
  const next = random(seed);
  const projection = new Float32Array(POSITIONS.length * contexts * DIMENSIONS);
  for (let i = 0; i < projection.length; i++) projection[i] = next() < 0.5 ? -1 : 1;

  const vectors = new Float32Array(vocab.length * DIMENSIONS);
  for (const words of normalised) {
    for (let i = 0; i < words.length; i++) {
      const w = wordId.get(words[i]);
      if (w === undefined) continue;
      const base = w * DIMENSIONS;
      POSITIONS.forEach(([offset, weight], p) => {
        const j = i + offset;
        const c = j < 0 || j >= words.length ? boundary : contextId.get(words[j]);
        if (c === undefined) return;
        const scale = weight * idf[c];
        const r = (p * contexts + c) * DIMENSIONS;
        for (let d = 0; d < DIMENSIONS; d++) vectors[base + d] += scale * projection[r + d];
      });
    }
  }
  // Each word's mean context, minus the average context of all words: what sets the word apart.
  const mean = new Float64Array(DIMENSIONS);
  for (let w = 0; w < vocab.length; w++) {
    const c = counts.get(vocab[w]) ?? 1;
    for (let d = 0; d < DIMENSIONS; d++) {
      vectors[w * DIMENSIONS + d] /= c;
      mean[d] += vectors[w * DIMENSIONS + d] / vocab.length;
    }
  }
  for (let w = 0; w < vocab.length; w++) {
    for (let d = 0; d < DIMENSIONS; d++) vectors[w * DIMENSIONS + d] -= mean[d];
    normaliseRow(vectors, w);
  }

  const paths = new Array<string>(vocab.length).fill("");
  const split = (members: number[], path: string) => {
    for (const m of members) paths[m] = path;
    if (path.length >= MAX_DEPTH || members.length < MIN_NODE) return;
    const [left, right] = twoMeans(vectors, members);
    if (!left.length || !right.length) return;
    split(left, `${path}0`);
    split(right, `${path}1`);
  };
  split(
    vocab.map((_, i) => i),
    "",
  );
  return vocab.map((word, i) => {
    const ratio = (capitalised.get(word) ?? 0) / (inner.get(word) || 1);
    const cap = inner.get(word) ? CAP_BUCKETS.filter((b) => ratio >= b).length : 2;
    return { word, path: paths[i], cap };
  });
}

function normaliseRow(vectors: Float32Array, row: number): void {
  let norm = 0;
  const base = row * DIMENSIONS;
  for (let d = 0; d < DIMENSIONS; d++) norm += vectors[base + d] ** 2;
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < DIMENSIONS; d++) vectors[base + d] /= norm;
}

function dot(vectors: Float32Array, row: number, centre: Float64Array): number {
  let s = 0;
  const base = row * DIMENSIONS;
  for (let d = 0; d < DIMENSIONS; d++) s += vectors[base + d] * centre[d];
  return s;
}

/** Spherical 2-means, seeded with the member least like the mean and the member least like it. */
function twoMeans(vectors: Float32Array, members: readonly number[]): [number[], number[]] {
  const mean = new Float64Array(DIMENSIONS);
  for (const m of members) for (let d = 0; d < DIMENSIONS; d++) mean[d] += vectors[m * DIMENSIONS + d];
  const farthest = (from: Float64Array) => {
    let best = members[0];
    let bestScore = Number.POSITIVE_INFINITY;
    for (const m of members) {
      const s = dot(vectors, m, from);
      if (s < bestScore) {
        bestScore = s;
        best = m;
      }
    }
    return best;
  };
  const row = (m: number) => Float64Array.from(vectors.subarray(m * DIMENSIONS, (m + 1) * DIMENSIONS));
  const a = row(farthest(mean));
  const b = row(farthest(a));
  let left: number[] = [];
  let right: number[] = [];
  for (let it = 0; it < KMEANS_ITERATIONS; it++) {
    left = [];
    right = [];
    for (const m of members) (dot(vectors, m, a) >= dot(vectors, m, b) ? left : right).push(m);
    for (const [centre, group] of [
      [a, left],
      [b, right],
    ] as const) {
      if (!group.length) continue;
      centre.fill(0);
      for (const m of group) for (let d = 0; d < DIMENSIONS; d++) centre[d] += vectors[m * DIMENSIONS + d];
      // Unit length: otherwise the larger group's centre would pull in every word.
      const norm = Math.sqrt(centre.reduce((sum, x) => sum + x * x, 0)) || 1;
      for (let d = 0; d < DIMENSIONS; d++) centre[d] /= norm;
    }
  }
  return [left, right];
}
