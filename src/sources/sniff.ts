/**
 * Decides what kind of container a file or response is, from its name first and its first bytes
 * second, so that a mis-named file (a feed saved as .txt, HTML without extension) still reads.
 */
export type ContainerKind = "html" | "text" | "jsonl" | "json" | "feed" | "warc" | "gzip" | "binary";

/** Bytes looked at when sniffing; enough to pass a doctype, a BOM and an XML prolog. */
const SNIFF_BYTES = 1024;

const BY_EXTENSION: [RegExp, ContainerKind][] = [
  [/\.warc(\.gz)?$/i, "warc"],
  [/\.gz$/i, "gzip"],
  [/\.(html?|xhtml|shtml|php|aspx?)$/i, "html"],
  [/\.(txt|text|md)$/i, "text"],
  [/\.(jsonl|ndjson)$/i, "jsonl"],
  [/\.json$/i, "json"],
  [/\.(rss|atom|xml|rdf)$/i, "feed"],
];

/**
 * Extensions that readSources picks up when walking a directory. Plain .json is left out (a
 * directory of articles often holds config files); a JSON Feed is read when named explicitly.
 */
export const DOCUMENT_EXTENSIONS = [
  "html",
  "htm",
  "xhtml",
  "txt",
  "text",
  "jsonl",
  "ndjson",
  "rss",
  "atom",
  "xml",
  "warc",
  "gz",
];

export function kindFromName(name: string): ContainerKind | undefined {
  for (const [pattern, kind] of BY_EXTENSION) if (pattern.test(name)) return kind;
  return undefined;
}

export function kindFromBytes(bytes: Uint8Array): ContainerKind {
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) return "gzip";
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, SNIFF_BYTES));
  const trimmed = head.replace(/^(\uFEFF|ï»¿|\s)+/, "");
  if (trimmed.startsWith("WARC/")) return "warc";
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)[\s>]/i.test(trimmed)) return "feed";
  if (/^\{[\s\S]*"version"\s*:\s*"https:\/\/jsonfeed\.org/.test(trimmed)) return "feed";
  if (/^(<!doctype html|<html|<head|<body|<!--|<meta|<div|<article|<p[\s>])/i.test(trimmed)) return "html";
  if (/^\{"/.test(trimmed) && /\}\s*\n\s*\{/.test(head)) return "jsonl";
  if (looksBinary(bytes)) return "binary";
  return "text";
}

/** Share of control bytes above which a document is not text in any encoding we read. */
const BINARY_CONTROL_SHARE = 0.05;

/** NUL bytes or many control characters mean an image, a PDF or an archive, not text (UTF-16 has a BOM). */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  if (
    sample.length >= 2 &&
    ((sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff))
  ) {
    return false;
  }
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return sample.length > 0 && control / sample.length > BINARY_CONTROL_SHARE;
}
