import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { detach } from "../../core/strings.ts";
import {
  allCaps,
  DocumentContext,
  sentenceFeatures,
  T,
  type TokenInfo,
  tokenInfos,
  wordFeatures,
} from "./features.ts";
import { mix } from "./hash.ts";
import { ALLOWED, bilouSpans, labelPart, labelType, N_LABELS, OUTSIDE, type TokenSpan } from "./labels.ts";
import { type GazetteerTags, type Lexicon, loadLexicon, MODELS_DIR } from "./lexicon.ts";
import { refineSpans } from "./refine.ts";
import { datelineCut } from "./rules/dateline.ts";
import { applyEntityRules } from "./rules/index.ts";
import { surnamePersons } from "./rules/surname-person.ts";
import { decodeSpanTyper, type SpanTyper } from "./span-types.ts";
import type { WordToken } from "./tokens.ts";
import { decodeWeights, encodeWeights } from "./weights.ts";

export const MODEL_FILE = join(MODELS_DIR, "ner.bin.gz");
/** Every file the recogniser loads (weights, span typer, lexicons, vector tables): `ner*.gz` in the models folder. */
export function modelFiles(): string[] {
  return readdirSync(MODELS_DIR)
    .filter((f) => /^ner.*\.gz$/.test(f))
    .map((f) => join(MODELS_DIR, f));
}

/** The span typer (span-types.ts), trained with the tagger. */
export const SPAN_TYPER_FILE = join(MODELS_DIR, "ner-span-types.bin.gz");
/** Words whose own scores are cached (see NerModel.addWord): a news vocabulary fits. */
const MAX_CACHED_WORDS = 100_000;
/** Bumped whenever the file layout changes. */
const FORMAT = "chronicle-ner/1";

/** Anything that can add a feature's weights to a score vector: the trained model or the learner. */
export interface WeightStore {
  addTo(key: number, scores: Float64Array): void;
  /**
   * Adds the scores of a word's own features (wordFeatures), which depend on the word alone: a
   * fixed model caches them per word. Sentences prepared lean (prepareDocument) need it.
   */
  addWord?(word: string, info: TokenInfo, scores: Float64Array): void;
}

/** A sentence with its static features extracted once (training reuses it every epoch). */
export interface PreparedSentence {
  words: readonly string[];
  infos: readonly TokenInfo[];
  feats: Int32Array;
  offsets: Int32Array;
  /** End of each token's word-only features (see sentenceFeatures). */
  intrinsic: Int32Array;
  /** What the whole document says about its words (shared by its sentences). */
  document: DocumentContext;
  /** Gazetteer matches of every token (Lexicon.gazetteerTags). */
  gazetteer: readonly GazetteerTags[];
  /**
   * Prepared for a fixed model (sentenceFeatures' `lean`): the word's own features and the
   * document's context-aggregation features are summed by the decoder, once per word.
   */
  lean?: boolean;
}

export function prepareDocument(
  sentences: readonly (readonly string[])[],
  lexicon: Lexicon,
  lean = false,
  windowCodes?: readonly Uint16Array[],
): PreparedSentence[] {
  const infos = sentences.map((words) => tokenInfos(words));
  const document = new DocumentContext(sentences, infos);
  return sentences.map((words, s) => ({
    words,
    infos: infos[s],
    document,
    lean,
    ...sentenceFeatures(words, infos[s], lexicon, document, lean, windowCodes?.[s]),
  }));
}

/** Called for every token while training: sees the features and the prediction, may update. */
export type Learner = (
  features: readonly number[],
  predicted: number,
  sentence: number,
  token: number,
  /** The labels' scores (only those the previous label allows can have been chosen). */
  scores: Float64Array,
  /** The previous label (see ALLOWED). */
  previous: number,
) => void;

