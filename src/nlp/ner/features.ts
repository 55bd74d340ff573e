import { detach } from "../../core/strings.ts";
import { hashString, mix, prefixHashes, suffixHashes } from "./hash.ts";
import type { GazetteerTags, Lexicon, WordData } from "./lexicon.ts";
import { windowBest, windowBucket, windowScored } from "./window-net.ts";

/**
 * Feature templates of the tagger (Ratinov & Roth 2009, "Design challenges and misconceptions in
 * named entity recognition"): the word and its neighbours, shape, affixes, gazetteer matches, word
 * clusters; the previous predictions and the document's earlier predictions are added while
 * decoding (see model.ts). Each template is a number mixed into the feature hash; renumbering one
 * changes the model, so the numbers only ever grow.
 */
export const T = {
  bias: 1,
  word: 2,
  lower: 3,
  lowerPrev: 4,
  lowerNext: 5,
  lowerPrev2: 6,
  lowerNext2: 7,
  prefix: 8, // + length 1..4 → 8..11
  suffix: 12, // + length 1..4 → 12..15
  shape: 16,
  shapePrev: 17,
  shapeNext: 18,
  shapeTrigram: 19,
  bigramPrev: 20,
  bigramNext: 21,
  shortShape: 22,
  sentenceStart: 23,
  allCapsSentence: 24,
  gazetteer: 25,
  gazetteerPrev: 26,
  gazetteerNext: 27,
  cluster: 28, // + prefix index → 28..32
  clusterPrev: 33,
  clusterNext: 34,
  capitalisation: 35,
  documentCase: 36,
  documentContext: 37, // + position 0..3 (−2, −1, +1, +2) → 37..40
  embedding: 60, // + prefix index → 60..64
  embeddingPrev: 65,
  embeddingNext: 66,
  embeddingType: 67,
  embeddingTypePrev: 69,
  embeddingTypeNext: 70,
  runLast: 71, // the last word of the capitalised run the token is in: + 0 word, 1 cluster, 2 type
  runFirst: 74, // its first word, for the tokens after it: + 0 word, 1 cluster
  runPosition: 76,
  window: 77, // the window network's probability buckets (window-net.ts)
  windowBest: 78, // its likeliest class
  windowPrev: 79,
  windowNext: 80,
  // Dynamic templates, computed while decoding.
  prevLabel: 50,
  prevTwoLabels: 51,
  prevLabelWord: 52,
  history: 53,
  historyShape: 54,
  historyAll: 55,
} as const;

/** Affix lengths: 1..4 characters (longer affixes were rarely seen twice in the training text). */
const AFFIX_MAX = 4;
/** Brown-style cluster path prefixes (bits) used as features: coarse to fine, as in Ratinov & Roth. */
export const CLUSTER_PREFIXES = [4, 7, 10, 14] as const;
/** Prefixes (bits) of the embedding-cluster paths used as features (see embedding-clusters.ts). */
export const EMBEDDING_PREFIXES = [4, 8, 12, 16, 20] as const;
/** Longest run of one shape character kept: "Xxxxx" and "Xxxxxxxx" look alike, "Xx" does not. */
const SHAPE_RUN = 3;

/** Per-token values shared by the templates of a sentence; they depend on the word alone. */
export interface TokenInfo {
  /** Lower case (digits kept), as the gazetteers and the document context match words. */
  folded: string;
  /** Normalised: lower case, digits folded to 0. */
  lower: string;
  hLower: number;
  hShape: number;
  hShortShape: number;
  /** Starts with an upper-case letter. */
  capitalised: boolean;
}

/** Shape: X upper, x lower, d digit, other characters kept; runs capped (long) or collapsed (short). */
export function wordShape(word: string, runCap: number): string {
  let out = "";
  let last = "";
  let run = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word[i];
    let s: string;
    if (c >= "a" && c <= "z") s = "x";
    else if (c >= "A" && c <= "Z") s = "X";
    else if (c >= "0" && c <= "9") s = "d";
    else if (c.toLowerCase() !== c) s = "X";
    else if (c.toUpperCase() !== c) s = "x";
    else s = c;
    if (s === last) run++;
    else {
      last = s;
      run = 1;
    }
    if (run <= runCap) out += s;
  }
  return out;
}

/** Lower case with digits folded to 0, so "1996" and "1997" share their features. */
export function normalise(word: string): string {
  const lower = word.toLowerCase();
  return /\d/.test(lower) ? lower.replace(/\d/g, "0") : lower;
}

function isCapitalised(word: string): boolean {
  const c = word.charAt(0);
  return c.toLowerCase() !== c;
}

