import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { acledType } from "../events/acled.ts";
import { codeEvents, ruleRefiners } from "../events/index.ts";
import { keepEventSentences, retypeEvents } from "../events/learn/decide.ts";
import {
  type Corpora,
  FOLDS,
  firstVerb,
  type Prepared,
  readCorpora,
  trainingSet,
} from "../events/learn/examples.ts";
import { sharedLexicon } from "../events/learn/features.ts";
import {
  decodeEventModel,
  EVENT_MODEL_FILE,
  type EventModel,
  LearnedEventModel,
  loadEventModel,
} from "../events/learn/index.ts";
import { learnEventModel, SEED } from "../events/learn/learn.ts";
import { mainEvent } from "../events/main.ts";
import type { EventMention } from "../events/schema.ts";
import { geoparse } from "../geo/index.ts";
import type { Lexicon } from "../nlp/ner/lexicon.ts";
import { processDocument } from "../pipeline/index.ts";
import { perTypeTable } from "./events.ts";
import type { EvalReport, Evaluator, Metrics } from "./harness.ts";
import { htmlPage, readJsonl, round } from "./harness.ts";

/**
 * The learned event model (src/events/learn), scored by 5-fold cross-validation on the corpora it
 * is trained on: each PLOVER dev sentence and CASE 2021 snippet is scored by a model trained
 * without its fold (folds by a hash of the id; the CAMEO dictionary's weak examples are in every
 * training fold). Beside it, in the same run, the rule coder and the combination (rules propose,
 * the classifier re-types an event when its best type reaches a threshold). Then the sentence
 * decision's cross-validated precision and recall, and what the shipped sentence filter does to
 * the rule coder's events on the 181 real pages of extraction/scrapinghub.jsonl.gz.
 */

const NONE = "NONE";
/** Thresholds of the combination and of the sentence filter that are printed. */
const RETYPE_THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.9];
const SENTENCE_THRESHOLDS = [0.2, 0.3, 0.5, 0.7];
/** The sentence threshold recommended for wiring, printed in bold in the filter table. */
export const RECOMMENDED_SENTENCE_THRESHOLD = 0.5;

interface Scored {
  p: Prepared;
  model: EventModel;
}

/** The classifier alone: the sentence it reads likeliest to hold an event, at that sentence's first verb. */
function aloneEvent(p: Prepared, model: EventModel): { type: string; mode?: string; s: number; i: number } {
  let s = 0;
  let best = -1;
  p.doc.sentences.forEach((_, k) => {
    const q = model.sentenceIsEvent(p.doc, k);
    if (q > best) [best, s] = [q, k];
  });
  const i = firstVerb(p.doc, s);
  const [top] = model.typeScores(p.doc, s, i);
  return { type: top.type, mode: top.mode, s, i };
}

/** An ACLED type for the classifier's reading with no rule event to carry it: a bare mention of the sentence. */
function bareAcled(p: Prepared, reading: ReturnType<typeof aloneEvent>): string {
  const sentence = p.doc.sentences[reading.s];
  const token = p.doc.tokens[reading.i];
  const e = {
    type: reading.type as EventMention["type"],
    mode: reading.mode,
    counts: [],
    contexts: [],
    evidence: {
      docId: "eval",
      sentence: reading.s,
      start: sentence.start,
      end: sentence.end,
      text: p.doc.text.slice(sentence.start, sentence.end),
      trigger: { start: token.start, end: token.end, text: token.text, form: "other" as const },
    },
  };
  return acledType(e).subEventType;
}

/** One model per fold, each trained without that fold's gold sentences and sentence examples. */
export function foldModels(
  c: Corpora,
  lexicon: Lexicon | undefined,
  log: (line: string) => void,
): EventModel[] {
  const models: EventModel[] = [];
  for (let k = 0; k < FOLDS; k++) {
    log(`fold ${k + 1} of ${FOLDS}…`);
    models.push(new LearnedEventModel(learnEventModel(trainingSet(c, lexicon, k), SEED), lexicon));
  }
  return models;
}

