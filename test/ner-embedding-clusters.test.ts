import assert from "node:assert/strict";
import { test } from "node:test";
import { encodeEmbeddingClusters, learnEmbeddingClusters } from "../src/nlp/ner/embedding-clusters.ts";
import { hashString } from "../src/nlp/ner/hash.ts";
import { Lexicon } from "../src/nlp/ner/lexicon.ts";
import { loadModel } from "../src/nlp/ner/model.ts";

// Invented 4-d vectors: three "city" words near one axis, three "verb" words near another, and two
// words each near a third and fourth axis.
const WORDS = ["paris", "tashkent", "almaty", "said", "told", "added", "red", "blue"];
const VECTORS = [
  [9, 1, 0, 0],
  [8, 2, 0, 1],
  [9, 0, 1, 0],
  [0, 9, 1, 0],
  [1, 8, 0, 0],
  [0, 9, 0, 1],
  [0, 0, 9, 1],
  [1, 0, 1, 9],
];

function clusters() {
  return learnEmbeddingClusters(WORDS, Float32Array.from(VECTORS.flat()), 4);
}

/** The bits of a path code (1 followed by the path) as a string. */
const bits = (code: number) => code.toString(2).slice(1);

test("vector clusters: similar vectors share the start of their path, and runs are identical", () => {
  const first = clusters();
  const byWord = new Map(WORDS.map((w, i) => [w, bits(first[i].code)]));
  const shared = (a: string, b: string) => {
    const x = byWord.get(a) as string;
    const y = byWord.get(b) as string;
    let n = 0;
    while (n < x.length && n < y.length && x[n] === y[n]) n++;
    return n;
  };
  assert.ok(shared("paris", "almaty") > shared("paris", "said"));
  assert.ok(shared("said", "told") > shared("said", "tashkent"));
  assert.equal(first[0].hash, hashString("paris"));
  assert.deepEqual(encodeEmbeddingClusters(clusters()), encodeEmbeddingClusters(first));
});

test("vector clusters: the shipped table is searched by word hash and gives the path prefixes", () => {
  const learnt = clusters();
  const bytes = encodeEmbeddingClusters(learnt);
  const table = new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  const lexicon = new Lexicon([], [], table);
  for (const [i, word] of WORDS.entries()) {
    const code = learnt[i].code;
    const prefixes = lexicon.embeddingClusters(hashString(word));
    assert.equal(prefixes.length, 5);
    // Paths this short are their own prefix at every length.
    for (const p of prefixes) assert.equal(p, code);
  }
  assert.deepEqual(lexicon.embeddingClusters(hashString("unknownword")), []);
});

test("the shipped model knows the vector clusters of common words, as nested prefixes", () => {
  const { lexicon } = loadModel();
  for (const word of ["said", "tashkent", "monday"]) {
    const prefixes = lexicon.embeddingClusters(hashString(word));
    assert.equal(prefixes.length, 5, word);
    for (let k = 1; k < prefixes.length; k++) {
      const shift = bits(prefixes[k]).length - bits(prefixes[k - 1]).length;
      assert.equal(prefixes[k] >>> shift, prefixes[k - 1], word);
    }
  }
  assert.deepEqual(lexicon.embeddingClusters(hashString("qzxqzxq")), []);
});
