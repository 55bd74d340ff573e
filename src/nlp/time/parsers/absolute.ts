import { daysInMonth, formatDay, formatMonth, formatYear, pad2 } from "../calendar.ts";
import { inferYearOfDay, monthValue } from "../resolve.ts";
import type { ParseContext, Parser } from "../types.ts";
import { MONTH, monthNumber } from "../words.ts";

/** Months that are also common words ("may", "march") count only with a date, a year or a cue before them. */
const AMBIGUOUS_MONTH = /^(May|March|Mar\.)$/;
const MONTH_CUE_BEFORE =
  /\b(?:in|of|since|until|till|by|from|to|through|last|next|this|early|mid|late|before|after|during|between|and|or|end|beginning|middle)[\s-]+$/i;

/**
 * "the March accession", "a May deadline": after a determiner and before a common noun, a capitalised
 * "March" or "May" is the month modifying the noun ("the March on Washington" keeps its preposition).
 */
function monthAsModifier(text: string, start: number, end: number): boolean {
  return (
    /\b(?:the|a|this|that|its|their)\s+$/i.test(text.slice(Math.max(0, start - 6), start)) &&
    /^\s+(?!(?:on|to|of|for|from|in|through|against|across|into|and|or|is|was|will)\b)[a-z]{3,}/.test(
      text.slice(end, end + 16),
    )
  );
}

/** Years this tagger accepts as bare four-digit numbers: wide enough for history, narrow enough to skip counts. */
const MIN_BARE_YEAR = 1800;
const MAX_BARE_YEAR = 2099;

/** Words before a date that make it a deadline or a start, often ahead of a past-tense verb: "extended the offer to Nov. 20", "effective Feb. 1". */
const DEADLINE_BEFORE =
  /\b(?:to|until|till|by|through|effective|expires?|expiring|due|starting|beginning|before|payable|of\s+record)\s+(?:(?:early|mid|late)[\s-]+)?$/i;
const isDeadline = (text: string, index: number): boolean =>
  DEADLINE_BEFORE.test(text.slice(Math.max(0, index - 16), index));

/** The year of a month and day written without one: the matched clause's direction, a deadline's reach. */
function yearOfDay(month: number, day: number, m: RegExpExecArray, ctx: ParseContext): number {
  return inferYearOfDay(
    month,
    day,
    ctx.dct,
    ctx.direction(m.index, m.index + m[0].length),
    isDeadline(ctx.text, m.index),
  );
}

const EDGE =
  "(?:(?:[Ee]arly|[Mm]id|[Ll]ate|[Tt]he\\s+end\\s+of|[Tt]he\\s+beginning\\s+of|[Tt]he\\s+middle\\s+of)[\\s-]+)?";

/** "2022-01-13" */
export const isoDate: Parser = {
  name: "iso-date",
  pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
  extract(m) {
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(Number(m[1]), month)) return undefined;
    return { type: "DATE", value: m[0], anchor: "explicit" };
  },
};

/** "1/13/2022", "1/13/22": US order, as in English-language newswire. */
export const slashDate: Parser = {
  name: "slash-date",
  pattern: /\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/g,
  extract(m) {
    const month = Number(m[1]);
    const day = Number(m[2]);
    const year = m[3].length === 2 ? 1900 + Number(m[3]) + (Number(m[3]) < 50 ? 100 : 0) : Number(m[3]);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
    return { type: "DATE", value: formatDay({ year, month, day }), anchor: "explicit" };
  },
};

/** "January 6", "Jan. 6, 2022", "Sept. 30": a year inferred from tense when absent. */
export const monthDay: Parser = {
  name: "month-day",
  pattern: new RegExp(
    `\\b(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!:\\d|\\.\\d|,\\d)(?:,?\\s+(\\d{4})\\b)?`,
    "g",
  ),
  extract(m, ctx) {
    const month = monthNumber(m[1]);
    const day = Number(m[2]);
    if (day < 1 || day > 31) return undefined;
    if (m[3]) {
      const year = Number(m[3]);
      if (day > daysInMonth(year, month)) return undefined;
      return { type: "DATE", value: formatDay({ year, month, day }), anchor: "explicit" };
    }
    const year = yearOfDay(month, day, m, ctx);
    return { type: "DATE", value: formatDay({ year, month, day }), anchor: "published" };
  },
};

/**
 * "April 24 and 25", "Dec. 7 or 8": the second day of the pair, in the first one's month (TIMEX3 tags
 * each day; the first is the month-day parser's).
 */
