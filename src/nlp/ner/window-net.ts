/**
 * A small window network over word vectors (after Collobert et al. 2011, "Natural language
 * processing (almost) from scratch"): it reads the GloVe vectors of a word and the two words either
 * side, with their shapes, and gives the probability that the word is part of a PER, ORG, LOC or
 * MISC name or of none. Its bucketed probabilities are features of the tagger (stacking): the
 * tagger sees word vectors only through clusters and one word at a time, the network sees them
 * dense and in context.
 *
 * The vectors are reduced to their first principal components (whitened) and stored as one byte a
 * dimension, so tagging needs none of the embeddings package. The first layer is linear in each
 * window position's vector and shape, so a tagger computes A_p·v + S_p[shape] once per distinct
 * word and position, and a token costs a few hundred additions. The hidden units are hard tanh
 * (a clamp to [−1, 1], as in SENNA): with Math.tanh the network halved the tagger's speed. Only
 * words that begin with a capital are scored (and trained on): nearly every name does, and scoring
 * every token cost 40 % of the tagger's speed; the others get the code of "none".
 *
 * Deterministic: power iteration from fixed starts, seeded initialisation and example order.
 */
import { detach } from "../../core/strings.ts";
import { hashString, seededRandom, shuffled } from "./hash.ts";

/** Words either side of the token. */
const RADIUS = 2;
const POSITIONS = 2 * RADIUS + 1;
/** Principal components kept of the 100-dimensional vectors. */
export const WINDOW_DIMENSIONS = 24;
const HIDDEN = 32;
/** PER, ORG, LOC, MISC, none. */
const CLASSES = 5;
const NONE = 4;
/** Word shapes (0: beyond the sentence; 1 lower, 2 capitalised, 3 capitals, 4 digits, 5 other), × has a vector. */
const SHAPES = 6;
const SHAPE_CLASSES = SHAPES * 2;
/** A whitened component is stored as round(x × QUANT) in one signed byte (±4 standard deviations). */
const QUANT = 32;
const EPOCHS = 12;
const RATE = 0.02;
/** Probability bucket limits, as for the vector types (embedding-types.ts). */
const BUCKETS = [0.15, 0.4, 0.7] as const;

/** The code of a token the network does not score (see codes): likeliest class none, no buckets. */
const UNSCORED = NONE << 8;

/** Whether the network scores a word: it begins with a capital (shapes 2 and 3). */
function scored(shape: number): boolean {
  return shape === 2 || shape === 3;
}

/** Shape of a word as the network reads it (1–5). */
function shapeOf(word: string): number {
  const c = word.charAt(0);
  if (/\d/.test(word)) return 4;
  if (c.toLowerCase() !== c) return word.length > 1 && word.toUpperCase() === word ? 3 : 2;
  if (c.toUpperCase() !== c) return 1;
  return 5;
}

/** The weights of the network (Float32, all of them shipped). */
export class WindowNet {
  /** First layer: HIDDEN × WINDOW_DIMENSIONS per position. */
  readonly a = new Float32Array(POSITIONS * HIDDEN * WINDOW_DIMENSIONS);
  /** Shape embeddings: HIDDEN per position and shape class. */
  readonly shapes = new Float32Array(POSITIONS * SHAPE_CLASSES * HIDDEN);
  /** Added when the sentence is in capitals (a headline: capitals say nothing). */
  readonly caps = new Float32Array(HIDDEN);
  readonly b1 = new Float32Array(HIDDEN);
  readonly w2 = new Float32Array(CLASSES * HIDDEN);
  readonly b2 = new Float32Array(CLASSES);

  static random(seed: number): WindowNet {
    const net = new WindowNet();
    const next = seededRandom(seed);
    const fanIn = POSITIONS * (WINDOW_DIMENSIONS + 1);
    const r1 = Math.sqrt(6 / (fanIn + HIDDEN));
    for (let i = 0; i < net.a.length; i++) net.a[i] = (next() - 0.5) * 2 * r1;
    for (let i = 0; i < net.shapes.length; i++) net.shapes[i] = (next() - 0.5) * 2 * r1;
    const r2 = Math.sqrt(6 / (HIDDEN + CLASSES));
    for (let i = 0; i < net.w2.length; i++) net.w2[i] = (next() - 0.5) * 2 * r2;
    return net;
  }

