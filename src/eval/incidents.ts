import { existsSync } from "node:fs";
import { join } from "node:path";
import { tokenize } from "../nlp/tokenize.ts";
import type { Sentence, Token } from "../nlp/types.ts";
import {
  type CorefMention,
  clusterEventMentions,
  corefMention,
  fitPairModel,
  labelledPairs,
  PAIR_FEATURES,
  storyContext,
} from "../resolve/coreference.ts";
import { averageLinkage, storyVectors } from "../resolve/stories.ts";
import { type EvalReport, type Evaluator, type Metrics, readJsonl, round } from "./harness.ts";

/**
 * Cross-document event coreference on ECB+ (../shared/data/coref), scored without the gold topic
 * split: articles are clustered into stories from their words alone (article level, gold =
 * sub-topic), then the gold event mentions are clustered inside each predicted story (mention level).
 * The threshold is chosen on train; dev is reported at that threshold, untouched while tuning.
 */

interface EcbMention {
  start: number;
  end: number;
  text: string;
  cluster: string;
  validated: boolean;
  token_spans?: [number, number][];
}

interface EcbDocument {
  id: string;
  topic: number;
  subtopic: string;
  split: "train" | "dev";
  text: string;
  events: EcbMention[];
}

/** Thresholds tried on train for the article clustering. */
const THRESHOLDS = [0.05, 0.075, 0.1, 0.125, 0.15, 0.175, 0.2, 0.25, 0.3];

// Coreference metrics over partitions of the same items (Pradhan et al. 2014, the CoNLL scorer's definitions).

export type Partition = Map<string, string>;

function clustersOf(p: Partition): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [item, c] of p) {
    const list = out.get(c) ?? [];
    list.push(item);
    out.set(c, list);
  }
  return out;
}

function f1(p: number, r: number): number {
  return p + r ? (2 * p * r) / (p + r) : 0;
}

export function bcubed(gold: Partition, system: Partition): Metrics {
  const g = clustersOf(gold);
  const s = clustersOf(system);
  let precision = 0;
  let recall = 0;
  for (const [item, gc] of gold) {
    const gs = new Set(g.get(gc));
    const ss = s.get(system.get(item) as string) as string[];
    const shared = ss.filter((x) => gs.has(x)).length;
    precision += shared / ss.length;
    recall += shared / gs.size;
  }
  precision /= gold.size;
  recall /= gold.size;
  return { precision, recall, f1: f1(precision, recall) };
}

export function muc(gold: Partition, system: Partition): Metrics {
  const side = (key: Partition, response: Partition) => {
    let num = 0;
    let den = 0;
    for (const items of clustersOf(key).values()) {
      num += items.length - new Set(items.map((i) => response.get(i))).size;
      den += items.length - 1;
    }
    return den ? num / den : 0;
  };
  const recall = side(gold, system);
  const precision = side(system, gold);
  return { precision, recall, f1: f1(precision, recall) };
}

/** CEAF-e: clusters aligned one-to-one to maximise Σ 2|K∩R|/(|K|+|R|), solved per connected component. */
export function ceafe(gold: Partition, system: Partition): Metrics {
  const g = [...clustersOf(gold).values()];
  const s = [...clustersOf(system).values()];
  const sIndex = new Map<string, number>();
  s.forEach((items, i) => {
    for (const x of items) sIndex.set(x, i);
  });
  // Components of the overlap graph between gold and system clusters.
  const seenG = new Set<number>();
  const gOfS = new Map<number, number[]>();
  g.forEach((items, gi) => {
    for (const x of items) {
      const si = sIndex.get(x) as number;
      const list = gOfS.get(si) ?? [];
      if (!list.includes(gi)) list.push(gi);
      gOfS.set(si, list);
    }
  });
  let total = 0;
  for (let start = 0; start < g.length; start++) {
    if (seenG.has(start)) continue;
    const gs: number[] = [];
    const ss = new Set<number>();
    const queue = [start];
    seenG.add(start);
    while (queue.length) {
      const gi = queue.pop() as number;
      gs.push(gi);
      for (const x of g[gi]) {
        const si = sIndex.get(x) as number;
        if (ss.has(si)) continue;
        ss.add(si);
        for (const other of gOfS.get(si) ?? [])
          if (!seenG.has(other)) {
            seenG.add(other);
            queue.push(other);
          }
      }
    }
    const sl = [...ss];
    const weight = gs.map((gi) => {
      const set = new Set(g[gi]);
      return sl.map((si) => {
        const shared = s[si].filter((x) => set.has(x)).length;
        return (2 * shared) / (g[gi].length + s[si].length);
      });
    });
    total += maxAssignment(weight);
  }
  const recall = total / g.length;
  const precision = total / s.length;
  return { precision, recall, f1: f1(precision, recall) };
}

