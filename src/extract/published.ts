import type { DatePrecision, PublishedAt } from "./types.ts";

/** Years outside this range in a page's markup are typos, placeholders (1970) or copyright notices. */
const EARLIEST_YEAR = 1990;
/** A publication date a little in the future is a time-zone artefact; far in the future is not a publication date. */
const LATEST_YEAR = new Date().getUTCFullYear() + 1;

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
const MONTH =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

interface DateMatch {
  value: string;
  precision: DatePrecision;
  start: number;
  end: number;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function validDate(year: number, month: number, day: number): string | undefined {
  if (year < EARLIEST_YEAR || year > LATEST_YEAR || month < 1 || month > 12 || day < 1) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Written dates as they appear in datelines: "January 13, 2022", "13 Jan 2022", "2022-01-13", "13.01.2022". */
const VISIBLE_PATTERNS: { re: RegExp; read(m: RegExpExecArray): string | undefined }[] = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/, read: (m) => validDate(+m[1], +m[2], +m[3]) },
  {
    re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "i"),
    read: (m) => validDate(+m[3], MONTHS[m[1].toLowerCase()], +m[2]),
  },
  {
    // "13 January 2022", "13th of Jan 2022", and the European "13. January 2022".
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th|\\.)?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`, "i"),
    read: (m) => validDate(+m[3], MONTHS[m[2].toLowerCase()], +m[1]),
  },
  { re: /\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/, read: (m) => validDate(+m[1], +m[2], +m[3]) },
  // Day-first with dots is the European convention; slashes are ambiguous unless one part is > 12.
  { re: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/, read: (m) => validDate(+m[3], +m[2], +m[1]) },
  {
    re: /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/,
    read: (m) =>
      +m[1] > 12 ? validDate(+m[3], +m[2], +m[1]) : +m[2] > 12 ? validDate(+m[3], +m[1], +m[2]) : undefined,
  },
];

/** The earliest written date in a piece of text, with its position. */
export function findVisibleDate(text: string): DateMatch | undefined {
  let best: DateMatch | undefined;
  for (const { re, read } of VISIBLE_PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const value = read(m);
    if (value && (!best || m.index < best.start))
      best = { value, precision: "day", start: m.index, end: m.index + m[0].length };
  }
  return best;
}

/**
 * A machine-readable date from markup: ISO 8601 (kept with its own offset, so the day is the
 * publisher's day), else any written form findVisibleDate reads, else what Date.parse accepts.
 */
export function parseMarkupDate(
  raw: string | undefined | null,
): Pick<PublishedAt, "value" | "precision"> | undefined {
  if (!raw) return undefined;
  const text = raw.trim();
  const iso =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/.exec(
      text,
    );
  if (iso) {
    const day = validDate(+iso[1], +iso[2], +iso[3]);
    if (!day) return undefined;
    if (iso[4] === undefined) return { value: day, precision: "day" };
    const zone = iso[7] ? (iso[7] === "Z" ? "Z" : iso[7].replace(/^([+-]\d{2})(\d{2})$/, "$1:$2")) : "";
    return { value: `${day}T${iso[4]}:${iso[5]}:${iso[6] ?? "00"}${zone}`, precision: "minute" };
  }
  if (/^\d{8}$/.test(text)) {
    const day = validDate(+text.slice(0, 4), +text.slice(4, 6), +text.slice(6, 8));
    return day ? { value: day, precision: "day" } : undefined;
  }
  const visible = findVisibleDate(text);
  if (visible) return { value: visible.value, precision: "day" };
  // Unix timestamps (seconds or milliseconds) appear in some CMS meta tags.
  if (/^\d{10}(\d{3})?$/.test(text)) {
    const date = new Date(text.length === 10 ? +text * 1000 : +text);
    const day = validDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
    return day ? { value: date.toISOString().replace(/\.\d{3}Z$/, "Z"), precision: "minute" } : undefined;
  }
  return undefined;
}

const URL_DATE_PATTERNS: { re: RegExp; read(m: RegExpExecArray): string | undefined }[] = [
  {
    re: /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:\/|-|$|\.)/,
    read: (m) => validDate(+m[1], +m[2], +m[3]),
  },
  {
    re: new RegExp(`\\/((?:19|20)\\d{2})\\/${MONTH}\\/(\\d{1,2})\\/`, "i"),
    read: (m) => validDate(+m[1], MONTHS[m[2].toLowerCase()], +m[3]),
  },
  { re: /[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)/, read: (m) => validDate(+m[1], +m[2], +m[3]) },
];

/** Dates that news CMSs put in article paths: /2022/01/13/, /2022/jan/13/, /20220113/. */
export function dateFromUrl(url: string | undefined): Pick<PublishedAt, "value" | "precision"> | undefined {
  if (!url) return undefined;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  for (const { re, read } of URL_DATE_PATTERNS) {
    const m = re.exec(path);
    const value = m ? read(m) : undefined;
    if (value) return { value, precision: "day" };
  }
  const month = /\/((?:19|20)\d{2})\/(\d{2})\//.exec(path);
  if (month && +month[2] >= 1 && +month[2] <= 12 && validDate(+month[1], +month[2], 1)) {
    return { value: `${month[1]}-${month[2]}`, precision: "month" };
  }
  return undefined;
}

/** A date given on the command line or by a container (feed, JSONL), as ISO. */
export function explicitDate(raw: string, foundIn: string): PublishedAt | undefined {
  const parsed = parseMarkupDate(raw);
  return parsed ? { ...parsed, foundIn } : undefined;
}
