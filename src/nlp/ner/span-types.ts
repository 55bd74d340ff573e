/**
 * Entity typing over whole spans. The greedy tagger decides a name's type at its first word, before
 * it has read the words that settle it ("Harbin Valley Copper Mining Corp"); this second model
 * reads the finished span — all its words, its first and last word, their vector types and
 * clusters, the gazetteer lists it matches, the words around it and, through the document context,
 * the words around the same names elsewhere in the article — and types it again. It is an averaged
 * multiclass perceptron trained on the gold spans of the training text.
 */
import { type DocumentContext, type TokenInfo, typeBucket } from "./features.ts";
import { FeatureTable, hashString, mix } from "./hash.ts";
import { ENTITY_TYPES, type TokenSpan } from "./labels.ts";
import type { Lexicon } from "./lexicon.ts";
import { decodeWeights, encodeWeights } from "./weights.ts";

const FORMAT = "chronicle-span-types/2";
/**
 * One-word names keep the tagger's type: it has read the same evidence and the document's history
 * of the word, which the typer lacks — re-typed, surnames seen as "Mr. Ripley" became places. On
 * CoNLL-2003 test re-typing one-word spans fixed 78 and broke 81, on UNER dev fixed 9 and broke 40.
 */
const MIN_TOKENS = 2;
/** Averaged weights smaller than this (in every column) are not shipped. */
const MIN_WEIGHT = 0.01;

/** Feature templates (their own number space, mixed into the hash). */
const S = {
  bias: 101,
  word: 102,
  first: 103,
  last: 104,
  lastSuffix: 105,
  length: 106,
  shape: 107,
  wordType: 108,
  wordCluster: 109,
  firstCluster: 110,
  lastCluster: 111,
  lastType: 112,
  gazetteer: 113,
  left: 114,
  right: 116,
  caps: 119,
  documentContext: 120,
} as const;

export const SPAN_TYPES = 4;

export interface SpanInput {
  words: readonly string[];
  infos: readonly TokenInfo[];
  /** Gazetteer tags of the sentence's tokens (Lexicon.gazetteerTags). */
  gazetteer: readonly { here: readonly number[] }[];
  /** Whether the sentence is written in capitals. */
  caps: boolean;
}

const LEFT_EDGE = hashString("<s>");
const RIGHT_EDGE = hashString("</s>");

export function spanFeatures(
  input: SpanInput,
  start: number,
  end: number,
  lexicon: Lexicon,
  document: DocumentContext,
): number[] {
  const { words, infos } = input;
  const out: number[] = [mix(S.bias, 0)];
  let shape = 0;
  for (let k = start; k < end; k++) {
    const info = infos[k];
    out.push(mix(S.word, info.hLower));
    shape = mix(shape, info.hShortShape);
    const type = lexicon.embeddingType(info.hLower);
    for (let t = 0; t < 4; t++) {
      const bucket = typeBucket(type, t);
      if (bucket) out.push(mix(S.wordType, t * 4 + bucket));
    }
    const clusters = lexicon.embeddingClusters(info.hLower);
    if (clusters.length) out.push(mix(S.wordCluster, clusters[1]));
    for (const g of input.gazetteer[k].here) out.push(mix(S.gazetteer, g));
    if (info.capitalised)
      for (const f of document.contextFeatures(words[k])) out.push(mix(S.documentContext, f));
  }
  const first = infos[start];
  const last = infos[end - 1];
  const length = Math.min(end - start, 4);
  out.push(
    mix(S.first, first.hLower),
    mix(mix(S.last, last.hLower), length > 1 ? 1 : 0),
    mix(S.lastSuffix, hashString(last.lower.slice(-3))),
    mix(S.length, length),
    mix(S.shape, shape),
  );
  const firstClusters = lexicon.embeddingClusters(first.hLower);
  if (firstClusters.length) out.push(mix(S.firstCluster, firstClusters[2]));
  const lastClusters = lexicon.embeddingClusters(last.hLower);
  if (lastClusters.length) out.push(mix(S.lastCluster, lastClusters[2]));
  const lastType = lexicon.embeddingType(last.hLower);
  out.push(mix(mix(S.lastType, lastType), length > 1 ? 1 : 0));
  const left = start > 0 ? infos[start - 1].hLower : LEFT_EDGE;
  const right = end < words.length ? infos[end].hLower : RIGHT_EDGE;
  // One word either side only: wider context (two words, the pair of neighbours) read newswire
  // habits into web text (held out, every span re-typed: UNER dev 0.659 → 0.653).
  out.push(mix(S.left, left), mix(S.right, right));
  if (input.caps) out.push(mix(S.caps, length));
  return out;
}

