import assert from "node:assert/strict";
import { test } from "node:test";
import {
  decodeEmbeddingTypes,
  encodeEmbeddingTypes,
  encodeProbabilities,
  learnEmbeddingTypes,
  TYPE_CLASSES,
  type TypeCounts,
} from "../src/nlp/ner/embedding-types.ts";
import { hashString } from "../src/nlp/ner/hash.ts";
import { Lexicon } from "../src/nlp/ner/lexicon.ts";
import { loadModel } from "../src/nlp/ner/model.ts";

// Invented unit vectors in 4 dimensions: person-like words near one axis, place-like words near a
// second, capitalised non-names (weekdays, months) near a third; a fixed pseudo-random jitter.
const DIMENSIONS = 4;
function vectors(): { words: string[]; vectors: Float32Array; counts: TypeCounts } {
  const words: string[] = [];
  const rows: number[] = [];
  const counts: TypeCounts = new Map();
  let seed = 7;
  const jitter = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return (seed / 2147483648 - 0.5) * 0.6;
  };
  const add = (word: string, axis: number, label?: (typeof TYPE_CLASSES)[number]) => {
    const v = [jitter(), jitter(), jitter(), jitter()];
    v[axis] += 1;
    const norm = Math.hypot(...v);
    rows.push(...v.map((x) => x / norm));
    words.push(word);
    if (label) {
      const c = new Float64Array(TYPE_CLASSES.length);
      c[TYPE_CLASSES.indexOf(label)] = 3;
      counts.set(word, c);
    }
  };
  for (let i = 0; i < 80; i++) {
    add(`person${i}`, 0, "PER");
    add(`place${i}`, 1, "LOC");
    add(`common${i}`, 2, "O");
  }
  add("zorvanek", 0);
  add("quillport", 1);
  add("thursdayish", 2);
  return { words, vectors: Float32Array.from(rows), counts };
}

const bucket = (code: number, type: string) => (code >> (2 * TYPE_CLASSES.indexOf(type as never))) & 3;

test("embedding types: buckets of the four entity probabilities pack into one byte", () => {
  assert.equal(encodeProbabilities([0.9, 0.05, 0.02, 0.01, 0.02]), 3);
  assert.equal(encodeProbabilities([0.2, 0.5, 0, 0, 0.3]), 1 | (2 << 2));
  assert.equal(encodeProbabilities([0, 0, 0.1, 0.75, 0.15]), 3 << 6);
  assert.equal(encodeProbabilities([0, 0, 0, 0, 1]), 0);
});

test("embedding types: words the training never labelled take the type of their neighbourhood", () => {
  const { words, vectors: rows, counts } = vectors();
  const { types, labelled } = learnEmbeddingTypes(words, rows, DIMENSIONS, counts, 1);
  assert.equal(labelled, 240);
  const code = (word: string) => types.find((t) => t.hash === hashString(word))?.code ?? 0;
  assert.ok(bucket(code("zorvanek"), "PER") >= 2, "an unseen person-like word reads as PER");
  assert.equal(bucket(code("zorvanek"), "LOC"), 0);
  assert.ok(bucket(code("quillport"), "LOC") >= 2, "an unseen place-like word reads as LOC");
  assert.ok(bucket(code("thursdayish"), "PER") <= 1 && bucket(code("thursdayish"), "LOC") <= 1);
  // Labelled words get jackknifed predictions: still right for a clean neighbourhood.
  assert.ok(bucket(code("person3"), "PER") >= 2);
  // Deterministic for a seed.
  assert.deepEqual(
    encodeEmbeddingTypes(learnEmbeddingTypes(words, rows, DIMENSIONS, counts, 1).types),
    encodeEmbeddingTypes(types),
  );
});

test("embedding types: the shipped table round-trips and is searched by word hash", () => {
  const types = [
    { hash: hashString("zorvanek"), code: 3 },
    { hash: hashString("quillport"), code: 2 << 4 },
  ];
  const lexicon = new Lexicon([], [], undefined, decodeEmbeddingTypes(encodeEmbeddingTypes(types)));
  assert.equal(lexicon.embeddingType(hashString("zorvanek")), 3);
  assert.equal(lexicon.embeddingType(hashString("quillport")), 2 << 4);
  assert.equal(lexicon.embeddingType(hashString("unknownword")), 0);
});

test("the shipped model types names by their vectors, also names no training text contains", () => {
  const { lexicon } = loadModel();
  const type = (word: string) => lexicon.embeddingType(hashString(word));
  for (const place of ["tashkent", "almaty", "dushanbe", "bishkek"])
    assert.ok(bucket(type(place), "LOC") >= 2, place);
  for (const person of ["nazarbayev", "tokayev", "smith"])
    assert.ok(bucket(type(person), "PER") >= 2, person);
  assert.ok(bucket(type("nazarbayev"), "LOC") <= 1);
});
