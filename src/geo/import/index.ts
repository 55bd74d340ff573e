/**
 * `chronicle gazetteer import`: streams the files a user downloaded from GeoNames and Natural
 * Earth into the local gazetteer index, in bounded memory (rows go to SQLite in batches; a zip
 * entry or a gzip file is read as a stream, never whole). A file already imported with the same
 * name, size and modification time is skipped, so a second import of the same files changes
 * nothing; every row is keyed (GeoNames id, code, stable Natural Earth id), so a re-import after a
 * change replaces rows instead of adding copies.
 */
import { createReadStream, readFileSync, statSync } from "node:fs";
import { basename, resolve } from "node:path";
import type { Readable } from "node:stream";
import { createGunzip, gunzipSync } from "node:zlib";
import yauzl from "yauzl";
import {
  naturalEarthLayer,
  readAdminCodeLine,
  readAlternateNameLine,
  readCountryInfoLine,
  readGeonamesLine,
  readHierarchyLine,
  readNaturalEarthFeature,
  type SourceKind,
  sourceKind,
} from "./formats.ts";
import type { GazetteerStore } from "./store.ts";

export { defaultGazetteerPath, GazetteerStore } from "./store.ts";

/** Rows per transaction: large enough that SQLite's per-commit cost vanishes, small in memory. */
const BATCH_ROWS = 20_000;

export interface ImportProgress {
  file: string;
  /** Bytes of the file read so far (compressed bytes for a zip or gzip file) and its size. */
  bytes: number;
  totalBytes: number;
  rows: number;
}

export interface FileOutcome {
  file: string;
  kind?: SourceKind;
  status: "imported" | "unchanged" | "skipped" | "failed";
  rows: number;
  /** Lines that were not rows of the file's format. */
  rejected: number;
  message?: string;
}

export interface ImportOptions {
  /** Re-read files already imported. */
  force?: boolean;
  onProgress?: (p: ImportProgress) => void;
  /** Clock for the imported-at stamp (tests inject one). */
  now?: () => Date;
}

type LineReader = (line: string) => unknown;

function lineReader(kind: SourceKind): LineReader | undefined {
  switch (kind) {
    case "geonames":
      return readGeonamesLine;
    case "admin1Codes":
      return (l) => readAdminCodeLine(l, 1);
    case "admin2Codes":
      return (l) => readAdminCodeLine(l, 2);
    case "countryInfo":
      return readCountryInfoLine;
    case "alternateNames":
      return readAlternateNameLine;
    case "hierarchy":
      return readHierarchyLine;
    default:
      return undefined;
  }
}

/**
 * The lines of a UTF-8 stream, without their "\n" or "\r\n". Cut by hand from large chunks:
 * several times faster than node:readline on GeoNames' 12 million lines.
 */
async function* linesOf(stream: Readable): AsyncGenerator<string> {
  stream.setEncoding("utf8");
  let rest = "";
  for await (const chunk of stream as AsyncIterable<string>) {
    const text = rest + chunk;
    let from = 0;
    for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", from)) {
      yield text.charCodeAt(nl - 1) === 13 ? text.slice(from, nl - 1) : text.slice(from, nl);
      from = nl + 1;
    }
    rest = text.slice(from);
  }
  if (rest) yield rest;
}

/** Reads a stream line by line into the store, in batches. */
async function importLines(
  store: GazetteerStore,
  kind: SourceKind,
  lines: Readable,
  source: string,
  onRows: (rows: number) => void,
): Promise<{ rows: number; rejected: number }> {
  const read = lineReader(kind);
  if (!read) return { rows: 0, rejected: 0 };
  let batch: unknown[] = [];
  let rows = 0;
  let rejected = 0;
  for await (const line of linesOf(lines)) {
    if (!line || line.startsWith("#")) continue;
    const row = read(line);
    if (row === undefined) {
      rejected++;
      continue;
    }
    batch.push(row);
    if (batch.length >= BATCH_ROWS) {
      store.write(kind, batch, source);
      rows += batch.length;
      batch = [];
      onRows(rows);
    }
  }
  if (batch.length) store.write(kind, batch, source);
  rows += batch.length;
  onRows(rows);
  return { rows, rejected };
}

function openZip(path: string): Promise<yauzl.ZipFile> {
  return new Promise((ok, fail) =>
    yauzl.open(path, { lazyEntries: true, autoClose: true }, (err, zip) => (err ? fail(err) : ok(zip))),
  );
}

