import type { NameFilter } from "./types.ts";

/**
 * The prefixes navies and registers put before a ship's name: "INS Mysore", "HMS Sheffield",
 * "USS Cole", "MV Jag Arnav". Upper case only ("SS", not "Ss").
 */
const SHIP_PREFIXES = [
  "INS",
  "HMS",
  "USS",
  "USNS",
  "USCGC",
  "HMAS",
  "HMCS",
  "HMNZS",
  "RFA",
  "MV",
  "M/V",
  "MS",
  "SS",
  "RV",
  "FS",
  "TCG",
  "KRI",
  "PNS",
  "BNS",
  "ARA",
];

const PREFIX = `(?:^|[^\\p{L}/])(?:${SHIP_PREFIXES.join("|")})\\s+`;
const SHIP_PREFIX_BEFORE = new RegExp(`${PREFIX}$`, "u");
/** A ship's name after its prefix: up to three capitalised words ("Jag Arnav"). */
const SHIP_NAMES = new RegExp(`${PREFIX}(\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2})`, "gu");
const ARTICLE = /\b[Tt]he\s+$/;

/** The ship names of the last text asked about (a document's spans are judged one after another). */
let memo: { text: string; names: Set<string> } | undefined;

function shipNames(text: string): Set<string> {
  if (memo?.text === text) return memo.names;
  const names = new Set<string>();
  for (const m of text.matchAll(SHIP_NAMES)) {
    const words = m[1].split(/\s+/);
    // "INS Jag Arnav" names "Jag Arnav", but "the Jag" may be written for it too.
    for (let k = 1; k <= words.length; k++) names.add(words.slice(0, k).join(" "));
  }
  memo = { text, names };
  return names;
}

/**
 * "The Indian warship INS Mysore … The Mysore later reached port": navies name ships
 * after towns, and a town named after a ship prefix is the ship. Where the article names a ship
 * so, the same name after "the" is the ship too (a town takes no article).
 */
export function namesShip(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 8), start);
  if (SHIP_PREFIX_BEFORE.test(before)) return true;
  return ARTICLE.test(before) && shipNames(text).has(text.slice(start, end));
}

export const shipName: NameFilter = {
  name: "ship-name",
  judge(span, { text }) {
    return namesShip(text, span.start, span.end) ? undefined : span;
  },
};
