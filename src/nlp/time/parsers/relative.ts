import {
  addDays,
  addMonths,
  formatDay,
  formatMonth,
  formatQuarter,
  formatWeek,
  formatYear,
  quarterOf,
  type Ymd,
} from "../calendar.ts";
import { resolveWeekday } from "../resolve.ts";
import type { Anaphor, Extracted, Parser } from "../types.ts";
import {
  durationValue,
  MONTH,
  monthNumber,
  NUMBER,
  numberValue,
  PART_OF_DAY,
  PART_OF_DAY_RE,
  SEASON,
  seasonCode,
  UNIT,
  unitInfo,
  WEEKDAY,
  weekdayNumber,
} from "../words.ts";

const DAY_OFFSETS: Record<string, number> = { today: 0, yesterday: -1, tomorrow: 1 };

/** Nouns after "today's" that make it the present age rather than the publication day. */
const PRESENT_AGE_NOUN =
  /^['’]s\s+(?:world|youth|young|society|generation|children|kids|economy|technology|computers|culture|standards|families|students|workers|consumers|media)\b/i;

/** "today", "yesterday", "late yesterday", "yesterday morning", "tomorrow night". */
export const dayWord: Parser = {
  name: "day-word",
  pattern: new RegExp(
    `\\b(?:(?:early|late|mid-?\\s?(afternoon|morning))[\\s-]+)?(today|yesterday|tomorrow)(?:\\s+(${PART_OF_DAY_RE}))?\\b`,
    "gi",
  ),
  extract(m, ctx) {
    const end = m.index + m[0].length;
    // "today's youth", "today's computers": the present age, not the day; TimeBank leaves it untagged.
    if (!m[3] && /^today$/i.test(m[0]) && PRESENT_AGE_NOUN.test(ctx.text.slice(end, end + 24)))
      return undefined;
    const day = formatDay(addDays(ctx.dct, DAY_OFFSETS[m[2].toLowerCase()]));
    // "yesterday morning", and "mid-afternoon yesterday" with the part of day before the day.
    const part = m[3] ?? m[1];
    if (part)
      return {
        type: "TIME",
        value: `${day}T${PART_OF_DAY[part.toLowerCase().replace(/\s+/g, " ")]}`,
        anchor: "published",
      };
    return { type: "DATE", value: day, anchor: "published" };
  },
};

/**
 * "tonight", "this morning", "in the afternoon", "last night", "overnight": a part of the publication
 * day or the day before. News uses a bare "in the morning" for events of the publication day ("the
 * blast happened in the morning"); the extent starts at "the", as the guidelines leave out "in".
 */
export const partOfToday: Parser = {
  name: "part-of-today",
  pattern:
    /\b(?:(tonight|overnight)|(?:this|later\s+this|earlier\s+this|early\s+this|(?<=\b(?:in|during)\s+)the)\s+(morning|afternoon|evening)|last\s+(night|evening))\b(?!\s+(?:of|before|after)\b)/gi,
  extract(m, ctx) {
    if (m[1]) {
      const word = m[1].toLowerCase();
      // Overnight news is written the morning after: the night is the one before publication.
      const day = word === "overnight" ? addDays(ctx.dct, -1) : ctx.dct;
      return { type: "TIME", value: `${formatDay(day)}TNI`, anchor: "published" };
    }
    if (m[2])
      return {
        type: "TIME",
        value: `${formatDay(ctx.dct)}T${PART_OF_DAY[m[2].toLowerCase()]}`,
        anchor: "published",
      };
    return {
      type: "TIME",
      value: `${formatDay(addDays(ctx.dct, -1))}T${PART_OF_DAY[m[3].toLowerCase()]}`,
      anchor: "published",
    };
  },
};

type Shift = -1 | 0 | 1;
const SHIFT_WORDS: Record<string, Shift> = {
  this: 0,
  current: 0,
  "the current": 0,
  "this past": -1,
  last: -1,
  past: -1,
  previous: -1,
  "the past": -1,
  "the last": -1,
  "the previous": -1,
  "the prior": -1,
  prior: -1,
  next: 1,
  coming: 1,
  "the next": 1,
  "the coming": 1,
  "the following": 1,
};
const SHIFT =
  "(?:this\\s+past|the\\s+current|the\\s+past|the\\s+last|the\\s+previous|the\\s+prior|the\\s+next|the\\s+coming|the\\s+following|this|current|last|past|previous|prior|next|coming)";
const shiftOf = (word: string): Shift => SHIFT_WORDS[word.toLowerCase().replace(/\s+/g, " ")];

/** The calendar unit that holds dct shifted by `shift` whole units, formatted at that unit. */
export function unitValue(unit: string, dct: Ymd, shift: number): string {
  switch (unit) {
    case "day":
      return formatDay(addDays(dct, shift));
    case "week":
      return formatWeek(addDays(dct, shift * 7));
    case "weekend":
      return `${formatWeek(addDays(dct, shift * 7))}-WE`;
    case "month": {
      const d = addMonths(dct, shift);
      return formatMonth(d.year, d.month);
    }
    case "quarter": {
      const d = addMonths(dct, shift * 3);
      return formatQuarter(d.year, quarterOf(d));
    }
    case "decade":
      return `${String(Math.floor(dct.year / 10) + shift).padStart(3, "0")}X`;
    case "century":
      return String(Math.floor(dct.year / 100) + shift).padStart(2, "0");
    default:
      return formatYear(dct.year + shift);
  }
}

const TITLE_CASE_WORD = /^[A-Z][a-z]+$/;

/** Days in a unit a narrative counts on from ("three days later", "two weeks earlier", "months later"). */
const DAYS_PER_UNIT: Record<string, number | undefined> = { D: 1, W: 7, M: 30 };

/** "the following week/month/quarter/year": one unit after the date last mentioned. */
const FOLLOWING: Record<string, Anaphor | undefined> = {
  week: { days: 7, referents: ["any"], unit: "week" },
  month: { days: 30, referents: ["any"], unit: "month" },
  quarter: { days: 91, referents: ["quarter", "any"], unit: "quarter" },
  year: { years: 1, referents: ["any"], unit: "year" },
};

/** "last week", "next month", "this year", "the past year", "earlier this month", "early next year". */
export const relativeUnit: Parser = {
  name: "relative-unit",
  pattern: new RegExp(
    `\\b(?:(?:earlier|later|early|late|mid|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+middle\\s+of)[\\s-]+)?(${SHIFT})[\\s-]+(week|weekend|month|quarter|year|decade|century)\\b(?![\\s-](?:ago|earlier|later|before|after)\\b)`,
    "gi",
  ),
  extract(m, ctx) {
    // A title-case unit in running text names a programme or column ("ABC's \"This Week\""), not a time.
    if (TITLE_CASE_WORD.test(m[2]) && TITLE_CASE_WORD.test(m[1])) return undefined;
    const unit = m[2].toLowerCase();
    const value = unitValue(unit, ctx.dct, shiftOf(m[1]));
    // "the following month" is the month after the one just narrated, not after publication.
    const anaphor = /^the\s+following$/i.test(m[1]) ? FOLLOWING[unit] : undefined;
    return { type: "DATE", value, anchor: "published", ...(anaphor ? { anaphor } : {}) };
  },
};

/** "last Friday", "next Monday", "this Thursday". */
export const relativeWeekday: Parser = {
  name: "relative-weekday",
  pattern: new RegExp(
    `\\b([Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Tt]his\\s+past|[Tt]his\\s+coming)\\s+(${WEEKDAY})\\b`,
    "g",
  ),
  extract(m, ctx) {
    const word = m[1].toLowerCase().replace(/\s+/g, " ");
    const weekday = weekdayNumber(m[2]);
    if (word === "last" || word === "this past") {
      // "last Friday" said on a Friday is a week ago, not today.
      return {
        type: "DATE",
        value: resolveWeekday(weekday, addDays(ctx.dct, -1), "past"),
        anchor: "published",
      };
    }
    if (word === "this")
      return {
        type: "DATE",
        value: resolveWeekday(weekday, ctx.dct, ctx.direction(m.index, m.index + m[0].length)),
        anchor: "published",
      };
    return { type: "DATE", value: resolveWeekday(weekday, ctx.dct, "future"), anchor: "published" };
  },
};

/** "last April", "next March", "this September". */
export const relativeMonth: Parser = {
  name: "relative-month",
  pattern: new RegExp(`\\b([Ll]ast|[Nn]ext|[Tt]his)\\s+(${MONTH})(?!\\w)`, "g"),
  extract(m, ctx) {
    const month = monthNumber(m[2]);
    const word = m[1].toLowerCase();
    let year = ctx.dct.year;
    if (word === "last") year = month < ctx.dct.month ? ctx.dct.year : ctx.dct.year - 1;
    if (word === "next") year = month > ctx.dct.month ? ctx.dct.year : ctx.dct.year + 1;
    return { type: "DATE", value: formatMonth(year, month), anchor: "published" };
  },
};

/** How far back to look for a preposition that makes a bare season a date: "throughout " plus a space. */
const SEASON_CUE_WINDOW = 12;
const SEASON_START_MONTH: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };
const SEASON_MONTHS = 3;

