import { existsSync } from "node:fs";
import { join } from "node:path";
import * as chrono from "chrono-node";
import { tagTimes } from "../nlp/time/index.ts";
import type { TimexType } from "../nlp/types.ts";
import { type EvalReport, type Evaluator, type Metrics, median, readJsonl, round } from "./harness.ts";

/** One TimeBank/AQUAINT document as converted in ../shared/data/timex/train.jsonl. */
export interface TimexDocument {
  id: string;
  corpus: string;
  dct: string;
  text: string;
  timexes: Annotation[];
}

/** A time expression as a system or an annotator marked it. */
export interface Annotation {
  start: number;
  end: number;
  type: string;
  value: string;
}

/** Every DEV_STRIDE-th document is held out as the development set used while writing rules. */
export const DEV_STRIDE = 5;
const SPEED_PASSES = 3;

/** TempEval-3 tokens: words and single punctuation marks. */
const TOKEN = /\w+|[^\w\s]/g;

/** Per-pair outcome, kept for error analysis (which gold and system annotations matched, and how). */
export interface Pairing {
  gold: Annotation;
  system?: Annotation;
  strict: boolean;
}

export interface Counts {
  system: number;
  gold: number;
  relaxed: number;
  strict: number;
  typeCorrect: number;
  valueCorrect: number;
}

/** Token indices [first, last] covered by a character span, or undefined when it covers no token. */
function tokenExtent(
  tokenStarts: number[],
  tokenEnds: number[],
  start: number,
  end: number,
): [number, number] | undefined {
  let first = -1;
  let last = -1;
  for (let i = 0; i < tokenStarts.length; i++) {
    if (tokenStarts[i] >= end) break;
    if (tokenEnds[i] > start) {
      if (first < 0) first = i;
      last = i;
    }
  }
  return first < 0 ? undefined : [first, last];
}

/**
 * Scores one document the TempEval-3 way: compare on token extents, pair system and gold one-to-one
 * by largest token overlap; a pair is a relaxed match, and a strict one when the extents are equal.
 */
export function scoreDocument(
  text: string,
  gold: Annotation[],
  system: Annotation[],
): { counts: Counts; pairs: Pairing[]; spurious: Annotation[] } {
  const tokenStarts: number[] = [];
  const tokenEnds: number[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    tokenStarts.push(m.index);
    tokenEnds.push(m.index + m[0].length);
  }
  const goldExt = gold.map((g) => tokenExtent(tokenStarts, tokenEnds, g.start, g.end));
  const sysExt = system.map((s) => tokenExtent(tokenStarts, tokenEnds, s.start, s.end));
  const overlaps: { g: number; s: number; size: number }[] = [];
  for (let g = 0; g < gold.length; g++) {
    const ge = goldExt[g];
    if (!ge) continue;
    for (let s = 0; s < system.length; s++) {
      const se = sysExt[s];
      if (!se) continue;
      const size = Math.min(ge[1], se[1]) - Math.max(ge[0], se[0]) + 1;
      if (size > 0) overlaps.push({ g, s, size });
    }
  }
  overlaps.sort((a, b) => b.size - a.size || a.g - b.g || a.s - b.s);
  const goldTaken = new Map<number, number>();
  const sysTaken = new Set<number>();
  for (const o of overlaps) {
    if (goldTaken.has(o.g) || sysTaken.has(o.s)) continue;
    goldTaken.set(o.g, o.s);
    sysTaken.add(o.s);
  }
  const counts: Counts = {
    system: system.length,
    gold: gold.length,
    relaxed: 0,
    strict: 0,
    typeCorrect: 0,
    valueCorrect: 0,
  };
  const pairs: Pairing[] = gold.map((g, gi) => {
    const si = goldTaken.get(gi);
    if (si === undefined) return { gold: g, strict: false };
    const s = system[si];
    const ge = goldExt[gi];
    const se = sysExt[si];
    const strict = !!ge && !!se && ge[0] === se[0] && ge[1] === se[1];
    counts.relaxed++;
    if (strict) counts.strict++;
    if (s.type === g.type) counts.typeCorrect++;
    if (s.value === g.value) counts.valueCorrect++;
    return { gold: g, system: s, strict };
  });
  return { counts, pairs, spurious: system.filter((_, si) => !sysTaken.has(si)) };
}

