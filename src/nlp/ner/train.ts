/**
 * Trains the named-entity model from the corpora in ../shared/data/ner and writes models/ner.bin.gz.
 * Deterministic: fixed corpus order, a seeded shuffle, no clock or randomness elsewhere, so
 * `npm run train:ner` rebuilds the committed weights byte for byte.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { findDataDir } from "../../eval/harness.ts";
import { centreAndNormalise } from "./bisect.ts";
import { learnClusters } from "./clusters.ts";
import { EntityScore } from "./conlleval.ts";
import { type CorpusDocument, readCorpus } from "./corpus.ts";
import {
  EMBEDDING_VOCABULARY,
  encodeEmbeddingClusters,
  learnEmbeddingClusters,
  readEmbeddings,
} from "./embedding-clusters.ts";
import { encodeEmbeddingTypes, learnEmbeddingTypes, type TypeCounts, typeCounts } from "./embedding-types.ts";
import { allCaps, tokenInfos } from "./features.ts";
import { buildGazetteers } from "./gazetteer-build.ts";
import { hashString, seededRandom, shuffled } from "./hash.ts";
import { ALLOWED, bilouFromIob, bilouSpans, ENTITY_TYPES, iobSpans, N_LABELS, OUTSIDE } from "./labels.ts";
import {
  CLUSTER_FILE,
  EMBEDDING_CLUSTER_FILE,
  EMBEDDING_TYPE_FILE,
  hashPhrase,
  type Lexicon,
  loadLexicon,
  MODELS_DIR,
  NAMES_FILE,
  WINDOW_FILE,
} from "./lexicon.ts";
import {
  decodeDocument,
  encodeModel,
  MODEL_FILE,
  NerModel,
  type PreparedSentence,
  prepareDocument,
  SPAN_TYPER_FILE,
} from "./model.ts";
import { AveragedPerceptron } from "./perceptron.ts";
import { decodeSpanTyper, encodeSpanTyper, SpanTyperTrainer, spanFeatures } from "./span-types.ts";
import { wordTokens } from "./tokens.ts";
import {
  encodeWindowModel,
  reduceVectors,
  trainWindowNet,
  WindowScorer,
  type WindowSentence,
  windowClass,
} from "./window-net.ts";

/**
 * Training splits, how many times each is seen per epoch, and for text that is not newswire a
 * genre name that gives it its own copy of the features (see decodeDocument) and an update step.
 * CoNLL-2003 is the newswire core and trains the shared weights the shipped tagger uses. GUM's
 * updates are scaled down (step 0.25): its silver spans put titles inside PER and demonyms as PER.
 * On dev (CoNLL dev held out), GUM at step 1 cost CoNLL 0.8 points for 4 on GUM. WNUT-17 at step
 * 0.25 raised GUM dev by 4 points more but made the tagger read "Russian General Andrei Serdyukov"
 * as one MISC in news copy, so it is left out. WikiANN lowered every dev score (it has no MISC);
 * it serves as a gazetteer instead.
 */
const TRAINING_MIX = "conll2003/train:1,conll2003/dev:1,gum/train:1:gum:0.25";
/** Text the word clusters are learnt from: the NER training splits (labels unused)... */
const CLUSTER_NER_SPLITS = ["conll2003/train", "gum/train", "wikiann_en/train", "wnut17/train"];
/** ...and news text from the shared corpora that no NER score is computed on (field "text"). */
const CLUSTER_TEXT_FILES = ["coref/ecbplus_train_dev.jsonl", "timex/train.jsonl"];

/**
 * Entity names from a corpus of another genre (Wikipedia) become gazetteer lists, the way Ratinov
 * & Roth built theirs from Wikipedia: not the CoNLL training names, which the word features already
 * know and which would teach the tagger to trust lists more than they deserve on unseen text.
 */
const NAME_SPLITS = ["wikiann_en/train"];
/** Longer silver spans are mostly noise ("R.H. Saunders ( St. Lawrence River )"). */
const MAX_NAME_TOKENS = 5;

/**
 * Dev sets printed after each epoch. EPOCHS and the mix were chosen on them while CoNLL-2003 dev was
 * held out; the shipped mix then adds CoNLL-2003 dev to the training text (as Ratinov & Roth did),
 * so its printed score is a training score. GUM and UNER dev are never trained on.
 */
