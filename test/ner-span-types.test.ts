import assert from "node:assert/strict";
import { test } from "node:test";
import { allCaps, DocumentContext, tokenInfos } from "../src/nlp/ner/features.ts";
import { ENTITY_TYPES } from "../src/nlp/ner/labels.ts";
import { Lexicon } from "../src/nlp/ner/lexicon.ts";
import { loadModel } from "../src/nlp/ner/model.ts";
import {
  decodeSpanTyper,
  encodeSpanTyper,
  type SpanInput,
  SpanTyperTrainer,
  spanFeatures,
} from "../src/nlp/ner/span-types.ts";

// Invented sentences: companies end in "Corp" or "Ltd", rivers in "River", people follow "told".
const TRAINING: [sentence: string, start: number, end: number, type: string][] = [
  ["Shares of Dalven Copper Corp rose", 2, 5, "ORG"],
  ["Shares of Orvik Timber Ltd fell", 2, 5, "ORG"],
  ["Shares of Maren Glass Corp rose", 2, 5, "ORG"],
  ["Boats sailed up the Tessa River today", 4, 6, "LOC"],
  ["Boats sailed up the Korva River today", 4, 6, "LOC"],
  ["Boats sailed up the Lune River today", 4, 6, "LOC"],
  ["He told Anna Veldt about it", 2, 4, "PER"],
  ["He told Piet Sorel about it", 2, 4, "PER"],
  ["He told Mira Calde about it", 2, 4, "PER"],
];

function input(sentence: string, lexicon: Lexicon): { input: SpanInput; document: DocumentContext } {
  const words = sentence.split(" ");
  const infos = tokenInfos(words);
  return {
    input: { words, infos, gazetteer: lexicon.gazetteerTags(words, infos), caps: allCaps(words) },
    document: new DocumentContext([words], [infos]),
  };
}

function trained() {
  const lexicon = new Lexicon([], []);
  const trainer = new SpanTyperTrainer();
  for (let epoch = 0; epoch < 5; epoch++) {
    for (const [sentence, start, end, type] of TRAINING) {
      const { input: i, document } = input(sentence, lexicon);
      trainer.train(spanFeatures(i, start, end, lexicon, document), ENTITY_TYPES.indexOf(type as never));
    }
  }
  return { lexicon, typer: trainer.averaged() };
}

test("span typer: a new name is typed by its last word and its context", () => {
  const { lexicon, typer } = trained();
  const best = (sentence: string, start: number, end: number) => {
    const { input: i, document } = input(sentence, lexicon);
    const scores = typer.scores(spanFeatures(i, start, end, lexicon, document));
    return ENTITY_TYPES[scores.indexOf(Math.max(...scores))];
  };
  assert.equal(best("Shares of Harbin Valley Corp rose", 2, 5), "ORG");
  assert.equal(best("Boats sailed up the Harbin River today", 4, 6), "LOC");
  assert.equal(best("He told Harbin Velde about it", 2, 4), "PER");
});

test("span typer: the shipped encoding keeps the scores; a sure typer overrules the tagger's type", () => {
  const { lexicon, typer } = trained();
  const decoded = decodeSpanTyper(encodeSpanTyper(typer));
  const { input: i, document } = input("Shares of Harbin Valley Corp rose", lexicon);
  const features = spanFeatures(i, 2, 5, lexicon, document);
  const [a, b] = [typer.scores(features), decoded.scores(features)];
  for (let t = 0; t < 4; t++) assert.ok(Math.abs(a[t] - b[t]) < 0.01 * Math.max(1, Math.abs(a[t])));
  const span = { start: 2, end: 5, type: "LOC" as const };
  assert.deepEqual(typer.retype([span], i, lexicon, document), [{ ...span, type: "ORG" }]);
  const person = input("He told Harbin Velde about it", lexicon);
  const right = { start: 2, end: 4, type: "PER" as const };
  assert.deepEqual(typer.retype([right], person.input, lexicon, person.document), [right]);
});

test("the shipped model has a span typer", () => {
  const model = loadModel();
  assert.ok(model.spanTyper && model.spanTyper.features.length > 10000);
});
