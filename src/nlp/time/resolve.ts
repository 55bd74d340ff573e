import {
  addDays,
  compareYmd,
  daysInMonth,
  formatDay,
  formatMonth,
  formatQuarter,
  isoWeekday,
  quarterOf,
  type Ymd,
} from "./calendar.ts";
import type { Direction } from "./types.ts";

/**
 * Year of a day or month stated without one ("January 6", "Dec. 28", "in October"): the nearest
 * one to publication. Tense was tried and measured worse: past verbs often set deadlines ("extended
 * the offer to Nov. 20") and news rarely reaches half a year either way without naming the year.
 */
export function inferYearOfDay(month: number, day: number, dct: Ymd): number {
  const candidates = [dct.year - 1, dct.year, dct.year + 1].filter((y) => day <= daysInMonth(y, month));
  return nearest(candidates, (y) => Math.abs(compareYmd({ year: y, month, day }, dct)));
}

export function inferYearOfMonth(month: number, dct: Ymd): number {
  return nearest([dct.year - 1, dct.year, dct.year + 1], (y) =>
    Math.abs((y - dct.year) * 12 + (month - dct.month)),
  );
}

/** Year of a quarter stated without one ("the third quarter"), same rule at quarter granularity. */
export function inferYearOfQuarter(quarter: number, dct: Ymd): number {
  const delta = (y: number) => (y - dct.year) * 4 + (quarter - quarterOf(dct));
  const candidates = [dct.year - 1, dct.year, dct.year + 1];
  // Quarterly results are reported after the quarter ends, often in future clauses ("expects to
  // report third-quarter profit"): an unmarked quarter is the latest one begun, whatever the tense.
  return Math.max(...candidates.filter((y) => delta(y) <= 0));
}

/**
 * Day of a weekday named without a date ("on Thursday"): in news the most recent one on or before
 * publication unless the clause looks ahead ("will meet on Monday" → the next Monday after it).
 */
export function resolveWeekday(weekday: number, dct: Ymd, direction: Direction): string {
  const today = isoWeekday(dct);
  if (direction === "future") {
    const ahead = (weekday - today + 7) % 7 || 7;
    return formatDay(addDays(dct, ahead));
  }
  return formatDay(addDays(dct, -((today - weekday + 7) % 7)));
}

export function monthValue(month: number, dct: Ymd): string {
  return formatMonth(inferYearOfMonth(month, dct), month);
}

export function quarterValue(quarter: number, dct: Ymd): string {
  return formatQuarter(inferYearOfQuarter(quarter, dct), quarter);
}

function nearest(candidates: number[], cost: (y: number) => number): number {
  let best = candidates[0];
  for (const c of candidates) if (cost(c) < cost(best)) best = c;
  return best;
}
