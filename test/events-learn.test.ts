import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { textDoc } from "../src/events/learn/data.ts";
import { keepEventSentences, retypeEvents } from "../src/events/learn/decide.ts";
import { firstVerb } from "../src/events/learn/examples.ts";
import { sentenceFeatures, triggerContext, triggerFeatures } from "../src/events/learn/features.ts";
import {
  decodeEventModel,
  encodeEventModel,
  LearnedEventModel,
  loadEventModel,
  TYPE_LABELS,
} from "../src/events/learn/index.ts";
import { learnEventModel, type TrainingSet } from "../src/events/learn/learn.ts";
import { SENTENCE_THRESHOLD } from "../src/events/refiners/keep-event-sentences.ts";
import type { EventMention } from "../src/events/schema.ts";
import { EVENT_SENTENCES, NON_EVENT_SENTENCES } from "./fixtures/events/sentence-decision.ts";

/** The trigger the test names, by its word, in the first sentence. */
function at(text: string, word: string) {
  const doc = textDoc(text);
  const i = doc.tokens.findIndex((t) => t.text === word);
  assert.ok(i >= 0, `"${word}" is a token of "${text}"`);
  return { doc, i };
}

describe("learned event model: the shipped weights", () => {
  const model = loadEventModel();

  it("reads market and sports sentences as no political event", () => {
    for (const text of [
      "The technology index rallied 2 percent as chipmakers rose on upbeat forecasts.",
      "City beat Rovers 3-0 on Saturday to go top of the table.",
      "The carmaker's shares slid after it cut its profit outlook for the year.",
      "The veteran striker scored in the 89th minute to seal the title.",
    ]) {
      const p = model.sentenceIsEvent(textDoc(text), 0);
      assert.ok(p < 0.5, `${p.toFixed(3)} for "${text}"`);
    }
  });

  it("reads clear political events as events", () => {
    for (const text of [
      "Rebels attacked an army post near the border town, killing nine soldiers.",
      "Thousands of protesters marched on the parliament demanding the minister's resignation.",
      "The foreign ministers of the two countries met in the capital to discuss the ceasefire.",
      "The president accused the opposition of plotting a coup against the government.",
    ]) {
      const p = model.sentenceIsEvent(textDoc(text), 0);
      assert.ok(p > 0.5, `${p.toFixed(3)} for "${text}"`);
    }
  });

  it("types clear triggers sensibly", () => {
    const cases: [string, string, string][] = [
      ["Rebels attacked an army post near the border town, killing nine soldiers.", "attacked", "ASSAULT"],
      ["The president accused the opposition of plotting a coup.", "accused", "ACCUSE"],
      ["Police arrested dozens of opposition activists in the capital on Friday.", "arrested", "COERCE"],
      ["Thousands of workers protested outside the ministry over unpaid wages.", "protested", "PROTEST"],
    ];
    for (const [text, word, type] of cases) {
      const { doc, i } = at(text, word);
      const scores = model.typeScores(doc, 0, i);
      assert.equal(scores[0].type, type, `${word}: ${JSON.stringify(scores.slice(0, 3))}`);
      assert.ok(scores[0].p >= scores[1].p, "best first");
      const total = scores.reduce((sum, s) => sum + s.p, 0);
      assert.ok(Math.abs(total - 1) < 1e-6, "probabilities over the 16 PLOVER types");
    }
  });

  it("gives the mode an arrest has", () => {
    const { doc, i } = at(
      "Police arrested dozens of opposition activists in the capital on Friday.",
      "arrested",
    );
    const best = model.typeScores(doc, 0, i)[0];
    assert.equal(`${best.type}:${best.mode}`, "COERCE:arrest");
  });
});

describe("learned event model: the combination with the rule coder", () => {
  const text = "Asian stocks rallied on Tuesday as the Nikkei index rose 2 percent.";
  const doc = textDoc(text);
  const i = doc.tokens.findIndex((t) => t.text === "rallied");
  const event = {
    id: "x",
    type: "PROTEST",
    counts: [],
    contexts: [],
    modality: "asserted",
    also: [],
    confidence: 0.5,
    evidence: {
      docId: "t",
      sentence: 0,
      start: 0,
      end: text.length,
      text,
      trigger: { start: doc.tokens[i].start, end: doc.tokens[i].end, text: "rallied", form: "finite" },
    },
  } as EventMention;

  it("drops an event whose sentence reports no political event", () => {
    assert.deepEqual(keepEventSentences(doc, [event], loadEventModel(), 0.5), []);
    assert.equal(keepEventSentences(doc, [event], loadEventModel(), 0).length, 1);
  });

  it("re-types only at or above the threshold", () => {
    assert.deepEqual(retypeEvents(doc, [event], loadEventModel(), 1.01), [event]);
    const best = loadEventModel().typeScores(doc, 0, i)[0];
    const [retyped] = retypeEvents(doc, [event], loadEventModel(), 0);
    assert.equal(retyped.type, best.type);
  });
});

