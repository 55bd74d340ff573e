import { normalise } from "../../nlp/ner/features.ts";
import { hashString, mix } from "../../nlp/ner/hash.ts";
import type { Lexicon } from "../../nlp/ner/lexicon.ts";
import { loadModel } from "../../nlp/ner/model.ts";
import type { Doc, EntityLabel, Token } from "../../nlp/types.ts";
import {
  CLAUSE_BREAK,
  CUE_WINDOW,
  DENIAL_CUES,
  MODALITY_CUES,
  NEGATION_CUES,
  NOMINAL,
  STOPWORDS,
} from "./words.ts";

/**
 * What the classifier sees of a trigger: its lemma, the words around it, the nearest nominal heads
 * on either side (subject and object stand-ins: the Doc has no parse), negation and modality cues,
 * and the sentence's words. Built from a Doc at run time, and at training time also from a
 * dictionary pattern (train.ts), which is why it is a plain value and not a view of a Doc.
 */
export interface TriggerContext {
  lemma: string;
  pos: string;
  /** Lemmas before the trigger, nearest first (at most 2). */
  left: string[];
  /** Lemmas after the trigger, nearest first (at most 3). */
  right: string[];
  subject?: { lemma: string; entity?: EntityLabel };
  object?: { lemma: string; entity?: EntityLabel; prep?: string };
  /** The verb an infinitive or noun trigger depends on ("agreed to cooperate", "called for talks"). */
  governor?: string;
  negated: boolean;
  modal?: string;
  /** Content lemmas of the sentence (its topic), and the entity labels it holds. */
  sentence: string[];
  entities: EntityLabel[];
}

/** Feature templates: each number is mixed into the feature's hash, so they only ever grow. */
const T = {
  bias: 1,
  lemma: 2,
  pos: 3,
  lemmaPos: 4,
  left: 5, // + position 0..1
  right: 7, // + position 0..2
  bigram: 10,
  subject: 11,
  subjectEntity: 12,
  object: 13,
  objectEntity: 14,
  objectPrep: 15,
  prepLemma: 16,
  negated: 17,
  negatedLemma: 18,
  modal: 19,
  modalLemma: 20,
  cluster: 21, // + prefix index
  objectCluster: 25,
  subjectCluster: 26,
  bag: 27,
  entity: 28,
  bagCluster: 29, // + prefix index
  // 32–34 were the sentence's digit share, length and capitals (retired: see sentenceFeatures).
  governor: 35,
  governorLemma: 36,
  lemmaObject: 37,
} as const;

/** Word-vector cluster prefixes (bits) of the trigger: coarse to fine. */
const TRIGGER_CLUSTER_PREFIXES = [1, 2, 3] as const; // indexes into the tagger's EMBEDDING_PREFIXES (8, 12, 16)
/** A neighbour's or a sentence word's cluster at one middling grain. */
const CONTEXT_CLUSTER_PREFIX = 2; // 12 bits
/** How far back the verb a trigger depends on is looked for ("agreed on Monday to resume"). */
const GOVERNOR_WINDOW = 4;
/** How far a subject or object head is looked for, in tokens. */
const HEAD_WINDOW = 6;

const h = (s: string) => hashString(s);
const f = (template: number, value: number) => mix(template, value);

/** The word vectors' clusters of a word, as the NER tagger's lexicon holds them (empty without a vector). */
function clusters(lexicon: Lexicon | undefined, word: string): readonly number[] {
  return lexicon ? lexicon.embeddingClusters(hashString(normalise(word))) : [];
}

/** The NER tagger's lexicon, already loaded for the pipeline: the word-vector clusters come from it. */
export function sharedLexicon(): Lexicon {
  return loadModel().lexicon;
}

export function triggerFeatures(ctx: TriggerContext, lexicon?: Lexicon): number[] {
  const out = [f(T.bias, 0)];
  const hl = h(ctx.lemma);
  out.push(f(T.lemma, hl), f(T.pos, h(ctx.pos)), f(T.lemmaPos, mix(hl, h(ctx.pos))));
  ctx.left.forEach((w, i) => {
    out.push(f(T.left + i, h(w)));
  });
  ctx.right.forEach((w, i) => {
    out.push(f(T.right + i, h(w)));
  });
  if (ctx.right[0]) out.push(f(T.bigram, mix(hl, h(ctx.right[0]))));
  if (ctx.subject) {
    out.push(f(T.subject, h(ctx.subject.lemma)));
    if (ctx.subject.entity) out.push(f(T.subjectEntity, h(ctx.subject.entity)));
    const c = clusters(lexicon, ctx.subject.lemma)[CONTEXT_CLUSTER_PREFIX];
    if (c !== undefined) out.push(f(T.subjectCluster, c));
  }
  if (ctx.object) {
    out.push(f(T.object, h(ctx.object.lemma)));
    if (ctx.object.entity) out.push(f(T.objectEntity, h(ctx.object.entity)));
    if (ctx.object.prep) {
      out.push(f(T.objectPrep, h(ctx.object.prep)), f(T.prepLemma, mix(hl, h(ctx.object.prep))));
    }
    const c = clusters(lexicon, ctx.object.lemma)[CONTEXT_CLUSTER_PREFIX];
    if (c !== undefined) out.push(f(T.objectCluster, c));
    out.push(f(T.lemmaObject, mix(hl, h(ctx.object.lemma))));
  }
  if (ctx.governor) out.push(f(T.governor, h(ctx.governor)), f(T.governorLemma, mix(hl, h(ctx.governor))));
  if (ctx.negated) out.push(f(T.negated, 0), f(T.negatedLemma, hl));
  if (ctx.modal) out.push(f(T.modal, h(ctx.modal)), f(T.modalLemma, mix(hl, h(ctx.modal))));
  const own = clusters(lexicon, ctx.lemma);
  TRIGGER_CLUSTER_PREFIXES.forEach((p, i) => {
    if (own[p] !== undefined) out.push(f(T.cluster + i, own[p]));
  });
  for (const w of new Set(ctx.sentence)) out.push(f(T.bag, h(w)));
  for (const e of new Set(ctx.entities)) out.push(f(T.entity, h(e)));
  return out;
}

