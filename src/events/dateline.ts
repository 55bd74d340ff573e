import { isDateline, WIRE_DATELINE } from "../extract/wire-dateline.ts";

/** "NEW DELHI: …": South Asian papers put a colon after the city in capitals. */
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
    const m = WIRE_DATELINE.exec(head);
    const qualified = m?.[2] !== undefined;
    if (m && isDateline(m)) {
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
