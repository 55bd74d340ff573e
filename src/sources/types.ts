import type { Diagnostic } from "../core/diagnostics.ts";

/**
 * One document as it arrived, before any interpretation: the bytes plus whatever the container
 * (file name, HTTP response, feed item, WARC record, JSONL record) told us about it.
 */
export interface RawDoc {
  /** Where it came from: file path, URL, `stdin`, `file.jsonl#12`, `archive.warc.gz#<record-id>`. */
  uri: string;
  /** Canonical URL of the article when known (feed link, WARC target URI, JSONL `url`). */
  url?: string;
  bytes: Uint8Array;
  /** MIME type from the container or guessed from the file name: text/html, text/plain. */
  contentType: string;
  /** Charset declared by the container (HTTP header), if any. */
  charset?: string;
  /** ISO timestamp of when the bytes were obtained (file mtime, fetch time, WARC capture date). */
  fetchedAt: string;
  /** Publication date given by the container (feed item date, JSONL `publishedAt`). */
  publishedAt?: string;
  /** Title given by the container (feed item title). */
  title?: string;
  /** Outlet name given by the container (JSONL `source`, feed title). */
  source?: string;
  diagnostics: Diagnostic[];
}