/** Slots in the document history: one per entity type, then "seen outside any entity". */
const HISTORY_SLOTS = 5;
const HISTORY_OUTSIDE = 4;
// Local copies of the label constants: the decoding loop reads them for every token and label.
const LABELS_N = N_LABELS;
const O = OUTSIDE;
const ALLOWED_NEXT = ALLOWED;
const T_PREV_LABEL = T.prevLabel;
const T_PREV_TWO_LABELS = T.prevTwoLabels;
const T_PREV_LABEL_WORD = T.prevLabelWord;
const T_HISTORY = T.history;
const T_HISTORY_SHAPE = T.historyShape;
const T_HISTORY_ALL = T.historyAll;

/**
 * Greedy left-to-right decoding of a document (Ratinov & Roth found greedy as good as Viterbi for
 * this model). Non-local features: the labels the model gave the same capitalised word earlier in
 * the document ("extended prediction history"), so a surname seen inside a full name stays a PER.
 */
export function decodeDocument(
  sentences: readonly PreparedSentence[],
  store: WeightStore,
  learner?: Learner,
  domain?: number,
): Uint8Array[] {
  const history = new Map<string, Int32Array>();
  /** Lean sentences: the summed context-aggregation scores of each capitalised word of the document. */
  const contextScores = new Map<string, Float64Array>();
  const scores = new Float64Array(LABELS_N);
  const dynamic = new Int32Array(3 + 2 + HISTORY_SLOTS);
  const features: number[] = [];
  return sentences.map((sentence, s) => {
    const n = sentence.words.length;
    const out = new Uint8Array(n);
    const { feats, offsets, infos } = sentence;
    let p1 = O;
    let p2 = O;
    for (let i = 0; i < n; i++) {
      const info = infos[i];
      scores.fill(0);
      const from = offsets[i];
      const to = offsets[i + 1];
      dynamic[0] = mix(T_PREV_LABEL, p1);
      dynamic[1] = mix(mix(T_PREV_TWO_LABELS, p2), p1);
      dynamic[2] = mix(mix(T_PREV_LABEL_WORD, p1), info.hLower);
      let nDynamic = 3;
      if (info.capitalised) {
        const seen = history.get(info.lower);
        if (seen) {
          let best = 0;
          for (let k = 1; k < HISTORY_SLOTS; k++) if (seen[k] > seen[best]) best = k;
          dynamic[nDynamic++] = mix(T_HISTORY, best);
          dynamic[nDynamic++] = mix(mix(T_HISTORY_SHAPE, best), info.hShortShape);
          for (let k = 0; k < HISTORY_SLOTS; k++) if (seen[k]) dynamic[nDynamic++] = mix(T_HISTORY_ALL, k);
        }
      }
      if (sentence.lean) {
        // Tagging: the same sums, with the word's own part cached by the model and the document's
        // context part once per word and document.
        if (!store.addWord) throw new Error("A lean sentence needs a store that sums a word's features.");
        store.addWord(sentence.words[i], info, scores);
        for (let f = from; f < to; f++) store.addTo(feats[f], scores);
        for (let k = 0; k < nDynamic; k++) store.addTo(dynamic[k], scores);
        if (info.capitalised) {
          let context = contextScores.get(info.folded);
          if (!context) {
            context = new Float64Array(LABELS_N);
            for (const f of sentence.document.contextFeatures(sentence.words[i])) store.addTo(f, context);
            contextScores.set(info.folded, context);
          }
          for (let l = 0; l < LABELS_N; l++) scores[l] += context[l];
        }
      } else if (learner || domain !== undefined || !store.addWord) {
        features.length = 0;
        for (let f = from; f < to; f++) features.push(feats[f]);
        for (let k = 0; k < nDynamic; k++) features.push(dynamic[k]);
        // Training text from another genre also trains its own copy of every feature (Daumé 2007,
        // "Frustratingly easy domain adaptation"): the shared copy, the only one used when tagging
        // news, learns what the genres agree on.
        if (domain !== undefined) {
          const shared = features.length;
          for (let k = 0; k < shared; k++) features.push(mix(features[k], domain));
        }
        for (const key of features) store.addTo(key, scores);
      } else {
        // Scoring prepared training text with a fixed model: the word's own part cached by the model.
        const split = sentence.intrinsic[i];
        store.addWord(sentence.words[i], info, scores);
        for (let f = split; f < to; f++) store.addTo(feats[f], scores);
        for (let k = 0; k < nDynamic; k++) store.addTo(dynamic[k], scores);
      }
      let best = -1;
      const allowedBase = p1 * LABELS_N;
      for (let l = 0; l < LABELS_N; l++) {
        if (ALLOWED_NEXT[allowedBase + l] && (best < 0 || scores[l] > scores[best])) best = l;
      }
      // A sentence cannot end inside an entity: close it instead of opening a dangling B or I.
      if (i === n - 1 && best !== O && (best - 1) % 4 < 2) best = closeLabel(best);
      if (learner) learner(features, best, s, i, scores, p1);
      out[i] = best;
      p2 = p1;
      p1 = best;
    }
    recordHistory(sentence, out, history);
    return out;
  });
}

