/**
 * Stories: articles about one real event, found by the words they share. Each article becomes a
 * TF-IDF vector over content lemmas (names count double: two earthquakes share "magnitude" and
 * "epicentre" but not their place names), and articles are grouped by average-linkage agglomerative
 * clustering, stopping when the closest two groups are less similar than a threshold.
 */

/** Content-word parts of speech worth comparing (wink-nlp's Universal POS tags). */
const CONTENT_POS = new Set(["NOUN", "PROPN", "VERB", "NUM", "ADJ"]);
/** Proper names tell two events of one kind apart, so they weigh more. */
export const NAME_WEIGHT = 2;

export interface StoryToken {
  lemma: string;
  pos: string;
}

/** L2-normalised TF-IDF vectors, one per article (sparse: term index → weight). */
export function storyVectors(docs: StoryToken[][]): Map<number, number>[] {
  const vocab = new Map<string, number>();
  const df = new Map<number, number>();
  const tfs = docs.map((tokens) => {
    const tf = new Map<number, number>();
    for (const t of tokens) {
      if (!CONTENT_POS.has(t.pos) || t.lemma.length < 2) continue;
      const key = t.lemma.toLowerCase();
      let id = vocab.get(key);
      if (id === undefined) {
        id = vocab.size;
        vocab.set(key, id);
      }
      tf.set(id, (tf.get(id) ?? 0) + (t.pos === "PROPN" ? NAME_WEIGHT : 1));
    }
    for (const id of tf.keys()) df.set(id, (df.get(id) ?? 0) + 1);
    return tf;
  });
  return tfs.map((tf) => {
    const v = new Map<number, number>();
    let norm = 0;
    for (const [id, n] of tf) {
      const w = (1 + Math.log(n)) * Math.log(docs.length / (df.get(id) ?? 1));
      if (w <= 0) continue;
      v.set(id, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [id, w] of v) v.set(id, w / norm);
    return v;
  });
}

export function cosine(a: Map<number, number>, b: Map<number, number>): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [id, w] of small) s += w * (large.get(id) ?? 0);
  return s;
}

/**
 * Average-linkage clustering (Lance–Williams update), merging while the best pair of groups is at
 * least `threshold` similar. Deterministic: ties go to the lowest indices. Returns a group per item.
 */
export function averageLinkage(vectors: Map<number, number>[], threshold: number): number[] {
  const n = vectors.length;
  const sim = Array.from({ length: n }, () => new Float64Array(n));
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const s = cosine(vectors[i], vectors[j]);
      sim[i][j] = s;
      sim[j][i] = s;
    }
  return averageLinkageOf(sim, threshold);
}

/** Average linkage over a symmetric similarity matrix, which it overwrites; see averageLinkage. */
export function averageLinkageOf(sim: Float64Array[], threshold: number): number[] {
  const n = sim.length;
  const size = new Array<number>(n).fill(1);
  const alive = new Array<boolean>(n).fill(true);
  const group = Array.from({ length: n }, (_, i) => i);
  // Best partner per row, refreshed when a row changes: O(n²) per merge at worst, fine for thousands.
  const best = new Int32Array(n).fill(-1);
  const refresh = (i: number) => {
    let b = -1;
    for (let j = 0; j < n; j++) if (j !== i && alive[j] && (b < 0 || sim[i][j] > sim[i][b])) b = j;
    best[i] = b;
  };
  for (let i = 0; i < n; i++) refresh(i);
  for (;;) {
    let bi = -1;
    for (let i = 0; i < n; i++)
      if (alive[i] && best[i] >= 0 && (bi < 0 || sim[i][best[i]] > sim[bi][best[bi]])) bi = i;
    if (bi < 0 || sim[bi][best[bi]] < threshold) break;
    const [a, b] = [Math.min(bi, best[bi]), Math.max(bi, best[bi])];
    for (let k = 0; k < n; k++) {
      if (!alive[k] || k === a || k === b) continue;
      const s = (sim[a][k] * size[a] + sim[b][k] * size[b]) / (size[a] + size[b]);
      sim[a][k] = s;
      sim[k][a] = s;
    }
    size[a] += size[b];
    alive[b] = false;
    for (let k = 0; k < n; k++) if (group[k] === b) group[k] = a;
    for (let k = 0; k < n; k++) {
      if (!alive[k]) continue;
      if (k === a || best[k] === a || best[k] === b) refresh(k);
      else if (sim[k][a] > sim[k][best[k]]) best[k] = a;
    }
  }
  return group;
}
