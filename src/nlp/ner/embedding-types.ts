/**
 * Entity types learnt over word vectors: a small classifier reads a word's GloVe vector and says how
 * likely the word is to be part of a person's, organisation's, place's or other name when it is
 * written with a capital. It is trained on the words of the training text's names, and then labels
 * all 340,000 words of the vector vocabulary, so a surname, a club or a town the training text never
 * names still brings its type along (the role Wikipedia gazetteers play for Ratinov & Roth 2009, and
 * lexicon-infused embeddings for Passos et al. 2014). Words the classifier learnt from get the
 * prediction of a classifier trained without them (jackknifing), so the tagger learns how far the
 * predictions can be trusted on unseen words, not on words it was taught.
 *
 * Shipped as a table keyed by word hash with one byte a word: four 2-bit probability buckets.
 * Deterministic: seeded initialisation and example order.
 */
import type { CorpusDocument } from "./corpus.ts";
import { normalise } from "./features.ts";
import { hashString, seededRandom, shuffled } from "./hash.ts";

/** Classes: the four entity types and "a capitalised word that is not part of a name". */
export const TYPE_CLASSES = ["PER", "ORG", "LOC", "MISC", "O"] as const;
const CLASSES = TYPE_CLASSES.length;
const HIDDEN = 64;
const EPOCHS = 8;
const RATE = 0.5;
const FOLDS = 5;
/** Probability bucket limits: below the first is bucket 0 (nothing stored). */
const BUCKETS = [0.15, 0.4, 0.7] as const;

/** Class counts of a normalised word in the labelled text. */
export type TypeCounts = Map<string, Float64Array>;

/**
 * Class counts of each normalised word for the type classifier (embedding-types.ts): every token of
 * a name counts for its type; a capitalised word outside names counts as O, but only inside a
 * mixed-case sentence and not first in it, where a capital says nothing.
 */
export function typeCounts(docs: readonly CorpusDocument[], counts: TypeCounts, namesOnly: boolean): void {
  for (const doc of docs) {
    for (const { tokens, tags } of doc.sentences) {
      const caps = tokens.every((t) => t.toUpperCase() === t);
      tokens.forEach((word, i) => {
        const type = tags[i] === "O" ? "O" : tags[i].slice(2);
        if (type === "O") {
          if (namesOnly || caps || i === 0 || word.charAt(0).toLowerCase() === word.charAt(0)) return;
        } else if (word.charAt(0).toLowerCase() === word.charAt(0) && !/\d/.test(word)) return;
        const k = TYPE_CLASSES.indexOf(type as (typeof TYPE_CLASSES)[number]);
        if (k < 0) return;
        const n = normalise(word);
        let c = counts.get(n);
        if (!c) {
          c = new Float64Array(TYPE_CLASSES.length);
          counts.set(n, c);
        }
        c[k]++;
      });
    }
  }
}

/** One hidden layer (tanh) and a softmax over the classes, trained by SGD on soft targets. */
class TypeNet {
  readonly w1: Float32Array;
  readonly b1 = new Float32Array(HIDDEN);
  readonly w2: Float32Array;
  readonly b2 = new Float32Array(CLASSES);
  private readonly hidden = new Float32Array(HIDDEN);
  private readonly out = new Float32Array(CLASSES);

  constructor(
    private readonly dimensions: number,
    seed: number,
  ) {
    const next = seededRandom(seed);
    this.w1 = new Float32Array(HIDDEN * dimensions).map(
      () => (next() - 0.5) * 2 * Math.sqrt(6 / (dimensions + HIDDEN)),
    );
    this.w2 = new Float32Array(CLASSES * HIDDEN).map(
      () => (next() - 0.5) * 2 * Math.sqrt(6 / (HIDDEN + CLASSES)),
    );
  }

  /** Class probabilities of the vector at `row`, written into `this.out` (returned). */
  forward(vectors: Float32Array, row: number): Float32Array {
    const d = this.dimensions;
    const base = row * d;
    for (let h = 0; h < HIDDEN; h++) {
      let s = this.b1[h];
      const wb = h * d;
      for (let k = 0; k < d; k++) s += this.w1[wb + k] * vectors[base + k];
      this.hidden[h] = Math.tanh(s);
    }
    let max = -Infinity;
    for (let c = 0; c < CLASSES; c++) {
      let s = this.b2[c];
      for (let h = 0; h < HIDDEN; h++) s += this.w2[c * HIDDEN + h] * this.hidden[h];
      this.out[c] = s;
      if (s > max) max = s;
    }
    let z = 0;
    for (let c = 0; c < CLASSES; c++) {
      this.out[c] = Math.exp(this.out[c] - max);
      z += this.out[c];
    }
    for (let c = 0; c < CLASSES; c++) this.out[c] /= z;
    return this.out;
  }

