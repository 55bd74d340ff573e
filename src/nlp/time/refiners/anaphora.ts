import {
  addDays,
  addMonths,
  formatDay,
  formatMonth,
  formatQuarter,
  formatWeek,
  formatYear,
  parseYmd,
  quarterOf,
} from "../calendar.ts";
import type { Anaphor, Refiner } from "../types.ts";

const CALENDAR_VALUE = /^(\d{4})(?:-(Q[1-4]|H[12]|\d{2}|W\d{2}|SP|SU|FA|WI)(?:-(\d{2}))?)?$/;

/**
 * Resolves "a year earlier", "two days later", "the year-earlier quarter" against the most recent
 * calendar date mentioned before them: in "profit rose in the third quarter from a year earlier"
 * the year earlier is 1988-Q3, not the year before publication.
 */
export const resolveAnaphora: Refiner = {
  name: "resolve-anaphora",
  refine(candidates, ctx) {
    const latest: Record<"quarter" | "any", string | undefined> = { quarter: undefined, any: undefined };
    const currentQuarter = formatQuarter(ctx.dct.year, quarterOf(ctx.dct));
    for (const c of candidates) {
      if (c.anaphor) {
        for (const kind of c.anaphor.referents) {
          const referent = latest[kind];
          const shifted = referent && cut(shift(referent, c.anaphor), c.anaphor.unit);
          if (shifted) {
            c.value = shifted;
            break;
          }
        }
        // An anaphor is not itself a new topic: "the year-earlier period" after "a year earlier" still looks back from the same quarter.
        continue;
      }
      if (c.type === "DURATION" || c.type === "SET") continue;
      const value = c.value.slice(0, 10);
      if (!CALENDAR_VALUE.test(value)) continue;
      latest.any = value;
      // Results are reported for a quarter ended by publication: a quarter ahead ("losses until the
      // third quarter of next year") is a forecast, not the quarter the year-ago figures compare with,
      // and an earlier quarter mentioned after the reported one ("after a flat second quarter") is
      // background: the quarter under discussion is the latest ended one mentioned so far.
      if (/-Q[1-4]$/.test(value) && value < currentQuarter && !(latest.quarter && latest.quarter > value))
        latest.quarter = value;
    }
    return candidates;
  },
};

/** A calendar value cut to a coarser unit ("1998-10-23" to the year 1998); undefined when it is coarser than the unit. */
function cut(value: string | undefined, unit: Anaphor["unit"]): string | undefined {
  if (!value || !unit) return value;
  if (unit === "year") return value.slice(0, 4);
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (unit === "quarter") {
    if (/^\d{4}-Q[1-4]$/.test(value)) return value;
    return m ? formatQuarter(Number(m[1]), quarterOf({ year: 0, month: Number(m[2]), day: 1 })) : undefined;
  }
  if (unit === "month") return m ? `${m[1]}-${m[2]}` : undefined;
  if (unit === "week")
    return /^\d{4}-W\d{2}$/.test(value) ? value : m?.[3] ? formatWeek(parseYmd(value)) : undefined;
  return m?.[3] ? value : undefined;
}

function shift(value: string, anaphor: Anaphor): string | undefined {
  const m = CALENDAR_VALUE.exec(value);
  if (!m) return undefined;
  const days = anaphor.days ?? 0;
  const year = Number(m[1]);
  const years = anaphor.year !== undefined ? anaphor.year - year : (anaphor.years ?? 0);
  const part = m[2];
  if (!part) return days && !years ? undefined : formatYear(year + years);
  if (/^(Q|H|SP|SU|FA|WI)/.test(part)) {
    if (part.startsWith("Q") && days && !years) {
      const d = addMonths({ year, month: (Number(part[1]) - 1) * 3 + 1, day: 1 }, Math.round(days / 30));
      return formatQuarter(d.year, quarterOf(d));
    }
    return `${formatYear(year + years)}-${part}`;
  }
  if (part.startsWith("W"))
    return formatWeek(
      addDays(parseYmd(`${formatYear(year)}-01-04`), Number(part.slice(1)) * 7 - 7 + days + years * 364),
    );
  if (!m[3]) {
    const d = addMonths({ year, month: Number(part), day: 1 }, years * 12 + Math.round(days / 30));
    return formatMonth(d.year, d.month);
  }
  const d = addDays(addMonths({ year, month: Number(part), day: Number(m[3]) }, years * 12), days);
  return formatDay(d);
}
