import type { Diagnostic } from "../core/diagnostics.ts";
import type { Span } from "../core/span.ts";
import type { Article } from "../extract/types.ts";
import type { ReferenceDate } from "./reference.ts";

export interface Token extends Span {
  text: string;
  /** Universal POS tag (NOUN, VERB, PROPN, ...). */
  pos: string;
  lemma: string;
  /** Lower-cased normal form. */
  norm: string;
  /** Index of the sentence that holds the token. */
  sentence: number;
}

export interface Sentence extends Span {
  /** Index of the first token and one past the last token in Doc.tokens. */
  tokenStart: number;
  tokenEnd: number;
}

export type EntityLabel = "PER" | "ORG" | "LOC" | "MISC";

export interface EntityMention extends Span {
  text: string;
  label: EntityLabel;
  /** Document-level entity this mention belongs to ("Tokayev" → "Kassym-Jomart Tokayev"). */
  entity?: string;
  /** ISO 3166-1 alpha-3 country for demonyms and countries ("Kazakh" → KAZ). */
  country?: string;
  /**
   * An organisation that is a company or brand: its name is a brand in the name-suggestion-index
   * (OpenStreetMap's list of brands, "SoftBank", "Emirates"). Business news, not a political party.
   */
  company?: true;
  sentence: number;
}

export type TimexType = "DATE" | "TIME" | "DURATION" | "SET";
export type TimePrecision =
  | "minute"
  | "hour"
  | "day"
  | "week"
  | "month"
  | "quarter"
  | "year"
  | "decade"
  | "century";

export interface TimeExpression extends Span {
  text: string;
  type: TimexType;
  /** TIMEX3 value: 2022-01-13, 2022-W01, 2022-01, 2022-Q1, 199X, P3D, PAST_REF, XXXX-WXX-1. */
  value: string;
  precision?: TimePrecision;
  /**
   * "published" when resolved against the publication date, "capture" when against the capture
   * date of an undated article (so only known to fall on or before it), "explicit" when fully stated.
   */
  anchor: "published" | "capture" | "explicit" | "none";
  /** For a duration counted from a date ("three days later"): the date it points to, TIMEX3 value form. */
  date?: string;
  /** Cue word that sets the relation of an event to this time. */
  relation?: "on" | "before" | "after" | "by" | "since" | "during" | "until";
  sentence?: number;
}

export interface Quantity extends Span {
  text: string;
  /** Lowest defensible number (ACLED convention: "dozens" → 12, "at least 12,000" → 12000). */
  value: number;
  min?: number;
  max?: number;
  qualifier?: string;
  /** Head noun counted ("soldiers", "people", "dead"), lower-cased lemma-ish form. */
  noun?: string;
  /** Offsets of the counted noun. */
  nounSpan?: Span;
  sentence: number;
}

/** One text, annotated once: every annotation is an offset range into article.text. */
export interface Doc {
  article: Article;
  /** The date relative expressions were resolved against, with its precision and source. */
  reference: ReferenceDate;
  text: string;
  sentences: Sentence[];
  tokens: Token[];
  entities: EntityMention[];
  times: TimeExpression[];
  quantities: Quantity[];
  diagnostics: Diagnostic[];
}