const DEV_SETS = ["conll2003/dev.jsonl", "gum/dev.jsonl", "uner_ewt/dev.jsonl"];
/** Passes over the training mix; dev F1 flattens out by then. */
const EPOCHS = 10;
/** Words the type classifier reads: the whole vector vocabulary. */
const TYPE_VOCABULARY = 400_000;
/** Passes of the span typer over the training spans (span-types.ts). */
const SPAN_EPOCHS = 8;
/**
 * Folds of the newswire training documents for the window network: each document's window features
 * come from a network trained on the other folds (stacking), so the tagger learns how far the
 * network holds on text it has not seen.
 */
const WINDOW_FOLDS = 5;
/** `--seed N` overrides it, to measure how much a score moves with the shuffle and clustering alone. */
const SEED = process.argv.includes("--seed")
  ? Number(process.argv[process.argv.indexOf("--seed") + 1])
  : 20240113;
/** `--ensemble K` averages the weights of K taggers trained on K shuffles of the mix (experiments). */
const ENSEMBLE = process.argv.includes("--ensemble")
  ? Number(process.argv[process.argv.indexOf("--ensemble") + 1])
  : 1;
/**
 * Uneven margins (Li et al. 2002, "The perceptron algorithm with uneven margins"): a token of a
 * name whose gold label wins by less than MARGIN score units per active feature is updated against
 * the runner-up as if it had lost; "outside" needs no margin. Names are the rare, costly class; a
 * tagger updated only until its training names are barely right separates them less well on
 * names it has not seen. Chosen on held-out CoNLL dev with two seeds (models/README.md): the
 * margin tagger was ahead of the plain one at every epoch from the third. It makes 500–1,300 extra
 * updates an epoch. `--margin 0` trains the plain averaged perceptron.
 */
const MARGIN = process.argv.includes("--margin")
  ? Number(process.argv[process.argv.indexOf("--margin") + 1])
  : 0.25;
/** Averaged weights smaller than this are dropped from the shipped model (size and load time). */
const MIN_WEIGHT = 0.005;

interface TrainingDocument {
  sentences: PreparedSentence[];
  gold: Uint8Array[];
  domain?: number;
  /** Size of a perceptron update on this text: less than 1 for text whose conventions differ. */
  step: number;
}

/**
 * The mean of several taggers' weights over all their features (first seen first), without the
 * features whose largest mean weight is under `minWeight`.
 */
function averageTaggers(
  taggers: readonly { features: Int32Array; weights: Float32Array }[],
  minWeight: number,
): { features: Int32Array; weights: Float32Array } {
  const rows = new Map<number, number>();
  const keys: number[] = [];
  for (const { features } of taggers) {
    for (const key of features) {
      if (!rows.has(key)) {
        rows.set(key, keys.length);
        keys.push(key);
      }
    }
  }
  const sums = new Float64Array(keys.length * N_LABELS);
  for (const { features, weights } of taggers) {
    features.forEach((key, r) => {
      const base = (rows.get(key) ?? 0) * N_LABELS;
      for (let l = 0; l < N_LABELS; l++) sums[base + l] += weights[r * N_LABELS + l];
    });
  }
  const keep: number[] = [];
  const values: number[] = [];
  for (let r = 0; r < keys.length; r++) {
    let max = 0;
    for (let l = 0; l < N_LABELS; l++) max = Math.max(max, Math.abs(sums[r * N_LABELS + l] / taggers.length));
    if (max < minWeight) continue;
    keep.push(keys[r]);
    for (let l = 0; l < N_LABELS; l++) values.push(sums[r * N_LABELS + l] / taggers.length);
  }
  return { features: Int32Array.from(keep), weights: Float32Array.from(values) };
}

function unlabelledSentences(dataDir: string): string[][] {
  const sentences: string[][] = [];
  for (const split of CLUSTER_NER_SPLITS) {
    for (const doc of readCorpus(join(dataDir, "ner", `${split}.jsonl`))) {
      for (const s of doc.sentences) sentences.push(s.tokens);
    }
  }
  for (const file of CLUSTER_TEXT_FILES) {
    const path = join(dataDir, file);
    if (!existsSync(path)) throw new Error(`Missing ${path}, needed to learn the word clusters.`);
    for (const line of readFileSync(path, "utf8").split("\n")) {
      if (!line.trim()) continue;
      const { text } = JSON.parse(line) as { text: string };
      for (const paragraph of text.split(/\n+/)) {
        const words = wordTokens(paragraph, 0, paragraph.length).map((t) => t.text);
        if (words.length) sentences.push(words);
      }
    }
  }
  return sentences;
}

