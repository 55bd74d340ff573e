import { createInterface } from "node:readline";
import { diagnostic } from "../core/diagnostics.ts";
import { describeError, failedDoc, formatBytes, HTML, PLAIN, RAISE_LIMIT } from "./raw.ts";
import type { RawDoc } from "./types.ts";

/** One line of a JSONL batch, as analysts export them from scrapers and databases. */
interface JsonlRecord {
  url?: unknown;
  html?: unknown;
  text?: unknown;
  publishedAt?: unknown;
  source?: unknown;
  title?: unknown;
}

const encoder = new TextEncoder();

/**
 * One RawDoc per non-empty line; `uri` is `file.jsonl#LINE` (1-based) so a bad line can be found.
 * A batch is many documents: the size limit applies to each record, not to the batch.
 */
export function* readJsonlBatch(
  uri: string,
  content: string,
  fetchedAt: string,
  maxBytes = Number.POSITIVE_INFINITY,
): Generator<RawDoc> {
  const lines = content.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const doc = readJsonlLine(uri, i + 1, lines[i], fetchedAt, maxBytes);
    if (doc) yield doc;
  }
}

/** As readJsonlBatch, reading the batch line by line from a stream so that its size does not matter. */
export async function* readJsonlStream(
  uri: string,
  stream: NodeJS.ReadableStream,
  fetchedAt: string,
  maxBytes: number,
): AsyncGenerator<RawDoc> {
  let lineNo = 0;
  try {
    for await (const line of createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY })) {
      const doc = readJsonlLine(uri, ++lineNo, line, fetchedAt, maxBytes);
      if (doc) yield doc;
    }
  } catch (error) {
    yield failedDoc(
      `${uri}#${lineNo + 1}`,
      "unreadable",
      `cannot read ${uri} after line ${lineNo} (${describeError(error)}); the lines before it were read`,
    );
  }
}

function readJsonlLine(
  uri: string,
  lineNo: number,
  text: string,
  fetchedAt: string,
  maxBytes: number,
): RawDoc | undefined {
  const line = text.trim();
  if (line === "") return undefined;
  const lineUri = `${uri}#${lineNo}`;
  const size = Buffer.byteLength(line);
  if (size > maxBytes)
    return failedDoc(
      lineUri,
      "too-large",
      `line ${lineNo} of ${uri} is ${formatBytes(size)}, above the ${formatBytes(maxBytes)} limit for one record; ${RAISE_LIMIT}`,
    );
  let record: JsonlRecord;
  try {
    record = JSON.parse(line) as JsonlRecord;
  } catch (error) {
    return failedDoc(
      lineUri,
      "jsonl-invalid",
      `line ${lineNo} of ${uri} is not valid JSON (${(error as Error).message}); fix or remove that line`,
    );
  }
  if (typeof record !== "object" || record === null || Array.isArray(record)) {
    return failedDoc(
      lineUri,
      "jsonl-invalid",
      `line ${lineNo} of ${uri} is not a JSON object; expected {url?, html?|text?, publishedAt?, source?, title?}`,
    );
  }
  const html = typeof record.html === "string" ? record.html : undefined;
  const body = typeof record.text === "string" ? record.text : undefined;
  if (html === undefined && body === undefined) {
    return failedDoc(
      lineUri,
      "jsonl-no-content",
      `line ${lineNo} of ${uri} has neither "html" nor "text"; add the article body in one of them`,
    );
  }
  const doc: RawDoc = {
    uri: lineUri,
    bytes: encoder.encode(html ?? body),
    contentType: html !== undefined ? HTML : PLAIN,
    charset: "utf-8",
    fetchedAt,
    diagnostics: [],
  };
  if (typeof record.url === "string") doc.url = record.url;
  if (typeof record.publishedAt === "string") doc.publishedAt = record.publishedAt;
  if (typeof record.source === "string") doc.source = record.source;
  if (typeof record.title === "string") doc.title = record.title;
  if (html !== undefined && body !== undefined) {
    doc.diagnostics.push(
      diagnostic(
        "sources",
        "jsonl-both",
        `line ${lineNo} of ${uri} has both "html" and "text"; using "html"`,
        "info",
      ),
    );
  }
  return doc;
}
