/** Vocabulary shared by the parsers: regex fragments and the functions that read them back. */

const MONTH_FORMS: [RegExp, number][] = [
  [/^jan/i, 1],
  [/^feb/i, 2],
  [/^mar/i, 3],
  [/^apr/i, 4],
  [/^may/i, 5],
  [/^jun/i, 6],
  [/^jul/i, 7],
  [/^aug/i, 8],
  [/^sep/i, 9],
  [/^oct/i, 10],
  [/^nov/i, 11],
  [/^dec/i, 12],
];

/** Full names and the abbreviations newswire style books use ("Sept.", "Aug."). */
export const MONTH =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.|Apr\\.?|Jun\\.|Jul\\.|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";

export function monthNumber(word: string): number {
  for (const [re, n] of MONTH_FORMS) if (re.test(word)) return n;
  throw new Error(`Not a month: ${word}`);
}

export const WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/** ISO weekday number (Monday = 1) of a weekday name or its plural. */
export function weekdayNumber(word: string): number {
  return WEEKDAYS.indexOf(word.toLowerCase().replace(/s$/, "")) + 1;
}

/** Parts of the day with their TIMEX3 codes (guidelines: MO, AF, EV, NI). */
export const PART_OF_DAY: Record<string, string> = {
  morning: "MO",
  afternoon: "AF",
  "mid-afternoon": "AF",
  "mid afternoon": "AF",
  evening: "EV",
  night: "NI",
  overnight: "NI",
  tonight: "NI",
};
export const PART_OF_DAY_RE = "(?:morning|afternoon|mid-?\\s?afternoon|evening|night)";

const ONES: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
/** Cardinals written as one word ("seven", "forty"), shared by the time and count parsers. */
export const CARDINAL_WORDS: Readonly<Record<string, number>> = { ...ONES, ...TENS };

const ONES_RE = Object.keys(ONES)
  .sort((a, b) => b.length - a.length)
  .join("|");
const TENS_RE = Object.keys(TENS).join("|");

/** Counts that are stated but not exact: TIMEX3 writes them as X ("several days" → PXD). */
const VAGUE_COUNT = "(?:several|a\\s+few|few|many|some|a\\s+number\\s+of|a\\s+couple\\s+of|couple\\s+of)";

/** A cardinal in digits or words, up to the thousands ("twenty four", "a hundred", "2 1/2"). */
export const NUMBER = `(?:\\d+(?:\\.\\d+)?(?:\\s+1\\/2)?|(?:(?:${TENS_RE})(?:[-\\s](?:${ONES_RE}))?|${ONES_RE}|a|an)(?:\\s+(?:hundred|thousand))?|hundreds|thousands|${VAGUE_COUNT})`;

/** The value of a NUMBER match, or undefined when the count is vague ("several"). "a couple of" is two. */
export function numberValue(phrase: string): number | undefined {
  const p = phrase.toLowerCase().replace(/\s+/g, " ").trim();
  if (/^(a |)couple of$/.test(p)) return 2;
  if (/^\d/.test(p)) return Number(p.replace(/ 1\/2$/, "")) + (/ 1\/2$/.test(p) ? 0.5 : 0);
  let total = 0;
  let current = 0;
  for (const word of p.split(/[-\s]/)) {
    if (word === "a" || word === "an") current = 1;
    else if (word in ONES) current += ONES[word];
    else if (word in TENS) current += TENS[word];
    else if (word === "hundred") current = (current || 1) * 100;
    else if (word === "thousand") {
      total += (current || 1) * 1000;
      current = 0;
    } else return undefined;
  }
  return total + current;
}

/** Ordinals for quarters, halves and days of the month. */
const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  "1st": 1,
  "2nd": 2,
  "3rd": 3,
  "4th": 4,
};
export const ORDINAL = "(?:first|second|third|fourth|1st|2nd|3rd|4th)";
export function ordinalValue(word: string): number {
  return ORDINALS[word.toLowerCase()];
}

