import type { Article } from "../../src/extract/types.ts";

/** What a test article may set beyond its paragraphs. */
export interface ArticleOptions {
  /** Publication date (YYYY-MM-DD), also the fetch date. */
  published: string;
  uri?: string;
  title?: string;
  /** What a page's markup declares about itself (Article.section, Article.genre). */
  page?: Pick<Article, "section" | "genre">;
}

/**
 * An extracted article made of invented paragraphs, each a block of its own; a paragraph starting
 * with "# " is a sub-heading. The event, place and time tests build their documents with it.
 */
export function articleOf(paragraphs: string[], options: ArticleOptions): Article {
  const texts = paragraphs.map((p) => p.replace(/^# /, ""));
  const text = texts.join("\n\n");
  let at = 0;
  const blocks = texts.map((p, i) => {
    const start = text.indexOf(p, at);
    at = start + p.length;
    return {
      start,
      end: at,
      kind: paragraphs[i].startsWith("# ") ? ("heading" as const) : ("paragraph" as const),
    };
  });
  return {
    uri: options.uri ?? "test://article",
    title: options.title ?? "",
    text,
    blocks,
    publishedAt: { value: options.published, precision: "day", foundIn: "cli" },
    lang: "eng",
    captions: [],
    credits: [],
    fetchedAt: `${options.published}T12:00:00Z`,
    diagnostics: [],
    ...options.page,
  };
}
