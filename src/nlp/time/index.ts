import type { Span } from "../../core/span.ts";
import type { TimeExpression, TimePrecision } from "../types.ts";
import { addDays, daysInMonth, formatDay, isoWeekStart, parseYmd } from "./calendar.ts";
import { createContext } from "./context.ts";
import { absoluteParsers } from "./parsers/absolute.ts";
import { durationParsers } from "./parsers/duration.ts";
import { partOfYearParsers } from "./parsers/partOfYear.ts";
import { periodParsers } from "./parsers/periods.ts";
import { relativeParsers } from "./parsers/relative.ts";
import { setParsers } from "./parsers/set.ts";
import { timeOfDayParsers } from "./parsers/timeOfDay.ts";
import { weekdayParsers } from "./parsers/weekday.ts";
import { resolveAnaphora } from "./refiners/anaphora.ts";
import { clockOnNamedDay } from "./refiners/clock-day.ts";
import { mergeDateAndTime, mergeMonthAndYear, mergeWeekdayAndDate } from "./refiners/merge.ts";
import { dropOverlaps } from "./refiners/overlap.ts";
import { attachRelation } from "./refiners/relation.ts";
import type { Candidate, Parser, Refiner } from "./types.ts";

export interface TimeOptions {
  /** Document creation time, YYYY-MM-DD (publication date). */
  dct: string;
  sentences?: Span[];
}

/**
 * The configuration is an ordered list of parsers and refiners (chrono's design). Earlier parsers
 * win ties between overlapping matches of the same length.
 */
export const parsers: Parser[] = [
  ...partOfYearParsers,
  ...periodParsers,
  ...setParsers,
  ...relativeParsers,
  ...absoluteParsers,
  ...weekdayParsers,
  ...timeOfDayParsers,
  ...durationParsers,
];

export const refiners: Refiner[] = [
  dropOverlaps,
  mergeWeekdayAndDate,
  mergeDateAndTime,
  mergeMonthAndYear,
  resolveAnaphora,
  clockOnNamedDay,
  attachRelation,
];

/** Finds the time expressions of a text and normalises them to TIMEX3 against the publication date. */
export function tagTimes(text: string, options: TimeOptions): TimeExpression[] {
  const ctx = createContext(text, parseYmd(options.dct), options.sentences);
  let candidates: Candidate[] = [];
  for (const parser of parsers) {
    parser.pattern.lastIndex = 0;
    for (let m = parser.pattern.exec(text); m; m = parser.pattern.exec(text)) {
      const found = parser.extract(m, ctx);
      if (!found) continue;
      const start = found.start ?? m.index;
      const end = found.end ?? m.index + m[0].length;
      if (end > start) candidates.push({ ...found, start, end, rule: parser.name });
    }
  }
  for (const refiner of refiners) candidates = refiner.refine(candidates, ctx);
  return candidates.map((c) => {
    const end = c.duration?.end ?? c.end;
    const expression: TimeExpression = {
      start: c.start,
      end,
      text: text.slice(c.start, end),
      type: c.duration ? "DURATION" : c.type,
      value: c.duration?.value ?? c.value,
      anchor: c.anchor,
    };
    if (c.duration) expression.date = c.value;
    const precision = precisionOf(expression.value);
    if (precision) expression.precision = precision;
    if (c.relation) expression.relation = c.relation;
    if (options.sentences) expression.sentence = ctx.sentenceAt(c.start);
    return expression;
  });
}

const PRECISIONS: [RegExp, TimePrecision][] = [
  [/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/, "minute"],
  [/^\d{4}-\d{2}-\d{2}T\d{2}$/, "hour"],
  [/^\d{4}-\d{2}-\d{2}/, "day"],
  [/^\d{4}-W\d{2}/, "week"],
  [/^\d{4}-\d{2}$/, "month"],
  [/^\d{4}-(Q[1-4]|SP|SU|FA|WI)$/, "quarter"],
  [/^\d{4}(-H[12])?$/, "year"],
  [/^\d{3}X$/, "decade"],
  [/^\d{2}$/, "century"],
];

function precisionOf(value: string): TimePrecision | undefined {
  return PRECISIONS.find(([re]) => re.test(value))?.[1];
}

const SEASON_MONTHS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] };

/** Calendar range covered by a TIMEX3 value, for filtering and merging; undefined for durations and references. */
export function timexRange(value: string): { start: string; end: string } | undefined {
  const day = /^(\d{4})-(\d{2})-(\d{2})(?:T|$)/.exec(value);
  if (day) return { start: `${day[1]}-${day[2]}-${day[3]}`, end: `${day[1]}-${day[2]}-${day[3]}` };
  const week = /^(\d{4})-W(\d{1,2})(-WE)?$/.exec(value);
  if (week) {
    const monday = isoWeekStart(Number(week[1]), Number(week[2]));
    return { start: formatDay(addDays(monday, week[3] ? 5 : 0)), end: formatDay(addDays(monday, 6)) };
  }
  const month = /^(\d{4})-(\d{2})(?:-XX)?$/.exec(value);
  if (month) return monthsRange(Number(month[1]), Number(month[2]), Number(month[2]));
  const quarter = /^(\d{4})-Q([1-4])$/.exec(value);
  if (quarter) return monthsRange(Number(quarter[1]), Number(quarter[2]) * 3 - 2, Number(quarter[2]) * 3);
  const half = /^(\d{4})-H([12])$/.exec(value);
  if (half) return monthsRange(Number(half[1]), Number(half[2]) * 6 - 5, Number(half[2]) * 6);
  const season = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (season) return monthsRange(Number(season[1]), ...SEASON_MONTHS[season[2]]);
  const year = /^(\d{4})$/.exec(value);
  if (year) return monthsRange(Number(year[1]), 1, 12);
  const decade = /^(\d{3})X$/.exec(value);
  if (decade) return { start: `${decade[1]}0-01-01`, end: `${decade[1]}9-12-31` };
  const century = /^(\d{2})(?:XX)?$/.exec(value);
  if (century) return { start: `${century[1]}00-01-01`, end: `${century[1]}99-12-31` };
  return undefined;
}

/** First day of `fromMonth` to last day of `toMonth`; months past 12 run into the next year (winter). */
function monthsRange(year: number, fromMonth: number, toMonth: number): { start: string; end: string } {
  const endYear = year + Math.floor((toMonth - 1) / 12);
  const endMonth = ((toMonth - 1) % 12) + 1;
  return {
    start: formatDay({ year, month: fromMonth, day: 1 }),
    end: formatDay({ year: endYear, month: endMonth, day: daysInMonth(endYear, endMonth) }),
  };
}