/** "last fall", "this summer", "next spring", "the winter of 1990", "spring 1998". */
export const season: Parser = {
  name: "season",
  pattern: new RegExp(
    `\\b(?:(?:early|late|mid)[\\s-]+)?(?:(${SHIFT})\\s+)?(?:the\\s+)?(${SEASON})\\b(?:\\s+(?:of\\s+)?(\\d{4})\\b)?`,
    "gi",
  ),
  extract(m, ctx) {
    const code = seasonCode(m[2]);
    if (m[3]) return { type: "DATE", value: `${m[3]}-${code}`, anchor: "explicit" };
    // A bare season word without a cue ("summer camp") is not a date often enough to tag.
    if (
      !m[1] &&
      !/\b(?:in|into|over|through|throughout|this|last|next|since|until|by|during|the|early|late)\s+$/i.test(
        ctx.text.slice(Math.max(0, m.index - SEASON_CUE_WINDOW), m.index),
      )
    )
      return undefined;
    const dctIndex = ctx.dct.year * 12 + ctx.dct.month - 1;
    // The season of this kind that began most recently on or before publication (winter Y starts in December Y).
    const startMonth = SEASON_START_MONTH[code] - 1;
    const latestYear = Math.floor((dctIndex - startMonth) / 12);
    const inSeason = dctIndex - (latestYear * 12 + startMonth) < SEASON_MONTHS;
    const shift = m[1] ? shiftOf(m[1]) : 0;
    let year: number;
    if (shift === -1) year = inSeason ? latestYear - 1 : latestYear;
    else if (shift === 1) year = latestYear + 1;
    else if (inSeason) year = latestYear;
    // "this summer" is the summer of the publication year, whether it has come or not.
    else if (m[1] && /^this$/i.test(m[1])) year = ctx.dct.year;
    // News mostly reports what happened: a season in a clause of unknown tense is the latest one.
    else year = ctx.direction(m.index, m.index + m[0].length) === "future" ? latestYear + 1 : latestYear;
    return { type: "DATE", value: `${formatYear(year)}-${code}`, anchor: "published" };
  },
};