/** PLOVER type accuracy of the classifier alone, each sentence read by the model of its fold. */
export function classifierAlonePlover(prepared: readonly Prepared[], models: readonly EventModel[]): number {
  const right = prepared.filter(
    (p) => (p.doc.sentences.length ? aloneEvent(p, models[p.fold]).type : NONE) === p.row.type,
  ).length;
  return round(right / (prepared.length || 1));
}

/** CASE weighted F1 of the classifier alone, each snippet read by the model of its fold. */
export function classifierAloneCase(prepared: readonly Prepared[], models: readonly EventModel[]): number {
  const labels = [...new Set(prepared.map((p) => p.row.acled ?? NONE))].sort();
  const pairs = prepared.map((p): [string, string] => [
    p.row.acled ?? NONE,
    p.doc.sentences.length ? bareAcled(p, aloneEvent(p, models[p.fold])) : NONE,
  ]);
  return round(perTypeTable(pairs, labels).weightedF1);
}

function crossValidate(
  c: Corpora,
  log: (line: string) => void,
): { plover: Scored[]; case: Scored[]; sentence: { p: number; isEvent: boolean; source: string }[] } {
  const lexicon = sharedLexicon();
  const models = foldModels(c, lexicon, log);
  const out = {
    plover: c.plover.map((p) => ({ p, model: models[p.fold] })),
    case: c.case.map((p) => ({ p, model: models[p.fold] })),
    sentence: c.sentences
      .filter((e) => e.fold >= 0)
      .map((e) => ({
        p: (models[e.fold] as LearnedEventModel).parts.sentence.probabilities(e.features)[1],
        isEvent: e.isEvent,
        source: e.source,
      })),
  };
  return out;
}

function ploverFigures(scored: Scored[]): Record<string, Metrics> {
  const accuracy = (predict: (s: Scored) => string | undefined) =>
    round(scored.filter((s) => predict(s) === s.p.row.type).length / scored.length);
  const systems: Record<string, Metrics> = {
    "rule coder (main event)": { "type accuracy": accuracy((s) => mainEvent(s.p.events)?.type) },
    "classifier alone (likeliest sentence, first verb)": {
      "type accuracy": accuracy((s) => (s.p.doc.sentences.length ? aloneEvent(s.p, s.model).type : NONE)),
    },
  };
  for (const t of [0, ...RETYPE_THRESHOLDS]) {
    systems[`combined: rules propose, classifier re-types at p ≥ ${t}`] = {
      "type accuracy": accuracy((s) => mainEvent(retypeEvents(s.p.doc, s.p.events, s.model, t))?.type),
    };
  }
  for (const m of Object.values(systems)) m.sentences = scored.length;
  return systems;
}

function caseFigures(scored: Scored[]): { systems: Record<string, Metrics>; details: string } {
  const labels = [...new Set(scored.map((s) => s.p.row.acled ?? NONE))].sort();
  const score = (predict: (s: Scored) => string | undefined) => {
    const pairs = scored.map((s): [string, string] => [s.p.row.acled ?? NONE, predict(s) ?? NONE]);
    const t = perTypeTable(pairs, labels);
    return {
      metrics: {
        "weighted F1": round(t.weightedF1),
        "macro F1": round(t.macroF1),
        accuracy: round(pairs.filter(([g, p]) => g === p).length / pairs.length),
        snippets: pairs.length,
      },
      table: t.table,
    };
  };
  const rules = score((s) => mainEvent(s.p.events, "acled")?.acled?.subEventType);
  const alone = score((s) => {
    if (!s.p.doc.sentences.length) return NONE;
    const reading = aloneEvent(s.p, s.model);
    return bareAcled(s.p, reading);
  });
  const systems: Record<string, Metrics> = {
    "rule coder (main event)": rules.metrics,
    "classifier alone (likeliest sentence, first verb)": alone.metrics,
  };
  let bestTable = "";
  for (const t of [0, ...RETYPE_THRESHOLDS]) {
    const r = score(
      (s) => mainEvent(retypeEvents(s.p.doc, s.p.events, s.model, t), "acled")?.acled?.subEventType,
    );
    systems[`combined: rules propose, classifier re-types at p ≥ ${t}`] = r.metrics;
    if (t === 0.7) bestTable = r.table;
  }
  return {
    systems,
    details: `**CASE 2021, combined at p ≥ 0.7 (5-fold CV): per ACLED type**\n\n${bestTable}\n\n**CASE 2021, rule coder: per ACLED type**\n\n${rules.table}`,
  };
}