  private parts(): Float32Array[] {
    return [this.a, this.shapes, this.caps, this.b1, this.w2, this.b2];
  }

  encode(): Buffer {
    return Buffer.concat(this.parts().map((p) => Buffer.from(p.buffer, p.byteOffset, p.byteLength)));
  }

  static decode(bytes: Uint8Array): { net: WindowNet; rest: Uint8Array } {
    const net = new WindowNet();
    let at = 0;
    for (const part of net.parts()) {
      new Uint8Array(part.buffer).set(bytes.subarray(at, at + part.byteLength));
      at += part.byteLength;
    }
    return { net, rest: bytes.subarray(at) };
  }
}

/** Word vectors as shipped: sorted word hashes and WINDOW_DIMENSIONS signed bytes per word. */
export interface WindowVectors {
  hashes: Int32Array;
  values: Int8Array;
}

function rowOf(vectors: WindowVectors, hLower: number): number {
  const table = vectors.hashes;
  let lo = 0;
  let hi = table.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (table[mid] < hLower) lo = mid + 1;
    else hi = mid;
  }
  return lo < table.length && table[lo] === hLower ? lo : -1;
}

/**
 * The table of reduced vectors: centred unit vectors projected on their first principal components,
 * each component scaled to unit variance and quantised. `vectors` must be centred and unit length.
 */
export function reduceVectors(
  words: readonly string[],
  vectors: Float32Array,
  dimensions: number,
): WindowVectors {
  const n = words.length;
  const cov = new Float64Array(dimensions * dimensions);
  for (let w = 0; w < n; w++) {
    const base = w * dimensions;
    for (let i = 0; i < dimensions; i++) {
      const x = vectors[base + i];
      for (let j = i; j < dimensions; j++) cov[i * dimensions + j] += x * vectors[base + j];
    }
  }
  for (let i = 0; i < dimensions; i++)
    for (let j = i; j < dimensions; j++) {
      cov[i * dimensions + j] /= n;
      cov[j * dimensions + i] = cov[i * dimensions + j];
    }
  // Power iteration with deflation: the components one after the other.
  const components: Float64Array[] = [];
  const scales: number[] = [];
  for (let k = 0; k < WINDOW_DIMENSIONS; k++) {
    let u = new Float64Array(dimensions).map((_, i) => (i === k ? 1 : 0.01 * ((i % 7) - 3)));
    let lambda = 0;
    for (let iteration = 0; iteration < 300; iteration++) {
      const next = new Float64Array(dimensions);
      for (let i = 0; i < dimensions; i++) {
        let s = 0;
        for (let j = 0; j < dimensions; j++) s += cov[i * dimensions + j] * u[j];
        next[i] = s;
      }
      for (const c of components) {
        let d = 0;
        for (let i = 0; i < dimensions; i++) d += next[i] * c[i];
        for (let i = 0; i < dimensions; i++) next[i] -= d * c[i];
      }
      let norm = 0;
      for (let i = 0; i < dimensions; i++) norm += next[i] * next[i];
      norm = Math.sqrt(norm);
      lambda = norm;
      u = next.map((x) => x / norm);
    }
    components.push(u);
    scales.push(1 / Math.sqrt(lambda));
  }
  const order = words
    .map((w, i) => ({ hash: hashString(w), i }))
    .sort((x, y) => x.hash - y.hash || x.i - y.i);
  const hashes = new Int32Array(order.length);
  const values = new Int8Array(order.length * WINDOW_DIMENSIONS);
  order.forEach(({ hash, i }, r) => {
    hashes[r] = hash;
    const base = i * dimensions;
    components.forEach((u, k) => {
      let s = 0;
      for (let d = 0; d < dimensions; d++) s += vectors[base + d] * u[d];
      values[r * WINDOW_DIMENSIONS + k] = Math.max(-127, Math.min(127, Math.round(s * scales[k] * QUANT)));
    });
  });
  return { hashes, values };
}