/** The lemma as a feature reads it: lower case, digits folded ("1996" → "0000"). */
function lemmaOf(t: Token): string {
  return normalise(t.lemma || t.text);
}

function isContent(t: Token): boolean {
  return /\p{L}/u.test(t.text) && t.pos !== "PUNCT" && !STOPWORDS.has(t.norm);
}

/** The entity label of the token at `i`, if a named entity covers it. */
function entityAt(doc: Doc, s: number, t: Token): EntityLabel | undefined {
  for (const e of doc.entities) if (e.sentence === s && e.start <= t.start && t.end <= e.end) return e.label;
  return undefined;
}

/** The trigger's context in sentence `s` of the document, the trigger being token `i` (a Doc.tokens index). */
export function triggerContext(doc: Doc, s: number, i: number): TriggerContext {
  const sentence = doc.sentences[s];
  const tokens = doc.tokens;
  const t = tokens[i];
  const left: string[] = [];
  for (let j = i - 1; j >= sentence.tokenStart && left.length < 2; j--) left.push(lemmaOf(tokens[j]));
  const right: string[] = [];
  for (let j = i + 1; j < sentence.tokenEnd && right.length < 3; j++) right.push(lemmaOf(tokens[j]));
  let subject: TriggerContext["subject"];
  for (let j = i - 1; j >= Math.max(sentence.tokenStart, i - HEAD_WINDOW); j--) {
    const u = tokens[j];
    if (CLAUSE_BREAK.has(u.text)) break;
    if (NOMINAL.has(u.pos)) {
      subject = { lemma: lemmaOf(u), entity: entityAt(doc, s, u) };
      break;
    }
  }
  let object: TriggerContext["object"];
  let prep: string | undefined;
  for (let j = i + 1; j < Math.min(sentence.tokenEnd, i + 1 + HEAD_WINDOW); j++) {
    const u = tokens[j];
    if (CLAUSE_BREAK.has(u.text) || u.pos === "VERB") break;
    if (u.pos === "ADP" && !prep) prep = u.norm;
    if (NOMINAL.has(u.pos)) {
      // The head of "the capital city" is its last noun: read on while nouns follow.
      let k = j;
      while (k + 1 < sentence.tokenEnd && tokens[k + 1].pos === u.pos && u.pos !== "PRON") k++;
      object = { lemma: lemmaOf(tokens[k]), entity: entityAt(doc, s, tokens[k]), prep };
      break;
    }
  }
  let governor: string | undefined;
  for (let j = i - 1; j >= Math.max(sentence.tokenStart, i - GOVERNOR_WINDOW); j--) {
    const u = tokens[j];
    if (CLAUSE_BREAK.has(u.text) || u.text === ",") break;
    if (u.pos === "VERB") {
      governor = lemmaOf(u);
      break;
    }
  }
  let negated = false;
  let modal: string | undefined;
  for (let j = i - 1; j >= Math.max(sentence.tokenStart, i - CUE_WINDOW); j--) {
    const u = tokens[j];
    if (CLAUSE_BREAK.has(u.text) || u.text === ",") break;
    const lemma = lemmaOf(u);
    if (NEGATION_CUES.has(u.norm) || NEGATION_CUES.has(lemma) || DENIAL_CUES.has(lemma)) negated = true;
    if (!modal && MODALITY_CUES.has(lemma)) modal = lemma;
  }
  const bag: string[] = [];
  for (let j = sentence.tokenStart; j < sentence.tokenEnd; j++) {
    if (j !== i && isContent(tokens[j])) bag.push(lemmaOf(tokens[j]));
  }
  return {
    lemma: lemmaOf(t),
    pos: t.pos,
    left,
    right,
    subject,
    object,
    governor,
    negated,
    modal,
    sentence: bag,
    entities: doc.entities.filter((e) => e.sentence === s).map((e) => e.label),
  };
}

/** Features of a sentence for the event/no-event decision: its words, their vector clusters and its names. */
export function sentenceFeatures(doc: Doc, s: number, lexicon?: Lexicon): number[] {
  const sentence = doc.sentences[s];
  const out = [f(T.bias, 1)];
  const seen = new Set<string>();
  for (let j = sentence.tokenStart; j < sentence.tokenEnd; j++) {
    const t = doc.tokens[j];
    if (!isContent(t)) continue;
    const lemma = lemmaOf(t);
    if (seen.has(lemma)) continue;
    seen.add(lemma);
    out.push(f(T.bag, h(lemma)));
    const c = clusters(lexicon, t.text);
    if (c[1] !== undefined) out.push(f(T.bagCluster, c[1]));
    if (c[2] !== undefined) out.push(f(T.bagCluster + 1, c[2]));
  }
  for (const label of new Set(doc.entities.filter((e) => e.sentence === s).map((e) => e.label)))
    out.push(f(T.entity, h(label)));
  // No length, digit or capital-letter features: in the training data they separate the sources
  // (short score lines and tables among the negatives, long gold sentences among the positives)
  // rather than events from non-events, and a short news sentence read as a score line is lost.
  return out;
}