/** "three years ago", "two weeks ago", "a week or so ago": publication date minus a count, at that unit. */
export const ago: Parser = {
  name: "ago",
  pattern: new RegExp(
    `\\b(?:(?:about|nearly|almost|some|more\\s+than|over|just|only|roughly|around)\\s+)?(${NUMBER})[\\s-]+(${UNIT})(?:\\s+or\\s+so)?\\s+ago\\b`,
    "gi",
  ),
  extract(m, ctx) {
    const n = numberValue(m[1]);
    if (n === undefined) return { type: "DATE", value: "PAST_REF", anchor: "published" };
    const value = shiftedValue(ctx.dct, -n, m[2]);
    // "a year ago" in earnings news compares with the year-earlier quarter under discussion.
    if (n === 1 && /^years?$/i.test(m[2]))
      return { type: "DATE", value, anchor: "published", anaphor: { years: -1, referents: ["quarter"] } };
    return { type: "DATE", value, anchor: "published" };
  },
};

/** dct moved by `count` units, written at that unit's granularity. */
function shiftedValue(dct: Ymd, count: number, unitWord: string): string {
  const unit = unitInfo(unitWord);
  if (unit.time) return formatDay(dct);
  if (unit.letter === "D") return formatDay(addDays(dct, count));
  if (unit.letter === "W") return formatWeek(addDays(dct, count * 7 * unit.factor));
  if (unit.letter === "M" && unit.factor === 3)
    return formatQuarter(addMonths(dct, count * 3).year, quarterOf(addMonths(dct, count * 3)));
  if (unit.letter === "M") {
    const d = addMonths(dct, count);
    return formatMonth(d.year, d.month);
  }
  if (unit.factor === 10) return `${String(Math.floor((dct.year + count * 10) / 10)).padStart(3, "0")}X`;
  return formatYear(dct.year + count * unit.factor);
}

