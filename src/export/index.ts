import type { EventRecord } from "../events/schema.ts";

/**
 * Flat columns for CSV and tables, derived from the event schema so that every export speaks the
 * same names. Nested values (all evidence spans, counts) stay complete in JSON/JSONL.
 */
export const EVENT_COLUMNS: { name: string; get: (e: EventRecord) => string | number | undefined }[] = [
  { name: "id", get: (e) => e.id },
  { name: "type", get: (e) => e.type },
  { name: "mode", get: (e) => e.mode },
  { name: "date", get: (e) => e.time?.value },
  { name: "time_precision", get: (e) => e.time?.precision },
  { name: "acled_time_precision", get: (e) => e.time?.acledPrecision },
  { name: "actor", get: (e) => e.actor?.entity ?? e.actor?.text },
  { name: "actor_kind", get: (e) => e.actor?.kind },
  { name: "actor_country", get: (e) => e.actor?.country },
  { name: "recipient", get: (e) => e.recipient?.entity ?? e.recipient?.text },
  { name: "recipient_kind", get: (e) => e.recipient?.kind },
  { name: "place", get: (e) => e.place?.name },
  { name: "country", get: (e) => e.place?.country },
  { name: "admin1", get: (e) => e.place?.admin1 },
  { name: "lat", get: (e) => e.place?.lat },
  { name: "lon", get: (e) => e.place?.lon },
  { name: "geo_precision", get: (e) => e.place?.precision },
  { name: "killed", get: (e) => countOf(e, "killed") },
  { name: "injured", get: (e) => countOf(e, "injured") },
  { name: "arrested", get: (e) => countOf(e, "arrested") },
  { name: "troops", get: (e) => countOf(e, "troops") },
  { name: "source", get: (e) => e.attribution?.source },
  { name: "modality", get: (e) => e.modality },
  { name: "contested", get: (e) => (e.contested ? "yes" : undefined) },
  { name: "confidence", get: (e) => e.confidence },
  { name: "acled_event_type", get: (e) => e.acled?.eventType },
  { name: "acled_sub_event_type", get: (e) => e.acled?.subEventType },
  { name: "evidence", get: (e) => e.evidence.text },
  { name: "article_title", get: (e) => e.article.title },
  { name: "article_url", get: (e) => e.article.url },
  { name: "published", get: (e) => e.article.publishedAt },
];

function countOf(e: EventRecord, what: string): number | undefined {
  return e.counts.find((c) => c.what === what)?.value;
}

/** A text cell a spreadsheet would run as a formula (OWASP CSV injection): =, +, -, @, tab, CR. */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(v: string | number | undefined): string {
  if (v === undefined) return "";
  // Numbers stay numbers (a longitude of -1.5 is not a formula); text gets a leading quote.
  const s = typeof v === "string" && FORMULA_START.test(v) ? `'${v}` : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(events: EventRecord[]): string {
  const lines = [EVENT_COLUMNS.map((c) => c.name).join(",")];
  for (const e of events) lines.push(EVENT_COLUMNS.map((c) => csvCell(c.get(e))).join(","));
  return `${lines.join("\n")}\n`;
}

export function toJsonl(events: EventRecord[]): string {
  return events.map((e) => JSON.stringify(e)).join("\n") + (events.length ? "\n" : "");
}

/** Events a map cannot show, by reason. */
export interface GeoJsonOmissions {
  total: number;
  noPlace: number;
  noCoordinates: number;
}

/**
 * GeoJSON FeatureCollection of the events that have coordinates. The others cannot be points, so
 * they are left out and counted in the foreign member `omitted` (RFC 7946 §6.1) and in `omitted`
 * of the result, for the CLI to say so.
 */
export function toGeoJson(events: EventRecord[]): { text: string; omitted: GeoJsonOmissions } {
  const mapped = events.filter((e) => e.place?.lat !== undefined && e.place?.lon !== undefined);
  const noPlace = events.filter((e) => !e.place).length;
  const omitted = {
    total: events.length - mapped.length,
    noPlace,
    noCoordinates: events.length - mapped.length - noPlace,
  };
  const features = mapped.map((e) => ({
    type: "Feature",
    geometry: { type: "Point", coordinates: [e.place?.lon, e.place?.lat] },
    properties: Object.fromEntries(EVENT_COLUMNS.map((c) => [c.name, c.get(e) ?? null])),
  }));
  return { text: `${JSON.stringify({ type: "FeatureCollection", features, omitted })}\n`, omitted };
}

/** A terminal table of the columns an analyst reads first. */
export function toTable(events: EventRecord[]): string {
  const cols = [
    "date",
    "type",
    "mode",
    "actor",
    "recipient",
    "place",
    "country",
    "killed",
    "arrested",
    "troops",
    "source",
    "modality",
  ];
  const picked = EVENT_COLUMNS.filter((c) => cols.includes(c.name));
  const rows = events.map((e) => picked.map((c) => String(c.get(e) ?? "").slice(0, 28)));
  const header = picked.map((c) => c.name);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const fmt = (r: string[]) =>
    r
      .map((v, i) => v.padEnd(widths[i]))
      .join("  ")
      .trimEnd();
  return (
    [fmt(header), fmt(widths.map((w) => "-".repeat(w))), ...rows.map(fmt)].join("\n") +
    `\n${events.length} events\n`
  );
}
