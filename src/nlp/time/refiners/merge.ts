import type { Candidate, Refiner } from "../types.ts";

/** What may separate a clock time from the day it belongs to: "5 p.m. EST Nov. 9", "noon Thursday", "Friday at 3 p.m.". */
const TIME_DAY_GAP = /^\s*(?:,|on|at)?\s*$/i;
/** What may separate a weekday from the date it names: "Thursday, Jan. 6" or "Jan. 6 (Thursday)". */
const WEEKDAY_DATE_GAP = /^\s*,?\s*\(?\s*$/;
const DAY_VALUE = /^\d{4}-\d{2}-\d{2}$/;

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
