import type { Diagnostic } from "../core/diagnostics.ts";
import type { Span } from "../core/span.ts";

export type DatePrecision = "minute" | "day" | "month" | "year";

export interface PublishedAt {
  /** ISO 8601: `2022-01-13` or `2022-01-13T09:30:00Z`. */
  value: string;
  precision: DatePrecision;
  /** Where the date was found: "cli", "container", "json-ld", "meta:article:published_time", "time", "url", "dateline", "text". */
  foundIn: string;
}

export type BlockKind = "paragraph" | "heading" | "list-item" | "quote";

/** A block of the article body; start/end are offsets into Article.text. */
export interface Block extends Span {
  kind: BlockKind;
}

/**
 * The readable article: body text (story sentences only) and what was found around it.
 * Captions and photo credits are kept apart: worth storing, but not sentences of the story.
 */
export interface Article {
  uri: string;
  url?: string;
  title: string;
  /** Body text; blocks are separated by "\n\n". Every later offset points into this string. */
  text: string;
  blocks: Block[];
  publishedAt?: PublishedAt;
  site?: string;
  byline?: string;
  /**
   * What the page declares itself to be: its section (Open Graph `article:section`, JSON-LD
   * `articleSection`: "Opinion", "World", "Advice") and its schema.org type ("NewsArticle",
   * "OpinionNewsArticle", "BlogPosting"). Later stages tell reports from commentary by them.
   */
  section?: string;
  genre?: string;
  /** ISO 639-3 code from language identification (e.g. "eng"), or "und" when too short to tell. */
  lang: string;
  captions: string[];
  credits: string[];
  fetchedAt: string;
  diagnostics: Diagnostic[];
}
