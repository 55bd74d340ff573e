import type { Refiner } from "../types.ts";
import { COMMENTARY_SECTION } from "../words.ts";

/**
 * An opinion column or an editorial argues about events: it imagines some ("he should be
 * impeached by the House"), weighs others ("Democrats could have shown they were tired of
 * investigations") and mentions in passing what the news pages reported. Chronicle codes reports,
 * so a page whose URL puts it in such a section (COMMENTARY_SECTION: /opinion/, /columnists/,
 * /editorials/ …) gives no events. A page without a URL path (a file, pasted text) is read.
 */
export const dropCommentary: Refiner = {
  name: "drop-commentary",
  refine: (candidates, { doc }) => (COMMENTARY_SECTION.test(pathOf(doc.article.uri)) ? [] : candidates),
};

/** The path of a page's URL; a file name or other URI has none. */
function pathOf(uri: string): string {
  if (!/^https?:/i.test(uri)) return "";
  try {
    return new URL(uri).pathname;
  } catch {
    return "";
  }
}