/** Hungarian algorithm (Kuhn–Munkres, O(n³)) on the square padding of a weight matrix; returns the best total. */
function maxAssignment(weight: number[][]): number {
  const rows = weight.length;
  const cols = weight[0]?.length ?? 0;
  const n = Math.max(rows, cols);
  if (n === 0) return 0;
  if (n === 1) return weight[0][0] ?? 0;
  const cost = (i: number, j: number) => -(i < rows && j < cols ? weight[i][j] : 0);
  const u = new Float64Array(n + 1);
  const v = new Float64Array(n + 1);
  const p = new Int32Array(n + 1);
  const way = new Int32Array(n + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Float64Array(n + 1).fill(Number.POSITIVE_INFINITY);
    const used = new Uint8Array(n + 1);
    do {
      used[j0] = 1;
      const i0 = p[j0];
      let delta = Number.POSITIVE_INFINITY;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else minv[j] -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0);
  }
  let total = 0;
  for (let j = 1; j <= n; j++) if (p[j] - 1 < rows && j - 1 < cols) total += weight[p[j] - 1][j - 1];
  return total;
}

export function conll(gold: Partition, system: Partition): Metrics {
  const [m, b, c] = [muc(gold, system), bcubed(gold, system), ceafe(gold, system)];
  return { muc: m.f1, b3: b.f1, "ceaf-e": c.f1, conll: (m.f1 + b.f1 + c.f1) / 3 };
}

// The system

interface Prepared {
  doc: EcbDocument;
  tokens: Token[];
  sentences: Sentence[];
  lemmas: { lemma: string; pos: string }[];
}

function prepare(docs: EcbDocument[]): Prepared[] {
  return docs.map((doc) => {
    const { tokens, sentences } = tokenize(doc.text, []);
    return {
      doc,
      tokens,
      sentences,
      lemmas: tokens.map((t) => ({ lemma: t.lemma.toLowerCase(), pos: t.pos })),
    };
  });
}

/** Folds of the train topics for choosing the mention threshold (whole topics, so no story is split). */
const FOLDS = 5;
/** Pair probabilities tried on train (cross-validated) as the average-linkage threshold for mentions. */
const MENTION_THRESHOLDS = [0.5, 0.6, 0.7, 0.75, 0.8, 0.825, 0.85, 0.875, 0.9, 0.95];

/** One split clustered into stories, with its gold mentions made ready for the pair model. */
interface Split {
  prepared: Prepared[];
  story: number[];
  vectors: Map<number, number>[];
  /** Gold mentions in validated sentences: key, gold cluster, topic, predicted story, features. */
  mentions: { key: string; cluster: string; topic: number; story: number; coref: CorefMention }[];
}

/** Parts of speech that lead a phrase without heading it. */
const LEADING_POS = new Set(["ADP", "DET"]);
/** Parts of speech a noun phrase's head can be. */
const HEAD_POS = new Set(["NOUN", "PROPN", "NUM"]);

/**
 * The token that stands for a gold mention as an event trigger. A verb phrase is headed by its verb,
 * which ECB+ marks first ("checked herself into", "opened fire"); a noun phrase by its last word before
 * a preposition or punctuation ("double murder", "heart attack", "life in prison"), after any
 * preposition or article it starts with ("on the run"), as the event coder's own triggers are head
 * words.
 */
export function mentionTrigger(
  tokens: readonly Token[],
  m: Pick<EcbMention, "start" | "end" | "token_spans">,
): number {
  const at = (offset: number) => tokens.findIndex((t) => t.start <= offset && offset < t.end);
  if (m.token_spans?.length) return at(m.token_spans[0][0]);
  let first = at(m.start);
  // A phrase led by a preposition or article is headed by what follows ("on the run", "at the
  // negotiating table").
  let k = first;
  while (k >= 0 && k + 1 < tokens.length && tokens[k + 1].start < m.end && LEADING_POS.has(tokens[k].pos))
    k++;
  if (k >= 0 && !LEADING_POS.has(tokens[k].pos)) first = k;
  if (first < 0 || tokens[first].pos === "VERB" || tokens[first].pos === "AUX") return first;
  let head = first;
  for (let k = first + 1; k < tokens.length && tokens[k].start < m.end; k++) {
    if (!HEAD_POS.has(tokens[k].pos) && tokens[k].pos !== "ADJ") break;
    if (HEAD_POS.has(tokens[k].pos)) head = k;
  }
  return head;
}

