import { existsSync } from "node:fs";
import { join } from "node:path";
import { codeEvents } from "../events/index.ts";
import { mainEvent } from "../events/main.ts";
import type { EventMention } from "../events/schema.ts";
import type { Article } from "../extract/types.ts";
import { geoparse } from "../geo/index.ts";
import { annotate } from "../nlp/index.ts";
import {
  type EvalContext,
  type EvalReport,
  type Evaluator,
  type Metrics,
  readJsonl,
  round,
} from "./harness.ts";

/**
 * Event coding, scored two ways:
 * - PLOVER gold sentences (dev split): event-type accuracy of the coder's main event for the
 *   sentence, and actor/recipient match (the head word of a gold span inside the predicted span;
 *   the head is the last word before any "of"/"in"/"(" — "King Hassan of Morocco" → "Hassan");
 * - CASE 2021 Task 2 snippets: ACLED sub-event type through Chronicle's PLOVER→ACLED mapping,
 *   weighted F1 over ACLED's 25 seen sub-event types (the shared task's metric).
 * Both corpora are used for evaluation only.
 */

interface PloverGold {
  id: string;
  text: string;
  date?: string;
  event: string;
  actor?: { text: string }[] | null;
  recipient?: { text: string }[] | null;
}

interface CaseGold {
  id: string;
  text: string;
  acled_sub_event_type: string;
  seen_acled_type: boolean;
}

/** When the corpus gives no date (or a placeholder), relative dates are resolved against this day. */
const FALLBACK_DATE = "2000-01-01";
const NONE = "NONE";

export function articleOf(text: string, date: string): Article {
  return {
    uri: "eval",
    title: "",
    text,
    blocks: [{ start: 0, end: text.length, kind: "paragraph" }],
    publishedAt: { value: date, precision: "day", foundIn: "corpus" },
    lang: "eng",
    captions: [],
    credits: [],
    fetchedAt: `${date}T00:00:00Z`,
    diagnostics: [],
  };
}

export function codeText(text: string, date = FALLBACK_DATE): EventMention[] {
  const doc = annotate(articleOf(text, date));
  return codeEvents(doc, geoparse(doc), "eval");
}

