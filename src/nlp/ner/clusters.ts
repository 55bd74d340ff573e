/**
 * Word clusters learnt from unlabelled text, standing in for Brown clusters (Ratinov & Roth's most
 * useful single feature): each word's left and right neighbours (±2) are projected to a dense
 * vector (random projection of IDF-weighted context counts), and the vectors are split recursively
 * by spherical 2-means into a binary tree. A word's path in the tree ("0110…") plays the role of a
 * Brown path: its prefixes give clusters from coarse to fine. Alongside, how often the word is
 * written with a capital when not sentence-initial: a strong cue for names, learnt from the same
 * text. Deterministic: a seeded generator and a fixed corpus order.
 */
import { bisect, centreAndNormalise } from "./bisect.ts";
import { normalise } from "./features.ts";
import { seededRandom } from "./hash.ts";

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
  const next = seededRandom(seed);
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
  for (let w = 0; w < vocab.length; w++) {
    const c = counts.get(vocab[w]) ?? 1;
    for (let d = 0; d < DIMENSIONS; d++) vectors[w * DIMENSIONS + d] /= c;
  }
  const rows = { vectors, dimensions: DIMENSIONS };
  centreAndNormalise(rows, vocab.length);
  const paths = bisect(rows, vocab.length, {
    depth: MAX_DEPTH,
    minNode: MIN_NODE,
    iterations: KMEANS_ITERATIONS,
  });
  return vocab.map((word, i) => {
    const ratio = (capitalised.get(word) ?? 0) / (inner.get(word) || 1);
    const cap = inner.get(word) ? CAP_BUCKETS.filter((b) => ratio >= b).length : 2;
    return { word, path: paths[i].toString(2).slice(1), cap };
  });
}