/** Calendar units and their TIMEX3 duration letters; decades and centuries as multiples of years. */
export const UNIT =
  "(?:seconds?|minutes?|hours?|days?|(?:trading|business)\\s+days?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries|millenni(?:um|a))";

export interface UnitInfo {
  /** Letter in a TIMEX3 duration (P3D, PT4H). */
  letter: string;
  /** Time units (hours, minutes, seconds) follow a T in the duration. */
  time: boolean;
  /** Multiplier into the letter's unit (a decade is 10 Y). */
  factor: number;
  /** Letter used when the count is vague: "decades" → PXDE. */
  vagueLetter: string;
}

export function unitInfo(word: string): UnitInfo {
  const w = word.toLowerCase();
  if (w.startsWith("second")) return { letter: "S", time: true, factor: 1, vagueLetter: "S" };
  if (w.startsWith("minute")) return { letter: "M", time: true, factor: 1, vagueLetter: "M" };
  if (w.startsWith("hour")) return { letter: "H", time: true, factor: 1, vagueLetter: "H" };
  if (w.includes("day")) return { letter: "D", time: false, factor: 1, vagueLetter: "D" };
  if (w.startsWith("fortnight")) return { letter: "W", time: false, factor: 2, vagueLetter: "W" };
  if (w.startsWith("week")) return { letter: "W", time: false, factor: 1, vagueLetter: "W" };
  if (w.startsWith("month")) return { letter: "M", time: false, factor: 1, vagueLetter: "M" };
  // The TimeBank annotators wrote quarters as months ("the next three quarters" → P9M).
  if (w.startsWith("quarter")) return { letter: "M", time: false, factor: 3, vagueLetter: "Q" };
  if (w.startsWith("year")) return { letter: "Y", time: false, factor: 1, vagueLetter: "Y" };
  if (w.startsWith("decade")) return { letter: "Y", time: false, factor: 10, vagueLetter: "DE" };
  if (w.startsWith("millenni")) return { letter: "Y", time: false, factor: 1000, vagueLetter: "L" };
  return { letter: "Y", time: false, factor: 100, vagueLetter: "C" };
}

/** TIMEX3 duration for a count of units: 3 days → P3D, 4 hours → PT4H, several days → PXD. */
export function durationValue(count: number | undefined, unit: string): string {
  const u = unitInfo(unit);
  const prefix = u.time ? "PT" : "P";
  if (count === undefined) return `${prefix}X${u.vagueLetter}`;
  const n = count * u.factor;
  if (!Number.isInteger(n)) {
    // TIMEX3 writes a fraction in the next smaller unit: "2 1/2 years" → P2Y6M, "5 1/2 hours" →
    // PT5H30M, "a minute and a half" → PT1M30S, "a day and a half" → P1DT12H.
    const smaller = SMALLER_UNIT[`${u.time ? "T" : ""}${u.letter}`];
    const rest = smaller ? (n % 1) * smaller.ratio : Number.NaN;
    if (smaller && Number.isInteger(rest)) {
      const whole = Math.floor(n);
      const head = whole ? `${whole}${u.letter}` : "";
      return `${prefix}${head}${smaller.time && !u.time ? "T" : ""}${rest}${smaller.letter}`;
    }
  }
  return `${prefix}${n}${u.letter}`;
}

/** The unit a fraction of a unit is written in, and how many of it make one. */
const SMALLER_UNIT: Record<string, { letter: string; ratio: number; time: boolean }> = {
  Y: { letter: "M", ratio: 12, time: false },
  D: { letter: "H", ratio: 24, time: true },
  TH: { letter: "M", ratio: 60, time: true },
  TM: { letter: "S", ratio: 60, time: true },
};

export const SEASON = "(?:spring|summer|fall|autumn|winter)";
export function seasonCode(word: string): string {
  const w = word.toLowerCase();
  if (w === "spring") return "SP";
  if (w === "summer") return "SU";
  if (w === "winter") return "WI";
  return "FA";
}
