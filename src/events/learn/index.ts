import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { fromRoot } from "../../core/paths.ts";
import type { Lexicon } from "../../nlp/ner/lexicon.ts";
import type { Doc } from "../../nlp/types.ts";
import { PLOVER_MODES, PLOVER_TYPES } from "../schema.ts";
import { sentenceFeatures, sharedLexicon, triggerContext, triggerFeatures } from "./features.ts";
import { LinearModel } from "./logistic.ts";

/**
 * The learned parts of the event coder: a sentence-level decision "does this sentence report a
 * political event at all" and a PLOVER type (and mode) classifier for a trigger. Trained by
 * `npm run train:events` (train.ts); see models/README.md for the data and the scores.
 */
export interface EventModel {
  /** Probability that sentence `s` of the doc reports a political event at all. */
  sentenceIsEvent(doc: Doc, s: number): number;
  /** PLOVER type (+mode) scores for a trigger token `tokenIndex` (a Doc.tokens index) in sentence `s`, best first. */
  typeScores(doc: Doc, s: number, tokenIndex: number): TypeScore[];
}

export interface TypeScore {
  type: (typeof PLOVER_TYPES)[number];
  mode?: string;
  p: number;
}

/** `CHRONICLE_EVENT_MODELS` points training and loading at another folder (experiments side by side). */
export const EVENT_MODEL_FILE = join(
  process.env.CHRONICLE_EVENT_MODELS ?? fromRoot("models"),
  "events.bin.gz",
);

export const TYPE_LABELS = PLOVER_TYPES;
/** Mode labels: "no mode", then every PLOVER type's modes as "TYPE:mode". */
export const MODE_LABELS: readonly string[] = [
  "",
  ...PLOVER_TYPES.flatMap((t) => PLOVER_MODES[t].map((m) => `${t}:${m}`)),
];
/** For each mode label, the index of its type in TYPE_LABELS and the mode's own name. */
const MODE_TYPE = MODE_LABELS.map((label) =>
  TYPE_LABELS.indexOf(label.split(":")[0] as (typeof TYPE_LABELS)[number]),
);
const MODE_NAMES = MODE_LABELS.map((label) => label.split(":")[1] ?? "");
const FORMATS = ["chronicle-event-sentence-1", "chronicle-event-type-1", "chronicle-event-mode-1"] as const;

/** The three linear models behind an EventModel. */
export interface EventModelParts {
  sentence: LinearModel;
  type: LinearModel;
  mode: LinearModel;
}

export class LearnedEventModel implements EventModel {
  constructor(
    readonly parts: EventModelParts,
    private readonly lexicon?: Lexicon,
  ) {}

  sentenceIsEvent(doc: Doc, s: number): number {
    return this.parts.sentence.probabilities(sentenceFeatures(doc, s, this.lexicon))[1];
  }

  typeScores(doc: Doc, s: number, tokenIndex: number): TypeScore[] {
    return this.scoreFeatures(triggerFeatures(triggerContext(doc, s, tokenIndex), this.lexicon));
  }

  /** Type scores of a trigger already turned into features (training and evaluation use this). */
  scoreFeatures(features: readonly number[]): TypeScore[] {
    const types = this.parts.type.probabilities(features);
    const modes = this.parts.mode.probabilities(features);
    // The likeliest of "no mode" and each type's own modes.
    const bestMode = new Int32Array(TYPE_LABELS.length);
    for (let m = 1; m < MODE_LABELS.length; m++) {
      const t = MODE_TYPE[m];
      if (modes[m] > modes[bestMode[t]]) bestMode[t] = m;
    }
    const scores = TYPE_LABELS.map((type, l): TypeScore => {
      const m = bestMode[l];
      return m ? { type, mode: MODE_NAMES[m], p: types[l] } : { type, p: types[l] };
    });
    return scores.sort((a, b) => b.p - a.p);
  }
}

/** The shipped file: the three models' weight files, each preceded by its byte length (uint32). */
export function encodeEventModel(parts: EventModelParts): Buffer {
  const chunks = [parts.sentence, parts.type, parts.mode].flatMap((m, i) => {
    const bytes = m.encode(FORMATS[i]);
    const length = Buffer.alloc(4);
    length.writeUInt32LE(bytes.length);
    return [length, bytes];
  });
  // level 9 and no timestamp in a gzip member: the same weights give the same bytes.
  return gzipSync(Buffer.concat(chunks), { level: 9 });
}

export function decodeEventModel(gz: Buffer, file: string): EventModelParts {
  const bytes = gunzipSync(gz);
  const labels = [2, TYPE_LABELS.length, MODE_LABELS.length];
  const models: LinearModel[] = [];
  let at = 0;
  for (let i = 0; i < 3; i++) {
    const length = bytes.readUInt32LE(at);
    models.push(LinearModel.decode(bytes.subarray(at + 4, at + 4 + length), FORMATS[i], labels[i], file));
    at += 4 + length;
  }
  return { sentence: models[0], type: models[1], mode: models[2] };
}

let shipped: LearnedEventModel | undefined;

/** The committed model (models/events.bin.gz), loaded once; it reuses the NER tagger's word-vector clusters. */
export function loadEventModel(): EventModel {
  if (shipped) return shipped;
  if (!existsSync(EVENT_MODEL_FILE)) {
    throw new Error(`No event model at ${EVENT_MODEL_FILE}; run \`npm run train:events\` to build it.`);
  }
  shipped = new LearnedEventModel(
    decodeEventModel(readFileSync(EVENT_MODEL_FILE), EVENT_MODEL_FILE),
    sharedLexicon(),
  );
  return shipped;
}