/** Each text entry of a zip file in turn (allCountries.zip holds allCountries.txt; alternateNamesV2.zip two files). */
async function* zipEntries(path: string): AsyncGenerator<{ name: string; stream: Readable; size: number }> {
  const zip = await openZip(path);
  try {
    for (;;) {
      const entry = await new Promise<yauzl.Entry | undefined>((ok, fail) => {
        zip.once("entry", ok);
        zip.once("end", () => ok(undefined));
        zip.once("error", fail);
        zip.readEntry();
      });
      zip.removeAllListeners("entry");
      zip.removeAllListeners("end");
      zip.removeAllListeners("error");
      if (!entry) return;
      if (entry.fileName.endsWith("/")) continue;
      const stream = await new Promise<Readable>((ok, fail) =>
        zip.openReadStream(entry, (err, s) => (err || !s ? fail(err ?? new Error("no stream")) : ok(s))),
      );
      yield { name: basename(entry.fileName), stream, size: entry.uncompressedSize };
    }
  } finally {
    zip.close();
  }
}

/** Imports one file; never throws (a bad file is a failed outcome with a message). */
async function importFile(store: GazetteerStore, path: string, options: ImportOptions): Promise<FileOutcome> {
  const name = basename(path);
  const outcome: FileOutcome = { file: path, status: "imported", rows: 0, rejected: 0 };
  let size: number;
  let mtimeMs: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new Error("not a file");
    size = st.size;
    mtimeMs = Math.round(st.mtimeMs);
  } catch {
    return { ...outcome, status: "failed", message: "cannot read the file: check the path" };
  }
  const kind = sourceKind(name);
  if (!kind) {
    return {
      ...outcome,
      status: "skipped",
      message: "not a GeoNames dump (.txt, .zip) or a Natural Earth GeoJSON layer (.json, .geojson, .gz)",
    };
  }
  outcome.kind = kind;
  const previous = store.source(name);
  if (!options.force && previous && previous.size === size && previous.mtimeMs === mtimeMs) {
    return { ...outcome, status: "unchanged", rows: previous.rows };
  }
  let bytes = 0;
  let totalBytes = size;
  const progress = (rows: number) =>
    options.onProgress?.({ file: path, bytes: Math.min(bytes, totalBytes), totalBytes, rows });
  try {
    if (kind === "naturalEarth") {
      // Natural Earth layers are a few megabytes: read whole, written in batches like the rest.
      const raw = readFileSync(path);
      const json = JSON.parse((name.endsWith(".gz") ? gunzipSync(raw) : raw).toString("utf8")) as {
        features?: unknown[];
      };
      if (!Array.isArray(json.features)) throw new Error("no GeoJSON features");
      const layer = naturalEarthLayer(name);
      const rows = [];
      for (const f of json.features) {
        const row = readNaturalEarthFeature(layer, f as Parameters<typeof readNaturalEarthFeature>[1]);
        if (row) rows.push(row);
        else outcome.rejected++;
      }
      for (let i = 0; i < rows.length; i += BATCH_ROWS)
        store.write(kind, rows.slice(i, i + BATCH_ROWS), name);
      outcome.rows = rows.length;
      bytes = size;
      progress(rows.length);
    } else if (name.toLowerCase().endsWith(".zip")) {
      for await (const entry of zipEntries(path)) {
        const entryKind = sourceKind(entry.name);
        if (!entryKind || !lineReader(entryKind)) {
          entry.stream.resume();
          continue;
        }
        outcome.kind = entryKind;
        bytes = 0;
        totalBytes = entry.size;
        entry.stream.on("data", (chunk: Buffer) => {
          bytes += chunk.length;
        });
        const r = await importLines(store, entryKind, entry.stream, name, progress);
        outcome.rows += r.rows;
        outcome.rejected += r.rejected;
      }
    } else {
      const file = createReadStream(path, { highWaterMark: 1 << 20 });
      file.on("data", (chunk) => {
        bytes += chunk.length;
      });
      const text = name.toLowerCase().endsWith(".gz") ? file.pipe(createGunzip()) : file;
      const r = await importLines(store, kind, text, name, progress);
      outcome.rows = r.rows;
      outcome.rejected = r.rejected;
    }
  } catch (e) {
    return { ...outcome, status: "failed", message: `could not read it (${(e as Error).message})` };
  }
  store.recordSource({
    name,
    path: resolve(path),
    kind: outcome.kind ?? kind,
    size,
    mtimeMs,
    rows: outcome.rows,
    importedAt: (options.now?.() ?? new Date()).toISOString(),
  });
  return outcome;
}

/** Imports each file in turn; one bad file does not stop the others. */
export async function importFiles(
  store: GazetteerStore,
  paths: string[],
  options: ImportOptions = {},
): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  for (const path of paths) outcomes.push(await importFile(store, path, options));
  return outcomes;
}