function windowSentences(doc: CorpusDocument): WindowSentence[] {
  return doc.sentences.map((s) => ({
    words: s.tokens,
    hLower: tokenInfos(s.tokens).map((t) => t.hLower),
    gold: Uint8Array.from(s.tags, windowClass),
    caps: allCaps(s.tokens),
  }));
}

/**
 * Trains the window network on the newswire documents of the mix and writes it; returns the
 * jackknifed window codes of those documents (each from a network trained without its fold).
 */
function trainWindow(newswire: readonly CorpusDocument[]): Map<CorpusDocument, Uint16Array[]> {
  const t0 = Date.now();
  const embeddings = readEmbeddings(EMBEDDING_VOCABULARY);
  centreAndNormalise(embeddings, embeddings.words.length);
  const vectors = reduceVectors(embeddings.words, embeddings.vectors, embeddings.dimensions);
  const sentences = newswire.map(windowSentences);
  const full = trainWindowNet(sentences.flat(), vectors, SEED);
  writeFileSync(WINDOW_FILE, gzipSync(encodeWindowModel(full, vectors), { level: 9 }));
  const codes = new Map<CorpusDocument, Uint16Array[]>();
  for (let f = 0; f < WINDOW_FOLDS; f++) {
    const net = trainWindowNet(
      sentences.filter((_s, d) => d % WINDOW_FOLDS !== f).flat(),
      vectors,
      SEED + 1 + f,
    );
    const scorer = new WindowScorer(net, vectors);
    newswire.forEach((doc, d) => {
      if (d % WINDOW_FOLDS !== f) return;
      codes.set(
        doc,
        sentences[d].map((s) => scorer.codes(s.words, s.hLower, s.caps)),
      );
    });
  }
  console.error(`window network: ${newswire.length} documents, ${WINDOW_FOLDS} folds, ${Date.now() - t0} ms`);
  return codes;
}

function prepare(
  docs: readonly CorpusDocument[],
  lexicon: Lexicon,
  windowCodes?: ReadonlyMap<CorpusDocument, Uint16Array[]>,
): TrainingDocument[] {
  return docs.map((doc) => ({
    sentences: prepareDocument(
      doc.sentences.map((s) => s.tokens),
      lexicon,
      false,
      windowCodes?.get(doc),
    ),
    gold: doc.sentences.map((s) => bilouFromIob(s.tags)),
    step: 1,
  }));
}

export function scoreDocuments(
  docs: readonly CorpusDocument[],
  tag: (doc: CorpusDocument) => Uint8Array[],
): EntityScore {
  const score = new EntityScore();
  for (const doc of docs) {
    const predicted = tag(doc);
    doc.sentences.forEach((s, i) => {
      score.add(iobSpans(s.tags), bilouSpans(predicted[i]));
    });
  }
  return score;
}

