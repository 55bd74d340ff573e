import { geoparse } from "../../geo/index.ts";
import { hashString } from "../../nlp/ner/hash.ts";
import type { Lexicon } from "../../nlp/ner/lexicon.ts";
import type { Doc } from "../../nlp/types.ts";
import { codeEvents, ruleRefiners } from "../index.ts";
import { mainEvent } from "../main.ts";
import type { EventMention } from "../schema.ts";
import {
  type CaseSnippet,
  caseSnippets,
  type LabelledSentence,
  linesDoc,
  ploverSentences,
  textDoc,
} from "./data.ts";
import { dictionaryTriggers } from "./dictionary.ts";
import { sentenceFeatures, triggerContext, triggerFeatures } from "./features.ts";
import { MODE_LABELS, TYPE_LABELS } from "./index.ts";
import type { SentenceExample, TypeExample } from "./learn.ts";
import { INVENTED_NON_EVENTS } from "./negatives.ts";
import {
  conllNegativeDocs,
  conllPoliticalLeads,
  gumNegativeDocs,
  syntheticLeads,
} from "./sentence-corpora.ts";

/**
 * The corpora as examples, each tagged with the group its cross-validation fold is drawn from.
 * PLOVER dev and CASE 2021 are gold (weight 1); the CAMEO dictionary's verbs and patterns are weak
 * labels (DICTIONARY_WEIGHT) and belong to no fold: they are training signal in every fold.
 */

/**
 * How much a dictionary pattern and a CASE snippet count against a PLOVER gold sentence. Chosen by
 * 5-fold CV (type accuracy at the rule trigger on PLOVER dev; dictionary weight 0 / 0.2 / 0.5 / 1 / 2:
 * 0.465 / 0.586 / 0.600 / 0.609 / 0.609; CASE at 0.5 instead of 1 with weight 1: 0.614 → 0.619):
 * CASE's types lean heavily to ASSAULT and PROTEST.
 */
export const DICTIONARY_WEIGHT = 1;
export const CASE_WEIGHT = 0.5;
/** Every how-many-th synthetic story is used (1,500 of 4,500), so positives do not swamp the negatives. */
const SYNTHETIC_EVERY = 3;
export const FOLDS = 5;

/** A gold sentence or snippet, annotated and coded by the rule coder. */
export interface Prepared {
  row: LabelledSentence;
  doc: Doc;
  /** The rule coder's events. */
  events: EventMention[];
  /** Where the type classifier reads the gold label: sentence and Doc.tokens index. */
  trigger: { s: number; i: number };
  fold: number;
}

/** Fold of an item: a hash of its id, so a corpus's folds do not depend on its order. */
export function foldOf(id: string): number {
  return ((hashString(id) % FOLDS) + FOLDS) % FOLDS;
}

/** Lemmas that are never the event itself: auxiliaries and speech verbs. */
const NOT_TRIGGER = new Set(["be", "have", "do", "say", "tell", "report", "add", "accord"]);

/** The first verb of the sentence that is not an auxiliary or a speech verb: the classifier's own guess at a trigger. */
export function firstVerb(doc: Doc, s: number): number {
  const sentence = doc.sentences[s];
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const t = doc.tokens[i];
    if (t.pos === "VERB" && !NOT_TRIGGER.has(t.lemma.toLowerCase())) return i;
  }
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) if (doc.tokens[i].pos === "NOUN") return i;
  return sentence.tokenStart;
}

/** The token an event's trigger starts at. */
export function tokenOf(doc: Doc, event: EventMention): { s: number; i: number } {
  const s = event.evidence.sentence;
  const sentence = doc.sentences[s];
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    if (doc.tokens[i].end > event.evidence.trigger.start) return { s, i };
  }
  return { s, i: sentence.tokenStart };
}

/** Where the gold label is read: the marked trigger word, else the rule coder's main event, else the first verb. */
function trainingTrigger(
  doc: Doc,
  events: EventMention[],
  row: LabelledSentence,
  scheme: "plover" | "acled",
) {
  if (row.triggerWord) {
    const word = row.triggerWord;
    const i = doc.tokens.findIndex((t) => t.norm === word);
    if (i >= 0) return { s: doc.tokens[i].sentence, i };
  }
  const main = mainEvent(events, scheme);
  if (main) return tokenOf(doc, main);
  return { s: 0, i: firstVerb(doc, 0) };
}

export function prepare(rows: readonly LabelledSentence[], scheme: "plover" | "acled"): Prepared[] {
  return rows.map((row) => {
    const doc = textDoc(row.text, row.date);
    const events = doc.sentences.length
      ? codeEvents(doc, geoparse(doc), "learn", { refiners: ruleRefiners })
      : [];
    return { row, doc, events, trigger: trainingTrigger(doc, events, row, scheme), fold: foldOf(row.id) };
  });
}