/**
 * "a year earlier", "two days later", "the year-earlier quarter", "year-ago": relative to the
 * period just under discussion (resolved by the anaphora refiner), not to publication.
 */
export const earlierLater: Parser = {
  name: "earlier-later",
  pattern: new RegExp(
    `\\b(?:(${NUMBER})[\\s-]+(${UNIT})\\s+(earlier|later|before|after)\\b|(?:the\\s+)?(year|quarter|month)[\\s-](?:earlier|ago)(?:\\s+(period|quarter|month|year|level|results?|figures?))?\\b)`,
    "gi",
  ),
  extract(m, ctx): Extracted | undefined {
    if (m[1]) {
      // "before"/"after" after a count only makes a date when nothing follows ("two days before the vote" is a duration + event).
      if (
        /^(before|after)$/i.test(m[3]) &&
        !/^\s*[.,;]/.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 2))
      )
        return undefined;
      const n = numberValue(m[1]);
      const sign = /^(earlier|before)$/i.test(m[3]) ? -1 : 1;
      const unit = unitInfo(m[2]);
      const years =
        n !== undefined && unit.letter === "Y" && !unit.time
          ? sign * n * unit.factor
          : n !== undefined && unit.letter === "M" && !unit.time && unit.factor === 1 && n % 12 === 0
            ? (sign * n) / 12
            : undefined;
      // "a year earlier" is a date (the year-earlier period); "three days later", "a few weeks
      // earlier" are amounts of time with "later" a signal, as the TimeML guidelines write them.
      if (years !== undefined)
        return {
          type: "DATE",
          value: shiftedValue(ctx.dct, sign * (n ?? 1), m[2]),
          anchor: "published",
          anaphor: { years, referents: ["quarter", "any"] },
        };
      const perUnit = DAYS_PER_UNIT[unit.letter];
      const days = n === undefined || perUnit === undefined ? undefined : sign * n * perUnit * unit.factor;
      const amount = m[0].slice(0, m[0].length - m[3].length).trimEnd();
      const duration = { value: durationValue(n, m[2]), end: m.index + amount.length };
      // Hours and minutes later point to a time of day we do not resolve: only the amount is kept.
      if (unit.time) return { end: duration.end, type: "DURATION", value: duration.value, anchor: "none" };
      return {
        type: "DATE",
        value:
          n === undefined ? (sign < 0 ? "PAST_REF" : "FUTURE_REF") : shiftedValue(ctx.dct, sign * n, m[2]),
        anchor: "published",
        duration,
        ...(days !== undefined ? { anaphor: { days, referents: ["any"] } } : {}),
      };
    }
    // "year-earlier" describes the same period one year back; a trailing noun other than a period word is not part of the expression.
    const periodWord = m[5] && /^(period|quarter|month|year)$/i.test(m[5]);
    const end = periodWord ? m.index + m[0].length : m.index + m[0].length - (m[5] ? m[5].length + 1 : 0);
    const text = ctx.text.slice(m.index, end);
    const start = m.index + (/^the\s/i.test(text) && !periodWord ? text.indexOf(" ") + 1 : 0);
    const unitWord = m[4].toLowerCase();
    return {
      start,
      end,
      type: "DATE",
      value: shiftedValue(ctx.dct, -1, unitWord),
      anchor: "published",
      anaphor:
        unitWord === "year"
          ? { years: -1, referents: ["quarter", "any"] }
          : { days: unitWord === "month" ? -30 : -91, referents: ["any"] },
    };
  },
};

