import { diagnostic } from "../core/diagnostics.ts";
import { failedDoc, HTML, PLAIN } from "./raw.ts";
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

/** One RawDoc per non-empty line; `uri` is `file.jsonl#LINE` (1-based) so a bad line can be found. */
export function* readJsonlBatch(uri: string, content: string, fetchedAt: string): Generator<RawDoc> {
  const lines = content.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === "") continue;
    const lineUri = `${uri}#${i + 1}`;
    let record: JsonlRecord;
    try {
      record = JSON.parse(line) as JsonlRecord;
    } catch (error) {
      yield failedDoc(
        lineUri,
        "jsonl-invalid",
        `line ${i + 1} of ${uri} is not valid JSON (${(error as Error).message}); fix or remove that line`,
      );
      continue;
    }
    if (typeof record !== "object" || record === null || Array.isArray(record)) {
      yield failedDoc(
        lineUri,
        "jsonl-invalid",
        `line ${i + 1} of ${uri} is not a JSON object; expected {url?, html?|text?, publishedAt?, source?, title?}`,
      );
      continue;
    }
    const html = typeof record.html === "string" ? record.html : undefined;
    const text = typeof record.text === "string" ? record.text : undefined;
    if (html === undefined && text === undefined) {
      yield failedDoc(
        lineUri,
        "jsonl-no-content",
        `line ${i + 1} of ${uri} has neither "html" nor "text"; add the article body in one of them`,
      );
      continue;
    }
    const doc: RawDoc = {
      uri: lineUri,
      bytes: encoder.encode(html ?? text),
      contentType: html !== undefined ? HTML : PLAIN,
      charset: "utf-8",
      fetchedAt,
      diagnostics: [],
    };
    if (typeof record.url === "string") doc.url = record.url;
    if (typeof record.publishedAt === "string") doc.publishedAt = record.publishedAt;
    if (typeof record.source === "string") doc.source = record.source;
    if (typeof record.title === "string") doc.title = record.title;
    if (html !== undefined && text !== undefined) {
      doc.diagnostics.push(
        diagnostic(
          "sources",
          "jsonl-both",
          `line ${i + 1} of ${uri} has both "html" and "text"; using "html"`,
          "info",
        ),
      );
    }
    yield doc;
  }
}