/** The head of a gold span: its last word ("Asia-Pacific Economic Cooperation" → "Cooperation"). */
function head(span: string): string {
  // The head of "King Hassan of Morocco" is "Hassan"; of "Revolutionary United Front (RUF" it is "Front".
  const core = span.split(/\s+(?:of|in|from|at|on|for)\s+|\s*\(/)[0];
  const words = core.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [core];
  return words[words.length - 1]
    .toLowerCase()
    .replace(/[.'’]+$/, "")
    .replace(/['’]s$/, "");
}

function spanMatches(gold: { text: string }[] | null | undefined, predicted: string | undefined): boolean {
  if (!gold?.length || !predicted) return false;
  const words = new Set(
    (predicted.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []).map((w) =>
      w.replace(/[.'’]+$/, "").replace(/['’]s$/, ""),
    ),
  );
  return gold.some((g) => words.has(head(g.text)));
}

function confusionTable(pairs: [string, string][], labels: string[]): string {
  const predicted = [...new Set([...labels, ...pairs.map(([, p]) => p)])];
  const lines = [
    `| gold \\ predicted | ${predicted.join(" | ")} |`,
    `|---|${predicted.map(() => "---").join("|")}|`,
  ];
  for (const g of labels) {
    const row = predicted.map((p) => pairs.filter(([a, b]) => a === g && b === p).length || "");
    lines.push(`| ${g} | ${row.join(" | ")} |`);
  }
  return lines.join("\n");
}

export function perTypeTable(
  pairs: [string, string][],
  labels: string[],
): { table: string; weightedF1: number; macroF1: number } {
  const lines = ["| type | support | precision | recall | F1 |", "|---|---|---|---|---|"];
  let weighted = 0;
  let macro = 0;
  let support = 0;
  for (const label of labels) {
    const tp = pairs.filter(([g, p]) => g === label && p === label).length;
    const goldN = pairs.filter(([g]) => g === label).length;
    const predN = pairs.filter(([, p]) => p === label).length;
    const precision = predN ? tp / predN : 0;
    const recall = goldN ? tp / goldN : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    lines.push(`| ${label} | ${goldN} | ${precision.toFixed(3)} | ${recall.toFixed(3)} | ${f1.toFixed(3)} |`);
    weighted += f1 * goldN;
    macro += f1;
    support += goldN;
  }
  return {
    table: lines.join("\n"),
    weightedF1: support ? weighted / support : 0,
    macroF1: labels.length ? macro / labels.length : 0,
  };
}

function evaluatePlover(
  ctx: EvalContext,
  file: string,
): { metrics: Metrics; details: string; tokens: number; seconds: number } {
  let rows = readJsonl<PloverGold>(file);
  if (ctx.limit) rows = rows.slice(0, ctx.limit);
  const pairs: [string, string][] = [];
  let actorHits = 0;
  let actorN = 0;
  let recipientHits = 0;
  let recipientN = 0;
  let words = 0;
  const started = performance.now();
  for (const r of rows) {
    const date = r.date && r.date !== FALLBACK_DATE ? r.date : FALLBACK_DATE;
    const main = mainEvent(codeText(r.text, date));
    words += r.text.split(/\s+/).length;
    pairs.push([r.event, main?.type ?? NONE]);
    if (r.actor?.length) {
      actorN++;
      if (spanMatches(r.actor, main?.actor?.text)) actorHits++;
    }
    if (r.recipient?.length) {
      recipientN++;
      if (spanMatches(r.recipient, main?.recipient?.text)) recipientHits++;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const labels = [...new Set(rows.map((r) => r.event))].sort();
  const accuracy = pairs.filter(([g, p]) => g === p).length / pairs.length;
  const perType = perTypeTable(pairs, labels);
  return {
    metrics: {
      "type accuracy": round(accuracy),
      "actor match": round(actorN ? actorHits / actorN : 0),
      "recipient match": round(recipientN ? recipientHits / recipientN : 0),
      "no event found": round(pairs.filter(([, p]) => p === NONE).length / pairs.length),
      sentences: rows.length,
    },
    details: `**PLOVER gold sentences: per type**\n\n${perType.table}\n\n**PLOVER confusion (rows gold, columns predicted)**\n\n${confusionTable(pairs, labels)}`,
    tokens: words,
    seconds,
  };
}

function evaluateCase(ctx: EvalContext, file: string): { metrics: Metrics; details: string } {
  let rows = readJsonl<CaseGold>(file).filter((r) => r.seen_acled_type);
  if (ctx.limit) rows = rows.slice(0, ctx.limit);
  const pairs: [string, string][] = [];
  for (const r of rows) {
    const main = mainEvent(codeText(r.text), "acled");
    pairs.push([r.acled_sub_event_type, main?.acled?.subEventType ?? NONE]);
  }
  const labels = [...new Set(rows.map((r) => r.acled_sub_event_type))].sort();
  const perType = perTypeTable(pairs, labels);
  return {
    metrics: {
      "weighted F1": round(perType.weightedF1),
      "macro F1": round(perType.macroF1),
      accuracy: round(pairs.filter(([g, p]) => g === p).length / pairs.length),
      "no event found": round(pairs.filter(([, p]) => p === NONE).length / pairs.length),
      snippets: rows.length,
    },
    details: `**CASE 2021 Task 2 (ACLED sub-event types): per type**\n\n${perType.table}\n\n**CASE 2021 confusion (rows gold, columns predicted)**\n\n${confusionTable(pairs, labels)}`,
  };
}

export const evaluate: Evaluator = async (ctx) => {
  const report: EvalReport = { stage: "events", datasets: {}, speed: {}, notes: [] };
  const details: string[] = [];
  const plover = join(ctx.dataDir, "events/plover_gsr_dev.jsonl");
  if (existsSync(plover)) {
    ctx.log("scoring PLOVER gold sentences…");
    const r = evaluatePlover(ctx, plover);
    report.datasets["PLOVER GSR dev"] = { chronicle: r.metrics };
    report.speed["PLOVER words/s (whole pipeline, one sentence per document)"] = Math.round(
      r.tokens / r.seconds,
    );
    details.push(r.details);
  } else report.notes?.push(`missing ${plover}`);
  const acled = join(ctx.dataDir, "events/case2021_task2_acled.jsonl");
  if (existsSync(acled)) {
    ctx.log("scoring CASE 2021 snippets…");
    const r = evaluateCase(ctx, acled);
    report.datasets["CASE 2021 Task 2 (25 seen ACLED types)"] = {
      chronicle: r.metrics,
      "best shared-task system (published, fine-tuned transformer)": { "weighted F1": 0.839 },
    };
    details.push(r.details);
  } else report.notes?.push(`missing ${acled}`);
  report.notes?.push(
    "Actor/recipient match: the head word (last word) of a gold span is inside the span of the coder's main event's actor/recipient; over sentences that have a gold actor/recipient.",
  );
  report.details = details.join("\n\n");
  return report;
};
