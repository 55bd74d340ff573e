import type { Span } from "../../core/span.ts";
import type { TimeExpression, TimexType } from "../types.ts";
import type { Ymd } from "./calendar.ts";

/** Tense of the clause around an expression: decides whether "on Thursday" is last or next Thursday. */
export type Direction = "past" | "future" | "unknown";

/** What a parser sees besides its match: the text, the publication date and the tense around a position. */
export interface ParseContext {
  text: string;
  /** Document creation time (publication date). */
  dct: Ymd;
  /** Tense of the clause that holds [start, end). */
  direction(start: number, end: number): Direction;
  /** Index of the sentence that holds a position (from the caller's sentences, else our own split). */
  sentenceAt(index: number): number;
}

/** A time expression being built: the public shape plus what the refiners need. */
export interface Candidate extends Span {
  type: TimexType;
  value: string;
  anchor: TimeExpression["anchor"];
  relation?: TimeExpression["relation"];
  /** Parser that produced it, for error analysis by rule. */
  rule: string;
  /**
   * Anaphoric expressions ("a year earlier", "the year-earlier quarter", "the quarter") are resolved
   * against the most recent date mentioned before them, not the publication date.
   */
  anaphor?: Anaphor;
  /** A time of day waiting for a day to attach to ("5 p.m." + "Nov. 9"). */
  timeOfDay?: string;
  /**
   * "three days later": TIMEX3 tags the amount ("three days", DURATION P3D) and leaves "later" a
   * signal. The candidate is resolved as the date it points to; at the end it is written as this
   * duration, ending at `end`, with the date kept beside it.
   */
  duration?: { value: string; end: number };
}

export interface Anaphor {
  /** Shift from the referent, in years (a year earlier = -1) and days (two days later = +2). */
  years?: number;
  days?: number;
  /**
   * Which earlier mentions may be the referent, in order of preference: the quarter under
   * discussion (earnings news: "from a year ago" means the year-earlier quarter), else any calendar
   * date. With no referent the parser's own value, resolved against publication, stands.
   */
  referents: ("quarter" | "any")[];
  /** A stated year replacing the referent's: "the 1988 quarter" is the quarter under discussion, in 1988. */
  year?: number;
  /** The unit the expression names, to which the referent is cut: "that year" after "Oct. 23, 1998" is 1998. */
  unit?: "year" | "quarter" | "month" | "week" | "day";
}

export type Extracted = Omit<Candidate, "start" | "end" | "rule"> & Partial<Span>;

/** A pattern plus an extract that turns one match into a candidate (or rejects it with undefined). */
export interface Parser {
  name: string;
  pattern: RegExp;
  extract(match: RegExpExecArray, context: ParseContext): Extracted | undefined;
}

/** Takes every candidate of a document and returns a better list (merged, filtered, resolved). */
export interface Refiner {
  name: string;
  refine(candidates: Candidate[], context: ParseContext): Candidate[];
}
