import fs, { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { Readable } from "node:stream";
import { createGunzip, gunzipSync } from "node:zlib";
import fg from "fast-glob";
import { readFeed } from "./feeds.ts";
import { HttpClient } from "./http.ts";
import { readJsonlBatch, readJsonlStream } from "./jsonl.ts";
import type { Clock } from "./rate-limit.ts";
import { describeError, failedDoc, formatBytes, HTML, PLAIN, RAISE_LIMIT } from "./raw.ts";
import { type ContainerKind, DOCUMENT_EXTENSIONS, kindFromBytes, kindFromName } from "./sniff.ts";
import type { RawDoc } from "./types.ts";
import { readWarc } from "./warc.ts";

export interface SourceOptions {
  /** For feeds: fetch each item's page instead of using the item's own content. */
  follow?: boolean;
  /** Largest document (or decompressed file) read; bigger ones become an error diagnostic. */
  maxBytes?: number;
  timeoutMs?: number;
  requestsPerSecondPerHost?: number;
  userAgent?: string;
  stdin?: NodeJS.ReadableStream;
  /** The per-host rate limit's clock; tests pass a fake one. */
  clock?: Clock;
}

/**
 * 10 MB: the heaviest real news pages (inline scripts and styles included) stay under 5 MB, while a
 * page ten times bigger is a dump or an error page whose parsing would stall a whole batch.
 */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export { formatBytes };

/**
 * Codes of an input that holds no document at all (an empty directory or standard input, a glob
 * that matches nothing, a path that does not exist): reported, but not counted as a document.
 */
const NO_DOCUMENT = new Set([
  "sources/empty-directory",
  "sources/no-match",
  "sources/empty-input",
  "sources/not-found",
]);

export function isNoDocument(doc: RawDoc): boolean {
  return doc.diagnostics.some((d) => NO_DOCUMENT.has(d.code));
}

/** What every reader needs: limits, and one HTTP client so the per-host rate limit is shared. */
export interface SourceContext {
  maxBytes: number;
  follow: boolean;
  http: HttpClient;
  /** For feeds: items (by link) to pass over, e.g. those a watcher has already stored. */
  skipItem?: (itemUri: string) => boolean;
}

/**
 * Reads every input (paths, directories, globs, "-", URLs, feeds, WARCs, JSONL batches) and yields
 * one RawDoc per document. One bad input yields a RawDoc with an error diagnostic; it never throws.
 */
export async function* readSources(inputs: string[], options: SourceOptions = {}): AsyncGenerator<RawDoc> {
  const ctx: SourceContext = {
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    follow: options.follow ?? false,
    http: new HttpClient(options),
  };
  for (const input of inputs) {
    if (input === "-") yield* readStdin(options.stdin ?? process.stdin, ctx);
    else if (/^https?:\/\//i.test(input)) yield* readUrl(input, ctx);
    else yield* readPath(input, ctx);
  }
}

async function* readPath(input: string, ctx: SourceContext): AsyncGenerator<RawDoc> {
  let info: Awaited<ReturnType<typeof stat>> | undefined;
  try {
    info = await stat(input);
  } catch {
    info = undefined;
  }
  if (info?.isDirectory()) {
    const { files, unreadable } = await listFiles(`**/*.{${DOCUMENT_EXTENSIONS.join(",")}}`, {
      cwd: input,
      caseSensitiveMatch: false,
    });
    for (const directory of unreadable) yield unreadableDirectory(directory.path, directory.error);
    if (files.length === 0 && unreadable.length === 0)
      yield failedDoc(
        input,
        "empty-directory",
        `no documents (${DOCUMENT_EXTENSIONS.join(", ")}) found in directory ${input}`,
      );
    for (const file of files) yield* readFileInput(join(input, file), ctx);
    return;
  }
  if (info) {
    yield* readFileInput(input, ctx);
    return;
  }
  if (fg.isDynamicPattern(input)) {
    const { files, unreadable } = await listFiles(input, {});
    for (const directory of unreadable) yield unreadableDirectory(directory.path, directory.error);
    if (files.length === 0 && unreadable.length === 0)
      yield failedDoc(
        input,
        "no-match",
        `the pattern ${input} matches no file; check the path and quote the pattern so the shell does not expand it`,
      );
    for (const file of files) yield* readFileInput(file, ctx);
    return;
  }
  yield failedDoc(
    input,
    "not-found",
    `${input} does not exist; check the path (or give an http(s) URL, a glob, or - for stdin)`,
  );
}

async function* readFileInput(path: string, ctx: SourceContext): AsyncGenerator<RawDoc> {
  let fetchedAt: string;
  try {
    const info = await stat(path);
    fetchedAt = info.mtime.toISOString();
    // WARC files are streamed record by record: they are routinely larger than any single page.
    if (kindFromName(path) === "warc") {
      yield* readWarc(path, createReadStream(path), ctx);
      return;
    }
    // So are JSONL batches (plain or gzipped): the size limit applies to each record.
    if (kindFromName(path.replace(/\.gz$/i, "")) === "jsonl") {
      const stream = createReadStream(path);
      yield* readJsonlStream(
        path,
        /\.gz$/i.test(path) ? stream.pipe(createGunzip()).on("close", () => stream.destroy()) : stream,
        fetchedAt,
        ctx.maxBytes,
      );
      return;
    }
    if (info.size > ctx.maxBytes) {
      yield failedDoc(
        path,
        "too-large",
        `${path} is ${formatBytes(info.size)}, above the ${formatBytes(ctx.maxBytes)} limit; ${RAISE_LIMIT}`,
      );
      return;
    }
  } catch (error) {
    yield failedDoc(
      path,
      "unreadable",
      `cannot read ${path} (${describeError(error)}); check it exists and is readable`,
    );
    return;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    yield failedDoc(
      path,
      "unreadable",
      `cannot read ${path} (${describeError(error)}); check it exists and is readable`,
    );
    return;
  }
  yield* readContainer({ uri: path, name: path, bytes, fetchedAt }, ctx);
}

async function* readStdin(stream: NodeJS.ReadableStream, ctx: SourceContext): AsyncGenerator<RawDoc> {
  const chunks: Buffer[] = [];
  let size = 0;
  const fetchedAt = new Date().toISOString();
  const input = (stream as AsyncIterable<string | Uint8Array>)[Symbol.asyncIterator]();
  try {
    for (let next = await input.next(); !next.done; next = await input.next()) {
      const chunk = next.value;
      const buffer = typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk);
      size += buffer.length;
      chunks.push(buffer);
      if (size > ctx.maxBytes) break;
    }
  } catch (error) {
    yield failedDoc("stdin", "unreadable", `cannot read standard input (${describeError(error)})`);
    return;
  }
  if (size > ctx.maxBytes) {
    const head = Buffer.concat(chunks);
    // A JSONL batch is many documents: the rest is streamed and the limit applies to each record.
    if (
      JSONL_START.test(head.subarray(0, 1024).toString("latin1")) &&
      /\}\s*\n\s*\{/.test(head.toString("latin1"))
    ) {
      yield* readJsonlStream("stdin", Readable.from(chain(head, input)), fetchedAt, ctx.maxBytes);
      return;
    }
    yield failedDoc(
      "stdin",
      "too-large",
      `standard input is larger than the ${formatBytes(ctx.maxBytes)} limit; ${RAISE_LIMIT}`,
    );
    return;
  }
  if (size === 0) {
    yield failedDoc(
      "stdin",
      "empty-input",
      "standard input is empty; pipe a document into it, e.g. cat page.html | chronicle ingest -",
    );
    return;
  }
  yield* readContainer({ uri: "stdin", name: "", bytes: Buffer.concat(chunks), fetchedAt }, ctx);
}

/** A JSONL batch starts with an object (after any BOM or blank lines). */
const JSONL_START = /^(\uFEFF|ï»¿|\s)*\{"/;

/** The bytes already read, then the rest of the stream. */
async function* chain(
  head: Buffer,
  rest: AsyncIterator<string | Uint8Array>,
): AsyncGenerator<string | Uint8Array> {
  yield head;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

async function* readUrl(url: string, ctx: SourceContext): AsyncGenerator<RawDoc> {
  const response = await ctx.http.fetch(url, ctx.maxBytes);
  if (!response.ok) {
    yield failedDoc(url, response.code, response.message);
    return;
  }
  const kind = kindFromContentType(response.contentType);
  yield* readContainer(
    {
      uri: url,
      url: response.finalUrl,
      name: new URL(response.finalUrl).pathname,
      bytes: response.bytes,
      fetchedAt: response.fetchedAt,
      charset: response.charset,
      kind,
    },
    ctx,
  );
}

/** A blob of bytes whose container kind is still to be decided. */
export interface Container {
  uri: string;
  url?: string;
  /** File name or URL path, used for the extension. */
  name: string;
  bytes: Uint8Array;
  fetchedAt: string;
  charset?: string;
  /** Known kind (e.g. from an HTTP Content-Type); otherwise decided by name then by bytes. */
  kind?: ContainerKind;
}

/** Routes bytes to the reader of their kind: gzip is opened and routed again by its inner name. */
export async function* readContainer(container: Container, ctx: SourceContext): AsyncGenerator<RawDoc> {
  const byName = kindFromName(container.name);
  const sniffed = kindFromBytes(container.bytes);
  // Bytes outrank a name when they clearly say gzip, WARC or feed: files are often mis-named.
  const kind =
    sniffed === "gzip" || sniffed === "warc"
      ? sniffed
      : (container.kind ?? (sniffed === "feed" ? "feed" : (byName ?? sniffed)));
  switch (kind) {
    case "gzip": {
      let inner: Uint8Array;
      try {
        inner = gunzipSync(container.bytes, { maxOutputLength: ctx.maxBytes });
      } catch (error) {
        const why = /maxOutputLength|Cannot create a Buffer larger/i.test(String(error))
          ? `decompresses to more than the ${formatBytes(ctx.maxBytes)} limit; ${RAISE_LIMIT}`
          : `is not a complete gzip file (${describeError(error)}); it may be truncated: download or compress it again`;
        yield failedDoc(container.uri, "gzip", `${container.uri} ${why}`);
        return;
      }
      yield* readContainer(
        { ...container, name: container.name.replace(/\.gz$/i, ""), bytes: inner, kind: undefined },
        ctx,
      );
      return;
    }
    case "warc":
      yield* readWarc(container.uri, [container.bytes], ctx);
      return;
    case "feed":
      yield* readFeed(container.uri, container.bytes, container.fetchedAt, ctx);
      return;
    case "json":
      yield failedDoc(
        container.uri,
        "unsupported-json",
        `${container.uri} is JSON but not a JSON Feed; give article records as JSONL, one {"url", "html" or "text", "publishedAt"} per line`,
      );
      return;
    case "jsonl":
      yield* readJsonlBatch(
        container.uri,
        new TextDecoder().decode(container.bytes),
        container.fetchedAt,
        ctx.maxBytes,
      );
      return;
    default: {
      const doc: RawDoc = {
        uri: container.uri,
        bytes: container.bytes,
        contentType: kind === "html" ? HTML : kind === "binary" ? "application/octet-stream" : PLAIN,
        fetchedAt: container.fetchedAt,
        diagnostics: [],
      };
      if (container.url) doc.url = container.url;
      if (container.charset) doc.charset = container.charset;
      yield doc;
    }
  }
}

function kindFromContentType(contentType: string): ContainerKind | undefined {
  if (/html/i.test(contentType)) return "html";
  if (/(rss|atom|feed\+json|xml)/i.test(contentType)) return "feed";
  if (/warc/i.test(contentType)) return "warc";
  if (/gzip/i.test(contentType)) return "gzip";
  if (/^text\/plain/i.test(contentType)) return "text";
  return undefined;
}

/**
 * Files matching a fast-glob pattern, sorted. A directory that cannot be listed (no permission,
 * removed meanwhile) is noted in `unreadable` and the walk goes on, instead of aborting the batch.
 */
async function listFiles(
  pattern: string,
  options: { cwd?: string; caseSensitiveMatch?: boolean },
): Promise<{ files: string[]; unreadable: { path: string; error: unknown }[] }> {
  const unreadable: { path: string; error: unknown }[] = [];
  // fast-glob calls readdir(path, [options,] callback); errors are recorded and read as empty.
  const readdir = (path: string, ...rest: unknown[]) => {
    const callback = rest.pop() as (error: Error | null, entries: unknown[]) => void;
    Reflect.apply(fs.readdir, fs, [
      path,
      ...rest,
      (error: Error | null, entries: unknown[]) => {
        // A pattern whose base directory does not exist simply matches nothing.
        if (error && (error as NodeJS.ErrnoException).code !== "ENOENT") unreadable.push({ path, error });
        callback(null, error ? [] : entries);
      },
    ]);
  };
  const files = await fg(pattern, {
    ...options,
    onlyFiles: true,
    fs: { readdir: readdir as unknown as typeof fs.readdir },
  });
  return { files: files.sort(), unreadable };
}

function unreadableDirectory(path: string, error: unknown): RawDoc {
  return failedDoc(
    path,
    "unreadable-directory",
    `cannot list directory ${path} (${describeError(error)}); check its permissions; the other inputs are read`,
  );
}
