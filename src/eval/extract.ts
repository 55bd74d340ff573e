import { join } from "node:path";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { extractArticle } from "../extract/index.ts";
import { dateFromUrl, parseMarkupDate } from "../extract/published.ts";
import type { RawDoc } from "../sources/types.ts";
import {
  type EvalReport,
  type Evaluator,
  garbageCollector,
  type Metrics,
  median,
  readJsonl,
  round,
} from "./harness.ts";

/** The benchmark's own shingle size (evaluate.py: ngram_n=4). */
const SHINGLE_SIZE = 4;
/** Bootstrap resamples for the ± figure, as in the benchmark's README. */
const BOOTSTRAP_RESAMPLES = 1000;
/** Timed passes per system; the median is reported so one noisy pass does not decide. */
const SPEED_PASSES = 3;

interface Page {
  id: string;
  url: string;
  html: string;
  gold: string;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Python's `\w` in Unicode mode: letters, numbers and the underscore. */
const TOKEN = /[\p{L}\p{N}_]+/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** evaluate.py's `_ngrams`: `max(1, n - 3)` windows, so an empty text is one empty shingle. */
function shingles(tokens: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  const windows = Math.max(1, tokens.length - SHINGLE_SIZE + 1);
  for (let i = 0; i < windows; i++) {
    const key = tokens.slice(i, i + SHINGLE_SIZE).join("\u0000");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** evaluate.py's `string_shingle_matching`, normalised so every page weighs the same. */
export function shingleCounts(gold: string, predicted: string): Counts {
  const g = shingles(tokenize(gold));
  const p = shingles(tokenize(predicted));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, n] of p) {
    const m = g.get(key) ?? 0;
    tp += Math.min(n, m);
    fp += Math.max(0, n - m);
  }
  for (const [key, m] of g) fn += Math.max(0, m - (p.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum === 0 ? { tp, fp, fn } : { tp: tp / sum, fp: fp / sum, fn: fn / sum };
}

function precisionOf({ tp, fp, fn }: Counts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function recallOf({ tp, fp, fn }: Counts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

/** evaluate.py's `get_metrics`: F1 of the mean precision and mean recall (not a mean of F1s). */
export function scorePages(pages: Counts[]): { precision: number; recall: number; f1: number } {
  const precision = mean(pages.filter((c) => c.tp + c.fp > 0).map(precisionOf));
  const recall = mean(pages.filter((c) => c.tp + c.fn > 0).map(recallOf));
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
  };
}

/** Standard deviation of F1 over bootstrap resamples of pages, with a fixed seed so runs compare. */
function bootstrapF1(pages: Counts[]): number {
  let seed = 42;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const f1s: number[] = [];
  for (let r = 0; r < BOOTSTRAP_RESAMPLES; r++) {
    const sample = pages.map(() => pages[Math.floor(random() * pages.length)]);
    f1s.push(scorePages(sample).f1);
  }
  const m = mean(f1s);
  return Math.sqrt(mean(f1s.map((f) => (f - m) ** 2)));
}

function metricsFor(golds: string[], predictions: string[]): Metrics {
  const counts = golds.map((gold, i) => shingleCounts(gold, predictions[i]));
  const { precision, recall, f1 } = scorePages(counts);
  const accuracy = mean(
    golds.map((gold, i) => (tokenize(gold).join(" ") === tokenize(predictions[i]).join(" ") ? 1 : 0)),
  );
  return {
    f1: round(f1),
    precision: round(precision),
    recall: round(recall),
    accuracy: round(accuracy),
    f1_std: round(bootstrapF1(counts)),
  };
}

function readabilityText(html: string): string {
  const { document } = parseHTML(html);
  return new Readability(document as unknown as Document).parse()?.textContent ?? "";
}

function chronicleText(page: Page): string {
  return extractArticle(toRawDoc(page)).text;
}

const encoder = new TextEncoder();
function toRawDoc(page: Page): RawDoc {
  return {
    uri: page.id,
    url: page.url,
    bytes: encoder.encode(page.html),
    contentType: "text/html",
    charset: "utf-8",
    fetchedAt: "",
    diagnostics: [],
  };
}

interface Timing {
  pagesPerSecond: number;
  peakHeapMB: number;
  heapGrowthMB: number;
}

/** Pages per second on this one thread (median of several passes), peak heap, and heap left behind. */
function timeSystem(pages: Page[], run: (page: Page) => unknown): Timing {
  const gc = garbageCollector();
  const rates: number[] = [];
  gc();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  for (let pass = 0; pass < SPEED_PASSES; pass++) {
    const start = performance.now();
    for (const page of pages) {
      run(page);
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }
    rates.push(pages.length / ((performance.now() - start) / 1000));
  }
  gc();
  const after = process.memoryUsage().heapUsed;
  const mb = (n: number) => round(n / 1024 / 1024, 1);
  return {
    pagesPerSecond: round(median(rates), 1),
    peakHeapMB: mb(peak - before),
    heapGrowthMB: mb(after - before),
  };
}

/**
 * A reference for publication dates that does not share the extractor's page reading: raw-HTML
 * regexes for JSON-LD datePublished and article:published_time, then the URL path (only the
 * date-string parser is shared, so a parser bug could hide here; the URL cases check it).
 * A page "carries a date" when this finds one; Chronicle is right when it gives the same day.
 */
export function referenceDate(page: Page): string | undefined {
  const jsonLd = /"datePublished"\s*:\s*"([^"]+)"/.exec(page.html)?.[1];
  const meta =
    /<meta[^>]+(?:property|name)=["'](?:article:published_time|og:published_time)["'][^>]+content=["']([^"']+)["']/i.exec(
      page.html,
    )?.[1] ??
    /<meta[^>]+content=["']([^"']+)["'][^>]+(?:property|name)=["'](?:article:published_time|og:published_time)["']/i.exec(
      page.html,
    )?.[1];
  for (const raw of [jsonLd, meta]) {
    const parsed = parseMarkupDate(raw);
    if (parsed) return parsed.value.slice(0, 10);
  }
  const fromUrl = dateFromUrl(page.url);
  return fromUrl?.precision === "day" ? fromUrl.value : undefined;
}

export const evaluate: Evaluator = async (ctx) => {
  const file = join(ctx.dataDir, "extraction", "scrapinghub.jsonl.gz");
  let pages: Page[];
  try {
    pages = readJsonl<Page>(file);
  } catch (error) {
    throw new Error(
      `cannot read the extraction benchmark at ${file} (${(error as Error).message}); see ../shared/data/extraction/README.md`,
    );
  }
  if (ctx.limit) pages = pages.slice(0, ctx.limit);
  const golds = pages.map((p) => p.gold);

  ctx.log(`extract: scoring ${pages.length} pages`);
  const chronicleTexts = pages.map(chronicleText);
  const readabilityTexts = pages.map((p) => readabilityText(p.html));

  let carrying = 0;
  let correct = 0;
  let found = 0;
  const misses: string[] = [];
  for (const page of pages) {
    const published = extractArticle(toRawDoc(page)).publishedAt;
    if (published) found++;
    const reference = referenceDate(page);
    if (!reference) continue;
    carrying++;
    if (published?.value.slice(0, 10) === reference) correct++;
    else
      misses.push(
        `${page.url}: reference ${reference}, got ${published ? `${published.value} from ${published.foundIn}` : "none"}`,
      );
  }

  ctx.log("extract: timing Chronicle and Readability");
  const readabilitySpeed = timeSystem(pages, (p) => readabilityText(p.html));
  const chronicleSpeed = timeSystem(pages, chronicleText);

  const report: EvalReport = {
    stage: "extract",
    datasets: {
      "scrapinghub (181 news pages)": {
        chronicle: metricsFor(golds, chronicleTexts),
        "readability+linkedom": metricsFor(golds, readabilityTexts),
      },
      "publication date": {
        chronicle: {
          pages_with_reference_date: carrying,
          correct_day: round(correct / Math.max(1, carrying)),
          any_date_found: round(found / Math.max(1, pages.length)),
        },
      },
    },
    speed: {
      "chronicle pages/s": chronicleSpeed.pagesPerSecond,
      "readability+linkedom pages/s": readabilitySpeed.pagesPerSecond,
      "speed ratio (chronicle / readability)": round(
        chronicleSpeed.pagesPerSecond / readabilitySpeed.pagesPerSecond,
        2,
      ),
      "chronicle peak heap MB": chronicleSpeed.peakHeapMB,
      "readability+linkedom peak heap MB": readabilitySpeed.peakHeapMB,
      "chronicle heap growth MB": chronicleSpeed.heapGrowthMB,
      "readability+linkedom heap growth MB": readabilitySpeed.heapGrowthMB,
    },
    notes: [
      "Metric: the benchmark's evaluate.py reproduced (4-token shingles, per-page normalised, F1 of mean P and mean R); f1_std is the bootstrap standard deviation (1000 resamples).",
      "Publication date: the reference is a separate raw-HTML scan (JSON-LD datePublished, article:published_time, else a dated URL path); correct_day is the share of those pages where Chronicle gives the same day.",
      `Speed: median of ${SPEED_PASSES} passes over all pages on one thread, each system timed end to end from the page string; heap figures are relative to the start of each system's run.`,
      ...misses.slice(0, 10).map((m) => `date miss: ${m}`),
    ],
  };
  return report;
};