export interface Corpora {
  plover: Prepared[];
  /** CASE snippets of ACLED's 25 seen types (scored), mapped to PLOVER where sound (trained on). */
  case: Prepared[];
  /** Sentence-decision examples with their fold (−1: in every training fold) and where they came from. */
  sentences: (SentenceExample & { fold: number; source: string })[];
  /** Type examples that are in every training fold (the dictionary). */
  weakTypes: TypeExample[];
}

export function typeExample(p: Prepared, lexicon: Lexicon | undefined, weight = 1): TypeExample | undefined {
  const type = p.row.type ? TYPE_LABELS.indexOf(p.row.type) : -1;
  if (type < 0 || !p.doc.sentences.length) return undefined;
  const features = triggerFeatures(triggerContext(p.doc, p.trigger.s, p.trigger.i), lexicon);
  const mode = MODE_LABELS.indexOf(p.row.mode ? `${p.row.type}:${p.row.mode}` : "");
  return { features, type, mode, weight };
}

/** Reads every corpus and builds the examples; `log` reports progress (annotating takes a while). */
export function readCorpora(
  dataDir: string,
  lexicon: Lexicon | undefined,
  log: (line: string) => void,
): Corpora {
  log("annotating PLOVER dev…");
  const plover = prepare(ploverSentences(dataDir), "plover");
  log("annotating CASE 2021…");
  const snippets = caseSnippets(dataDir);
  const cases = prepare(
    snippets.filter((r) => r.seen),
    "acled",
  );
  const sentences: Corpora["sentences"] = [];
  const push = (doc: Doc, s: number, isEvent: boolean, fold: number, source: string): void => {
    sentences.push({ features: sentenceFeatures(doc, s, lexicon), isEvent, weight: 1, fold, source });
  };
  const pushAll = (doc: Doc, isEvent: boolean, fold: number, source: string): void => {
    for (let s = 0; s < doc.sentences.length; s++) push(doc, s, isEvent, fold, source);
  };
  for (const p of plover) if (p.doc.sentences.length) push(p.doc, p.trigger.s, true, p.fold, "PLOVER dev");
  for (const p of cases)
    if (p.doc.sentences.length) push(p.doc, p.trigger.s, true, p.fold, "CASE 2021 (ACLED types)");
  for (const r of snippets.filter((x: CaseSnippet) => x.nonEvent)) {
    const doc = textDoc(r.text);
    pushAll(doc, false, foldOf(r.id), "CASE 2021 disasters");
  }
  log("annotating the synthetic stories' leads…");
  for (const r of syntheticLeads(dataDir, SYNTHETIC_EVERY)) {
    const doc = textDoc(r.text);
    if (doc.sentences.length) push(doc, 0, true, foldOf(r.id), "NGEC synthetic leads");
  }
  log("annotating CoNLL-2003 political leads…");
  for (const r of conllPoliticalLeads(dataDir)) {
    const doc = textDoc(r.text);
    if (doc.sentences.length) push(doc, 0, true, foldOf(r.id), "CoNLL-2003 political leads");
  }
  log("annotating CoNLL-2003 sports and market reports…");
  for (const d of conllNegativeDocs(dataDir)) {
    const doc = linesDoc(d.lines);
    pushAll(doc, false, foldOf(d.id), `CoNLL-2003 ${d.kind}`);
  }
  log("annotating GUM's non-news prose…");
  for (const d of gumNegativeDocs(dataDir)) {
    const doc = linesDoc(d.lines);
    pushAll(doc, false, foldOf(d.id), `GUM ${d.kind}`);
  }
  INVENTED_NON_EVENTS.forEach((text, k) => {
    const doc = textDoc(text);
    pushAll(doc, false, foldOf(`invented-${k}`), "invented non-events");
  });
  balance(sentences);
  log("reading the CAMEO verb dictionary…");
  const weakTypes = dictionaryTriggers(dataDir).map(
    (w): TypeExample => ({
      features: triggerFeatures(w.context, lexicon),
      type: TYPE_LABELS.indexOf(w.type),
      mode: MODE_LABELS.indexOf(w.mode ? `${w.type}:${w.mode}` : ""),
      weight: DICTIONARY_WEIGHT,
    }),
  );
  return { plover, case: cases, sentences, weakTypes };
}

/** Weights so that events and non-events weigh the same in total. */
function balance(examples: { isEvent: boolean; weight: number }[]): void {
  const positives = examples.filter((e) => e.isEvent).length;
  const negatives = examples.length - positives;
  for (const e of examples) e.weight = examples.length / (2 * (e.isEvent ? positives : negatives));
}

/** The training set without fold `k` (k = −1: everything, the shipped model). */
export function trainingSet(c: Corpora, lexicon: Lexicon | undefined, k: number) {
  const gold = [
    ...c.plover.filter((p) => p.fold !== k).map((p) => typeExample(p, lexicon)),
    ...c.case.filter((p) => p.fold !== k).map((p) => typeExample(p, lexicon, CASE_WEIGHT)),
  ].filter((e): e is TypeExample => !!e);
  return {
    types: [...gold, ...c.weakTypes],
    sentences: c.sentences.filter((e) => e.fold !== k),
  };
}
