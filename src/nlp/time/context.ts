import type { Span } from "../../core/span.ts";
import { sentenceAt as sentenceOf } from "../offsets.ts";
import type { Ymd } from "./calendar.ts";
import type { Direction, ParseContext } from "./types.ts";

/**
 * Sentence ends for texts that come without sentences: ., ! or ? before a capital, or a line break;
 * not after an abbreviation that newswire puts before a capital ("4 a.m. EDT", "Mr. Bush", "U.S. Army").
 */
const SENTENCE_BREAK =
  /(?<!\b(?:[a-zA-Z]\.[a-zA-Z]|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Adm|Prof|Rev|Jan|Feb|Aug|Sept|Oct|Nov|Dec|Inc|Corp|Co|Ltd|No|Ft|Mt|vs|Jr|Sr|Messrs))[.!?]["'”’)\]]*\s+(?=(?:["'“‘([]|``)?[A-Z0-9])|\n/g;

/**
 * Words that set the tense of a clause. Future: modals and plan verbs ("will", "must", "plans to",
 * "is expected to"); past: past-tense and perfect forms ("was", "has", "said", "-ed" verbs);
 * present: copulas and "says" — they end the search but decide nothing. A modal chain is one cue,
 * so the participle in "will be held" does not read as past.
 */
const FUTURE_CUE = String.raw`(?:will|would|must|shall|'ll|’ll)(?:\s+not)?(?:\s+(?:still|also|then|now|probably|likely|certainly|soon|again|only))?\s+(?:be|have)(?:\s+been)?(?:\s+[a-z]+)?|will|won't|wo|shall|'ll|’ll|would|must|going\s+to|plans?\s+to|planning\s+to|intends?\s+to|expects?\s+to|expected\s+to|scheduled|due\s+to|set\s+to|upcoming|planned\s+to|(?:is|are)\s+to|as\s+(?:soon|early)\s+as`;
const PAST_CUE =
  "was|were|had|has|have|did|said|told|went|came|took|made|gave|found|fell|rose|sold|bought|left|met|held|began|won|lost|led|got|saw|spoke|wrote|fled|struck|shot|fought|sent|spent|paid|ran|brought|thought|became|kept|broke|chose|drove|flew|grew|knew|stood|swore|threw|understood|wore|sought|caught|felt|heard|meant|built|drew|hung|shook|sank|slept|swept|[a-z]{2,}ed";
/**
 * A present passive ("the case is heard", "are held") is present, not past: the copula takes its
 * participle with it, except a participle of plan ("is scheduled"), which stays a future cue.
 */
const PRESENT_CUE = String.raw`(?:is|are|am)(?:\s+(?:not|also|still|now|usually|being))?\s+(?!(?:scheduled|slated|planned|expected|set|due)\b)(?:[a-z]{2,}ed|held|heard|made|paid|sold|set|put|kept|known|seen|given|taken|shown|done|built|hit|cut|run)\b(?!\s+to\b)|is|are|am|says|say`;
/** A plan in the past perfect looks back, not ahead: "had been scheduled to expire Friday". */
const PAST_PLAN = String.raw`had\s+been\s+(?:due|scheduled|set|expected|supposed|planned|slated)\s+to`;
const CUE = new RegExp(
  String.raw`\b(?:(${PAST_PLAN})|(${FUTURE_CUE})|(${PRESENT_CUE})|(${PAST_CUE}))\b`,
  "g",
);
/** "-ed" words that are not verbs in the past tense. */
const NOT_PAST =
  /^(?:need|seed|speed|indeed|hundred|red|bed|shed|feed|breed|proceed|succeed|exceed|weed|deed|greed)$/;

/** A determiner, and maybe an adverb, just before a word: what makes an -ed word an adjective. */
const DETERMINER_BEFORE =
  /\b(?:a|an|the|this|that|these|those|its|their|his|her|our|my|your|some|any|no)\s+(?:[a-z]+ly\s+|still\s+|very\s+|much\s+)?$/i;

/** How far to the right of an expression, in characters, a tense cue can outrank a nearer-looking left one: "appeals court Thursday refused". */
const RIGHT_CUE_REACH = 10;

interface Cue {
  start: number;
  end: number;
  direction: Direction;
}

export function createContext(text: string, dct: Ymd, sentences?: Span[]): ParseContext {
  const bounds = sentences?.length ? sentences.map((s) => s.start) : splitSentences(text);
  const cueCache = new Map<number, Cue[]>();

  const sentenceAt = (index: number): number => sentenceOf(bounds, index);

  const cuesOf = (sentence: number): Cue[] => {
    let cues = cueCache.get(sentence);
    if (cues) return cues;
    const from = bounds[sentence] ?? 0;
    const to = sentences?.length ? sentences[sentence].end : (bounds[sentence + 1] ?? text.length);
    cues = [];
    CUE.lastIndex = 0;
    const slice = text.slice(from, to);
    for (let m = CUE.exec(slice); m; m = CUE.exec(slice)) {
      if (m[4] && (NOT_PAST.test(m[4]) || /^[A-Z]/.test(m[4]))) continue;
      // An -ed word after a determiner is an adjective, not a past verb: "on a still unspecified date".
      if (m[4] && /ed$/.test(m[4]) && DETERMINER_BEFORE.test(slice.slice(Math.max(0, m.index - 24), m.index)))
        continue;
      const direction: Direction = m[2] ? "future" : m[3] ? "unknown" : "past";
      cues.push({ start: from + m.index, end: from + m.index + m[0].length, direction });
    }
    cueCache.set(sentence, cues);
    return cues;
  };

  /**
   * The nearest tense cue to the left of the expression decides ("troops will leave on Friday",
   * "protests that began on Sunday") unless a cue to its right is closer and near enough to be its
   * verb ("a court Thursday refused"); a far cue to the right decides only when there is none to the
   * left ("On Tuesday, the league plans to hold a news conference").
   */
  const direction = (start: number, end: number): Direction => {
    const cues = cuesOf(sentenceAt(start));
    let left: Cue | undefined;
    let right: Cue | undefined;
    for (const cue of cues) {
      if (cue.end <= start) left = cue;
      else if (cue.start >= end && !right) right = cue;
    }
    if (left && right && right.start - end <= RIGHT_CUE_REACH && right.start - end < start - left.end)
      return right.direction;
    return (left ?? right)?.direction ?? "unknown";
  };

  return { text, dct, direction, sentenceAt };
}

function splitSentences(text: string): number[] {
  const starts = [0];
  SENTENCE_BREAK.lastIndex = 0;
  for (let m = SENTENCE_BREAK.exec(text); m; m = SENTENCE_BREAK.exec(text))
    starts.push(m.index + m[0].length);
  return starts;
}
