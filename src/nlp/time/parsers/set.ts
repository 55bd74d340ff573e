import { pad2 } from "../calendar.ts";
import type { Parser } from "../types.ts";
import { monthNumber, PART_OF_DAY, SEASON, seasonCode, WEEKDAY, weekdayNumber } from "../words.ts";

const ADVERB_PERIOD: Record<string, string> = {
  hourly: "PT1H",
  daily: "P1D",
  nightly: "P1D",
  weekly: "P1W",
  monthly: "P1M",
  quarterly: "P3M",
  yearly: "P1Y",
  annually: "P1Y",
  annual: "P1Y",
};
const UNIT_PERIOD: Record<string, string> = {
  hour: "PT1H",
  day: "P1D",
  night: "P1D",
  week: "P1W",
  month: "P1M",
  quarter: "P1Q",
  year: "P1Y",
};

/** Words that put a frequency word in an adjective slot before a noun. */
const ADJECTIVE_SLOT =
  /\b(?:the|a|an|its|their|his|her|our|your|average|initial|regular|first|latest|usual|normal|this|that)\s+$/i;

/**
 * An amount ending just before a frequency adverb, with at most one word between: "rise 8.5%
 * annually", "10,000 units annually", "$17.9 million annually" are rates, which TimeBank leaves untagged.
 */
const AMOUNT_BEFORE = /(?:\d|%|\bpercent|\bmillion|\bbillion|\bthousand)\s+(?:[a-z]+\s+)?$/i;

/**
 * "daily", "every day", "each year", "twice a week": a frequency, TIMEX3 SET. A rate after an amount
 * ("$2 million a year", "$55 a night") is part of a measure, which TimeBank leaves untagged (1 in 6).
 */
export const frequency: Parser = {
  name: "frequency",
  pattern:
    /\b(?:(hourly|daily|nightly|weekly|monthly|quarterly|yearly|annually)|(?:every|each|per)\s+(hour|day|night|week|month|quarter|year)|(?<=\b(?:once|twice|times)\s+)a\s+(hour|day|night|week|month|quarter|year))\b/gi,
  extract(m, ctx) {
    // A frequency adjective before its noun ("its quarterly dividend", "average daily volume") is not tagged.
    // "on a daily basis" is the adverb "daily" in other words, not an adjective slot.
    const end = m.index + m[0].length;
    const basis =
      /\b(?:on|at)\s+an?\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 8), m.index)) &&
      /^\s+basis\b/i.test(ctx.text.slice(end, end + 7));
    if (m[1] && !basis && ADJECTIVE_SLOT.test(ctx.text.slice(Math.max(0, m.index - 12), m.index)))
      return undefined;
    if (m[1] && AMOUNT_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 24), m.index))) return undefined;
    if (m[1]) return { type: "SET", value: ADVERB_PERIOD[m[1].toLowerCase()], anchor: "none" };
    return { type: "SET", value: UNIT_PERIOD[(m[2] ?? m[3]).toLowerCase()], anchor: "none" };
  },
};

/** "every Monday", "on Tuesdays", "each Thursday", "Tuesday nights": TIMEX3 XXXX-WXX-1. */
export const weekdaySet: Parser = {
  name: "weekday-set",
  pattern: new RegExp(
    `\\b(?:(?:[Ee]very|[Ee]ach)\\s+(${WEEKDAY})(?:\\s+(morning|afternoon|evening|night))?|(${WEEKDAY})s(?:\\s+(morning|afternoon|evening|night)s)?|(${WEEKDAY})\\s+(morning|afternoon|evening|night)s)\\b`,
    "g",
  ),
  extract(m) {
    const day = weekdayNumber(m[1] ?? m[3] ?? m[5]);
    const part = m[2] ?? m[4] ?? m[6];
    return {
      type: "SET",
      value: `XXXX-WXX-${day}${part ? `T${PART_OF_DAY[part.toLowerCase()]}` : ""}`,
      anchor: "none",
    };
  },
};

/** "each July", "every spring": the month or season in every year, TIMEX3 XXXX-07 / XXXX-SP. */
export const yearlySet: Parser = {
  name: "yearly-set",
  pattern: new RegExp(
    `\\b(?:[Ee]very|[Ee]ach)\\s+(?:(January|February|March|April|May|June|July|August|September|October|November|December)|(${SEASON}))\\b`,
    "g",
  ),
  extract(m) {
    const part = m[1] ? pad2(monthNumber(m[1])) : seasonCode(m[2]);
    return { type: "SET", value: `XXXX-${part}`, anchor: "none" };
  },
};

/**
 * "on Monday and Tuesday nights", "Mondays and Thursdays": a weekday joined to a plural one shares
 * its frequency (the plural itself is the weekday-set parser's).
 */
export const sharedWeekdaySet: Parser = {
  name: "shared-weekday-set",
  pattern: new RegExp(
    `\\b(${WEEKDAY})(?=(?:s|\\s+(morning|afternoon|evening|night)s)?,?\\s+(?:and|or)\\s+${WEEKDAY}(?:s\\b|\\s+(morning|afternoon|evening|night)s\\b))`,
    "g",
  ),
  extract(m) {
    const part = m[2] ?? m[3];
    return {
      type: "SET",
      value: `XXXX-WXX-${weekdayNumber(m[1])}${part ? `T${PART_OF_DAY[part.toLowerCase()]}` : ""}`,
      anchor: "none",
    };
  },
};

export const setParsers: Parser[] = [frequency, weekdaySet, yearlySet, sharedWeekdaySet];
