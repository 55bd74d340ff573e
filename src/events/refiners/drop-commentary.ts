import type { Article } from "../../extract/types.ts";
import type { Refiner } from "../types.ts";
import { COMMENTARY_GENRE, COMMENTARY_SECTION, COMMENTARY_SECTION_NAME } from "../words.ts";

/**
 * An opinion column or an editorial argues about events: it imagines some ("he should be
 * impeached by the House"), weighs others ("Democrats could have shown they were tired of
 * investigations") and mentions in passing what the news pages reported. Chronicle codes reports,
 * so a page whose URL puts it in such a section (COMMENTARY_SECTION: /opinion/, /columnists/,
 * /editorials/ …), or whose markup names such a section or type (COMMENTARY_SECTION_NAME:
 * article:section "Opinion"; COMMENTARY_GENRE: "OpinionNewsArticle"), gives no events. A page
 * without a URL path or markup (a file, pasted text) is read.
 */
export const dropCommentary: Refiner = {
  name: "drop-commentary",
  refine: (candidates, { doc }) => (isCommentary(doc.article) ? [] : candidates),
};

function isCommentary(article: Article): boolean {
  return (
    COMMENTARY_SECTION.test(pathOf(article.uri)) ||
    COMMENTARY_SECTION_NAME.test(article.section ?? "") ||
    COMMENTARY_GENRE.test(article.genre ?? "")
  );
}

/** The path of a page's URL; a file name or other URI has none. */
export function pathOf(uri: string): string {
  if (!/^https?:/i.test(uri)) return "";
  try {
    return new URL(uri).pathname;
  } catch {
    return "";
  }
}