function recordHistory(sentence: PreparedSentence, out: Uint8Array, history: Map<string, Int32Array>): void {
  for (let i = 0; i < out.length; i++) {
    const info = sentence.infos[i];
    if (!info.capitalised) continue;
    const seen = history.get(info.lower) ?? new Int32Array(HISTORY_SLOTS);
    history.set(info.lower, seen);
    seen[out[i] === O ? HISTORY_OUTSIDE : labelType(out[i])]++;
  }
}

/** B → U and I → L of the same type. */
function closeLabel(label: number): number {
  return label + (labelPart(label) === "B" ? 3 : 1);
}

/**
 * The shipped model: feature hashes and their weights. Loaded from disk the weights stay 16-bit
 * integers (one common scale, which the arg-max ignores): half the memory traffic of floats, and no
 * conversion at load.
 */
export class NerModel implements WeightStore {
  /**
   * Open addressing by feature hash (linear probing, at most 60 % full), with each feature's weights
   * stored at its slot's position rather than behind a row number: a lookup that finds its feature
   * (five in six do) reads the small key array (1 MB for 150,000 features, which stays in a core's
   * cache) and one row of weights, not a slot, then a row elsewhere.
   */
  private readonly keys: Int32Array;
  private readonly slotWeights: Float32Array | Int16Array;
  private readonly mask: number;
  /** Summed scores of each word's own features (see addWord). */
  private readonly wordScores = new Map<string, Float64Array>();

  constructor(
    readonly lexicon: Lexicon,
    readonly features: Int32Array,
    readonly weights: Float32Array | Int16Array,
  ) {
    let size = 1;
    while (size * 0.6 < features.length) size <<= 1;
    this.keys = new Int32Array(size);
    this.mask = size - 1;
    this.slotWeights =
      weights instanceof Int16Array ? new Int16Array(size * LABELS_N) : new Float32Array(size * LABELS_N);
    for (let r = 0; r < features.length; r++) {
      // Feature hashes are mixed (mix never returns 0, which marks an empty slot).
      let slot = features[r] & this.mask;
      while (this.keys[slot] !== 0) slot = (slot + 1) & this.mask;
      this.keys[slot] = features[r];
      this.slotWeights.set(weights.subarray(r * LABELS_N, (r + 1) * LABELS_N), slot * LABELS_N);
    }
  }

  addWord(word: string, info: TokenInfo, scores: Float64Array): void {
    let cached = this.wordScores.get(word);
    if (!cached) {
      cached = new Float64Array(LABELS_N);
      const feats = this.scratch;
      feats.length = 0;
      wordFeatures(word, info, this.lexicon.wordData(info.hLower), feats);
      for (const f of feats) this.addTo(f, cached);
      // A bound on memory for a long-running process: start afresh rather than grow without end.
      if (this.wordScores.size >= MAX_CACHED_WORDS) this.wordScores.clear();
      // The cache outlives the article the word was cut from: keep a copy, not a view of the article.
      this.wordScores.set(detach(word), cached);
    }
    for (let l = 0; l < LABELS_N; l++) scores[l] += cached[l];
  }
  private readonly scratch: number[] = [];

