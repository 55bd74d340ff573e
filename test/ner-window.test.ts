import assert from "node:assert/strict";
import { test } from "node:test";
import { tokenInfos } from "../src/nlp/ner/features.ts";
import { hashString } from "../src/nlp/ner/hash.ts";
import {
  decodeWindowModel,
  encodeWindowModel,
  reduceVectors,
  trainWindowNet,
  WINDOW_DIMENSIONS,
  WindowScorer,
  windowBest,
  windowBucket,
  windowClass,
} from "../src/nlp/ner/window-net.ts";

/** Invented vectors: given names near one direction, towns near another, other words spread out. */
function vectors(words: readonly string[]): Float32Array {
  const dimensions = 40;
  const out = new Float32Array(words.length * dimensions);
  words.forEach((word, w) => {
    const h = hashString(word);
    for (let d = 0; d < dimensions; d++) out[w * dimensions + d] = Math.sin(h * (d + 1)) * 0.3;
    if (word.startsWith("given")) out[w * dimensions] += 2;
    if (word.startsWith("town")) out[w * dimensions + 1] += 2;
    let norm = 0;
    for (let d = 0; d < dimensions; d++) norm += out[w * dimensions + d] ** 2;
    for (let d = 0; d < dimensions; d++) out[w * dimensions + d] /= Math.sqrt(norm);
  });
  return out;
}

/** Words without digits (the tagger folds digits to 0 before it looks a word up). */
const letters = (i: number) =>
  String.fromCharCode(97 + (i % 26)) + String.fromCharCode(97 + Math.floor(i / 26));
const givenNames = Array.from({ length: 30 }, (_, i) => `given${letters(i)}`);
const towns = Array.from({ length: 30 }, (_, i) => `town${letters(i)}`);
const others = ["the", "in", "met", "said", "visited", "we", "on", "friday", "a", "road", "was", "closed"];
const vocabulary = [...givenNames, ...towns, ...others];

const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const sentence = (tokens: string[], tags: string[]) => ({
  words: tokens,
  hLower: tokenInfos(tokens).map((t) => t.hLower),
  gold: Uint8Array.from(tags, windowClass),
  caps: false,
});

test("reduced vectors keep WINDOW_DIMENSIONS bytes a word, sorted by word hash", () => {
  const reduced = reduceVectors(vocabulary, vectors(vocabulary), 40);
  assert.equal(reduced.hashes.length, vocabulary.length);
  assert.equal(reduced.values.length, vocabulary.length * WINDOW_DIMENSIONS);
  for (let i = 1; i < reduced.hashes.length; i++) assert.ok(reduced.hashes[i - 1] < reduced.hashes[i]);
});

test("the window network types a name it never saw by its vector, and reads back from its file", () => {
  const reduced = reduceVectors(vocabulary, vectors(vocabulary), 40);
  // Trained on half the names, in one context, so that only the vector tells a person from a town.
  const training = [];
  for (let k = 0; k < 20 * 15; k++) {
    const i = k % 15;
    training.push(
      sentence(["We", "met", capital(givenNames[i]), "on", "Friday"], ["O", "O", "B-PER", "O", "O"]),
      sentence(["We", "met", capital(towns[i]), "on", "Friday"], ["O", "O", "B-LOC", "O", "O"]),
      sentence(["The", "road", "was", "closed"], ["O", "O", "O", "O"]),
    );
  }
  const net = trainWindowNet(training, reduced, 1);
  const scorer = decodeWindowModel(encodeWindowModel(net, reduced));
  const tokens = ["We", "met", capital(towns[20]), "and", capital(givenNames[25]), "on", "Friday"];
  const hLower = tokenInfos(tokens).map((t) => t.hLower);
  const codes = scorer.codes(tokens, hLower, false);
  assert.deepEqual(codes, new WindowScorer(net, reduced).codes(tokens, hLower, false));
  assert.equal(windowBest(codes[2]), windowClass("B-LOC"));
  assert.equal(windowBest(codes[4]), windowClass("B-PER"));
  assert.equal(windowBest(codes[1]), windowClass("O"));
  assert.equal(windowBest(codes[3]), windowClass("O"));
  assert.ok(windowBucket(codes[4], 0) >= 2);
});