describe("learned event model: the sentence decision on invented one-sentence reports", () => {
  // A bar, not a sentence-by-sentence list: the decision is statistical and known to miss some
  // events told in the words of economics (pay, salaries, grain, dollars). Shipped model: 15 of 20 and
  // 18 of 20; a retrain moves each by one either way, so the bars sit one below.
  const p = (text: string) => loadEventModel().sentenceIsEvent(textDoc(text), 0);
  it("keeps at least 14 of 20 events", () => {
    const kept = EVENT_SENTENCES.filter((t) => p(t) >= SENTENCE_THRESHOLD);
    assert.ok(
      kept.length >= 14,
      `kept ${kept.length}: lost ${EVENT_SENTENCES.filter((t) => !kept.includes(t)).join(" | ")}`,
    );
  });
  it("drops at least 17 of 20 sentences of ordinary news", () => {
    const dropped = NON_EVENT_SENTENCES.filter((t) => p(t) < SENTENCE_THRESHOLD);
    assert.ok(
      dropped.length >= 17,
      `dropped ${dropped.length}: kept ${NON_EVENT_SENTENCES.filter((t) => !dropped.includes(t)).join(" | ")}`,
    );
  });
});

describe("learned event model: features", () => {
  it("sees negation, modality, the governing verb and the object's preposition", () => {
    const { doc, i } = at("The army said it would not attack the rebels in the hills.", "attack");
    const ctx = triggerContext(doc, 0, i);
    assert.equal(ctx.lemma, "attack");
    assert.equal(ctx.negated, true);
    assert.equal(ctx.modal, "would");
    assert.equal(ctx.object?.lemma, "rebel");
    const called = at("The union called for talks with the employers.", "talks");
    assert.equal(triggerContext(called.doc, 0, called.i).governor, "call");
    const on = at("Protesters marched against the new law.", "marched");
    assert.equal(triggerContext(on.doc, 0, on.i).object?.prep, "against");
  });

  it("picks the first verb that is not a speech verb or an auxiliary", () => {
    const doc = textDoc("Officials said the troops have withdrawn from the town.");
    assert.equal(doc.tokens[firstVerb(doc, 0)].text, "withdrawn");
  });
});

describe("learned event model: training", () => {
  /** A tiny invented set: two types, a sentence decision, features from the real extractor. */
  function tinySet(): TrainingSet {
    const typed: [string, string, (typeof TYPE_LABELS)[number]][] = [
      ["Troops shelled the village at dawn.", "shelled", "ASSAULT"],
      ["Gunmen attacked a convoy on the highway.", "attacked", "ASSAULT"],
      ["The two leaders signed a trade agreement.", "signed", "AGREE"],
      ["The parties agreed to a truce on Monday.", "agreed", "AGREE"],
    ];
    const types = typed.map(([text, word, type]) => {
      const { doc, i } = at(text, word);
      return {
        features: triggerFeatures(triggerContext(doc, 0, i)),
        type: TYPE_LABELS.indexOf(type),
        mode: 0,
        weight: 1,
      };
    });
    const sentences = [
      ["Soldiers fired on protesters in the square.", true],
      ["The minister resigned after the vote.", true],
      ["The index closed 1 percent higher.", false],
      ["The keeper saved a penalty in extra time.", false],
    ].map(([text, isEvent]) => ({
      features: sentenceFeatures(textDoc(text as string), 0),
      isEvent: isEvent as boolean,
      weight: 1,
    }));
    return { types, sentences };
  }

  it("is deterministic: the same data and seed give the same bytes", () => {
    const a = encodeEventModel(learnEventModel(tinySet(), 7));
    const b = encodeEventModel(learnEventModel(tinySet(), 7));
    assert.ok(a.equals(b));
  });

  it("learns its training examples and survives the shipped encoding", () => {
    const model = new LearnedEventModel(
      decodeEventModel(encodeEventModel(learnEventModel(tinySet(), 7)), "tiny"),
    );
    const { doc, i } = at("Gunmen attacked a convoy on the highway.", "attacked");
    assert.equal(model.typeScores(doc, 0, i)[0].type, "ASSAULT");
    const agreed = at("The parties agreed to a truce on Monday.", "agreed");
    assert.equal(model.typeScores(agreed.doc, 0, agreed.i)[0].type, "AGREE");
    assert.ok(model.sentenceIsEvent(textDoc("The index closed 1 percent higher."), 0) < 0.5);
    assert.ok(model.sentenceIsEvent(textDoc("Soldiers fired on protesters in the square."), 0) > 0.5);
  });
});