function sentenceFigures(rows: { p: number; isEvent: boolean; source: string }[]): {
  systems: Record<string, Metrics>;
  details: string;
} {
  const systems: Record<string, Metrics> = {};
  for (const t of SENTENCE_THRESHOLDS) {
    const tp = rows.filter((r) => r.isEvent && r.p >= t).length;
    const fp = rows.filter((r) => !r.isEvent && r.p >= t).length;
    const fn = rows.filter((r) => r.isEvent && r.p < t).length;
    const precision = tp / (tp + fp || 1);
    const recall = tp / (tp + fn || 1);
    systems[`p ≥ ${t}${t === RECOMMENDED_SENTENCE_THRESHOLD ? " (recommended)" : ""}`] = {
      precision: round(precision),
      recall: round(recall),
      F1: round((2 * precision * recall) / (precision + recall || 1)),
      sentences: rows.length,
    };
  }
  const sources = [...new Set(rows.map((r) => r.source))].sort();
  const lines = ["| source | label | sentences | share read as events (p ≥ 0.5) |", "|---|---|---|---|"];
  for (const source of sources) {
    const of = rows.filter((r) => r.source === source);
    const share = of.filter((r) => r.p >= RECOMMENDED_SENTENCE_THRESHOLD).length / of.length;
    lines.push(
      `| ${source} | ${of[0].isEvent ? "event" : "no event"} | ${of.length} | ${share.toFixed(3)} |`,
    );
  }
  return { systems, details: `**Sentence decision by source (5-fold CV)**\n\n${lines.join("\n")}` };
}

/** The rule coder's events per article on real pages, before and after the shipped sentence filter. */
/** A URL path that names a news, world or politics section; every other page counts as "other sections". */
export const NEWS_SECTION =
  /\/(news|world|politics?|nation|international|us-news|middle-?east|africa|asia|europe|americas)\b/i;

function pageFigures(file: string, limit: number | undefined): Record<string, Metrics> {
  const stored = readJsonl<{ id: string; url: string; html: string }>(file);
  const pages = limit ? stored.slice(0, limit) : stored;
  const model = loadEventModel();
  const thresholds = [0, ...SENTENCE_THRESHOLDS];
  // events[section][row]: row "t" is the rule coder with the post-hoc sentence filter at t (0: the
  // rule coder alone); "shipped" is the shipped coder (learned refiners in their place in the list).
  const events = { news: new Map<string, number>(), other: new Map<string, number>() };
  const articles = { news: 0, other: 0 };
  const add = (section: "news" | "other", row: string, n: number) =>
    events[section].set(row, (events[section].get(row) ?? 0) + n);
  for (const page of pages) {
    const processed = processDocument(htmlPage(page));
    if (!processed.doc) continue;
    const section = NEWS_SECTION.test(new URL(page.url).pathname) ? "news" : "other";
    articles[section]++;
    const geo = processed.geo ?? geoparse(processed.doc);
    const rules = codeEvents(processed.doc, geo, "audit", { refiners: ruleRefiners });
    for (const t of thresholds)
      add(section, String(t), keepEventSentences(processed.doc, rules, model, t).length);
    add(section, "shipped", processed.events.length);
  }
  const systems: Record<string, Metrics> = {};
  const all = articles.news + articles.other;
  const before = (events.news.get("0") ?? 0) + (events.other.get("0") ?? 0);
  for (const row of [...thresholds.map(String), "shipped"]) {
    const news = events.news.get(row) ?? 0;
    const other = events.other.get(row) ?? 0;
    const name =
      row === "shipped"
        ? "shipped coder (learned refiners in the list)"
        : row === "0"
          ? "rule coder alone"
          : `rule coder + sentence filter p ≥ ${row}`;
    systems[name] = {
      events: news + other,
      "events per article": round((news + other) / (all || 1), 2),
      "per news/world/politics article": round(news / (articles.news || 1), 2),
      "per other-section article": round(other / (articles.other || 1), 2),
      "share dropped": round(1 - (news + other) / (before || 1)),
      "news articles": articles.news,
      "other articles": articles.other,
    };
  }
  return systems;
}

