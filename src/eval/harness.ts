import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { gunzipSync } from "node:zlib";
import { ROOT } from "../core/paths.ts";
import type { RawDoc } from "../sources/types.ts";

/** Figures of one system on one dataset, e.g. { f1: 0.91, precision: 0.9 }. */
export type Metrics = Record<string, number>;

export interface EvalReport {
  stage: string;
  /** datasets[NAME][SYSTEM] = metrics; SYSTEM is "chronicle" or a peer's name. */
  datasets: Record<string, Record<string, Metrics>>;
  speed: Record<string, number>;
  /** Extra human-readable tables (per type, confusion) in Markdown. */
  details?: string;
  notes?: string[];
}

export interface EvalContext {
  /** Root of the evaluation corpora (../shared/data or $CHRONICLE_DATA). */
  dataDir: string;
  /** Cap on documents per dataset for a quick run (undefined = all). */
  limit?: number;
  /** A gazetteer imported with `chronicle gazetteer import`, scored beside the built-in one (geo). */
  gazetteer?: string;
  log: (line: string) => void;
}

export type Evaluator = (ctx: EvalContext) => Promise<EvalReport>;

export const repoRoot = ROOT;

/** Where the corpora are: $CHRONICLE_DATA, else ../shared/data next to the checkout. Undefined when absent. */
export function findDataDir(): string | undefined {
  // An explicit $CHRONICLE_DATA is the only place looked at, so a wrong path is reported, not silently replaced.
  if (process.env.CHRONICLE_DATA)
    return existsSync(process.env.CHRONICLE_DATA) ? process.env.CHRONICLE_DATA : undefined;
  for (const dir of [join(repoRoot, "../shared/data"), resolve("../shared/data")])
    if (existsSync(dir)) return dir;
  return undefined;
}

/** Reads a JSONL file into objects; a `.gz` file is decompressed first. */
export function readJsonl<T>(path: string): T[] {
  const bytes = readFileSync(path);
  return (path.endsWith(".gz") ? gunzipSync(bytes) : bytes)
    .toString("utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as T);
}

/**
 * A benchmark page as the pipeline's input. The capture date is fixed, so every run and every
 * evaluator reads the same page the same way.
 */
export function htmlPage(page: { url: string; html: string }): RawDoc {
  return {
    uri: page.url,
    url: page.url,
    bytes: Buffer.from(page.html, "utf8"),
    contentType: "text/html",
    fetchedAt: "2020-01-01T00:00:00Z",
    diagnostics: [],
  };
}

/** Median of several measurements; benchmarks quote medians. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function round(value: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Renders a report as Markdown tables: one row per dataset × system. */
export function renderReport(report: EvalReport): string {
  const lines: string[] = [];
  for (const [dataset, systems] of Object.entries(report.datasets)) {
    const metricNames = [...new Set(Object.values(systems).flatMap((m) => Object.keys(m)))];
    lines.push(`**${dataset}**`, "");
    lines.push(`| system | ${metricNames.join(" | ")} |`);
    lines.push(`|---|${metricNames.map(() => "---").join("|")}|`);
    for (const [system, metrics] of Object.entries(systems)) {
      const cells = metricNames.map((m) => (m in metrics ? formatNumber(metrics[m]) : ""));
      lines.push(`| ${system} | ${cells.join(" | ")} |`);
    }
    lines.push("");
  }
  if (Object.keys(report.speed).length) {
    lines.push("**speed**", "", "| measure | value |", "|---|---|");
    for (const [k, v] of Object.entries(report.speed)) lines.push(`| ${k} | ${formatNumber(v)} |`);
    lines.push("");
  }
  if (report.details) lines.push(report.details, "");
  for (const note of report.notes ?? []) lines.push(`- ${note}`);
  return lines.join("\n").trimEnd();
}

function formatNumber(v: number): string {
  if (Number.isInteger(v)) return v.toLocaleString("en-US");
  return Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(3);
}

/**
 * Replaces (or appends) the section of docs/benchmarks.md that belongs to one stage, so each
 * `chronicle eval STAGE` run updates its own figures and leaves the others alone.
 */
export function writeBenchmarkSection(
  stage: string,
  markdown: string,
  file = join(repoRoot, "docs/benchmarks.md"),
): void {
  const begin = `<!-- begin ${stage} -->`;
  const end = `<!-- end ${stage} -->`;
  const stamp = `_Measured ${new Date().toISOString().slice(0, 10)} on ${process.platform}/${process.arch}, Node ${process.version}._`;
  const section = `${begin}\n## ${stage}\n\n${stamp}\n\n${markdown}\n${end}`;
  mkdirSync(dirname(file), { recursive: true });
  const current = existsSync(file)
    ? readFileSync(file, "utf8")
    : "# Chronicle benchmarks\n\nWritten by `chronicle eval` and `chronicle bench`; do not edit by hand.\n";
  const re = new RegExp(`${escapeRegExp(begin)}[\\s\\S]*?${escapeRegExp(end)}`);
  const next = re.test(current) ? current.replace(re, section) : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, next);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A garbage-collection function even without `node --expose-gc`, so memory figures measure what
 * is kept, not garbage not yet collected.
 */
export function garbageCollector(): () => void {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing) return existing;
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as () => void;
}
