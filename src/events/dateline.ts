/**
 * "COLOMBO, Jan 3 (Reuters) - …", "WASHINGTON (AP) — …", "HAYWARD, Calif. (AP) —", "HANOI, Vietnam
 * (AP) —", "NEW DELHI: …": wire copy opens with the place it was filed from, perhaps its state or
 * country, then a date or agency, then a dash (an underscore in AP's archived copy, "MOSCOW (AP)_"),
 * or, in South Asian papers, a colon after the city in capitals.
 */
const NAME = String.raw`[A-Z][A-Za-z.'’-]*(?:[ \t]+[A-Z][A-Za-z.'’-]*){0,2}`;
const QUALIFIER = String.raw`[A-Z][A-Za-z.'’-]*(?:[ \t]+[A-Z][A-Za-z.'’-]*){0,3}`;
const DATELINE = new RegExp(
  String.raw`^[ \t]*(${NAME})(?:,[ \t]+(${QUALIFIER}))?,?[ \t]+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s*)?(\([A-Za-z ]+\)\s*)?(?:[-–—]{1,2}|_)\s`,
);
const CAPITALS_COLON = /^[ \t]*([A-Z][A-Z.'’-]{2,}(?:[ \t]+[A-Z][A-Z.'’-]+){0,2}):\s/;

/** How many opening blocks may precede the dateline (a stray "Caption", "Close" or "Advertisement" line). */
const OPENING_BLOCKS = 3;

/**
 * The dateline's place name and where the whole dateline ends, if the article opens with one: in
 * its first block, or in one of the next few when short lines the extractor kept come first.
 */
export function datelineOf(article: {
  text: string;
  blocks: { start: number; end: number }[];
}): { name: string; qualifier?: string; start: number; end: number } | undefined {
  const starts = article.blocks.length ? article.blocks.slice(0, OPENING_BLOCKS).map((b) => b.start) : [0];
  for (const at of starts) {
    const head = article.text.slice(at, at + 120);
    const m = DATELINE.exec(head);
    // "Kevin King, American —" is no dateline: a qualified one has the city in capitals or an agency.
    const qualified = m?.[2] !== undefined;
    if (m && (!qualified || m[3] || m[1] === m[1].toUpperCase())) {
      const start = at + head.indexOf(m[1]);
      return {
        name: m[1],
        ...(qualified ? { qualifier: m[2] } : {}),
        start,
        end: at + m.index + m[0].length,
      };
    }
    const c = CAPITALS_COLON.exec(head);
    if (c) return { name: c[1], start: at + head.indexOf(c[1]), end: at + c.index + c[0].length };
  }
  return undefined;
}
