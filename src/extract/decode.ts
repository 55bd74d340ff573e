import iconv from "iconv-lite";
import { type Diagnostic, diagnostic } from "../core/diagnostics.ts";
import type { RawDoc } from "../sources/types.ts";

export interface Decoded {
  text: string;
  /** The charset actually used. */
  charset: string;
  diagnostics: Diagnostic[];
}

/** Bytes of an HTML page searched for a `<meta charset>`; the HTML standard's prescan uses 1024. */
const META_PRESCAN_BYTES = 4096;
/** Share of U+FFFD replacement characters above which a page is reported as undecodable, not merely damaged. */
const UNDECODABLE_SHARE = 0.1;
/**
 * In windows-1251 Cyrillic text nearly every high byte sits next to another (whole words are
 * high bytes); in Latin-1 Western text high bytes are isolated accents between ASCII letters.
 */
const CYRILLIC_ADJACENT_SHARE = 0.5;

/**
 * Bytes to text: BOM first, then the container's charset, then `<meta>`, then strict UTF-8, then
 * a guess between windows-1251 and Latin-1 that is always reported. Never silent mojibake.
 */
export function decodeRawDoc(raw: RawDoc): Decoded {
  const bytes = raw.bytes;
  const diagnostics: Diagnostic[] = [];
  const bom = bomCharset(bytes);
  if (bom) return { text: iconv.decode(Buffer.from(bytes), bom), charset: bom, diagnostics };

  const declared =
    normaliseCharset(raw.charset) ?? (raw.contentType.includes("html") ? metaCharset(bytes) : undefined);
  if (declared && declared !== "utf-8" && iconv.encodingExists(declared)) {
    return { text: iconv.decode(Buffer.from(bytes), declared), charset: declared, diagnostics };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), charset: "utf-8", diagnostics };
  } catch {
    // Not valid UTF-8: either a mislabelled legacy page or damaged bytes; decide below.
  }
  const lossy = new TextDecoder("utf-8").decode(bytes);
  const replaced = countReplacements(lossy);
  const highBytes = bytes.reduce((n, b) => n + (b >= 0x80 ? 1 : 0), 0);
  if (declared === "utf-8" || looksLikeBrokenUtf8(bytes, replaced, highBytes)) {
    const share = replaced / Math.max(1, lossy.length);
    diagnostics.push(
      diagnostic(
        "extract",
        share > UNDECODABLE_SHARE ? "undecodable" : "invalid-utf8",
        `${raw.uri}: ${replaced} invalid UTF-8 sequence(s) replaced with U+FFFD; the file is damaged or mislabelled (give its charset if you know it)`,
        share > UNDECODABLE_SHARE ? "error" : "warning",
      ),
    );
    return { text: lossy, charset: "utf-8", diagnostics };
  }
  if (longestHighByteRun(bytes) > MAX_WORD_BYTES) {
    diagnostics.push(
      diagnostic(
        "extract",
        "undecodable",
        `${raw.uri}: not UTF-8 and not text in a legacy charset either (long runs of non-ASCII bytes); it may be binary or damaged`,
        "error",
      ),
    );
    return { text: "", charset: "unknown", diagnostics };
  }
  const guess = guessLegacyCharset(bytes);
  diagnostics.push(
    diagnostic(
      "extract",
      "charset-guessed",
      `${raw.uri}: no charset declared and not UTF-8; decoded as ${guess} (check the text if it looks wrong)`,
      "info",
    ),
  );
  return { text: iconv.decode(Buffer.from(bytes), guess), charset: guess, diagnostics };
}

function bomCharset(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return undefined;
}

/** Maps labels to iconv names; the HTML standard decodes "iso-8859-1" and "ascii" as windows-1252. */
function normaliseCharset(label: string | undefined): string | undefined {
  if (!label) return undefined;
  const name = label
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, "");
  if (name === "utf8" || name === "utf-8" || name === "unicode-1-1-utf-8") return "utf-8";
  if (
    name === "iso-8859-1" ||
    name === "latin1" ||
    name === "latin-1" ||
    name === "us-ascii" ||
    name === "ascii"
  )
    return "windows-1252";
  if (name === "cp1251" || name === "win-1251") return "windows-1251";
  return iconv.encodingExists(name) ? name : undefined;
}

function metaCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, META_PRESCAN_BYTES)).toString("latin1");
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return normaliseCharset(match?.[1]);
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\uFFFD"); i !== -1; i = text.indexOf("\uFFFD", i + 1)) n++;
  return n;
}

/** Mostly-valid UTF-8 with a few bad sequences is damaged UTF-8, not a legacy charset. */
function looksLikeBrokenUtf8(bytes: Uint8Array, replaced: number, highBytes: number): boolean {
  let validMultibyte = 0;
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] >= 0xc2 && bytes[i] <= 0xf4 && bytes[i + 1] >= 0x80 && bytes[i + 1] <= 0xbf)
      validMultibyte++;
  }
  return highBytes > 0 && validMultibyte * 2 > replaced && validMultibyte * 2 >= highBytes / 2;
}

/** Longest word we expect in a legacy single-byte charset; longer runs of high bytes are not words. */
const MAX_WORD_BYTES = 40;

function longestHighByteRun(bytes: Uint8Array): number {
  let longest = 0;
  let run = 0;
  for (const b of bytes) {
    run = b >= 0x80 ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}

function guessLegacyCharset(bytes: Uint8Array): string {
  let high = 0;
  let adjacent = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] < 0x80) continue;
    high++;
    if ((i > 0 && bytes[i - 1] >= 0xc0) || (i + 1 < bytes.length && bytes[i + 1] >= 0xc0)) adjacent++;
  }
  return high > 0 && adjacent / high > CYRILLIC_ADJACENT_SHARE ? "windows-1251" : "windows-1252";
}