function clustered(prepared: Prepared[], threshold: number): Split {
  const vectors = storyVectors(prepared.map((p) => p.lemmas));
  const story = averageLinkage(vectors, threshold);
  const mentions: Split["mentions"] = [];
  prepared.forEach((p, i) => {
    for (const m of p.doc.events) {
      if (!m.validated) continue;
      const trigger = mentionTrigger(p.tokens, m);
      if (trigger < 0) continue;
      mentions.push({
        key: `${p.doc.id}:${m.start}`,
        cluster: m.cluster,
        topic: p.doc.topic,
        story: story[i],
        coref: corefMention(i, p.tokens, p.sentences, trigger),
      });
    }
  });
  return { prepared, story, vectors, mentions };
}

function articleScores(s: Split): Metrics {
  const gold: Partition = new Map(s.prepared.map((p) => [p.doc.id, p.doc.subtopic]));
  const system: Partition = new Map(s.prepared.map((p, i) => [p.doc.id, String(s.story[i])]));
  const b = bcubed(gold, system);
  return { "B³ P": b.precision, "B³ R": b.recall, "B³ F1": b.f1 };
}

/** The split's mentions grouped by predicted story, with each story's context. */
function stories(s: Split, keep: (m: Split["mentions"][number]) => boolean = () => true) {
  const byStory = new Map<number, Split["mentions"]>();
  for (const m of s.mentions.filter(keep))
    (byStory.get(m.story) ?? byStory.set(m.story, []).get(m.story))?.push(m);
  return [...byStory.values()].map((members) => ({
    members,
    context: storyContext(
      members.map((m) => m.coref),
      s.vectors,
    ),
  }));
}

function fit(s: Split, keep: (m: Split["mentions"][number]) => boolean): number[] {
  return fitPairModel(
    stories(s, keep).flatMap(({ members, context }) =>
      labelledPairs(
        members.map((m) => m.coref),
        members.map((m) => m.cluster),
        context,
      ),
    ),
  );
}

/** Mention partitions at each threshold: every mention's group within its story. */
function cluster(
  s: Split,
  weights: number[],
  thresholds: number[],
  keep: (m: Split["mentions"][number]) => boolean = () => true,
): Map<number, Partition> {
  const out = new Map(thresholds.map((t) => [t, new Map<string, string>()]));
  for (const { members, context } of stories(s, keep))
    for (const t of thresholds) {
      const groups = clusterEventMentions(
        members.map((m) => m.coref),
        context,
        weights,
        t,
      );
      const partition = out.get(t) as Partition;
      members.forEach((m, i) => {
        partition.set(m.key, `${m.story}|${groups[i]}`);
      });
    }
  return out;
}

const goldMentions = (s: Split): Partition => new Map(s.mentions.map((m) => [m.key, m.cluster]));

/** The baseline: mentions with the same trigger lemma in one predicted story are one event. */
function sameLemma(s: Split): Partition {
  return new Map(s.mentions.map((m) => [m.key, `${m.story}|${m.coref.lemma}`]));
}

/**
 * The pair model's threshold by topic-grouped cross-validation on train: each fold's mentions are
 * clustered by a model fitted on the other folds. Returns every threshold's CoNLL and the best one.
 */
function crossValidate(train: Split): { threshold: number; scores: Map<number, Metrics> } {
  const topics = [...new Set(train.mentions.map((m) => m.topic))].sort((a, b) => a - b);
  const fold = (topic: number) => topics.indexOf(topic) % FOLDS;
  const merged = new Map(MENTION_THRESHOLDS.map((t) => [t, new Map<string, string>()]));
  for (let f = 0; f < FOLDS; f++) {
    const weights = fit(train, (m) => fold(m.topic) !== f);
    for (const [t, p] of cluster(train, weights, MENTION_THRESHOLDS, (m) => fold(m.topic) === f))
      for (const [key, group] of p) merged.get(t)?.set(key, `fold${f}|${group}`);
  }
  const scores = new Map([...merged].map(([t, p]) => [t, conll(goldMentions(train), p)]));
  const threshold = [...scores].sort((a, b) => b[1].conll - a[1].conll || a[0] - b[0])[0][0];
  return { threshold, scores };
}

function rounded(m: Metrics): Metrics {
  return Object.fromEntries(Object.entries(m).map(([k, v]) => [k, round(v)]));
}