/**
 * "that year", "that same day", "later that year", "the same quarter": the unit holding the date
 * last mentioned ("returned in June 1998 and left later that year" → 1998); with no date before
 * it, the one holding publication.
 */
export const thatUnit: Parser = {
  name: "that-unit",
  pattern:
    /\b(?:(?:earlier|later)\s+)?(?:that(?:\s+same)?|the\s+same)\s+(day|month|quarter|year)\b(?!\s+(?:as|that|when)\b)/gi,
  extract(m, ctx) {
    const unit = m[1].toLowerCase() as "day" | "month" | "quarter" | "year";
    return {
      type: "DATE",
      value: unitValue(unit, ctx.dct, 0),
      anchor: "published",
      anaphor: { referents: unit === "quarter" ? ["quarter", "any"] : ["any"], unit },
    };
  },
};

const RECENTLY_BEFORE_DATE = new RegExp(
  `^,?\\s+(?:(?:last|this|in|on)\\s+)?(?:${MONTH}|${WEEKDAY}|week\\b|month\\b|year\\b|\\d{4}\\b)`,
);

const REFS: [RegExp, string][] = [
  [/^(now|currently|current|at present|presently|nowadays|these days|right now|today's)$/i, "PRESENT_REF"],
  [/^(the future|future|soon|in the future|the coming years)$/i, "FUTURE_REF"],
];

/**
 * "now", "currently" → PRESENT_REF; "recently", "the past" → PAST_REF; "the future", "soon" → FUTURE_REF.
 * "recent years" is the vague past, not a duration (TimeBank: 3 of 5 PAST_REF, 1 a duration); "recent
 * months" and "recent weeks" stay durations as annotated.
 * Left out as the TimeBank annotators mostly did: "previously" (2 of 7 tagged), "shortly" (it
 * hangs on an event: "shortly after the bombing").
 */
export const reference: Parser = {
  name: "reference",
  pattern:
    /\b(?:now|currently|current|at\s+present|presently|nowadays|these\s+days|right\s+now|recently|recent\s+(?:times|years)|recent|lately|(?:the|in\s+the)\s+past|(?:the\s+)?future|soon)\b(?![-'’])/gi,
  extract(m, ctx) {
    const phrase = m[0].replace(/\s+/g, " ");
    // "the past" followed by a unit is handled by the duration or relative-unit parsers.
    if (
      /past$/i.test(phrase) &&
      /^\s+(?:\d|few|several|two|three|four|five|six|week|month|year|decade)/i.test(
        ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12),
      )
    )
      return undefined;
    // "as soon as" is a conjunction; bare "future" before a noun ("future earnings") is an adjective the guidelines leave untagged.
    if (/^soon$/i.test(phrase) && /\bas\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 4), m.index)))
      return undefined;
    if (
      /^future$/i.test(phrase) &&
      /^\s+[a-z]/.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 2))
    )
      return undefined;
    // "most recently last October", "recently on Monday": the date says when; the adverb only leads to it.
    if (
      /^recently$/i.test(phrase) &&
      RECENTLY_BEFORE_DATE.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 24))
    )
      return undefined;
    const start = /^in /i.test(phrase) ? m.index + 3 : m.index;
    // "the then current price", "the then-current chairman": the present of a past time.
    const then =
      /^current$/i.test(phrase) && /\bthen[\s-]$/i.exec(ctx.text.slice(Math.max(0, m.index - 5), m.index));
    if (then)
      return {
        start: m.index - then[0].length,
        end: m.index + m[0].length,
        type: "DATE",
        value: "PAST_REF",
        anchor: "published",
      };
    for (const [re, value] of REFS)
      if (re.test(phrase))
        return { start, end: m.index + m[0].length, type: "DATE", value, anchor: "published" };
    return { start, end: m.index + m[0].length, type: "DATE", value: "PAST_REF", anchor: "published" };
  },
};

export const relativeParsers: Parser[] = [
  dayWord,
  partOfToday,
  relativeUnit,
  relativeWeekday,
  relativeMonth,
  season,
  ago,
  earlierLater,
  thatUnit,
  reference,
];