function addCounts(a: Counts, b: Counts): Counts {
  return {
    system: a.system + b.system,
    gold: a.gold + b.gold,
    relaxed: a.relaxed + b.relaxed,
    strict: a.strict + b.strict,
    typeCorrect: a.typeCorrect + b.typeCorrect,
    valueCorrect: a.valueCorrect + b.valueCorrect,
  };
}

const ZERO: Counts = { system: 0, gold: 0, relaxed: 0, strict: 0, typeCorrect: 0, valueCorrect: 0 };

/** The TempEval-3 figures from summed counts (micro-averaged over the corpus). */
export function metricsOf(c: Counts): Metrics {
  const f1 = (matches: number) => (c.system + c.gold ? (2 * matches) / (c.system + c.gold) : 0);
  return {
    strict_p: round(c.strict / Math.max(1, c.system)),
    strict_r: round(c.strict / Math.max(1, c.gold)),
    strict_f1: round(f1(c.strict)),
    relaxed_p: round(c.relaxed / Math.max(1, c.system)),
    relaxed_r: round(c.relaxed / Math.max(1, c.gold)),
    relaxed_f1: round(f1(c.relaxed)),
    type_accuracy: round(c.typeCorrect / Math.max(1, c.relaxed)),
    value_accuracy: round(c.valueCorrect / Math.max(1, c.relaxed)),
    value_f1: round(f1(c.valueCorrect)),
  };
}

export function chronicleAnnotations(doc: TimexDocument): Annotation[] {
  return tagTimes(doc.text, { dct: doc.dct });
}

/**
 * The simplest honest chrono-node adapter: every parse result, referenced on the publication date,
 * becomes a DATE whose value is written at the finest component chrono is certain of (a named
 * weekday counts as a day).
 */
export function chronoAnnotations(doc: TimexDocument): Annotation[] {
  const reference = new Date(`${doc.dct}T12:00:00`);
  return chrono.parse(doc.text, reference).map((r) => {
    const c = r.start;
    const y = String(c.get("year")).padStart(4, "0");
    const mo = String(c.get("month")).padStart(2, "0");
    const d = String(c.get("day")).padStart(2, "0");
    let value = `${y}-${mo}-${d}`;
    if (!c.isCertain("day") && !c.isCertain("weekday")) value = c.isCertain("month") ? `${y}-${mo}` : y;
    return { start: r.index, end: r.index + r.text.length, type: "DATE" satisfies TimexType, value };
  });
}

function countTokens(docs: TimexDocument[]): number {
  let n = 0;
  for (const doc of docs) n += doc.text.match(TOKEN)?.length ?? 0;
  return n;
}

function tokensPerSecond(
  docs: TimexDocument[],
  tag: (doc: TimexDocument) => Annotation[],
  passes: number,
): number {
  const tokens = countTokens(docs);
  const times: number[] = [];
  for (let p = 0; p < passes; p++) {
    const t0 = performance.now();
    for (const doc of docs) tag(doc);
    times.push((performance.now() - t0) / 1000);
  }
  return Math.round(tokens / median(times));
}

function score(
  docs: TimexDocument[],
  tag: (doc: TimexDocument) => Annotation[],
): { total: Counts; byType: Map<string, Counts> } {
  let total = ZERO;
  const byType = new Map<string, Counts>();
  for (const doc of docs) {
    const system = tag(doc);
    const result = scoreDocument(doc.text, doc.timexes, system);
    total = addCounts(total, result.counts);
    for (const pair of result.pairs) {
      const t = pair.gold.type;
      const c = byType.get(t) ?? { ...ZERO };
      c.gold++;
      if (pair.system) {
        c.relaxed++;
        if (pair.strict) c.strict++;
        if (pair.system.type === t) c.typeCorrect++;
        if (pair.system.value === pair.gold.value) c.valueCorrect++;
      }
      byType.set(t, c);
    }
  }
  return { total, byType };
}

