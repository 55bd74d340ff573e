import { ATTRIBUTING_VERBS } from "../events/words.ts";
import type { Sentence, Token } from "../nlp/types.ts";
import { eventFamily, triggerLemma } from "./event-words.ts";
import { averageLinkageOf, cosine } from "./stories.ts";

/**
 * Event coreference inside a story: which event mentions of the story's articles tell of the same
 * happening. A pair is judged by a small logistic model over what the articles themselves say — the
 * trigger words (the same lemma, one family such as "killed"/"death"), the words and names around
 * them, how alike the two articles are, whether a trigger only reports speech — and the mentions are
 * grouped by average linkage of those probabilities. The weights are fitted on labelled pairs
 * (deterministically: full-batch gradient descent from zero), so the same data gives the same model.
 */

/** An event mention with what the pair features need. */
export interface CorefMention {
  /** Index of the mention's article within the story's articles. */
  article: number;
  lemma: string;
  /** Content lemmas (nouns, names, numbers) of the mention's sentence, the trigger left out. */
  context: ReadonlySet<string>;
  /** Names and numbers of the sentence: participants, places, times, tolls. */
  names: ReadonlySet<string>;
  /** The trigger reports speech ("said", "told"): two such are seldom the same statement. */
  speech: boolean;
  /** In the article's first two sentences, where news gives its main event. */
  lead: boolean;
}

/** Parts of speech whose lemmas describe a mention's participants and circumstances. */
const CONTEXT_POS = new Set(["NOUN", "PROPN", "NUM"]);
/** Sentences at the top of an article: the headline and lede. */
const LEAD_SENTENCES = 2;

/** A mention whose trigger is the token at `trigger`. */
export function corefMention(
  article: number,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  trigger: number,
): CorefMention {
  const t = tokens[trigger];
  const lemma = triggerLemma(t.lemma, t.pos);
  const sentence = sentences[t.sentence];
  const context = new Set<string>();
  const names = new Set<string>();
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
    const w = tokens[k];
    if (k === trigger || !CONTEXT_POS.has(w.pos) || w.lemma.length < 2) continue;
    context.add(triggerLemma(w.lemma, w.pos));
    if (w.pos !== "NOUN") names.add(w.lemma.toLowerCase());
  }
  return {
    article,
    lemma,
    context,
    names,
    speech: t.pos === "VERB" && ATTRIBUTING_VERBS.has(lemma),
    lead: t.sentence < LEAD_SENTENCES,
  };
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  const union = a.size + b.size - shared;
  return union ? shared / union : 0;
}

/** What a story knows about its mentions as a whole. */
export interface StoryContext {
  /** TF-IDF vectors of the story's articles (stories.ts storyVectors). */
  vectors: readonly Map<number, number>[];
  /** Share of the story's articles that use each trigger lemma: the story's own event words are common. */
  spread: ReadonlyMap<string, number>;
}

export function storyContext(
  mentions: readonly CorefMention[],
  vectors: Map<number, number>[],
): StoryContext {
  const articlesOf = new Map<string, Set<number>>();
  for (const m of mentions)
    (articlesOf.get(m.lemma) ?? articlesOf.set(m.lemma, new Set()).get(m.lemma))?.add(m.article);
  const articles = new Set(mentions.map((m) => m.article)).size || 1;
  return {
    vectors,
    spread: new Map([...articlesOf].map(([lemma, set]) => [lemma, set.size / articles])),
  };
}

/** Names of the pair features, in the order pairFeatures gives them (the bias first). */
export const PAIR_FEATURES = [
  "bias",
  "same lemma",
  "same family",
  "same article",
  "context overlap",
  "names overlap",
  "speech",
  "same lemma × speech",
  "both in the lead",
  "both in the lead, other lemma",
  "lemma spread",
  "same lemma × spread",
  "same lemma × context overlap",
  "same lemma × same article",
  "article similarity",
  "same lemma × article similarity",
  "same family × article similarity",
] as const;

