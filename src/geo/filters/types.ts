import type { Gazetteer } from "../gazetteer.ts";
import type { Candidate, WordToken } from "../recognize.ts";

/** What every filter may consult: the document, its words and the gazetteer. */
export interface FilterContext {
  g: Gazetteer;
  text: string;
  tokens: WordToken[];
  /** Sentence start offsets. */
  sentenceStarts: Set<number>;
  /** Words the document also writes in lower case. */
  lowerWords: Set<string>;
}

/**
 * A capitalised name the gazetteer (or the demonym list) matched, being judged: the filters narrow
 * its readings, widen its span ("Laurel County"), weigh its cues or drop it.
 */
export interface NameSpan {
  /** Token indexes of the matched name's first and last word. */
  first: number;
  last: number;
  start: number;
  end: number;
  /** Token index range [tokStart, tokEnd) of the span as it grows. */
  tokStart: number;
  tokEnd: number;
  /** Gazetteer rows the name may denote; undefined for a demonym. */
  rows: number[] | undefined;
  /** The demonym's country or region when the name is one ("Kazakh"). */
  demonym: string | undefined;
  /** The name is one word. */
  single: boolean;
  /** The name opens a sentence. */
  initial: boolean;
  /** The words on either side, and whether a single space joins them to the name. */
  prev: WordToken | undefined;
  prevJoined: boolean;
  next: WordToken | undefined;
  nextJoined: boolean;
  /** Recognition certainty so far, 0..1 once capped. */
  evidence: number;
  admin2: boolean;
  /** A locative preposition or a home-town noun before or after the name ("in X", "an X man"). */
  locative: boolean;
  /** "X, State" follows. */
  qualified: boolean;
  strongCue: boolean;
  needsSupport: boolean;
  role: Candidate["role"];
  /** A filter that reads the whole name its own way (a demonym, "Memphis Street") settles it: later filters pass it by. */
  settled?: Candidate;
}

/** One named rule: the span to go on with (changed or not), or undefined to drop the name. */
export interface NameFilter {
  name: string;
  judge(span: NameSpan, ctx: FilterContext): NameSpan | undefined;
}
