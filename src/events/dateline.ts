/**
 * "COLOMBO, Jan 3 (Reuters) - …", "WASHINGTON (AP) — …", "HAYWARD, Calif. (AP) —": wire copy opens
 * with the place it was filed from, then a date or agency, then a dash.
 */
const DATELINE =
  /^\s*([A-Z][A-Za-z.'’-]*(?:\s+[A-Z][A-Za-z.'’-]*){0,2}),?\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s*)?(?:\([A-Za-z ]+\)\s*)?[-–—]{1,2}\s/;

/** How many opening blocks may precede the dateline (a stray "Caption", "Close" or "Advertisement" line). */
const OPENING_BLOCKS = 3;

/**
 * The dateline's place name and where the whole dateline ends, if the article opens with one: in
 * its first block, or in one of the next few when short lines the extractor kept come first.
 */
export function datelineOf(article: {
  text: string;
  blocks: { start: number; end: number }[];
}): { name: string; start: number; end: number } | undefined {
  const starts = article.blocks.length ? article.blocks.slice(0, OPENING_BLOCKS).map((b) => b.start) : [0];
  for (const at of starts) {
    const m = DATELINE.exec(article.text.slice(at, at + 120));
    if (!m) continue;
    const start = at + article.text.slice(at).indexOf(m[1]);
    return { name: m[1], start, end: at + m.index + m[0].length };
  }
  return undefined;
}
