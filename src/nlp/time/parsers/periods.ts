import {
  addDays,
  addMonths,
  formatDay,
  formatQuarter,
  formatWeek,
  formatYear,
  isoWeekday,
  quarterOf,
  weekdayOnOrAfter,
} from "../calendar.ts";
import { inferYearOfDay } from "../resolve.ts";
import type { Parser } from "../types.ts";
import { CARDINAL_WORDS, MONTH, monthNumber, ordinalValue } from "../words.ts";

/** "nineteen ninety-six", "the year two thousand": years read out in broadcast transcripts. */
export const spokenYear: Parser = {
  name: "spoken-year",
  pattern:
    /\b(?:(?:the\s+year\s+)?two\s+thousand(?:\s+(?:and\s+)?(one|two|three|four|five|six|seven|eight|nine))?|nineteen[\s-]+(ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](one|two|three|four|five|six|seven|eight|nine))?)\b/gi,
  extract(m) {
    // "two thousand" alone is a count unless it is "the year two thousand".
    if (!m[2] && !m[1] && !/^the\s+year/i.test(m[0])) return undefined;
    const year = m[2]
      ? 1900 + CARDINAL_WORDS[m[2].toLowerCase()] + (m[3] ? CARDINAL_WORDS[m[3].toLowerCase()] : 0)
      : 2000 + (m[1] ? CARDINAL_WORDS[m[1].toLowerCase()] : 0);
    return { type: "DATE", value: formatYear(year), anchor: "explicit" };
  },
};

/** "over the weekend", "the weekend": the latest weekend begun before publication, TIMEX3 2022-W01-WE. */
export const theWeekend: Parser = {
  name: "the-weekend",
  pattern: /\b(?<=(?:over|during|at|on|for|through|since)\s+)the\s+weekend\b/gi,
  extract(_m, ctx) {
    // A weekend "begun" means its Saturday is on or before publication.
    const daysSinceSaturday = (isoWeekday(ctx.dct) - 6 + 7) % 7;
    return {
      type: "DATE",
      value: `${formatWeek(addDays(ctx.dct, -daysSinceSaturday))}-WE`,
      anchor: "published",
    };
  },
};

/**
 * "the quarter ended Sept. 30", "its fourth quarter ended June 30", "the year ended March 31": a
 * fiscal period named by its last day. The year, which does not match a calendar
 * year, is written as the duration P1Y (TimeBank's practice); the closing date is tagged on its own.
 */
export const periodEnded: Parser = {
  name: "period-ended",
  pattern: new RegExp(
    `\\b(?:the|its)\\s+(?:(?:fiscal|latest|final)\\s+)?(?:(first|second|third|fourth)\\s+)?(quarter|year|period)(?=\\s+(?:that\\s+)?end(?:ed|ing|s)\\s+(${MONTH})\\s+(\\d{1,2})\\b(?:,?\\s+(\\d{4}))?)`,
    "g",
  ),
  extract(m, ctx) {
    const word = m[2].toLowerCase();
    if (word !== "quarter") return { type: "DURATION", value: "P1Y", anchor: "none" };
    const month = monthNumber(m[3]);
    const year = m[5] ? Number(m[5]) : inferYearOfDay(month, Number(m[4]), ctx.dct);
    // A named quarter is the company's own (fiscal) count; else the calendar quarter holding most of
    // the three months that end on the date (its middle month): ended July 31 → Q2, ended Sept. 30 → Q3.
    const quarter = m[1] ? ordinalValue(m[1]) : quarterOf(addMonths({ year, month, day: 1 }, -1));
    return {
      type: "DATE",
      value: formatQuarter(year, quarter),
      anchor: m[5] ? "explicit" : "published",
    };
  },
};

/**
 * "the year", "for the full year", "for the fiscal year", "the end of the year", "year-end", "earlier in the year": the
 * publication year when no other year is in play (a preceding "ended"/"ending" date makes it a fiscal year).
 */
export const theYear: Parser = {
  name: "the-year",
  pattern:
    /\b(?:(?:earlier|later)\s+in\s+the\s+year|the\s+(?:end|rest|balance|remainder|start|beginning)\s+of\s+the\s+year|(?<=\b(?:for|of|by|in|throughout|during)\s+)the\s+(?:full\s+|whole\s+|entire\s+|calendar\s+|current\s+fiscal\s+|fiscal\s+)?year(?!\s+(?:end(?:ed|ing)|before|after|ago|earlier|later|to|of|in)\b|['’-])|year[\s-]end\b|year['’]s\s+end)\b/gi,
  extract(_m, ctx) {
    return { type: "DATE", value: formatYear(ctx.dct.year), anchor: "published" };
  },
};

/** "the near term", "the short term", "at a later date", "coming quarters", "future quarters": an unspecified future. */
export const nearFuture: Parser = {
  name: "near-future",
  pattern:
    /\b(?:the\s+(?:near|short)\s+term|a\s+(?:later|future)\s+date|(?:coming|future|upcoming)\s+(?:quarters|months|years|weeks))\b/gi,
  extract() {
    return { type: "DATE", value: "FUTURE_REF", anchor: "published" };
  },
};

/** Fixed-date holidays: month and day. Movable feasts are left to a calendar we do not carry. */
const FIXED_HOLIDAYS: Record<string, [number, number]> = {
  "new year's day": [1, 1],
  "new year's eve": [12, 31],
  "christmas day": [12, 25],
  christmas: [12, 25],
  "christmas eve": [12, 24],
  "independence day": [7, 4],
  "valentine's day": [2, 14],
  halloween: [10, 31],
};

/** "Christmas", "New Year's Day", "Thanksgiving Day", "Election Day": the nearest one to publication. */
export const holiday: Parser = {
  name: "holiday",
  pattern:
    /\b(?:New\s+Year['’]s\s+(?:Day|Eve)|Christmas(?:\s+(?:Day|Eve))?|Independence\s+Day|Valentine['’]s\s+Day|Halloween|Thanksgiving(?:\s+Day)?|Election\s+Day)\b/g,
  extract(m, ctx) {
    const name = m[0].toLowerCase().replace(/\s+/g, " ").replace("’", "'");
    if (name.startsWith("thanksgiving")) {
      // US Thanksgiving: the fourth Thursday of November, in the year nearest publication.
      const year = inferYearOfDay(11, 25, ctx.dct);
      const firstThursday = weekdayOnOrAfter({ year, month: 11, day: 1 }, 4);
      return { type: "DATE", value: formatDay(addDays(firstThursday, 21)), anchor: "published" };
    }
    if (name === "election day") {
      // US Election Day: the Tuesday after the first Monday of November, in the year nearest publication.
      const year = inferYearOfDay(11, 5, ctx.dct);
      return {
        type: "DATE",
        value: formatDay(weekdayOnOrAfter({ year, month: 11, day: 2 }, 2)),
        anchor: "published",
      };
    }
    const [month, day] = FIXED_HOLIDAYS[name];
    return {
      type: "DATE",
      value: formatDay({ year: inferYearOfDay(month, day, ctx.dct), month, day }),
      anchor: "published",
    };
  },
};

export const periodParsers: Parser[] = [spokenYear, theWeekend, periodEnded, theYear, nearFuture, holiday];