/** The span typer: a feature table and four weights a feature. */
export class SpanTyper {
  private readonly table: FeatureTable;

  constructor(
    readonly features: Int32Array,
    readonly weights: Float32Array | Int16Array,
    /** Stored weight × scale = trained weight (int16 storage); 1 for float weights. */
    private readonly scale = 1,
  ) {
    this.table = new FeatureTable(features);
  }

  scores(features: readonly number[]): Float64Array {
    const scores = new Float64Array(SPAN_TYPES);
    for (const f of features) {
      const row = this.table.row(f);
      if (row < 0) continue;
      for (let t = 0; t < SPAN_TYPES; t++) scores[t] += this.weights[row * SPAN_TYPES + t];
    }
    for (let t = 0; t < SPAN_TYPES; t++) scores[t] *= this.scale;
    return scores;
  }

  /**
   * The spans of one sentence, names of two words or more with their types decided again. (A vote
   * for the tagger's own type was tried: its margins on such names are so wide that any vote from
   * 0 to 30 changed nothing on held-out dev, so there is none.)
   */
  retype(
    spans: readonly TokenSpan[],
    input: SpanInput,
    lexicon: Lexicon,
    document: DocumentContext,
  ): TokenSpan[] {
    return spans.map((span) => {
      if (span.end - span.start < MIN_TOKENS) return span;
      const scores = this.scores(spanFeatures(input, span.start, span.end, lexicon, document));
      let best = 0;
      for (let t = 1; t < SPAN_TYPES; t++) if (scores[t] > scores[best]) best = t;
      return ENTITY_TYPES[best] === span.type ? span : { ...span, type: ENTITY_TYPES[best] };
    });
  }
}

/** The typer as shipped (see weights.ts): features whose weights are all below MIN_WEIGHT are left out. */
export function encodeSpanTyper(typer: SpanTyper): Buffer {
  const keep: number[] = [];
  for (let r = 0; r < typer.features.length; r++) {
    let max = 0;
    for (let t = 0; t < SPAN_TYPES; t++) max = Math.max(max, Math.abs(typer.weights[r * SPAN_TYPES + t]));
    if (max >= MIN_WEIGHT) keep.push(r);
  }
  keep.sort((a, b) => typer.features[a] - typer.features[b]);
  const weights = new Float32Array(keep.length * SPAN_TYPES);
  keep.forEach((r, i) => {
    for (let t = 0; t < SPAN_TYPES; t++) weights[i * SPAN_TYPES + t] = typer.weights[r * SPAN_TYPES + t];
  });
  return encodeWeights(
    FORMAT,
    SPAN_TYPES,
    Int32Array.from(keep, (r) => typer.features[r]),
    weights,
  );
}

export function decodeSpanTyper(bytes: Buffer): SpanTyper {
  const { features, weights, scale } = decodeWeights(bytes, FORMAT, SPAN_TYPES, "the span typer");
  return new SpanTyper(features, weights, scale);
}

/** Averaged multiclass perceptron (the lazy-average trick of Daumé's thesis). */
export class SpanTyperTrainer {
  private readonly w = new Map<number, Float64Array>();
  private readonly u = new Map<number, Float64Array>();
  private c = 1;

  private score(features: readonly number[]): number {
    const scores = new Float64Array(SPAN_TYPES);
    for (const f of features) {
      const row = this.w.get(f);
      if (row) for (let t = 0; t < SPAN_TYPES; t++) scores[t] += row[t];
    }
    let best = 0;
    for (let t = 1; t < SPAN_TYPES; t++) if (scores[t] > scores[best]) best = t;
    return best;
  }

  train(features: readonly number[], gold: number): boolean {
    const predicted = this.score(features);
    if (predicted !== gold) {
      for (const f of features) {
        let row = this.w.get(f);
        let avg = this.u.get(f);
        if (!row || !avg) {
          row = new Float64Array(SPAN_TYPES);
          avg = new Float64Array(SPAN_TYPES);
          this.w.set(f, row);
          this.u.set(f, avg);
        }
        row[gold] += 1;
        row[predicted] -= 1;
        avg[gold] += this.c;
        avg[predicted] -= this.c;
      }
    }
    this.c++;
    return predicted === gold;
  }

  averaged(): SpanTyper {
    const keys = [...this.w.keys()].sort((a, b) => a - b);
    const weights = new Float32Array(keys.length * SPAN_TYPES);
    keys.forEach((f, i) => {
      const row = this.w.get(f) as Float64Array;
      const avg = this.u.get(f) as Float64Array;
      for (let t = 0; t < SPAN_TYPES; t++) weights[i * SPAN_TYPES + t] = row[t] - avg[t] / this.c;
    });
    return new SpanTyper(Int32Array.from(keys), weights);
  }
}
