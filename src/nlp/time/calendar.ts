/** Calendar arithmetic on plain year/month/day numbers, in UTC so no time zone can shift a day. */

export interface Ymd {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

const DAY_MS = 86_400_000;

export function parseYmd(iso: string): Ymd {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) throw new Error(`Expected a date as YYYY-MM-DD, got "${iso}"`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

function toEpochDay(d: Ymd): number {
  return Date.UTC(d.year, d.month - 1, d.day) / DAY_MS;
}

function fromEpochDay(n: number): Ymd {
  const date = new Date(n * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: Ymd, days: number): Ymd {
  return fromEpochDay(toEpochDay(d) + days);
}

/** Months are added on the first of the month; days past the end clamp to its last day. */
export function addMonths(d: Ymd, months: number): Ymd {
  const index = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function compareYmd(a: Ymd, b: Ymd): number {
  return toEpochDay(a) - toEpochDay(b);
}

/** ISO weekday: Monday = 1 … Sunday = 7. */
export function isoWeekday(d: Ymd): number {
  const w = new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** The first day on or after `d` that falls on `weekday` (ISO: 1 = Monday … 7 = Sunday). */
export function weekdayOnOrAfter(d: Ymd, weekday: number): Ymd {
  return addDays(d, (weekday - isoWeekday(d) + 7) % 7);
}

/** ISO-8601 week-numbering year and week of a day (weeks start on Monday; week 1 holds the first Thursday). */
export function isoWeek(d: Ymd): { year: number; week: number } {
  const thursday = addDays(d, 4 - isoWeekday(d));
  const jan1 = { year: thursday.year, month: 1, day: 1 };
  return { year: thursday.year, week: Math.floor((toEpochDay(thursday) - toEpochDay(jan1)) / 7) + 1 };
}

/** Monday of ISO week `week` of ISO year `year`. */
export function isoWeekStart(year: number, week: number): Ymd {
  const jan4 = { year, month: 1, day: 4 };
  return addDays(jan4, 1 - isoWeekday(jan4) + (week - 1) * 7);
}

export function quarterOf(d: Ymd): number {
  return Math.floor((d.month - 1) / 3) + 1;
}

const pad2 = (n: number) => String(n).padStart(2, "0");
const pad4 = (n: number) => String(n).padStart(4, "0");

export function formatDay(d: Ymd): string {
  return `${pad4(d.year)}-${pad2(d.month)}-${pad2(d.day)}`;
}
export function formatMonth(year: number, month: number): string {
  return `${pad4(year)}-${pad2(month)}`;
}
export function formatYear(year: number): string {
  return pad4(year);
}
export function formatWeek(d: Ymd): string {
  const w = isoWeek(d);
  return `${pad4(w.year)}-W${pad2(w.week)}`;
}
export function formatQuarter(year: number, quarter: number): string {
  return `${pad4(year)}-Q${quarter}`;
}
export { pad2 };