const BOUNDARY_PREV = hashString("<s>");
const BOUNDARY_NEXT = hashString("</s>");

/** Words whose TokenInfo is kept (see tokenInfos): a news vocabulary fits. */
const MAX_CACHED_INFOS = 100_000;
const infoCache = new Map<string, TokenInfo>();

/**
 * The TokenInfo of every word. It depends on the word alone, so it is computed once per distinct
 * word (news repeats its words: about one token in ten is new in an article after the first few
 * hundred) and shared, read-only.
 */
export function tokenInfos(words: readonly string[]): TokenInfo[] {
  const out: TokenInfo[] = new Array(words.length);
  for (let i = 0; i < words.length; i++) {
    let word = words[i];
    let info = infoCache.get(word);
    if (!info) {
      // The cache outlives the article the word was cut from: keep a copy, not a view of the article.
      word = detach(word);
      const lower = normalise(word);
      info = {
        folded: word.toLowerCase(),
        lower,
        hLower: hashString(lower),
        hShape: hashString(wordShape(word, SHAPE_RUN)),
        hShortShape: hashString(wordShape(word, 1)),
        capitalised: isCapitalised(word),
      };
      // A bound on memory for a long-running process: start afresh rather than grow without end.
      if (infoCache.size >= MAX_CACHED_INFOS) infoCache.clear();
      infoCache.set(word, info);
    }
    out[i] = info;
  }
  return out;
}

/** Probability bucket (0–3) of entity type `k` (PER, ORG, LOC, MISC) in a word-vector type code. */
export function typeBucket(code: number, k: number): number {
  return (code >> (2 * k)) & 3;
}

/** The likeliest type of a word-vector type code (1–4) if its bucket is 2 or more, else 0. */
function strongestType(code: number): number {
  let best = 0;
  let bucket = 1;
  for (let k = 0; k < 4; k++) {
    const b = typeBucket(code, k);
    if (b > bucket) {
      bucket = b;
      best = k + 1;
    }
  }
  return best;
}

/** Lower-case words that may join capitalised words into one name ("Bank of England", "Trinidad and Tobago"). */
const CONNECTORS = new Set([
  "of",
  "and",
  "de",
  "del",
  "da",
  "di",
  "du",
  "la",
  "le",
  "von",
  "van",
  "der",
  "for",
  "the",
  "&",
]);
/** Longest capitalised run given run features; longer ones are lists or headlines. */
const MAX_RUN = 8;

/**
 * Runs of capitalised words (joined by connectors such as "of"), as [start, end) per token, or
 * undefined outside a run. A greedy left-to-right tagger types a name at its first word; the run's
 * last word ("Corp", "Party", "River") is what usually decides the type, so every word of the run
 * is told what it is.
 */
function capitalisedRuns(
  words: readonly string[],
  infos: readonly TokenInfo[],
): ([number, number] | undefined)[] {
  const n = words.length;
  const runs: ([number, number] | undefined)[] = new Array(n);
  let i = 0;
  while (i < n) {
    if (!infos[i].capitalised) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < n) {
      if (infos[end].capitalised) end++;
      else if (CONNECTORS.has(infos[end].lower) && end + 1 < n && infos[end + 1].capitalised) end += 2;
      else break;
    }
    if (end - i >= 2 && end - i <= MAX_RUN) for (let k = i; k < end; k++) runs[k] = [i, end];
    i = end;
  }
  return runs;
}

/** Distinct neighbouring words gathered per name across a document; enough for a long article. */
const MAX_DOCUMENT_CONTEXTS = 24;
const CONTEXT_OFFSETS = [-2, -1, 1, 2] as const;

/**
 * What the rest of the document says about a word. Case: whether it is written in lower case at
 * all, and with a capital inside a sentence that is not in capitals (a capitalised word seen
 * lower-case elsewhere is rarely a name; a headline word the body writes "Xxxx" probably is one).
 * Context aggregation (Ratinov & Roth): the words around every occurrence of a capitalised word,
 * so "Newmont" in a table borrows "said" and "Corp" from the sentences that explain it.
 */
export class DocumentContext {
  private readonly codes = new Map<string, number>();
  private readonly contexts = new Map<string, Set<number>>();

