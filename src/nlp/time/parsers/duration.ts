import type { Parser } from "../types.ts";
import { durationValue, NUMBER, numberValue, UNIT } from "../words.ts";

/** What precedes "a year" when it is a rate ("$5 a day", "$2 million a year", "twice a week"). */
export const RATE_BEFORE =
  /(?:[\d%]|\b(?:per|times|once|twice|million|billion|thousand|cents|dollars|shares|barrels|tons))\s*$/i;

const HALF_AFTER = /^\s+and\s+a\s+half\b/i;

/** Hedges the TIMEX3 guidelines keep inside the extent ("nearly two years", "more than four hours"). */
const HEDGE =
  "(?:(?:nearly|almost|about|around|roughly|approximately|some|only|just|over|under|more\\s+than|less\\s+than|fewer\\s+than|at\\s+least|at\\s+most|up\\s+to|no\\s+more\\s+than|another|an\\s+additional|an\\s+extra|a\\s+further)\\s+)";
/** Determiners and the window words of "the past three days", "the first nine months", "the year-earlier nine months". */
const WINDOW =
  "(?:(?:the\\s+)?(?:past|last|next|first|final|coming|previous|following|latest|recent|remaining|initial|year[\\s-](?:earlier|ago))\\s+|the\\s+)";

/**
 * "three days", "for several days", "the past three days", "nearly forty years", "a two-year term",
 * "the first nine months": an amount of time, TIMEX3 P3D / PXD / PT4H.
 */
export const countedDuration: Parser = {
  name: "counted-duration",
  pattern: new RegExp(
    `\\b${WINDOW}?${HEDGE}?(${NUMBER})(?:\\s+(?:more|full|straight|consecutive|long))?[\\s-]+(${UNIT})(?:(?:\\s+and\\s+a\\s+half)|(?:\\s+or\\s+so))?(?:-old|-long)?\\b(?![\\s-]+(?:ago|earlier|later)\\b)`,
    "gi",
  ),
  extract(m, ctx) {
    const count = numberValue(m[1]);
    const phrase = m[0].toLowerCase();
    // "a decades-long battle": the article goes with the compound, not with a plural unit.
    // Nor does it count the unit of a compound ("a day-long meeting" is tagged "day-long").
    if (/^an?$/i.test(m[1]) && (/s$/i.test(m[2]) || /-(?:long|old)$/i.test(m[0]))) return undefined;
    // "a day" after a price or rate is a frequency ("$5 a day"), left to the set parser.
    if (/^an?\s/.test(phrase) && RATE_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 12), m.index)))
      return undefined;
    // "will one day be", "may one day return": "one day" after a modal is an unspecified future day.
    if (
      /^one\s+day$/.test(phrase) &&
      /\b(?:will|would|could|may|might|can|should|shall)\s+$/i.test(
        ctx.text.slice(Math.max(0, m.index - 8), m.index),
      )
    )
      return { type: "DATE", value: "FUTURE_REF", anchor: "published" };
    // A title-case unit names a programme or a film ("CBS's \"60 Minutes\""), not an amount of time.
    if (/^[A-Z][a-z]/.test(m[2])) return undefined;
    // A hyphenated compound before a number ("1,000-day") is a count fragment, not a duration.
    if (count !== undefined && count > 10_000) return undefined;
    // Ages ("the 6-year-old", "Mr. Smith, 52 years old") are properties of people, not times: TimeBank leaves them untagged.
    if (/-old$/.test(phrase) && /year/.test(phrase)) return undefined;
    const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (/years?$/.test(phrase) && /^\s+old\b/.test(after)) return undefined;
    // "a second group" is an ordinal; "three-quarters of its food" is a fraction.
    if (/^an?\s+second$/.test(phrase) && /^\s+[a-z]/.test(after)) return undefined;
    if (/quarters?$/.test(phrase) && /^\s+of\s+(?:the|its|their|his|her|all|a|an)\b/.test(after))
      return undefined;
    // A year before a period word ("the 1988 quarter") is a date, not 1,988 quarters.
    if (count !== undefined && /^\d{4}$/.test(m[1]) && count >= 1800 && count <= 2099) return undefined;
    // "a minute and a half later": the lookahead for "later" cut the half off; the amount includes it.
    const cutHalf = !/and a half$/.test(phrase) && HALF_AFTER.exec(after);
    const half = cutHalf || /and a half$/.test(phrase) ? 0.5 : 0;
    return {
      ...(cutHalf ? { end: m.index + m[0].length + cutHalf[0].length } : {}),
      type: "DURATION",
      value: durationValue(count === undefined ? undefined : count + half, m[2]),
      anchor: "none",
    };
  },
};

/** "for years", "in recent months", "for decades": an unstated number of units, TIMEX3 PXY. */
export const vagueDuration: Parser = {
  name: "vague-duration",
  pattern:
    /\b(?:(?<=\b(?:for|over|in|within|during|throughout)\s+)|(?:the\s+)?(?:(?:past|last|next|coming|recent)\s+)(?:few\s+)?)(minutes|hours|days|weeks|months|years|decades|centuries)\b(?!\s+(?:ago|earlier|later|of)\b)/gi,
  extract(m) {
    return { type: "DURATION", value: durationValue(undefined, m[1]), anchor: "none" };
  },
};

/**
 * Phrases with an implicit count, in one scan: "the weeks ahead" (PXW), "a day-long meeting" (P1D),
 * "a decades-long battle" (PXDE), "an additional year", "another month", "a further week" (one more
 * unit, P1Y), "for a while" (PXX).
 */
export const phrasalDuration: Parser = {
  name: "phrasal-duration",
  pattern:
    /\bthe\s+(days|weeks|months|years|decades)\s+ahead\b|\b(hour|day|week|month|year|decade|centur(?:y|ie))(s?)-long\b|\b(?:another|an\s+additional|an\s+extra|a\s+further)\s+(minute|hour|day|week|month|quarter|year|decade)\b(?![\s-]+(?:ago|earlier|later|or)\b)|\ba\s+(?:little\s+|short\s+)?(while)\b/gi,
  extract(m, ctx) {
    const before = ctx.text.slice(Math.max(0, m.index - 8), m.index);
    // "three-day-long" is the counted parser's; "a while" is an amount only after for/in/after/within.
    if (m[2] && /-$/.test(before)) return undefined;
    if (m[5] && !/\b(?:for|in|after|within)\s+$/i.test(before)) return undefined;
    let value: string;
    if (m[1]) value = durationValue(undefined, m[1]);
    else if (m[2]) value = durationValue(m[3] || /ie$/i.test(m[2]) ? undefined : 1, m[2]);
    else if (m[4]) value = durationValue(1, m[4]);
    else value = "PXX";
    return { type: "DURATION", value, anchor: "none" };
  },
};

export const durationParsers: Parser[] = [phrasalDuration, countedDuration, vagueDuration];