/** The shipped file: the network's weights, the number of words, their hashes, their vectors. */
export function encodeWindowModel(net: WindowNet, vectors: WindowVectors): Buffer {
  const count = new Int32Array([vectors.hashes.length]);
  return Buffer.concat([
    net.encode(),
    Buffer.from(count.buffer),
    Buffer.from(vectors.hashes.buffer, vectors.hashes.byteOffset, vectors.hashes.byteLength),
    Buffer.from(vectors.values.buffer, vectors.values.byteOffset, vectors.values.byteLength),
  ]);
}

export function decodeWindowModel(bytes: Uint8Array): WindowScorer {
  const { net, rest } = WindowNet.decode(bytes);
  const head = new Int32Array(1);
  new Uint8Array(head.buffer).set(rest.subarray(0, 4));
  const n = head[0];
  if (rest.length !== 4 + n * (4 + WINDOW_DIMENSIONS)) {
    throw new Error(
      "The window network's file does not match this version's layout (hidden units, dimensions); run `npm run train:ner`.",
    );
  }
  const hashes = new Int32Array(n);
  new Uint8Array(hashes.buffer).set(rest.subarray(4, 4 + 4 * n));
  const values = new Int8Array(n * WINDOW_DIMENSIONS);
  new Uint8Array(values.buffer).set(rest.subarray(4 + 4 * n, 4 + 4 * n + values.length));
  return new WindowScorer(net, { hashes, values });
}

/** A token's code: the buckets (0–3) of PER, ORG, LOC and MISC, two bits each, and the likeliest class × 256. */
export function windowBucket(code: number, k: number): number {
  return (code >> (2 * k)) & 3;
}
export function windowBest(code: number): number {
  return code >> 8;
}
/**
 * Whether a code says anything: tokens the network does not score have the code UNSCORED, and so
 * does a scored word it is sure is no name (likeliest none, every type under 0.15).
 */
export function windowScored(code: number): boolean {
  return code !== UNSCORED;
}

function encodeCode(p: ArrayLike<number>): number {
  let code = 0;
  let best = 0;
  for (let k = 0; k < CLASSES; k++) if (p[k] > p[best]) best = k;
  for (let k = 0; k < 4; k++) {
    let bucket = 0;
    while (bucket < BUCKETS.length && p[k] >= BUCKETS[bucket]) bucket++;
    code |= bucket << (2 * k);
  }
  return code | (best << 8);
}

/** Words whose projections are kept; a long-running process starts afresh beyond. */
const MAX_CACHED = 100_000;

/** Tags sentences with the network: per distinct word, A_p·v + S_p[shape] for every position is computed once. */
export class WindowScorer {
  /** Word as written → its first-layer input at every position (POSITIONS × HIDDEN), then its shape. */
  private readonly inputs = new Map<string, Float32Array>();
  /** Beyond the sentence: the padding shape at every position. */
  private readonly padding: Float32Array;
  private readonly hidden = new Float64Array(HIDDEN);
  private readonly out = new Float64Array(CLASSES);

  constructor(
    readonly net: WindowNet,
    readonly vectors: WindowVectors,
  ) {
    this.padding = new Float32Array(POSITIONS * HIDDEN);
    for (let pos = 0; pos < POSITIONS; pos++)
      for (let h = 0; h < HIDDEN; h++)
        this.padding[pos * HIDDEN + h] = net.shapes[pos * SHAPE_CLASSES * HIDDEN + h];
  }