export function pairFeatures(a: CorefMention, b: CorefMention, story: StoryContext): number[] {
  const same = a.lemma === b.lemma ? 1 : 0;
  const family =
    !same && eventFamily(a.lemma) !== undefined && eventFamily(a.lemma) === eventFamily(b.lemma) ? 1 : 0;
  const sameArticle = a.article === b.article ? 1 : 0;
  const context = jaccard(a.context, b.context);
  const names = jaccard(a.names, b.names);
  const speech = a.speech || b.speech ? 1 : 0;
  const lead = a.lead && b.lead ? 1 : 0;
  const spread = Math.min(story.spread.get(a.lemma) ?? 0, story.spread.get(b.lemma) ?? 0);
  const similarity = sameArticle ? 1 : cosine(story.vectors[a.article], story.vectors[b.article]);
  return [
    1,
    same,
    family,
    sameArticle,
    context,
    names,
    speech,
    same * speech,
    lead,
    lead * (1 - same),
    spread,
    same * spread,
    same * context,
    same * sameArticle,
    similarity,
    same * similarity,
    family * similarity,
  ];
}

export interface LabelledPair {
  features: number[];
  same: boolean;
}

/** Gradient-descent steps and rate: enough for the weights to settle on a few hundred thousand pairs. */
const FIT_STEPS = 300;
const FIT_RATE = 1;
/** L2 penalty: keeps weights of rare features from running off. */
const FIT_L2 = 1e-4;

/**
 * Logistic regression by full-batch gradient descent from zero weights; positive pairs weigh as
 * much in total as negative ones (most pairs in a story are not coreferent). Deterministic.
 */
export function fitPairModel(pairs: readonly LabelledPair[]): number[] {
  const d = PAIR_FEATURES.length;
  const w = new Float64Array(d);
  const positives = pairs.filter((p) => p.same).length;
  const positiveWeight = positives ? (pairs.length - positives) / positives : 1;
  const gradient = new Float64Array(d);
  for (let step = 0; step < FIT_STEPS; step++) {
    gradient.fill(0);
    for (const p of pairs) {
      const err = (probability(w, p.features) - (p.same ? 1 : 0)) * (p.same ? positiveWeight : 1);
      for (let k = 0; k < d; k++) gradient[k] += err * p.features[k];
    }
    for (let k = 0; k < d; k++) w[k] -= (FIT_RATE * gradient[k]) / Math.max(1, pairs.length) + FIT_L2 * w[k];
  }
  return [...w];
}

function probability(w: ArrayLike<number>, x: readonly number[]): number {
  let z = 0;
  for (let k = 0; k < x.length; k++) z += w[k] * x[k];
  return 1 / (1 + Math.exp(-z));
}

/** Every pair of a story's mentions with its label, for fitting. */
export function labelledPairs(
  mentions: readonly CorefMention[],
  labels: readonly string[],
  story: StoryContext,
): LabelledPair[] {
  const out: LabelledPair[] = [];
  for (let i = 0; i < mentions.length; i++)
    for (let j = i + 1; j < mentions.length; j++)
      out.push({ features: pairFeatures(mentions[i], mentions[j], story), same: labels[i] === labels[j] });
  return out;
}

/**
 * Groups a story's mentions: average linkage over the model's pair probabilities, merging while the
 * closest two groups are at least `threshold` likely to be one event. Returns a group per mention.
 */
export function clusterEventMentions(
  mentions: readonly CorefMention[],
  story: StoryContext,
  weights: readonly number[],
  threshold: number,
): number[] {
  const n = mentions.length;
  const sim = Array.from({ length: n }, () => new Float64Array(n));
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const p = probability(weights, pairFeatures(mentions[i], mentions[j], story));
      sim[i][j] = p;
      sim[j][i] = p;
    }
  return averageLinkageOf(sim, threshold);
}
