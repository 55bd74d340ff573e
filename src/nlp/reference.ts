import type { Article, DatePrecision } from "../extract/types.ts";

/**
 * The one date a document's relative expressions ("on Thursday", "last week") are resolved against,
 * held once on the Doc so time, events and store read the same fact.
 */
export interface ReferenceDate {
  /** A full day (YYYY-MM-DD) the time tagger can count from, even when the source is coarser. */
  date: string;
  /** How much of `date` is known: a URL like /2022/01/slug dates a page to the month only. */
  precision: DatePrecision;
  /**
   * "published": the publication date (page, container or --published). "capture": no publication
   * date was found, so the day the page was fetched stands in — the article was published on or
   * before it, by an unknown margin.
   */
  source: "published" | "capture";
}

/**
 * A month-precise date is counted from mid-month, a year-precise one from mid-year: "yesterday" or
 * "last week" then stay inside the known month or year, where the first of the month would push
 * them into the previous one. Values resolved this way are widened back to the known precision.
 */
const MID_MONTH = "15";
const MID_YEAR = "07-01";

/** The reference date of an article: its publication date when known, else its capture date. */
export function referenceDate(article: Article): ReferenceDate {
  const published = article.publishedAt;
  if (published) {
    const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(published.value);
    if (m) {
      const date = m[3]
        ? `${m[1]}-${m[2]}-${m[3]}`
        : m[2]
          ? `${m[1]}-${m[2]}-${MID_MONTH}`
          : `${m[1]}-${MID_YEAR}`;
      const precision: DatePrecision = m[3] ? published.precision : m[2] ? "month" : "year";
      return { date, precision, source: "published" };
    }
  }
  return { date: article.fetchedAt.slice(0, 10), precision: "day", source: "capture" };
}