export function loadTimexDocuments(dataDir: string): TimexDocument[] {
  const file = join(dataDir, "timex", "train.jsonl");
  if (!existsSync(file))
    throw new Error(
      `cannot find the TempEval-3 training data at ${file}; see ../shared/data/README.md (timex section)`,
    );
  return readJsonl<TimexDocument>(file);
}

export const evaluate: Evaluator = async (ctx) => {
  let docs = loadTimexDocuments(ctx.dataDir);
  if (ctx.limit) docs = docs.slice(0, ctx.limit);
  const dev = docs.filter((_, i) => i % DEV_STRIDE === DEV_STRIDE - 1);
  const rest = docs.filter((_, i) => i % DEV_STRIDE !== DEV_STRIDE - 1);
  ctx.log(`time: scoring ${docs.length} documents (${dev.length} held out as dev)`);

  const systems = { chronicle: chronicleAnnotations, "chrono-node": chronoAnnotations };
  const datasets: EvalReport["datasets"] = {};
  const splits: [string, TimexDocument[]][] = [
    [`TimeBank+AQUAINT (${docs.length} docs)`, docs],
    [`dev: every ${DEV_STRIDE}th doc (${dev.length})`, dev],
    [`rest (${rest.length})`, rest],
  ];
  let chronicleByType = new Map<string, Counts>();
  for (const [name, split] of splits) {
    datasets[name] = {};
    for (const [system, tag] of Object.entries(systems)) {
      const { total, byType } = score(split, tag);
      datasets[name][system] = metricsOf(total);
      if (system === "chronicle" && split === docs) chronicleByType = byType;
    }
  }

  ctx.log("time: timing Chronicle and chrono-node");
  const chronicleSpeed = tokensPerSecond(docs, chronicleAnnotations, SPEED_PASSES);
  const chronoSpeed = tokensPerSecond(docs, chronoAnnotations, 1);

  const typeRows = [...chronicleByType.entries()]
    .sort((a, b) => b[1].gold - a[1].gold)
    .map(
      ([t, c]) =>
        `| ${t} | ${c.gold} | ${round(c.relaxed / c.gold)} | ${round(c.strict / c.gold)} | ${round(c.typeCorrect / c.gold)} | ${round(c.valueCorrect / c.gold)} |`,
    );
  return {
    stage: "time",
    datasets,
    speed: {
      "chronicle tokens/s": chronicleSpeed,
      "chrono-node tokens/s": chronoSpeed,
      "speed ratio (chronicle / chrono-node)": round(chronicleSpeed / chronoSpeed, 1),
    },
    details: [
      "**Chronicle recall by gold type (all documents)**",
      "",
      "| gold type | gold | relaxed | strict | type right | value right |",
      "|---|---|---|---|---|---|",
      ...typeRows,
    ].join("\n"),
    notes: [
      "Metrics: TempEval-3 (UzZaman et al. 2013) on tokens /\\w+|[^\\w\\s]/, system and gold paired one-to-one by largest overlap; type and value accuracy over relaxed matches; value F1 = 2·(relaxed matches with the exact gold value)/(|system|+|gold|), the task's ranking metric.",
      `dev is every ${DEV_STRIDE}th document, held out while the rules were written; rest is the remainder.`,
      "chrono-node adapter: each parse result referenced on the document creation time becomes a DATE at the finest component chrono is certain of (weekday → day, else month, else year); no type or duration mapping.",
      `Speed: one thread, text of every document; Chronicle median of ${SPEED_PASSES} passes, chrono-node one pass.`,
    ],
  };
};
