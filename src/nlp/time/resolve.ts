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
 * Year of a day stated without one ("January 6", "Dec. 28"): in a past-tense clause the most recent
 * such day on or before publication; in a future clause the next one on or after it; otherwise the
 * nearest one (news rarely reaches more than half a year either way without naming the year).
 */
export function inferYearOfDay(month: number, day: number, dct: Ymd, direction: Direction): number {
  const candidates = [dct.year - 1, dct.year, dct.year + 1].filter((y) => day <= daysInMonth(y, month));
  const distance = (y: number) => compareYmd({ year: y, month, day }, dct);
  if (direction === "past") {
    const onOrBefore = candidates.filter((y) => distance(y) <= 0);
    if (onOrBefore.length) return Math.max(...onOrBefore);
  } else if (direction === "future") {
    const onOrAfter = candidates.filter((y) => distance(y) >= 0);
    if (onOrAfter.length) return Math.min(...onOrAfter);
  }
  return nearest(candidates, (y) => Math.abs(distance(y)));
}

/** Year of a month stated without one ("in October"): same rule as days, at month granularity. */
export function inferYearOfMonth(month: number, dct: Ymd, direction: Direction): number {
  const delta = (y: number) => (y - dct.year) * 12 + (month - dct.month);
  const candidates = [dct.year - 1, dct.year, dct.year + 1];
  if (direction === "past") return Math.max(...candidates.filter((y) => delta(y) <= 0));
  if (direction === "future") return Math.min(...candidates.filter((y) => delta(y) >= 0));
  return nearest(candidates, (y) => Math.abs(delta(y)));
}

/** Year of a quarter stated without one ("the third quarter"), same rule at quarter granularity. */
export function inferYearOfQuarter(quarter: number, dct: Ymd, direction: Direction): number {
  const delta = (y: number) => (y - dct.year) * 4 + (quarter - quarterOf(dct));
  const candidates = [dct.year - 1, dct.year, dct.year + 1];
  if (direction === "future") return Math.min(...candidates.filter((y) => delta(y) >= 0));
  // Quarterly results are reported after the quarter ends: an unmarked quarter is the latest one begun.
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

export function monthValue(month: number, dct: Ymd, direction: Direction): string {
  return formatMonth(inferYearOfMonth(month, dct, direction), month);
}

export function quarterValue(quarter: number, dct: Ymd, direction: Direction): string {
  return formatQuarter(inferYearOfQuarter(quarter, dct, direction), quarter);
}

function nearest(candidates: number[], cost: (y: number) => number): number {
  let best = candidates[0];
  for (const c of candidates) if (cost(c) < cost(best)) best = c;
  return best;
}