  constructor(sentences: readonly (readonly string[])[], infos: readonly (readonly TokenInfo[])[]) {
    sentences.forEach((words, s) => {
      const caps = allCaps(words);
      for (let i = 0; i < words.length; i++) {
        const w = words[i];
        const lower = w.toLowerCase();
        if (lower === w.toUpperCase()) continue;
        const code = w === lower ? 1 : !caps && i > 0 && isCapitalised(w) ? 2 : 0;
        if (code) this.codes.set(lower, (this.codes.get(lower) ?? 0) | code);
        if (!isCapitalised(w)) continue;
        const seen = this.contexts.get(lower) ?? new Set<number>();
        this.contexts.set(lower, seen);
        CONTEXT_OFFSETS.forEach((offset, k) => {
          const j = i + offset;
          if (j >= 0 && j < words.length && seen.size < MAX_DOCUMENT_CONTEXTS) {
            seen.add(mix(T.documentContext + k, infos[s][j].hLower));
          }
        });
      }
    });
  }

  /** Bit 1: seen lower-case; bit 2: seen capitalised mid-sentence in mixed-case text. */
  code(word: string): number {
    return this.codes.get(word.toLowerCase()) ?? 0;
  }

  /** Context features of a capitalised word, gathered over the whole document. */
  contextFeatures(word: string): Iterable<number> {
    return this.contexts.get(word.toLowerCase()) ?? [];
  }
}

/** A headline in capitals ("RUSSIA SENDS TROOPS") hides the capitalisation cue; the model is told. */
export function allCaps(words: readonly string[]): boolean {
  let letters = 0;
  for (const w of words) {
    if (w.toUpperCase() !== w) return false;
    if (w.toLowerCase() !== w) letters++;
  }
  return letters >= 2;
}

/**
 * Features of a word alone (its own features: word, shape, affixes, clusters, vector types), pushed
 * onto `out`. They depend on nothing else, so a tagger may sum their scores once per word.
 */
export function wordFeatures(word: string, t: TokenInfo, data: WordData, out: number[]): void {
  out.push(
    mix(T.bias, 0),
    mix(T.word, hashString(word)),
    mix(T.lower, t.hLower),
    mix(T.shape, t.hShape),
    mix(T.shortShape, t.hShortShape),
  );
  const pre = affixScratch[0];
  const suf = affixScratch[1];
  prefixHashes(t.lower, AFFIX_MAX, pre);
  suffixHashes(t.lower, AFFIX_MAX, suf);
  for (let k = 0; k < AFFIX_MAX && k < t.lower.length; k++) {
    out.push(mix(T.prefix + k, pre[k]), mix(T.suffix + k, suf[k]));
  }
  const c = data.clusters;
  for (let k = 0; k < c.length; k++) out.push(mix(T.cluster + k, c[k]));
  const e = data.embeddings;
  for (let k = 0; k < e.length; k++) out.push(mix(T.embedding + k, e[k]));
  out.push(mix(mix(T.capitalisation, data.capitalisation), t.capitalised ? 1 : 0));
  for (let k = 0; k < 4; k++) {
    const bucket = typeBucket(data.type, k);
    if (bucket) out.push(mix(mix(T.embeddingType, k * 4 + bucket), t.capitalised ? 1 : 0));
  }
}
const affixScratch = [new Int32Array(AFFIX_MAX), new Int32Array(AFFIX_MAX)];

/**
 * Static features of every token in a sentence (those that do not depend on predictions), as a
 * flat list with offsets: features of token i are feats[offsets[i] .. offsets[i+1]), of which
 * feats[offsets[i] .. intrinsic[i]) depend on the word alone (wordFeatures). `lean` leaves out
 * the parts a fixed model sums once and caches: the word's own features (intrinsic[i] =
 * offsets[i]) and the document's context-aggregation features of capitalised words (the same for
 * every occurrence of the word in the document).
 */