  /** One SGD step on cross-entropy against the target distribution, scaled by `weight`. */
  step(vectors: Float32Array, row: number, target: Float64Array, rate: number): void {
    const d = this.dimensions;
    const base = row * d;
    const p = this.forward(vectors, row);
    const gradOut = new Float32Array(CLASSES);
    for (let c = 0; c < CLASSES; c++) gradOut[c] = (p[c] - target[c]) * rate;
    const gradHidden = new Float32Array(HIDDEN);
    for (let c = 0; c < CLASSES; c++) {
      const g = gradOut[c];
      if (g === 0) continue;
      for (let h = 0; h < HIDDEN; h++) {
        gradHidden[h] += g * this.w2[c * HIDDEN + h];
        this.w2[c * HIDDEN + h] -= g * this.hidden[h];
      }
      this.b2[c] -= g;
    }
    for (let h = 0; h < HIDDEN; h++) {
      const g = gradHidden[h] * (1 - this.hidden[h] * this.hidden[h]);
      if (g === 0) continue;
      const wb = h * d;
      for (let k = 0; k < d; k++) this.w1[wb + k] -= g * vectors[base + k];
      this.b1[h] -= g;
    }
  }
}

interface Example {
  row: number;
  target: Float64Array;
  /** Step size multiplier: more evidence, a larger step (log-scaled). */
  weight: number;
}

function train(
  examples: readonly Example[],
  vectors: Float32Array,
  dimensions: number,
  seed: number,
): TypeNet {
  const net = new TypeNet(dimensions, seed);
  const next = seededRandom(seed + 1);
  let order = examples.map((_e, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    order = shuffled(order, next);
    const rate = RATE / (1 + epoch * 0.5);
    for (const i of order) {
      const e = examples[i];
      net.step(vectors, e.row, e.target, rate * e.weight);
    }
  }
  return net;
}

/** The byte stored for a word: bucket (0–3) of each entity type's probability, two bits each. */
export function encodeProbabilities(p: ArrayLike<number>): number {
  let code = 0;
  for (let t = 0; t < 4; t++) {
    let bucket = 0;
    while (bucket < BUCKETS.length && p[t] >= BUCKETS[bucket]) bucket++;
    code |= bucket << (2 * t);
  }
  return code;
}

export interface EmbeddingType {
  hash: number;
  code: number;
}

/**
 * Type codes for every word with a vector: jackknifed predictions for the labelled words, the full
 * classifier's for the rest. `vectors` must be centred and unit length (see bisect.ts).
 */
export function learnEmbeddingTypes(
  words: readonly string[],
  vectors: Float32Array,
  dimensions: number,
  counts: TypeCounts,
  seed: number,
): { types: EmbeddingType[]; labelled: number; accuracy: number } {
  const examples: Example[] = [];
  const fold: number[] = [];
  words.forEach((word, row) => {
    const c = counts.get(word);
    if (!c) return;
    let total = 0;
    for (let k = 0; k < CLASSES; k++) total += c[k];
    if (total <= 0) return;
    const target = new Float64Array(CLASSES);
    for (let k = 0; k < CLASSES; k++) target[k] = c[k] / total;
    examples.push({ row, target, weight: Math.min(3, 1 + Math.log2(total)) / 3 });
    fold.push((hashString(word) >>> 0) % FOLDS);
  });
  const codes = new Int16Array(words.length).fill(-1);
  // Share of labelled words (weighted by their evidence) whose likeliest class the jackknifed
  // classifier gets right: how well types carry over to words it has not seen.
  let right = 0;
  let total = 0;
  const argmax = (p: ArrayLike<number>) => {
    let best = 0;
    for (let k = 1; k < CLASSES; k++) if (p[k] > p[best]) best = k;
    return best;
  };
  for (let f = 0; f < FOLDS; f++) {
    const net = train(
      examples.filter((_e, i) => fold[i] !== f),
      vectors,
      dimensions,
      seed + f,
    );
    examples.forEach((e, i) => {
      if (fold[i] !== f) return;
      const p = net.forward(vectors, e.row);
      codes[e.row] = encodeProbabilities(p);
      total += e.weight;
      if (argmax(p) === argmax(e.target)) right += e.weight;
    });
  }
  const full = train(examples, vectors, dimensions, seed + FOLDS);
  const types: EmbeddingType[] = [];
  words.forEach((word, row) => {
    const code = codes[row] >= 0 ? codes[row] : encodeProbabilities(full.forward(vectors, row));
    if (code) types.push({ hash: hashString(word), code });
  });
  return { types, labelled: examples.length, accuracy: total ? right / total : 0 };
}

/** Shipped table: sorted word hashes (int32), then one code byte per word in the same order. */
export function encodeEmbeddingTypes(types: readonly EmbeddingType[]): Buffer {
  const sorted = [...types].sort((x, y) => x.hash - y.hash || x.code - y.code);
  const hashes = new Int32Array(sorted.length);
  const codes = new Uint8Array(sorted.length);
  sorted.forEach((t, i) => {
    hashes[i] = t.hash;
    codes[i] = t.code;
  });
  return Buffer.concat([Buffer.from(hashes.buffer), Buffer.from(codes.buffer)]);
}

/** The shipped table read back: hashes for binary search and their codes (see encodeEmbeddingTypes). */
export function decodeEmbeddingTypes(bytes: Uint8Array): { hashes: Int32Array; codes: Uint8Array } {
  const n = bytes.byteLength / 5;
  const hashes = new Int32Array(n);
  new Uint8Array(hashes.buffer).set(bytes.subarray(0, n * 4));
  return { hashes, codes: Uint8Array.from(bytes.subarray(n * 4)) };
}
