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

const SHIP_PREFIX = new RegExp(`(?:^|[^\\p{L}/])(?:${SHIP_PREFIXES.join("|")})\\s+$`, "u");
const ARTICLE = /\b[Tt]he\s+$/;

/**
 * "The Indian warship INS Mysore … The Mysore intercepted the mother vessel": navies name ships
 * after towns, and a town named after a ship prefix is the ship. Where the article names a ship
 * so, the same name after "the" is the ship too (a town takes no article).
 */
export function namesShip(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 8), start);
  if (SHIP_PREFIX.test(before)) return true;
  if (!ARTICLE.test(before)) return false;
  const name = text.slice(start, end).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?:^|[^\\p{L}/])(?:${SHIP_PREFIXES.join("|")})\\s+${name}\\b`, "u").test(text);
}

export const shipName: NameFilter = {
  name: "ship-name",
  judge(span, { text }) {
    return namesShip(text, span.start, span.end) ? undefined : span;
  },
};