async function main(): Promise<void> {
  console.error(`gazetteers: ${await buildGazetteers()} phrases`);
  const dataDir = findDataDir();
  if (!dataDir)
    throw new Error("No training data: put the corpora at ../shared/data or set $CHRONICLE_DATA.");
  const nerDir = join(dataDir, "ner");
  const clusters = learnClusters(unlabelledSentences(dataDir), SEED).sort((a, b) =>
    a.word < b.word ? -1 : 1,
  );
  const rows = clusters.map((c) => `${hashString(c.word)}\t${c.path}\t${c.cap}`).join("\n");
  writeFileSync(CLUSTER_FILE, gzipSync(`${rows}\n`, { level: 9 }));
  console.error(`clusters: ${clusters.length} words`);
  const started = Date.now();
  // `--reuse-embedding-clusters` keeps the table already written (experiments on the tagger alone).
  if (!process.argv.includes("--reuse-embedding-clusters")) {
    const embeddings = readEmbeddings(EMBEDDING_VOCABULARY);
    const embeddingClusters = learnEmbeddingClusters(
      embeddings.words,
      embeddings.vectors,
      embeddings.dimensions,
    );
    writeFileSync(EMBEDDING_CLUSTER_FILE, gzipSync(encodeEmbeddingClusters(embeddingClusters), { level: 9 }));
    console.error(`embedding clusters: ${embeddingClusters.length} words, ${Date.now() - started} ms`);
  }
  const names = new Set<string>();
  for (const split of NAME_SPLITS) {
    for (const doc of readCorpus(join(nerDir, `${split}.jsonl`))) {
      for (const s of doc.sentences) {
        for (const span of iobSpans(s.tags)) {
          const words = s.tokens.slice(span.start, span.end);
          if (words.length > MAX_NAME_TOKENS || !words.some((w) => /\p{Lu}/u.test(w))) continue;
          names.add(`name-${span.type}\t${hashPhrase(words.join(" "))}`);
        }
      }
    }
  }
  writeFileSync(NAMES_FILE, gzipSync(`${[...names].sort().join("\n")}\n`, { level: 9 }));
  console.error(`names: ${names.size}`);
  // `--mix corpus/split:repeat[:genre[:step]],...` overrides the shipped mix for experiments.
  const mixArg = process.argv.indexOf("--mix");
  const mix = (mixArg > 0 ? process.argv[mixArg + 1] : TRAINING_MIX).split(",").map((item) => {
    const [split, repeat, genre, step] = item.split(":");
    return {
      file: `${split}.jsonl`,
      corpus: readCorpus(join(nerDir, `${split}.jsonl`)),
      repeat: Number(repeat ?? 1),
      step: Number(step ?? 1),
      domain: genre ? hashString(genre) : undefined,
    };
  });
  if (!process.argv.includes("--reuse-embedding-types")) {
    // The newswire part of the mix (not other genres, whose conventions differ) and WikiANN's names.
    const counts: TypeCounts = new Map();
    for (const { corpus, domain } of mix) if (domain === undefined) typeCounts(corpus, counts, false);
    for (const split of NAME_SPLITS) typeCounts(readCorpus(join(nerDir, `${split}.jsonl`)), counts, true);
    const embeddings = readEmbeddings(TYPE_VOCABULARY);
    centreAndNormalise(embeddings, embeddings.words.length);
    const t0 = Date.now();
    const { types, labelled, accuracy } = learnEmbeddingTypes(
      embeddings.words,
      embeddings.vectors,
      embeddings.dimensions,
      counts,
      SEED,
    );
    writeFileSync(EMBEDDING_TYPE_FILE, gzipSync(encodeEmbeddingTypes(types), { level: 9 }));
    console.error(
      `embedding types: ${types.length} of ${embeddings.words.length} words typed, ${labelled} labelled (jackknifed accuracy ${accuracy.toFixed(3)}), ${Date.now() - t0} ms`,
    );
  }
  const windowCodes = trainWindow(mix.flatMap(({ corpus, domain }) => (domain === undefined ? corpus : [])));
  const lexicon = loadLexicon();
  const training: TrainingDocument[] = [];
  const preparedMix = mix.map(({ corpus }) => prepare(corpus, lexicon, windowCodes));
  mix.forEach(({ file, repeat, domain, step }, m) => {
    const docs = preparedMix[m].map((d) => ({ ...d, domain, step }));
    for (let r = 0; r < repeat; r++) training.push(...docs);
    console.error(`${file}: ${docs.length} documents ×${repeat}`);
  });
  const dev = DEV_SETS.map((file) => {
    const docs = readCorpus(join(nerDir, file));
    return { file, docs, prepared: prepare(docs, lexicon) };
  });
  const next = seededRandom(SEED);
  // Genre copies of features (the second half of a genre document's features) only serve training.
  const genreFeatures = new Set<number>();
  /** Trains one tagger on the mix, shuffled by `random`; its averaged weights, none pruned. */
  const trainTagger = (random: () => number, printDev: boolean) => {
    const perceptron = new AveragedPerceptron();
    for (let epoch = 1; epoch <= EPOCHS; epoch++) {
      let mistakes = 0;
      let tokens = 0;
      let marginUpdates = 0;
      for (const doc of shuffled(training, random)) {
        decodeDocument(
          doc.sentences,
          perceptron,
          (features, predicted, s, i, scores, previous) => {
            const gold = doc.gold[s][i];
            if (gold !== predicted) mistakes++;
            tokens++;
            let rival = predicted;
            // Uneven margins (Li et al. 2002, "The perceptron algorithm with uneven margins"): a
            // name's label that wins by less than MARGIN per feature is updated as if it had lost.
            if (gold === predicted && gold !== OUTSIDE && MARGIN > 0) {
              let second = -1;
              for (let l = 0; l < N_LABELS; l++) {
                if (
                  l !== gold &&
                  ALLOWED[previous * N_LABELS + l] &&
                  (second < 0 || scores[l] > scores[second])
                )
                  second = l;
              }
              if (second >= 0 && scores[gold] - scores[second] < MARGIN * features.length) {
                rival = second;
                marginUpdates++;
              }
            }
            perceptron.update(features, gold, rival, doc.step);
            if (doc.domain !== undefined && gold !== rival) {
              for (let k = features.length / 2; k < features.length; k++) genreFeatures.add(features[k]);
            }
            perceptron.tick();
          },
          doc.domain,
        );
      }
      let scores: string[] = [];
      if (printDev || epoch === EPOCHS) {
        const { features, weights } = perceptron.averaged(0, genreFeatures);
        const model = new NerModel(lexicon, features, weights);
        scores = dev.map(({ file, docs, prepared }) => {
          const byDoc = new Map(docs.map((d, k) => [d, prepared[k]]));
          const f1 = scoreDocuments(docs, (d) => decodeDocument(byDoc.get(d)?.sentences ?? [], model)).prf()
            .f1;
          return `${file} ${f1.toFixed(4)}`;
        });
      }
      console.error(
        `epoch ${epoch}: token error ${(mistakes / tokens).toFixed(4)}${MARGIN ? `, margin updates ${marginUpdates}` : ""}${scores.length ? `; dev F1 ${scores.join(", ")}` : ""}`,
      );
    }
    return perceptron;
  };
  const first = trainTagger(next, true);
  // `--ensemble K`: K − 1 more taggers on other shuffles (seeds SEED + 1 …), their weights averaged.
  const taggers = ENSEMBLE > 1 ? [first.averaged(0, genreFeatures)] : [];
  for (let k = 1; k < ENSEMBLE; k++) {
    console.error(`tagger ${k + 1} of ${ENSEMBLE} (seed ${SEED + k})`);
    taggers.push(trainTagger(seededRandom(SEED + k), false).averaged(0, genreFeatures));
  }
  const { features, weights } =
    ENSEMBLE > 1 ? averageTaggers(taggers, MIN_WEIGHT) : first.averaged(MIN_WEIGHT, genreFeatures);
  mkdirSync(MODELS_DIR, { recursive: true });
  writeFileSync(MODEL_FILE, gzipSync(encodeModel(features, weights), { level: 9 }));
  console.error(`wrote ${MODEL_FILE}: ${features.length} features`);

  // The span typer, on the gold spans of every corpus in the mix (each once).
  const examples: { features: number[]; type: number }[] = [];
  mix.forEach(({ corpus }, m) => {
    corpus.forEach((doc, d) => {
      const prepared = preparedMix[m][d].sentences;
      doc.sentences.forEach((sentence, i) => {
        const { words, infos, document, gazetteer } = prepared[i];
        const input = { words, infos, gazetteer, caps: allCaps(words) };
        for (const span of iobSpans(sentence.tags)) {
          examples.push({
            features: spanFeatures(input, span.start, span.end, lexicon, document),
            type: ENTITY_TYPES.indexOf(span.type),
          });
        }
      });
    });
  });
  const trainer = new SpanTyperTrainer();
  for (let epoch = 1; epoch <= SPAN_EPOCHS; epoch++) {
    let right = 0;
    for (const e of shuffled(examples, next)) if (trainer.train(e.features, e.type)) right++;
    console.error(
      `span typer epoch ${epoch}: ${examples.length} spans, accuracy ${(right / examples.length).toFixed(4)}`,
    );
  }
  const typerBytes = encodeSpanTyper(trainer.averaged());
  writeFileSync(SPAN_TYPER_FILE, gzipSync(typerBytes, { level: 9 }));
  // Scored as shipped: int16 weights, light features left out.
  const typer = decodeSpanTyper(typerBytes);
  const pipelineScores = (tagger: NerModel) => {
    tagger.spanTyper = typer;
    return dev.map(({ file, docs }) => {
      const score = new EntityScore();
      for (const doc of docs) {
        const spans = tagger.entities(
          doc.sentences.map((x) => x.tokens.map((text) => ({ text, start: 0, end: 0 }))),
        );
        doc.sentences.forEach((x, i) => {
          score.add(iobSpans(x.tags), spans[i]);
        });
      }
      return `${file} ${score.prf().f1.toFixed(4)}`;
    });
  };
  const scores = pipelineScores(new NerModel(lexicon, features, weights));
  console.error(
    `wrote ${SPAN_TYPER_FILE}: ${typer.features.length} features; dev F1 with refiner and span typer ${scores.join(", ")}`,
  );
  if (ENSEMBLE > 1) {
    const alone = first.averaged(MIN_WEIGHT, genreFeatures);
    const firstScores = pipelineScores(new NerModel(lexicon, alone.features, alone.weights));
    console.error(`the first tagger alone, with refiner and span typer: dev F1 ${firstScores.join(", ")}`);
  }
}

await main();