  addTo(key: number, scores: Float64Array): void {
    const keys = this.keys;
    let slot = key & this.mask;
    for (;;) {
      const k = keys[slot];
      if (k === key) break;
      if (k === 0) return;
      slot = (slot + 1) & this.mask;
    }
    const weights = this.slotWeights;
    const base = slot * LABELS_N;
    for (let l = 0; l < LABELS_N; l++) scores[l] += weights[base + l];
  }

  /** The span typer that decides entity types again over whole spans, when one is loaded. */
  spanTyper?: SpanTyper;

  /** BILOU labels for every token of every sentence of one document. */
  tagDocument(sentences: readonly (readonly string[])[]): Uint8Array[] {
    return decodeDocument(prepareDocument(sentences, this.lexicon, true), this);
  }

  /**
   * The entities of every sentence of one document: tagged, corrected by the span rules
   * (refine.ts), typed again as whole spans (span-types.ts) and put right by the entity rules
   * (rules/: datelines, titled names).
   */
  entities(sentences: readonly (readonly WordToken[])[]): TokenSpan[][] {
    // A line's dateline ("ASTANA — …") is tagged as a sentence of its own, the text after its dash as another.
    const parts: { line: number; from: number; words: readonly WordToken[] }[] = [];
    sentences.forEach((words, line) => {
      const cut = datelineCut(words);
      if (!cut) {
        parts.push({ line, from: 0, words });
        return;
      }
      parts.push({ line, from: 0, words: words.slice(0, cut.dash) });
      parts.push({ line, from: cut.dash + 1, words: words.slice(cut.dash + 1) });
    });
    const prepared = prepareDocument(
      parts.map((p) => p.words.map((w) => w.text)),
      this.lexicon,
      true,
    );
    const lines: TokenSpan[][] = sentences.map(() => []);
    decodeDocument(prepared, this).forEach((labels, i) => {
      const part = parts[i];
      let spans = refineSpans(part.words, bilouSpans(labels));
      if (this.spanTyper && spans.length) {
        const { words, infos, document, gazetteer } = prepared[i];
        spans = this.spanTyper.retype(
          spans,
          { words, infos, gazetteer, caps: allCaps(words) },
          this.lexicon,
          document,
        );
      }
      for (const s of spans)
        lines[part.line].push({ ...s, start: s.start + part.from, end: s.end + part.from });
    });
    const ruled = lines.map((spans, line) => applyEntityRules(sentences[line], spans, this.lexicon));
    // Across the document: a surname of a person named in full is that person.
    return surnamePersons(sentences, ruled).lines;
  }
}

/** Serialises the tagger's features and weights (see weights.ts). */
export function encodeModel(features: Int32Array, weights: Float32Array): Buffer {
  return encodeWeights(FORMAT, N_LABELS, features, weights);
}

export function decodeModel(bytes: Buffer, lexicon: Lexicon): NerModel {
  const { features, weights } = decodeWeights(bytes, FORMAT, N_LABELS, MODEL_FILE);
  return new NerModel(lexicon, features, weights);
}

let shipped: NerModel | undefined;

/** The committed model, loaded on first use. */
export function loadModel(): NerModel {
  if (shipped) return shipped;
  if (!existsSync(MODEL_FILE)) {
    throw new Error(`No named-entity model at ${MODEL_FILE}; run \`npm run train:ner\` to build it.`);
  }
  shipped = decodeModel(gunzipSync(readFileSync(MODEL_FILE)), loadLexicon());
  if (existsSync(SPAN_TYPER_FILE))
    shipped.spanTyper = decodeSpanTyper(gunzipSync(readFileSync(SPAN_TYPER_FILE)));
  return shipped;
}