export const evaluate: Evaluator = async (ctx) => {
  const path = join(ctx.dataDir, "coref/ecbplus_train_dev.jsonl");
  if (!existsSync(path)) {
    return { stage: "incidents", datasets: {}, speed: {}, notes: [`${path} not found; nothing scored.`] };
  }
  const all = readJsonl<EcbDocument>(path);
  const bySplit = (split: string) => {
    const docs = all.filter((d) => d.split === split);
    return ctx.limit ? docs.slice(0, ctx.limit) : docs;
  };
  const started = performance.now();
  const train = prepare(bySplit("train"));
  const dev = prepare(bySplit("dev"));
  ctx.log(`ECB+: ${train.length} train, ${dev.length} dev articles`);
  let best = { threshold: THRESHOLDS[0], f1: -1 };
  for (const threshold of THRESHOLDS) {
    const f1 = articleScores(clustered(train, threshold))["B³ F1"];
    ctx.log(`train threshold ${threshold}: article B³ F1 ${round(f1)}`);
    if (f1 > best.f1) best = { threshold, f1 };
  }
  const onTrain = clustered(train, best.threshold);
  const onDev = clustered(dev, best.threshold);
  const cv = crossValidate(onTrain);
  for (const [t, m] of cv.scores)
    ctx.log(`train ${FOLDS}-fold CV, mention threshold ${t}: CoNLL ${round(m.conll)}`);
  const weights = fit(onTrain, () => true);
  ctx.log(`pair weights: ${PAIR_FEATURES.map((f, i) => `${f} ${round(weights[i], 2)}`).join(", ")}`);
  const devMentions = cluster(onDev, weights, [cv.threshold]).get(cv.threshold) as Partition;
  const seconds = (performance.now() - started) / 1000;
  const topicBaseline = (prepared: Prepared[]) =>
    bcubed(
      new Map(prepared.map((p) => [p.doc.id, p.doc.subtopic])),
      new Map(prepared.map((p) => [p.doc.id, String(p.doc.topic)])),
    ).f1;
  const report: EvalReport = {
    stage: "incidents",
    datasets: {
      [`ECB+ dev topics, articles (${dev.length}; gold = sub-topic; held out, threshold from train)`]: {
        chronicle: rounded(articleScores(onDev)),
        "one cluster per gold topic": { "B³ F1": round(topicBaseline(dev)) },
      },
      "ECB+ dev topics, gold event mentions (validated sentences; held out, model fitted on train)": {
        chronicle: rounded(conll(goldMentions(onDev), devMentions)),
        "same trigger lemma in a story": rounded(conll(goldMentions(onDev), sameLemma(onDev))),
      },
      [`ECB+ train topics, articles (${train.length}; threshold ${best.threshold} tuned here)`]: {
        chronicle: rounded(articleScores(onTrain)),
        "one cluster per gold topic": { "B³ F1": round(topicBaseline(train)) },
      },
      [`ECB+ train topics, gold event mentions (${FOLDS}-fold CV by topic; threshold ${cv.threshold} chosen here)`]:
        {
          chronicle: rounded(cv.scores.get(cv.threshold) as Metrics),
          "same trigger lemma in a story": rounded(conll(goldMentions(onTrain), sameLemma(onTrain))),
        },
    },
    speed: {
      "articles/s (whole evaluation incl. tokenising and fitting)": round(
        (train.length + dev.length) / seconds,
        1,
      ),
    },
    notes: [
      "No gold topic split is used: all articles of a split are clustered together by their words (TF-IDF over content lemmas, names ×2, average linkage).",
      "Mentions are then grouped inside each predicted story by average linkage over a logistic pair model (src/resolve/coreference.ts: same trigger lemma or event family (src/resolve/event-words.ts, read with phrases such as 'checked into'), context and name overlap, the words next to each trigger, days/months/years shared or in conflict, article similarity, sentence distance inside one article, speech verbs, lead sentences), fitted on the train topics by Newton's method (L2 0.003, chosen by topic-grouped CV on train); pairs inside one article need a 0.1 higher probability; the linkage threshold is chosen by topic-grouped cross-validation on train. A gold mention stands by its head word ('double murder': murder; a verb phrase by its verb).",
      "Dev is scored once with the model fitted on all train topics. ECB+ test topics are held out and not on this machine.",
      "The mention-level bar (CoNLL F1 ≥ 0.80) is not met. Features, linkages and fits tried on the train topics and not kept, each with its train CV figure (none above 0.785), are listed in src/resolve/coreference.ts; splitting the train stories at the gold sub-topic would give 0.797, which is what purer stories could add.",
    ],
  };
  return report;
};
