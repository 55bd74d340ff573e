import type { RawDoc } from "../sources/types.ts";
import type { Article } from "./types.ts";

/**
 * An article with no body yet: what the container told us about the document, and its diagnostics.
 * In a module of its own so that the thread that hands documents to the pool (pipeline/pool.ts) can
 * make one for a crashed document without loading the extractor.
 */
export function emptyArticle(raw: RawDoc): Article {
  return {
    uri: raw.uri,
    ...(raw.url ? { url: raw.url } : {}),
    title: raw.title ?? "",
    text: "",
    blocks: [],
    lang: "und",
    captions: [],
    credits: [],
    fetchedAt: raw.fetchedAt,
    diagnostics: [...raw.diagnostics],
  };
}
