import { articleId, type ProcessedDoc } from "../pipeline/index.ts";

/**
 * The benchmarks' archive: the bundled examples copied again and again, each copy a week later than
 * the one before and with its words changed, so that copies are neither near-duplicates of each
 * other nor the same events. Kept apart from the benchmarks themselves so that a pool thread can
 * make a copy where the document was analysed (`DocumentProcessor.copy`), as ingest's writing thread
 * receives a new article, and not in the thread that stores it.
 */

/** Days between two copies of the examples: a week, so week-precision dates shift by whole weeks. */
const COPY_SHIFT_DAYS = 7;

/** Copy `k` of an example: dates k weeks later, every word marked with k, event ids made unique. */
export function shifted(p: ProcessedDoc, k: number): ProcessedDoc {
  if (k === 0) return p;
  // What was prepared from the example's text is not true of the copy's.
  const { prepared: _, ...example } = p;
  const text = p.article.text.replace(/\p{L}+/gu, (w) => `${w}${k.toString(36)}`);
  const id = articleId(text);
  const published = p.article.publishedAt;
  return {
    ...example,
    articleId: id,
    article: {
      ...p.article,
      text,
      ...(published ? { publishedAt: { ...published, value: shiftValue(published.value, k) } } : {}),
    },
    events: p.events.map((e) => ({
      ...e,
      id: `${e.id}-${k}`,
      evidence: { ...e.evidence, docId: id },
      ...(e.time ? { time: { ...e.time, value: shiftValue(e.time.value, k) } } : {}),
    })),
  };
}

/** Shifts a day (and what follows it) or an ISO week by k weeks; vaguer values stay as they are. */
function shiftValue(value: string, k: number): string {
  const day = /^(\d{4}-\d{2}-\d{2})/.exec(value);
  if (day) {
    const d = new Date(Date.parse(`${day[1]}T00:00:00Z`) + k * COPY_SHIFT_DAYS * 86_400_000);
    return d.toISOString().slice(0, 10) + value.slice(10);
  }
  const week = /^(\d{4})-W(\d{2})$/.exec(value);
  if (week) {
    const total = Number(week[1]) * 52 + Number(week[2]) - 1 + k;
    return `${Math.floor(total / 52)}-W${String((total % 52) + 1).padStart(2, "0")}`;
  }
  return value;
}