export const secondDay: Parser = {
  name: "second-day",
  pattern: new RegExp(
    `\\b(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:and|or)\\s+(\\d{1,2})(?:st|nd|rd|th)?(?=\\s*(?:[.,;:)]|$)|\\s+(?:in|at|when|with|to|before|after)\\b)`,
    "g",
  ),
  extract(m, ctx) {
    const month = monthNumber(m[1]);
    const first = Number(m[2]);
    const day = Number(m[3]);
    if (day <= first || day > 31) return undefined;
    const end = m.index + m[0].length;
    const year = yearOfDay(month, first, m, ctx);
    if (day > daysInMonth(year, month)) return undefined;
    return {
      start: m.index + m[0].lastIndexOf(m[3]),
      end,
      type: "DATE",
      value: formatDay({ year, month, day }),
      anchor: "published",
    };
  },
};

/** "6 January 2022", "the 6th of January". */
export const dayMonth: Parser = {
  name: "day-month",
  pattern: new RegExp(
    `\\b(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH})(?:,?\\s+(\\d{4}))?\\b`,
    "g",
  ),
  extract(m, ctx) {
    const month = monthNumber(m[2]);
    const day = Number(m[1]);
    if (day < 1 || day > 31) return undefined;
    if (AMBIGUOUS_MONTH.test(m[2]) && !m[3]) return undefined;
    if (m[3]) {
      const year = Number(m[3]);
      return { type: "DATE", value: formatDay({ year, month, day }), anchor: "explicit" };
    }
    const year = yearOfDay(month, day, m, ctx);
    return { type: "DATE", value: formatDay({ year, month, day }), anchor: "published" };
  },
};

/** "October", "late November", "July 1997", "March of 1991": a month, year inferred when absent. */
export const monthYear: Parser = {
  name: "month-year",
  pattern: new RegExp(`\\b${EDGE}(${MONTH})(?!\\w|['’](?!s\\b))(?:,?\\s+(?:of\\s+)?(\\d{4})\\b)?`, "g"),
  extract(m, ctx) {
    const month = monthNumber(m[1]);
    if (m[2]) return { type: "DATE", value: formatMonth(Number(m[2]), month), anchor: "explicit" };
    if (
      m[0] === m[1] &&
      AMBIGUOUS_MONTH.test(m[1]) &&
      !MONTH_CUE_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 12), m.index)) &&
      !monthAsModifier(ctx.text, m.index, m.index + m[0].length)
    ) {
      return undefined;
    }
    // A bare abbreviation ("Dec.") without a day is more often a sentence end than a month.
    if (m[0] === m[1] && /\.$/.test(m[1])) return undefined;
    // "Jan Kavan": a first name before a surname, not January.
    if (m[0] === "Jan" && /^\s+[A-Z][a-z]/.test(ctx.text.slice(m.index + 3, m.index + 6))) return undefined;
    return {
      type: "DATE",
      value: monthValue(
        month,
        ctx.dct,
        ctx.direction(m.index, m.index + m[0].length),
        isDeadline(ctx.text, m.index),
      ),
      anchor: "published",
    };
  },
};

/** "1991", "mid-1990", "fiscal 1989", "fiscal year 1990": a calendar or fiscal year. */
export const year: Parser = {
  name: "year",
  pattern:
    /(?<![\d$£€.,:/-])\b(?:(?:[Ee]arly|[Mm]id|[Ll]ate)[\s-]+)?(?:(?:[Ff]iscal(?:\s+[Yy]ear)?|FY)\s*)?(\d{4})\b(?![.,:/]\d|\s*%|-\d)/g,
  extract(m) {
    const y = Number(m[1]);
    if (y < MIN_BARE_YEAR || y > MAX_BARE_YEAR) return undefined;
    return { type: "DATE", value: formatYear(y), anchor: "explicit" };
  },
};

/** "the 1990s", "the mid-1980s", "the '60s": a decade, TIMEX3 "199X". */
export const decade: Parser = {
  name: "decade",
  pattern: /\b(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:(\d{3})0|['’](\d)0)['’]?s\b/gi,
  extract(m) {
    const value = m[1] ? `${m[1]}X` : `19${m[2]}X`;
    return { type: "DATE", value, anchor: "explicit" };
  },
};

/** "the 20th century" → "19": TIMEX3 writes a century as its two leading digits. */
export const century: Parser = {
  name: "century",
  pattern: /\b(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(\d{1,2})(?:st|nd|rd|th)[\s-]+century\b/gi,
  extract(m) {
    return { type: "DATE", value: pad2(Number(m[1]) - 1), anchor: "explicit" };
  },
};

export const absoluteParsers: Parser[] = [
  isoDate,
  slashDate,
  monthDay,
  secondDay,
  dayMonth,
  monthYear,
  year,
  decade,
  century,
];
