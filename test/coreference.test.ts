import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { tokenize } from "../src/nlp/tokenize.ts";
import {
  type CorefMention,
  clusterEventMentions,
  corefMention,
  fitPairModel,
  labelledPairs,
  PAIR_FEATURES,
  pairFeatures,
  SAME_ARTICLE_MARGIN,
  storyContext,
} from "../src/resolve/coreference.ts";
import { eventFamily, isTimeWord, triggerFamily, triggerLemma } from "../src/resolve/event-words.ts";
import { storyVectors } from "../src/resolve/stories.ts";

/** The family of the first token `word` of an invented sentence. */
function familyOf(text: string, word: string): string | undefined {
  const { tokens } = tokenize(text, []);
  return triggerFamily(
    tokens,
    tokens.findIndex((t) => t.text === word),
  );
}

describe("event words", () => {
  it("a plural noun the tagger left as it is compares by its singular; verbs and '-is' nouns stay", () => {
    assert.equal(triggerLemma("Arrests", "PROPN"), "arrest");
    assert.equal(triggerLemma("negotiations", "NOUN"), "negotiation");
    assert.equal(triggerLemma("casualties", "NOUN"), "casualty");
    assert.equal(triggerLemma("crisis", "NOUN"), "crisis");
    assert.equal(triggerLemma("access", "NOUN"), "access");
    assert.equal(triggerLemma("kills", "VERB"), "kills");
    // Headline verbs and plurals with '-es' after a hissing sound, and four-letter ones.
    assert.equal(triggerLemma("Launches", "PROPN"), "launch");
    assert.equal(triggerLemma("crashes", "NOUN"), "crash");
    assert.equal(triggerLemma("Sets", "PROPN"), "set");
    assert.equal(triggerLemma("Dies", "PROPN"), "die");
    assert.equal(triggerLemma("news", "NOUN"), "news");
  });
  it("'killed', 'the deaths' and 'shot dead' report one kind of event; an attack and a protest do not", () => {
    assert.equal(eventFamily("kill"), eventFamily("death"));
    assert.equal(eventFamily("dead"), eventFamily("murder"));
    assert.notEqual(eventFamily("attack"), eventFamily("protest"));
    assert.equal(eventFamily("say"), undefined);
  });
  it("'arrested' and 'detained', 'beat' and 'lost to', 'bought' and 'the acquisition' report one event", () => {
    assert.equal(eventFamily("arrest"), eventFamily("detain"));
    assert.equal(eventFamily("beat"), eventFamily("lose"));
    assert.equal(eventFamily("buy"), eventFamily("acquisition"));
    assert.notEqual(eventFamily("arrest"), eventFamily("charge"));
  });
  it("a participle read as an adjective ('the injured', 'wounded') has its verb's family", () => {
    assert.equal(eventFamily("injured", "ADJ"), eventFamily("injury"));
    assert.equal(eventFamily("wounded", "ADJ"), eventFamily("injure"));
  });
  it("a phrase decides the family: 'checked herself into' a clinic is 'entered' it, 'checked the list' is not", () => {
    const checkedInto = familyOf("The actress checked herself into a clinic on Monday.", "checked");
    assert.ok(checkedInto);
    assert.equal(checkedInto, familyOf("The actress entered a clinic on Monday.", "entered"));
    assert.equal(familyOf("The clerk checked the list twice.", "checked"), undefined);
  });
  it("'fire' the noun is a blaze ('caught fire' too); 'fired' the verb is neither a blaze nor a dismissal", () => {
    const blaze = familyOf("The fire spread to the market.", "fire");
    assert.equal(blaze, eventFamily("blaze"));
    assert.equal(familyOf("The warehouse caught fire at dawn.", "caught"), blaze);
    assert.equal(familyOf("Soldiers fired on the crowd.", "fired"), undefined);
  });
});

/** Two invented reports of one ambush, and an unrelated statement in the second. */
const ARTICLES = [
  "Gunmen attacked a bus near Korvath on Monday, killing six passengers. Police said the road was closed.",
  "Six passengers died when gunmen attacked a bus outside Korvath. The governor said schools would reopen.",
];

function mentionsOf(triggers: [article: number, word: string, nth?: number][]): CorefMention[] {
  const docs = ARTICLES.map((text) => tokenize(text, []));
  return triggers.map(([article, word, nth = 0]) => {
    const { tokens, sentences } = docs[article];
    const at = tokens.map((t, i) => [t.text, i] as const).filter(([t]) => t === word)[nth][1];
    return corefMention(article, tokens, sentences, at);
  });
}

function context(mentions: CorefMention[]) {
  const vectors = storyVectors(ARTICLES.map((text) => tokenize(text, []).tokens));
  return storyContext(mentions, vectors);
}

