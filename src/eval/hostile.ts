import { readFileSync } from "node:fs";
import { join } from "node:path";
import { processDocument } from "../pipeline/index.ts";
import { readJsonlBatch } from "../sources/jsonl.ts";
import type { RawDoc } from "../sources/types.ts";
import { type EvalReport, median, repoRoot, round } from "./harness.ts";

/** What `chronicle bench hostile` promises: no single document holds a batch longer than this. */
export const HOSTILE_LIMIT_SECONDS = 5;

/** Invented story sentences, varied so that the generated pages are not one repeated string. */
const SENTENCES = [
  "Ferry crews on the northern coast stopped work on Tuesday to demand safer boats, the union said.",
  "Port officials in Marvik said three vessels had been held at the quay since the weekend.",
  "The transport minister met union leaders on Wednesday and promised an inspection of the fleet.",
  "Passengers waited for hours at the terminal before buses were sent to take them inland.",
  "A spokesman for the operator said the company would not comment while talks continued.",
];

function paragraphs(count: number, salt = 0): string {
  let out = "";
  for (let i = 0; i < count; i++) out += `<p>${SENTENCES[(i + salt) % SENTENCES.length]} (${i})</p>\n`;
  return out;
}

function page(body: string): string {
  return `<!doctype html><html><head><title>Ferry crews strike over unsafe boats</title></head><body>${body}</body></html>`;
}

function nestedPage(levels: number): string {
  return page(`${"<div>".repeat(levels)}<article>${paragraphs(8)}</article>${"</div>".repeat(levels)}`);
}

function rawOf(uri: string, html: string, contentType = "text/html"): RawDoc {
  return { uri, bytes: Buffer.from(html), contentType, fetchedAt: new Date().toISOString(), diagnostics: [] };
}

/** A JSONL batch of `megabytes`, one record per megabyte: a batch is streamed, each record a large page. */
function jsonlBatch(megabytes: number): RawDoc[] {
  const lines: string[] = [];
  for (let i = 0; i < megabytes; i++) {
    const html = page(`<article>${paragraphs(Math.ceil(1e6 / 110), i)}</article>`);
    lines.push(JSON.stringify({ url: `https://example.org/news/${i}`, html }));
  }
  return [...readJsonlBatch("batch.jsonl", lines.join("\n"), new Date().toISOString())];
}

interface Timed {
  seconds: number;
  chars: number;
  codes: string[];
}

function timed(raw: RawDoc): Timed {
  const started = performance.now();
  const p = processDocument(raw, { publishedAt: "2022-01-14" });
  return {
    seconds: (performance.now() - started) / 1000,
    chars: p.article.text.length,
    codes: [...new Set(p.diagnostics.filter((d) => d.stage === "extract").map((d) => d.code))],
  };
}

/** Each hostile document through the whole pipeline, timed, beside a normal page of the examples. */
export function runHostileBench(log: (line: string) => void = () => {}): EvalReport {
  const normalHtml = readFileSync(join(repoRoot, "examples/nairobi-talks-horn-herald.html"), "utf8");
  timed(rawOf("warm-up.html", normalHtml));
  const normal = median([1, 2, 3, 4, 5].map(() => timed(rawOf("normal.html", normalHtml)).seconds));
  const datasets: EvalReport["datasets"] = {};
  const record = (name: string, results: Timed[]) => {
    const worst = Math.max(...results.map((r) => r.seconds));
    datasets[name] = {
      chronicle: {
        documents: results.length,
        "worst s/document": round(worst, 2),
        "ratio to a normal page": round(worst / normal, 0),
        "body chars": Math.max(...results.map((r) => r.chars)),
        "under limit": worst < HOSTILE_LIMIT_SECONDS ? 1 : 0,
      },
    };
    const codes = [...new Set(results.flatMap((r) => r.codes))];
    log(
      `${name}: worst ${worst.toFixed(2)} s/document (${Math.round(worst / normal)}× a normal page) ${codes.join(" ")}`,
    );
  };
  record("100,000-level nested page", [timed(rawOf("nested-100000.html", nestedPage(100_000)))]);
  record("5,000-level nested page", [timed(rawOf("nested-5000.html", nestedPage(5_000)))]);
  const big = page(`<article>${paragraphs(Math.ceil(50e6 / 110))}</article>`);
  record(`${Math.round(big.length / 1e6)} MB page`, [timed(rawOf("huge.html", big))]);
  record("30 MB JSONL batch", jsonlBatch(30).map(timed));
  return {
    stage: "bench hostile",
    datasets,
    speed: { "normal page s/document": round(normal, 4) },
    notes: [
      `Each document runs the whole pipeline (extraction, NLP, places, events); the bar is under ${HOSTILE_LIMIT_SECONDS} s per document. Pages are generated from invented sentences.`,
      "Deep nesting is cut before parsing (MAX_PARSER_DEPTH) and skips the Readability fallback; body text beyond MAX_ARTICLE_CHARS is not analysed; each such cut is a diagnostic on the document.",
    ],
  };
}
