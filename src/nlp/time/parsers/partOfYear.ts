import { addMonths, formatQuarter, formatYear, quarterOf } from "../calendar.ts";
import { inferYearOfQuarter } from "../resolve.ts";
import type { Parser } from "../types.ts";
import { ORDINAL, ordinalValue } from "../words.ts";

/**
 * "the third quarter", "third-quarter", "the first quarter of 1990", "1989's fourth quarter",
 * "next year's first quarter",
 * "fiscal 1990 second quarter": TIMEX3 1989-Q3, year inferred from tense when absent.
 */
export const ordinalQuarter: Parser = {
  name: "ordinal-quarter",
  pattern: new RegExp(
    `\\b(?:the\\s+)?(?:(?:fiscal\\s+)?(\\d{4})(?:'s)?\\s+|(this|last|next)\\s+year['’]s\\s+)?(?:fiscal\\s+)?(${ORDINAL})[\\s-]+(?:fiscal[\\s-]+)?quarter\\b(?:\\s+(?:of\\s+)?(?:fiscal\\s+)?(?:(\\d{4})\\b|(this|last|next)\\s+year\\b))?`,
    "gi",
  ),
  extract(m, ctx) {
    const quarter = ordinalValue(m[3]);
    const stated = m[1] ?? m[4];
    if (stated) return { type: "DATE", value: formatQuarter(Number(stated), quarter), anchor: "explicit" };
    const relativeYear = m[2] ?? m[5];
    if (relativeYear) {
      const shift = { this: 0, last: -1, next: 1 }[relativeYear.toLowerCase() as "this" | "last" | "next"];
      return { type: "DATE", value: formatQuarter(ctx.dct.year + shift, quarter), anchor: "published" };
    }
    return {
      type: "DATE",
      value: formatQuarter(inferYearOfQuarter(quarter, ctx.dct), quarter),
      anchor: "published",
    };
  },
};

/**
 * "the quarter", "the latest quarter", "the current quarter", "the latest period": the quarter under
 * discussion — in quarterly-results news, the latest quarter begun before publication. "The
 * quarter-to-quarter comparison" is a kind of comparison, not a quarter.
 */
export const currentQuarter: Parser = {
  name: "current-quarter",
  pattern:
    /\b(?:the|this)\s+(?:(latest|current|recent|most\s+recent|just-ended|just\s+ended|latest\s+fiscal)\s+)?(quarter|period)\b(?!\s+(?:of|ended|ending|before|after)\b|-to-)/gi,
  extract(m, ctx) {
    if (m[2].toLowerCase() === "period" && !m[1]) return undefined;
    const word = (m[1] ?? "").toLowerCase();
    const start = addMonths(ctx.dct, word.includes("current") ? 0 : -3);
    return {
      type: "DATE",
      value: formatQuarter(start.year, quarterOf(start)),
      anchor: "published",
      anaphor: { referents: ["quarter"] },
    };
  },
};

/**
 * "the 1988 quarter", "the 1989 period", "last year's quarter", "the corresponding period last year",
 * "the same quarter a year ago": the quarter under discussion, moved to the stated or previous year.
 */
export const quarterOfYear: Parser = {
  name: "quarter-of-year",
  pattern:
    /\b(?:the\s+(\d{4})\s+(?:quarter|period)|(this|last)\s+year['’]s\s+(?:quarter|period)|the\s+(?:same|corresponding|comparable|year-ago|year-earlier)\s+(?:quarter|period)\s+(?:of\s+)?(?:last\s+year|a\s+year\s+(?:ago|earlier)))\b/gi,
  extract(m, ctx) {
    const year = m[1] ? Number(m[1]) : m[2] && /^this$/i.test(m[2]) ? ctx.dct.year : ctx.dct.year - 1;
    const fallback = m[1] ? formatYear(year) : formatQuarter(year, quarterOf(addMonths(ctx.dct, -3)));
    return {
      type: "DATE",
      value: fallback,
      anchor: m[1] ? "explicit" : "published",
      anaphor:
        m[1] || /^this$/i.test(m[2] ?? "")
          ? { referents: ["quarter"], year }
          : { referents: ["quarter"], years: -1 },
    };
  },
};

/**
 * "the first half", "the second half of 1990", "the last half of 1989", "the first two quarters of
 * 1990": TIMEX3 1990-H1. Half of a decade has no TIMEX3 value of its own: "the last half of the '80s"
 * is written as the decade.
 */
export const half: Parser = {
  name: "half-year",
  pattern:
    /\b(?:the\s+)?(?:(first|second|1st|2nd|last)\s+half|(first|last)\s+two\s+quarters(?=\s+of\s+(?:fiscal\s+)?\d{4}\b))\b(?:\s+of\s+(?:(?:fiscal\s+)?(\d{4})|(this|last|next)\s+year|the\s+(?:(\d{3})0|['’](\d)0)['’]?s\b))?/gi,
  extract(m, ctx) {
    if (m[5] || m[6]) return { type: "DATE", value: m[5] ? `${m[5]}X` : `19${m[6]}X`, anchor: "explicit" };
    const ordinal = m[1] ?? m[2];
    const h = /^last$/i.test(ordinal) ? 2 : ordinalValue(ordinal);
    if (m[3]) return { type: "DATE", value: `${m[3]}-H${h}`, anchor: "explicit" };
    const shift = m[4] ? { this: 0, last: -1, next: 1 }[m[4].toLowerCase() as "this" | "last" | "next"] : 0;
    return { type: "DATE", value: `${formatYear(ctx.dct.year + shift)}-H${h}`, anchor: "published" };
  },
};

/** "fiscal 1990", "fiscal year 1990", "FY1990": the fiscal year the company names, written as the year. */
export const fiscalYear: Parser = {
  name: "fiscal-year",
  pattern:
    /\b(?:(?:the\s+)?(?:current|this|last|next|previous)\s+fiscal\s+year|(?:fiscal(?:\s+year)?|FY)\s*['’]?(\d{4}|\d{2}))\b/gi,
  extract(m, ctx) {
    if (m[1]) return { type: "DATE", value: m[1].length === 2 ? `19${m[1]}` : m[1], anchor: "explicit" };
    const shift = /last|previous/i.test(m[0]) ? -1 : /next/i.test(m[0]) ? 1 : 0;
    return { type: "DATE", value: formatYear(ctx.dct.year + shift), anchor: "published" };
  },
};

export const partOfYearParsers: Parser[] = [ordinalQuarter, currentQuarter, quarterOfYear, half, fiscalYear];