  private input(word: string, hLower: number): Float32Array {
    let p = this.inputs.get(word);
    if (p) return p;
    p = new Float32Array(POSITIONS * HIDDEN + 1);
    const row = rowOf(this.vectors, hLower);
    const shape = shapeOf(word) * 2 + (row < 0 ? 0 : 1);
    p[POSITIONS * HIDDEN] = shape;
    const { a, shapes } = this.net;
    const values = this.vectors.values;
    const vBase = row * WINDOW_DIMENSIONS;
    for (let pos = 0; pos < POSITIONS; pos++) {
      const sBase = (pos * SHAPE_CLASSES + shape) * HIDDEN;
      for (let h = 0; h < HIDDEN; h++) {
        let s = 0;
        if (row >= 0) {
          const aBase = (pos * HIDDEN + h) * WINDOW_DIMENSIONS;
          for (let d = 0; d < WINDOW_DIMENSIONS; d++) s += a[aBase + d] * values[vBase + d];
        }
        p[pos * HIDDEN + h] = s / QUANT + shapes[sBase + h];
      }
    }
    if (this.inputs.size >= MAX_CACHED) this.inputs.clear();
    // The cache outlives the article the word was cut from: keep a copy, not a view of the article.
    this.inputs.set(detach(word), p);
    return p;
  }

  /** Codes (see windowBucket) of every token of a sentence; `hLower` are the words' normalised hashes. */
  codes(words: readonly string[], hLower: ArrayLike<number>, caps: boolean): Uint16Array {
    const n = words.length;
    const net = this.net;
    const out = new Uint16Array(n).fill(UNSCORED);
    // Inputs are looked up only for scored words and their neighbours: most words are neither.
    const inputs: (Float32Array | undefined)[] = new Array(n);
    const hidden = this.hidden;
    const probabilities = this.out;
    const b1 = net.b1;
    const capsBias = net.caps;
    const shapeAt = POSITIONS * HIDDEN;
    for (let i = 0; i < n; i++) {
      const c = words[i].charCodeAt(0);
      // Lower-case ASCII letters, digits and ASCII punctuation are never scored (shapes 1, 4, 5).
      if (c < 65 || (c > 90 && c < 128)) continue;
      const own = inputs[i] ?? this.input(words[i], hLower[i]);
      inputs[i] = own;
      if (!scored(own[shapeAt] >> 1)) continue;
      for (let h = 0; h < HIDDEN; h++) hidden[h] = caps ? b1[h] + capsBias[h] : b1[h];
      for (let pos = 0; pos < POSITIONS; pos++) {
        const j = i + pos - RADIUS;
        let p = this.padding;
        if (j >= 0 && j < n) {
          p = inputs[j] ?? this.input(words[j], hLower[j]);
          inputs[j] = p;
        }
        const base = pos * HIDDEN;
        for (let h = 0; h < HIDDEN; h++) hidden[h] += p[base + h];
      }
      for (let h = 0; h < HIDDEN; h++) hidden[h] = hardTanh(hidden[h]);
      softmax(net, hidden, probabilities);
      out[i] = encodeCode(probabilities);
    }
    return out;
  }
}

function hardTanh(x: number): number {
  return Math.max(-1, Math.min(1, x));
}

function softmax(net: WindowNet, hidden: Float64Array, out: Float64Array): void {
  let max = -Infinity;
  for (let c = 0; c < CLASSES; c++) {
    let s = net.b2[c];
    const base = c * HIDDEN;
    for (let h = 0; h < HIDDEN; h++) s += net.w2[base + h] * hidden[h];
    out[c] = s;
    if (s > max) max = s;
  }
  let z = 0;
  for (let c = 0; c < CLASSES; c++) {
    out[c] = Math.exp(out[c] - max);
    z += out[c];
  }
  for (let c = 0; c < CLASSES; c++) out[c] /= z;
}

/** A training sentence: the words, their normalised hashes and the gold class of every token. */
export interface WindowSentence {
  words: readonly string[];
  hLower: ArrayLike<number>;
  gold: Uint8Array;
  caps: boolean;
}

/** The gold class of an IOB tag (PER, ORG, LOC, MISC; anything else none). */
export function windowClass(tag: string): number {
  const k = ["PER", "ORG", "LOC", "MISC"].indexOf(tag.slice(2));
  return tag === "O" || k < 0 ? NONE : k;
}

