/** What a line of a plain-text page dump is. Only "body", "heading" and "list-item" reach Article.text. */
export type LineRole =
  | "body"
  | "heading"
  | "list-item"
  | "title"
  | "crumb"
  | "byline"
  | "dateline"
  | "footer"
  | "related"
  | "share"
  | "cookie"
  | "credit"
  | "caption"
  | "menu";

export interface DumpLine {
  /** The line without surrounding whitespace. */
  text: string;
  /** Position among the non-empty lines. */
  index: number;
  /** Whether a blank line separates it from the previous non-empty line. */
  blankBefore: boolean;
  words: number;
}

export interface Verdict {
  role: LineRole;
  /** Name of the rule or refiner that decided. */
  rule: string;
  reason: string;
}

export interface ClassifiedLine extends DumpLine, Verdict {}

/** What the rules know about the whole dump. */
export interface DumpContext {
  lines: DumpLine[];
  /** Title given by the container (feed, JSONL), if any. */
  knownTitle?: string;
}

/** A parser in chrono's sense: looks at one line and may claim it. The first rule that answers wins. */
export interface LineRule {
  name: string;
  classify(line: DumpLine, ctx: DumpContext): Omit<Verdict, "rule"> | undefined;
}

/** A refiner in chrono's sense: sees every verdict and returns a better list (context across lines). */
export interface LineRefiner {
  name: string;
  refine(lines: ClassifiedLine[], ctx: DumpContext): ClassifiedLine[];
}