/** What the shipped model costs per sentence: the sentence decision plus type scores at its first verb. */
function sentenceSpeed(prepared: Prepared[]): number {
  const model = loadEventModel();
  let sentences = 0;
  const started = performance.now();
  for (let round = 0; round < 5; round++) {
    for (const p of prepared) {
      for (let s = 0; s < p.doc.sentences.length; s++) {
        model.sentenceIsEvent(p.doc, s);
        model.typeScores(p.doc, s, firstVerb(p.doc, s));
        sentences++;
      }
    }
  }
  return Math.round(sentences / ((performance.now() - started) / 1000));
}

export const evaluate: Evaluator = async (ctx) => {
  const report: EvalReport = { stage: "events-learn", datasets: {}, speed: {}, notes: [] };
  if (!existsSync(join(ctx.dataDir, "events/plover_gsr_dev.jsonl"))) {
    report.notes?.push(`missing ${join(ctx.dataDir, "events")}: nothing to train or score`);
    return report;
  }
  const corpora = readCorpora(ctx.dataDir, sharedLexicon(), ctx.log);
  if (ctx.limit) {
    corpora.plover = corpora.plover.slice(0, ctx.limit);
    corpora.case = corpora.case.slice(0, ctx.limit);
  }
  const cv = crossValidate(corpora, ctx.log);
  report.datasets["PLOVER GSR dev (5-fold CV)"] = ploverFigures(cv.plover);
  const cases = caseFigures(cv.case);
  report.datasets["CASE 2021 Task 2, 25 seen ACLED types (5-fold CV)"] = cases.systems;
  const sentences = sentenceFigures(cv.sentence);
  report.datasets["Sentence decision: political event or not (5-fold CV, pooled)"] = sentences.systems;
  const pages = join(ctx.dataDir, "extraction/scrapinghub.jsonl.gz");
  if (existsSync(pages)) {
    ctx.log("coding the real pages…");
    report.datasets["Real pages (extraction/scrapinghub, 181 pages; shipped model)"] = pageFigures(
      pages,
      ctx.limit,
    );
  }
  const started = performance.now();
  decodeEventModel(readFileSync(EVENT_MODEL_FILE), EVENT_MODEL_FILE);
  report.speed["event model load, ms (the NER tagger's lexicon, loaded already, is shared)"] = Math.round(
    performance.now() - started,
  );
  report.speed["sentences/s, sentence decision + type scores at one trigger (shipped model)"] = sentenceSpeed(
    corpora.plover,
  );
  report.details = [cases.details, sentences.details].join("\n\n");
  report.notes?.push(
    "Type accuracy: the main event's PLOVER type (src/events/main.ts) against the gold type. CASE: the main event's ACLED sub-event type (acled.ts from the PLOVER type and mode), weighted F1 over the 25 seen types.",
    "Combined at p ≥ 0: the classifier re-types every rule event. Classifier alone never sees the rule coder's output.",
    "Sentence decision: positives are PLOVER and CASE gold sentences, NGEC synthetic leads and the leads of CoNLL-2003 political stories; negatives are CoNLL-2003 train sports and market reports (by headline), GUM academic, how-to, travel, textbook and fiction prose, CASE disaster snippets and invented non-events; classes weighted equally in training.",
  );
  return report;
};
