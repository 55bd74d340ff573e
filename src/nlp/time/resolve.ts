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
 * How far from publication, in months, a day or month without a year is simply the nearest one
 * whatever the tense: past verbs often set near deadlines ("extended the offer to Nov. 20"), but
 * beyond a season's distance a past clause means the one before publication ("killed on Oct. 23"
 * in May is last October) and a future clause the one after.
 */
const NEAREST_YEAR_WINDOW_MONTHS = 3;
/**
 * Against the tense, the nearest one wins only when it is this close (in months) unless the date is a
 * deadline ("extended the offer to Nov. 20", "effective Feb. 1"): "in January, the company brought in
 * a new chief" written in late October is the January before, not the one ahead.
 */
const AGAINST_TENSE_WINDOW_MONTHS = 2;
/**
 * A deadline set in a past clause lies ahead of the verb that set it: up to half a year ahead it is
 * the one after publication ("created an office effective Feb. 1" in late October is next February).
 */
const DEADLINE_AHEAD_MONTHS = 6;

/**
 * Year of a day or month stated without one ("January 6", "Dec. 28", "in October"): the nearest one
 * to publication when it is within the window, else the one the clause's tense points to.
 */
export function inferYearOfDay(
  month: number,
  day: number,
  dct: Ymd,
  direction: Direction = "unknown",
  deadline = false,
): number {
  const candidates = [dct.year - 1, dct.year, dct.year + 1].filter((y) => day <= daysInMonth(y, month));
  const offset = (y: number) => compareYmd({ year: y, month, day }, dct);
  return pickYear(candidates, offset, 31, direction, deadline);
}

export function inferYearOfMonth(
  month: number,
  dct: Ymd,
  direction: Direction = "unknown",
  deadline = false,
): number {
  const offset = (y: number) => (y - dct.year) * 12 + (month - dct.month);
  return pickYear([dct.year - 1, dct.year, dct.year + 1], offset, 1, direction, deadline);
}

/** Months within which the nearest date wins: the full window unless it lies against the tense of a non-deadline clause. */
function windowFor(offset: number, direction: Direction, deadline: boolean): number {
  if (direction === "past" && offset > 0)
    return deadline ? DEADLINE_AHEAD_MONTHS : AGAINST_TENSE_WINDOW_MONTHS;
  if (direction === "future" && offset < 0 && !deadline) return AGAINST_TENSE_WINDOW_MONTHS;
  return NEAREST_YEAR_WINDOW_MONTHS;
}

/**
 * The nearest candidate if it is within its window (`offset` counts `perMonth` units a month); else
 * the latest on or before publication (past) or the earliest on or after (future).
 */
function pickYear(
  candidates: number[],
  offset: (y: number) => number,
  perMonth: number,
  direction: Direction,
  deadline: boolean,
): number {
  const closest = nearest(candidates, (y) => Math.abs(offset(y)));
  const o = offset(closest);
  if (direction === "unknown" || Math.abs(o) <= windowFor(o, direction, deadline) * perMonth) return closest;
  const side = candidates.filter((y) => (direction === "past" ? offset(y) <= 0 : offset(y) >= 0));
  if (!side.length) return closest;
  return direction === "past" ? Math.max(...side) : Math.min(...side);
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

export function monthValue(
  month: number,
  dct: Ymd,
  direction: Direction = "unknown",
  deadline = false,
): string {
  return formatMonth(inferYearOfMonth(month, dct, direction, deadline), month);
}

export function quarterValue(quarter: number, dct: Ymd): string {
  return formatQuarter(inferYearOfQuarter(quarter, dct), quarter);
}

function nearest(candidates: number[], cost: (y: number) => number): number {
  let best = candidates[0];
  for (const c of candidates) if (cost(c) < cost(best)) best = c;
  return best;
}