/** Trains a network by SGD on cross-entropy, token by token, sentences in seeded order. */
export function trainWindowNet(
  sentences: readonly WindowSentence[],
  vectors: WindowVectors,
  seed: number,
): WindowNet {
  const net = WindowNet.random(seed);
  const next = seededRandom(seed + 1);
  const values = Float32Array.from(vectors.values, (x) => x / QUANT);
  const prepared = sentences.map((s) => {
    const rows = Int32Array.from({ length: s.words.length }, (_, i) => rowOf(vectors, s.hLower[i]));
    const shapes = Int32Array.from(rows, (row, i) => shapeOf(s.words[i]) * 2 + (row < 0 ? 0 : 1));
    return { rows, shapes, gold: s.gold, caps: s.caps };
  });
  const pre = new Float64Array(HIDDEN);
  const hidden = new Float64Array(HIDDEN);
  const p = new Float64Array(CLASSES);
  const gradHidden = new Float64Array(HIDDEN);
  let order = prepared.map((_s, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    order = shuffled(order, next);
    const rate = RATE / (1 + epoch);
    for (const k of order) {
      const { rows, shapes, gold, caps } = prepared[k];
      const n = rows.length;
      for (let i = 0; i < n; i++) {
        if (!scored(shapes[i] >> 1)) continue;
        for (let h = 0; h < HIDDEN; h++) pre[h] = net.b1[h] + (caps ? net.caps[h] : 0);
        for (let pos = 0; pos < POSITIONS; pos++) {
          const j = i + pos - RADIUS;
          const shape = j >= 0 && j < n ? shapes[j] : 0;
          const sBase = (pos * SHAPE_CLASSES + shape) * HIDDEN;
          for (let h = 0; h < HIDDEN; h++) pre[h] += net.shapes[sBase + h];
          if (j < 0 || j >= n || rows[j] < 0) continue;
          const vBase = rows[j] * WINDOW_DIMENSIONS;
          for (let h = 0; h < HIDDEN; h++) {
            const aBase = (pos * HIDDEN + h) * WINDOW_DIMENSIONS;
            let s = 0;
            for (let d = 0; d < WINDOW_DIMENSIONS; d++) s += net.a[aBase + d] * values[vBase + d];
            pre[h] += s;
          }
        }
        for (let h = 0; h < HIDDEN; h++) hidden[h] = hardTanh(pre[h]);
        softmax(net, hidden, p);
        gradHidden.fill(0);
        for (let c = 0; c < CLASSES; c++) {
          const g = (p[c] - (gold[i] === c ? 1 : 0)) * rate;
          const base = c * HIDDEN;
          for (let h = 0; h < HIDDEN; h++) {
            gradHidden[h] += g * net.w2[base + h];
            net.w2[base + h] -= g * hidden[h];
          }
          net.b2[c] -= g;
        }
        for (let h = 0; h < HIDDEN; h++) {
          const g = pre[h] > -1 && pre[h] < 1 ? gradHidden[h] : 0;
          gradHidden[h] = g;
          net.b1[h] -= g;
          if (caps) net.caps[h] -= g;
        }
        for (let pos = 0; pos < POSITIONS; pos++) {
          const j = i + pos - RADIUS;
          const shape = j >= 0 && j < n ? shapes[j] : 0;
          const sBase = (pos * SHAPE_CLASSES + shape) * HIDDEN;
          for (let h = 0; h < HIDDEN; h++) net.shapes[sBase + h] -= gradHidden[h];
          if (j < 0 || j >= n || rows[j] < 0) continue;
          const vBase = rows[j] * WINDOW_DIMENSIONS;
          for (let h = 0; h < HIDDEN; h++) {
            const g = gradHidden[h];
            const aBase = (pos * HIDDEN + h) * WINDOW_DIMENSIONS;
            for (let d = 0; d < WINDOW_DIMENSIONS; d++) net.a[aBase + d] -= g * values[vBase + d];
          }
        }
      }
    }
  }
  return net;
}
