/**
 * Binary trees of word vectors by recursive spherical 2-means: the common core of our own context
 * clusters (clusters.ts) and the GloVe clusters (embedding-clusters.ts). A word's place in the tree
 * is a code with a leading 1 bit ("1" + path): its prefixes are clusters from coarse to fine, as
 * Brown paths are. Deterministic: no randomness, members keep their order.
 */

/** Vectors stored row after row in one array, `dimensions` numbers a row. */
export interface Rows {
  vectors: Float32Array;
  dimensions: number;
}

/** Subtracts the mean row from every row and scales each to unit length: cosine geometry. */
export function centreAndNormalise({ vectors, dimensions }: Rows, count: number): void {
  const mean = new Float64Array(dimensions);
  for (let w = 0; w < count; w++)
    for (let d = 0; d < dimensions; d++) mean[d] += vectors[w * dimensions + d] / count;
  for (let w = 0; w < count; w++) {
    let norm = 0;
    for (let d = 0; d < dimensions; d++) {
      vectors[w * dimensions + d] -= mean[d];
      norm += vectors[w * dimensions + d] ** 2;
    }
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dimensions; d++) vectors[w * dimensions + d] /= norm;
  }
}

function dot({ vectors, dimensions }: Rows, row: number, centre: Float64Array): number {
  let s = 0;
  const base = row * dimensions;
  for (let d = 0; d < dimensions; d++) s += vectors[base + d] * centre[d];
  return s;
}

/** Spherical 2-means, seeded with the member least like the mean and the member least like it. */
function twoMeans(rows: Rows, members: readonly number[], iterations: number): [number[], number[]] {
  const { vectors, dimensions } = rows;
  const mean = new Float64Array(dimensions);
  for (const m of members) for (let d = 0; d < dimensions; d++) mean[d] += vectors[m * dimensions + d];
  const farthest = (from: Float64Array) => {
    let best = members[0];
    let bestScore = Number.POSITIVE_INFINITY;
    for (const m of members) {
      const s = dot(rows, m, from);
      if (s < bestScore) {
        bestScore = s;
        best = m;
      }
    }
    return best;
  };
  const row = (m: number) => Float64Array.from(vectors.subarray(m * dimensions, (m + 1) * dimensions));
  const a = row(farthest(mean));
  const b = row(farthest(a));
  let left: number[] = [];
  let right: number[] = [];
  for (let it = 0; it < iterations; it++) {
    left = [];
    right = [];
    for (const m of members) (dot(rows, m, a) >= dot(rows, m, b) ? left : right).push(m);
    for (const [centre, group] of [
      [a, left],
      [b, right],
    ] as const) {
      if (!group.length) continue;
      centre.fill(0);
      for (const m of group) for (let d = 0; d < dimensions; d++) centre[d] += vectors[m * dimensions + d];
      // Unit length: otherwise the larger group's centre would pull in every word.
      const norm = Math.sqrt(centre.reduce((sum, x) => sum + x * x, 0)) || 1;
      for (let d = 0; d < dimensions; d++) centre[d] /= norm;
    }
  }
  return [left, right];
}

export interface BisectOptions {
  /** Levels of the tree at most (codes of up to depth + 1 bits). */
  depth: number;
  /** A node with fewer members is not split further. */
  minNode: number;
  /** 2-means iterations per split. */
  iterations: number;
}

/** The tree code ("1" + path bits) of each of the first `count` rows. */
export function bisect(rows: Rows, count: number, options: BisectOptions): Int32Array {
  const codes = new Int32Array(count).fill(1);
  // Breadth-first, with an explicit list: the tree is deep and recursion would be too.
  let level: number[][] = [Array.from({ length: count }, (_, i) => i)];
  for (let depth = 0; depth < options.depth; depth++) {
    const next: number[][] = [];
    for (const members of level) {
      if (members.length < options.minNode) continue;
      const [left, right] = twoMeans(rows, members, options.iterations);
      if (!left.length || !right.length) continue;
      for (const m of left) codes[m] = codes[m] * 2;
      for (const m of right) codes[m] = codes[m] * 2 + 1;
      next.push(left, right);
    }
    level = next;
  }
  return codes;
}
