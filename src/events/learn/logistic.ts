import { FeatureTable, seededRandom, shuffled } from "../../nlp/ner/hash.ts";
import { decodeWeights, encodeWeights } from "../../nlp/ner/weights.ts";

/**
 * Multinomial logistic regression over hashed binary features, trained by stochastic gradient
 * descent with a decaying rate and L2 shrinkage of the weights an example touches. Probabilities,
 * not just an arg-max, are what the coder needs: "re-type only when confident", "drop a sentence
 * under p". Deterministic: a seeded shuffle and no other randomness.
 */

export interface Example {
  features: readonly number[];
  label: number;
  /** How much the example counts: gold 1, weak labels less. */
  weight: number;
}

export interface TrainOptions {
  epochs: number;
  /** Initial step; epoch e uses rate / (1 + e). */
  rate: number;
  /** L2 shrinkage per touch. */
  l2: number;
  seed: number;
  /**
   * Train this many times with seeds seed, seed + 1, … and keep the mean of the weights (the mean
   * of the runs' scores, for a linear model): one shuffle order's luck no longer moves the
   * decisions on text unlike the training data. Default 1.
   */
  average?: number;
}

export class LinearModel {
  private readonly table: FeatureTable;

  /** Weight of feature row r, label l: weights[r × labels + l] × scale (int16 as shipped, or float while training). */
  constructor(
    readonly labels: number,
    private readonly features: Int32Array,
    private readonly weights: Float32Array | Int16Array,
    private readonly scale = 1,
  ) {
    this.table = new FeatureTable(features);
  }

  /** Probabilities of the labels (softmax of the summed weights). */
  probabilities(features: readonly number[]): Float64Array {
    const scores = new Float64Array(this.labels);
    for (const key of features) {
      const row = this.table.row(key);
      if (row < 0) continue;
      const base = row * this.labels;
      for (let l = 0; l < this.labels; l++) scores[l] += this.weights[base + l];
    }
    if (this.scale !== 1) for (let l = 0; l < this.labels; l++) scores[l] *= this.scale;
    return softmax(scores);
  }

  /** The shipped form (encodeWeights: int16 with one scale); only a model fresh from training can be encoded. */
  encode(format: string): Buffer {
    if (!(this.weights instanceof Float32Array)) throw new Error("A decoded model cannot be encoded again.");
    return encodeWeights(format, this.labels, this.features, this.weights);
  }

  static decode(bytes: Buffer, format: string, labels: number, file: string): LinearModel {
    const { features, weights, scale } = decodeWeights(bytes, format, labels, file);
    return new LinearModel(labels, features, weights, scale);
  }
}

function softmax(scores: Float64Array): Float64Array {
  let max = Number.NEGATIVE_INFINITY;
  for (const s of scores) max = Math.max(max, s);
  let sum = 0;
  for (let l = 0; l < scores.length; l++) {
    scores[l] = Math.exp(scores[l] - max);
    sum += scores[l];
  }
  for (let l = 0; l < scores.length; l++) scores[l] /= sum;
  return scores;
}

/** Weights whose largest magnitude is under this are dropped from the shipped model (size, load time). */
const MIN_WEIGHT = 0.01;

export function trainLinear(
  examples: readonly Example[],
  labels: number,
  options: TrainOptions,
): LinearModel {
  const runs = Math.max(1, options.average ?? 1);
  const rows = new Map<number, Float64Array>();
  for (let run = 0; run < runs; run++) {
    for (const [key, row] of sgd(examples, labels, { ...options, seed: options.seed + run })) {
      let sum = rows.get(key);
      if (!sum) {
        sum = new Float64Array(labels);
        rows.set(key, sum);
      }
      for (let l = 0; l < labels; l++) sum[l] += row[l] / runs;
    }
  }
  const keys = [...rows.keys()].sort((a, b) => a - b);
  const kept: number[] = [];
  const values: number[] = [];
  for (const key of keys) {
    const row = rows.get(key) as Float64Array;
    if (Math.max(...row.map(Math.abs)) < MIN_WEIGHT) continue;
    kept.push(key);
    values.push(...row);
  }
  return new LinearModel(labels, Int32Array.from(kept), Float32Array.from(values));
}

/** One run of stochastic gradient descent over the shuffled examples. */
function sgd(examples: readonly Example[], labels: number, options: TrainOptions): Map<number, Float64Array> {
  const rows = new Map<number, Float64Array>();
  const next = seededRandom(options.seed);
  const scores = new Float64Array(labels);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const rate = options.rate / (1 + epoch);
    for (const ex of shuffled(examples, next)) {
      scores.fill(0);
      for (const key of ex.features) {
        const row = rows.get(key);
        if (row) for (let l = 0; l < labels; l++) scores[l] += row[l];
      }
      const p = softmax(scores);
      const step = rate * ex.weight;
      for (const key of ex.features) {
        let row = rows.get(key);
        if (!row) {
          row = new Float64Array(labels);
          rows.set(key, row);
        }
        for (let l = 0; l < labels; l++) {
          row[l] = row[l] * (1 - rate * options.l2) + step * ((l === ex.label ? 1 : 0) - p[l]);
        }
      }
    }
  }
  return rows;
}
