import { N_LABELS } from "./labels.ts";
import type { WeightStore } from "./model.ts";

/**
 * Averaged multi-class perceptron (Collins 2002) with lazy averaging: each weight remembers when
 * it last changed, so an update costs only the features of one token.
 */
export class AveragedPerceptron implements WeightStore {
  private readonly rows = new Map<number, number>();
  private keys: number[] = [];
  private weights = new Float64Array(1 << 20);
  private totals = new Float64Array(1 << 20);
  private stamps = new Float64Array(1 << 20);
  /** Number of tokens seen; the averaging clock. */
  private clock = 1;

  addTo(key: number, scores: Float64Array): void {
    const row = this.rows.get(key);
    if (row === undefined) return;
    const base = row * N_LABELS;
    for (let l = 0; l < N_LABELS; l++) scores[l] += this.weights[base + l];
  }

  tick(): void {
    this.clock++;
  }

  /** Moves weight from the predicted label to the gold label for every feature of the token. */
  update(features: readonly number[], gold: number, predicted: number, step = 1): void {
    if (gold === predicted) return;
    for (const key of features) {
      const base = this.row(key) * N_LABELS;
      this.bump(base + gold, step);
      this.bump(base + predicted, -step);
    }
  }

  private bump(i: number, delta: number): void {
    this.totals[i] += (this.clock - this.stamps[i]) * this.weights[i];
    this.stamps[i] = this.clock;
    this.weights[i] += delta;
  }

  private row(key: number): number {
    let row = this.rows.get(key);
    if (row === undefined) {
      row = this.keys.length;
      this.keys.push(key);
      this.rows.set(key, row);
      if ((row + 1) * N_LABELS > this.weights.length) this.grow();
    }
    return row;
  }

  private grow(): void {
    const size = this.weights.length * 2;
    for (const name of ["weights", "totals", "stamps"] as const) {
      const next = new Float64Array(size);
      next.set(this[name]);
      this[name] = next;
    }
  }

  /**
   * Averaged weights of the features (but those in `exclude`) whose largest averaged weight reaches `minWeight` (smaller
   * ones barely move a score and only cost disk and load time), in first-seen order.
   */
  averaged(minWeight: number, exclude: ReadonlySet<number>): { features: Int32Array; weights: Float32Array } {
    const keep: number[] = [];
    const values: number[] = [];
    const row = new Float64Array(N_LABELS);
    for (let r = 0; r < this.keys.length; r++) {
      if (exclude.has(this.keys[r])) continue;
      let max = 0;
      for (let l = 0; l < N_LABELS; l++) {
        const i = r * N_LABELS + l;
        const total = this.totals[i] + (this.clock - this.stamps[i]) * this.weights[i];
        row[l] = total / this.clock;
        max = Math.max(max, Math.abs(row[l]));
      }
      if (max < minWeight) continue;
      keep.push(this.keys[r]);
      for (let l = 0; l < N_LABELS; l++) values.push(row[l]);
    }
    return { features: Int32Array.from(keep), weights: Float32Array.from(values) };
  }
}