describe("event coreference inside a story", () => {
  it("a mention carries its trigger lemma, the names around it, and whether it only reports speech", () => {
    const [attacked, died, said] = mentionsOf([
      [0, "attacked"],
      [1, "died"],
      [1, "said"],
    ]);
    assert.equal(attacked.lemma, "attack");
    assert.ok(attacked.names.has("korvath"), [...attacked.names].join(", "));
    assert.ok(attacked.context.has("bus"));
    assert.equal(attacked.lead, true);
    assert.equal(died.speech, false);
    assert.equal(said.speech, true);
  });
  it("pair features: the same trigger across articles, one family ('killing'/'died'), names shared", () => {
    const mentions = mentionsOf([
      [0, "attacked"],
      [1, "attacked"],
      [0, "killing"],
      [1, "died"],
    ]);
    const story = context(mentions);
    const feature = (x: number[], name: (typeof PAIR_FEATURES)[number]) => x[PAIR_FEATURES.indexOf(name)];
    const attacks = pairFeatures(mentions[0], mentions[1], story);
    assert.equal(feature(attacks, "same lemma"), 1);
    assert.equal(feature(attacks, "same article"), 0);
    assert.ok(feature(attacks, "names overlap") > 0);
    const deaths = pairFeatures(mentions[2], mentions[3], story);
    assert.equal(feature(deaths, "same lemma"), 0);
    assert.equal(feature(deaths, "same family"), 1);
    assert.equal(PAIR_FEATURES.length, attacks.length);
  });
  it("the words next to a trigger are its own arguments: both attacks were on a bus by Korvath; 'said' has other words", () => {
    const [attackedHere, attackedThere, said] = mentionsOf([
      [0, "attacked"],
      [1, "attacked"],
      [0, "said"],
    ]);
    assert.ok(attackedHere.nearby.has("bus") && attackedHere.nearby.has("korvath"));
    assert.ok(!said.nearby.has("korvath"), "another sentence");
    const story = context([attackedHere, attackedThere, said]);
    const feature = (x: number[], name: (typeof PAIR_FEATURES)[number]) => x[PAIR_FEATURES.indexOf(name)];
    assert.ok(attackedThere.nearby.has("bus") && attackedThere.nearby.has("korvath"));
    assert.ok(feature(pairFeatures(attackedHere, attackedThere, story), "nearby words overlap") > 0.25);
    const inOneArticle = pairFeatures(attackedHere, said, story);
    assert.equal(feature(inOneArticle, "same sentence"), 0);
    assert.ok(feature(inOneArticle, "same article × sentence distance") > 0);
  });
  it("the days named with two mentions: 'on Monday' in both is shared; Monday and Friday conflict", () => {
    const texts = [
      "Gunmen attacked a bus near Korvath on Monday.",
      "The bus near Korvath was attacked on Monday.",
      "Gunmen attacked a market in Korvath on Friday.",
    ];
    const mentions = texts.map((text, article) => {
      const { tokens, sentences } = tokenize(text, []);
      return corefMention(
        article,
        tokens,
        sentences,
        tokens.findIndex((t) => t.text === "attacked"),
      );
    });
    assert.deepEqual([...mentions[0].times], ["monday"]);
    const story = storyContext(mentions, storyVectors(texts.map((text) => tokenize(text, []).tokens)));
    const feature = (x: number[], name: (typeof PAIR_FEATURES)[number]) => x[PAIR_FEATURES.indexOf(name)];
    const sameDay = pairFeatures(mentions[0], mentions[1], story);
    assert.equal(feature(sameDay, "times shared"), 1);
    assert.equal(feature(sameDay, "times conflict"), 0);
    const otherDay = pairFeatures(mentions[0], mentions[2], story);
    assert.equal(feature(otherDay, "times shared"), 0);
    assert.equal(feature(otherDay, "times conflict"), 1);
  });
  it("'may' the verb and 'march' the noun name no time; 'May' and 'March' the months do", () => {
    const timesOf = (text: string, word: string) => {
      const { tokens, sentences } = tokenize(text, []);
      return [
        ...corefMention(
          0,
          tokens,
          sentences,
          tokens.findIndex((t) => t.text === word),
        ).times,
      ];
    };
    assert.deepEqual(timesOf("Police said the strike may spread to Korvath.", "strike"), []);
    assert.deepEqual(timesOf("The march on the Korvath council ended in arrests.", "ended"), []);
    assert.deepEqual(timesOf("Dockers in Korvath went on strike in May 2019.", "strike"), ["may", "2019"]);
    assert.equal(isTimeWord("march", "March"), true);
    assert.equal(isTimeWord("march", "march"), false);
  });
  it("inside one article the bar is higher: a pair the model finds 55% likely joins across articles only", () => {
    const mentions = mentionsOf([
      [0, "attacked"],
      [0, "killing"],
      [1, "died"],
    ]);
    const story = context(mentions);
    // Only the bias: every pair is sigmoid(0.2) ≈ 0.55 likely, less SAME_ARTICLE_MARGIN inside article 0.
    const weights = PAIR_FEATURES.map((f) => (f === "bias" ? 0.2 : 0));
    assert.ok(0.55 - SAME_ARTICLE_MARGIN < 0.5);
    const groups = clusterEventMentions(mentions.slice(0, 2), story, weights, 0.5);
    assert.notEqual(groups[0], groups[1], "two mentions of article 0");
    const across = clusterEventMentions([mentions[0], mentions[2]], story, weights, 0.5);
    assert.equal(across[0], across[1], "article 0 and article 1");
  });
  it("the fitted model is the same on every run, and groups the two reports of the ambush apart from two statements", () => {
    const mentions = mentionsOf([
      [0, "attacked"],
      [0, "killing"],
      [0, "said"],
      [1, "died"],
      [1, "attacked"],
      [1, "said"],
    ]);
    const story = context(mentions);
    // Labels as an annotator would give them: the attack, the deaths, and two unrelated statements.
    const labels = ["attack", "deaths", "police", "deaths", "attack", "governor"];
    const pairs = labelledPairs(mentions, labels, story);
    const weights = fitPairModel(pairs);
    assert.deepEqual(fitPairModel(pairs), weights);
    assert.ok(weights[PAIR_FEATURES.indexOf("same family")] > 0);
    const groups = clusterEventMentions(mentions, story, weights, 0.5);
    assert.equal(groups[0], groups[4], "both 'attacked'");
    assert.equal(groups[1], groups[3], "'killing' and 'died'");
    assert.notEqual(groups[2], groups[5], "two different statements");
    assert.notEqual(groups[0], groups[1], "the attack and the deaths it caused are two events here");
  });
});