export function sentenceFeatures(
  words: readonly string[],
  infos: readonly TokenInfo[],
  lexicon: Lexicon,
  document: DocumentContext,
  lean = false,
  windowCodes?: Uint16Array,
): { feats: Int32Array; offsets: Int32Array; intrinsic: Int32Array; gazetteer: GazetteerTags[] } {
  const n = words.length;
  const out: number[] = [];
  const offsets = new Int32Array(n + 1);
  const intrinsic = new Int32Array(n);
  const caps = allCaps(words);
  const gaz = lexicon.gazetteerTags(words, infos);
  const data = infos.map((t) => lexicon.wordData(t.hLower));
  const strongest = data.map((d) => strongestType(d.type));
  const runs = caps ? [] : capitalisedRuns(words, infos);
  const window =
    windowCodes ??
    lexicon.windowScorer?.codes(
      words,
      infos.map((t) => t.hLower),
      caps,
    );
  for (let i = 0; i < n; i++) {
    offsets[i] = out.length;
    const t = infos[i];
    const prev = i > 0 ? infos[i - 1] : undefined;
    const next = i + 1 < n ? infos[i + 1] : undefined;
    const hPrev = prev ? prev.hLower : BOUNDARY_PREV;
    const hNext = next ? next.hLower : BOUNDARY_NEXT;
    const hPrev2 = i > 1 ? infos[i - 2].hLower : BOUNDARY_PREV;
    const hNext2 = i + 2 < n ? infos[i + 2].hLower : BOUNDARY_NEXT;
    const sPrev = prev ? prev.hShape : BOUNDARY_PREV;
    const sNext = next ? next.hShape : BOUNDARY_NEXT;
    // The word's own features first (they depend on nothing else, so a tagger can cache their
    // scores per word), then those of its context.
    if (!lean) wordFeatures(words[i], t, data[i], out);
    intrinsic[i] = out.length;
    out.push(
      mix(T.lowerPrev, hPrev),
      mix(T.lowerNext, hNext),
      mix(T.lowerPrev2, hPrev2),
      mix(T.lowerNext2, hNext2),
      mix(T.shapePrev, sPrev),
      mix(T.shapeNext, sNext),
      mix(mix(mix(T.shapeTrigram, sPrev), t.hShortShape), sNext),
      mix(mix(T.bigramPrev, hPrev), t.hLower),
      mix(mix(T.bigramNext, t.hLower), hNext),
    );
    if (i === 0) out.push(mix(T.sentenceStart, t.hShortShape));
    if (caps) out.push(mix(T.allCapsSentence, t.hShortShape));
    for (const g of gaz[i].here) out.push(mix(T.gazetteer, g));
    if (i > 0) for (const g of gaz[i - 1].list) out.push(mix(T.gazetteerPrev, g));
    if (i + 1 < n) for (const g of gaz[i + 1].list) out.push(mix(T.gazetteerNext, g));
    if (i > 0 && data[i - 1].clusters.length) out.push(mix(T.clusterPrev, data[i - 1].clusters[1]));
    if (i + 1 < n && data[i + 1].clusters.length) out.push(mix(T.clusterNext, data[i + 1].clusters[1]));
    if (i > 0 && data[i - 1].embeddings.length) out.push(mix(T.embeddingPrev, data[i - 1].embeddings[1]));
    if (i + 1 < n && data[i + 1].embeddings.length) out.push(mix(T.embeddingNext, data[i + 1].embeddings[1]));
    if (prev?.capitalised && strongest[i - 1]) out.push(mix(T.embeddingTypePrev, strongest[i - 1]));
    if (next?.capitalised && strongest[i + 1]) out.push(mix(T.embeddingTypeNext, strongest[i + 1]));
    const run = runs[i];
    if (run) {
      const [a, b] = run;
      const last = b - 1;
      if (i < last) {
        out.push(mix(T.runLast, infos[last].hLower));
        if (data[last].embeddings.length) out.push(mix(T.runLast + 1, data[last].embeddings[1]));
        if (strongest[last]) out.push(mix(T.runLast + 2, strongest[last]));
      }
      if (i > a) {
        out.push(mix(T.runFirst, infos[a].hLower));
        if (data[a].embeddings.length) out.push(mix(T.runFirst + 1, data[a].embeddings[1]));
      }
      out.push(mix(T.runPosition, (i === a ? 0 : i === last ? 1 : 2) * 8 + Math.min(b - a, 6)));
    }
    // Only for the words the network scores and their neighbours (see window-net.ts): every
    // lookup costs tagging time.
    if (window) {
      const code = window[i];
      if (windowScored(code)) {
        for (let k = 0; k < 4; k++) {
          const bucket = windowBucket(code, k);
          if (bucket) out.push(mix(T.window, k * 4 + bucket));
        }
        out.push(mix(T.windowBest, windowBest(code)));
      }
      if (i > 0 && windowScored(window[i - 1])) out.push(mix(T.windowPrev, windowBest(window[i - 1])));
      if (i + 1 < n && windowScored(window[i + 1])) out.push(mix(T.windowNext, windowBest(window[i + 1])));
    }
    const position = caps ? 3 : !t.capitalised ? 0 : i === 0 ? 1 : 2;
    out.push(mix(mix(T.documentCase, document.code(words[i])), position));
    if (t.capitalised && !lean) for (const f of document.contextFeatures(words[i])) out.push(f);
  }
  offsets[n] = out.length;
  return { feats: Int32Array.from(out), offsets, intrinsic, gazetteer: gaz };
}
