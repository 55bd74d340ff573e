import type { Candidate, Refiner } from "../types.ts";

/** What may separate a clock time from the day it belongs to: "5 p.m. EST Nov. 9", "noon Thursday", "Friday at 3 p.m.". */
const TIME_DAY_GAP = /^\s*(?:,|on|at)?\s*$/i;
/** What may separate a weekday from the date it names: "Thursday, Jan. 6" or "Jan. 6 (Thursday)". */
const WEEKDAY_DATE_GAP = /^\s*,?\s*\(?\s*$/;
const DAY_VALUE = /^\d{4}-\d{2}-\d{2}$/;
/** What may separate a month or season from the year it is in: "January 1997", "the winter of 1994", "February this year". */
const MONTH_YEAR_GAP = /^\s*,?\s*(?:of\s+)?$/i;
/** A month or season whose year was inferred, not stated. */
const YEARLESS_PART = /^\d{4}-(?:\d{2}|SP|SU|FA|WI)$/;
const YEAR_VALUE = /^\d{4}$/;

/** Joins a clock time with an adjacent day into one TIME ("10 p.m. Wednesday" → 1998-02-11T22:00). */
export const mergeDateAndTime: Refiner = {
  name: "merge-date-and-time",
  refine(candidates, ctx) {
    return mergeAdjacent(candidates, ctx.text, (a, b, gap) => {
      if (!TIME_DAY_GAP.test(gap)) return undefined;
      const time = a.timeOfDay ? a : b.timeOfDay ? b : undefined;
      const day = time === a ? b : a;
      if (!time || !DAY_VALUE.test(day.value)) return undefined;
      return {
        ...day,
        type: "TIME",
        value: `${day.value}T${time.timeOfDay}`,
        timeOfDay: undefined,
        rule: `${day.rule}+${time.rule}`,
      };
    });
  },
};

/** Joins a weekday with the date it names, keeping the date's value ("Thursday, January 6"). */
export const mergeWeekdayAndDate: Refiner = {
  name: "merge-weekday-and-date",
  refine(candidates, ctx) {
    return mergeAdjacent(candidates, ctx.text, (a, b, gap) => {
      if (!WEEKDAY_DATE_GAP.test(gap)) return undefined;
      if (a.rule === "weekday" && b.rule !== "weekday" && DAY_VALUE.test(b.value))
        return { ...b, rule: `${a.rule}+${b.rule}` };
      return undefined;
    });
  },
};

/**
 * Joins a month or season with the year right after it, which the month parser does not read when
 * it is spoken or relative: "January nineteen ninety-seven" → 1997-01, "in February this year",
 * "the winter of nineteen ninety-four" → 1994-WI.
 */
export const mergeMonthAndYear: Refiner = {
  name: "merge-month-and-year",
  refine(candidates, ctx) {
    return mergeAdjacent(candidates, ctx.text, (a, b, gap) => {
      if (!MONTH_YEAR_GAP.test(gap) || a.anchor !== "published" || !YEARLESS_PART.test(a.value))
        return undefined;
      if (b.type !== "DATE" || b.anaphor || !YEAR_VALUE.test(b.value)) return undefined;
      return { ...a, value: `${b.value}${a.value.slice(4)}`, anchor: b.anchor, rule: `${a.rule}+${b.rule}` };
    });
  },
};

function mergeAdjacent(
  candidates: Candidate[],
  text: string,
  merge: (a: Candidate, b: Candidate, gap: string) => Omit<Candidate, "start" | "end"> | undefined,
): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    const prev = out[out.length - 1];
    if (prev && c.start >= prev.end) {
      const merged = merge(prev, c, text.slice(prev.end, c.start));
      if (merged) {
        out[out.length - 1] = { ...merged, start: prev.start, end: c.end };
        continue;
      }
    }
    out.push(c);
  }
  return out;
}
