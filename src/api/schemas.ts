import { z } from "zod";
import { EventRecord, Modality, PLOVER_TYPES } from "../events/schema.ts";

/**
 * Every request and response shape of the API, defined once with zod. The server validates
 * queries with them (a failure names the parameter) and /api/openapi.json is generated from them.
 */

const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "use YYYY-MM-DD, e.g. 2022-01-13")
  // Date.parse rolls 2025-02-30 over to March; a real day survives the round trip.
  .refine((v) => {
    const t = Date.parse(`${v}T00:00:00Z`);
    return !Number.isNaN(t) && new Date(t).toISOString().startsWith(v);
  }, "not a calendar day");

const Text = z.string().trim().min(1).max(200);

/** Filters shared by /api/events, /api/stats, /api/places, /api/entities and /api/export. */
export const EventFilterQuery = z
  .object({
    type: z
      .string()
      .transform((v) => v.toUpperCase())
      .pipe(z.enum(PLOVER_TYPES))
      .optional()
      .describe("PLOVER event type, e.g. PROTEST"),
    mode: Text.optional().describe("PLOVER mode, e.g. riot"),
    since: Day.optional().describe("events whose time range ends on or after this day"),
    until: Day.optional().describe("events whose time range starts on or before this day"),
    place: Text.optional().describe("place name or ISO alpha-3 country code"),
    country: z
      .string()
      .regex(/^[A-Za-z]{3}$/, "use an ISO 3166-1 alpha-3 code, e.g. KAZ")
      .transform((v) => v.toUpperCase())
      .optional()
      .describe("ISO alpha-3 country of the event's place"),
    actor: Text.optional().describe("actor or recipient name contains this text (case-insensitive)"),
    entity: Text.optional().describe("actor or recipient is exactly this entity"),
    source: Text.optional().describe("attribution source or publishing site contains this text"),
    modality: Modality.optional(),
    confidence: z.coerce.number().min(0).max(1).optional().describe("minimum confidence, 0..1"),
    article: Text.optional().describe("events of this article id"),
  })
  .strict();
export type EventFilterQuery = z.infer<typeof EventFilterQuery>;

export const MAX_PAGE = 500;

export const EventsQuery = EventFilterQuery.extend({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE).default(100),
  cursor: z.string().max(400).optional().describe("opaque cursor from the previous page's nextCursor"),
}).strict();
export type EventsQuery = z.infer<typeof EventsQuery>;

/** /api/incidents: the incident-level filters of `chronicle incidents`, newest first, one page at a time. */
export const IncidentsQuery = z
  .object({
    type: EventFilterQuery.shape.type,
    country: EventFilterQuery.shape.country,
    since: Day.optional().describe("incidents whose time range ends on or after this day"),
    until: Day.optional().describe("incidents whose time range starts on or before this day"),
    minReports: z.coerce.number().int().min(1).max(100_000).optional().describe("at least this many reports"),
    limit: z.coerce.number().int().min(1).max(MAX_PAGE).default(MAX_PAGE),
    cursor: z.string().max(400).optional().describe("opaque cursor from the previous page's nextCursor"),
  })
  .strict();
export type IncidentsQuery = z.infer<typeof IncidentsQuery>;

export const ExportQuery = EventFilterQuery.extend({
  format: z.enum(["csv", "jsonl", "geojson"]),
}).strict();

export const SearchQuery = z
  .object({
    q: z.string().trim().min(1).max(200).describe("words to find in article titles and texts"),
    limit: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();

export const ListQuery = EventFilterQuery.extend({
  limit: z.coerce.number().int().min(1).max(5000).default(200),
}).strict();

export const IdParams = z.object({ id: z.string().min(1).max(200) }).strict();

export const EventsPage = z.object({
  events: z.array(EventRecord),
  nextCursor: z.string().nullable(),
});

export const Highlight = z.object({
  start: z.number().int(),
  end: z.number().int(),
  /** What the span is: trigger, actor, recipient, place, time, count, attribution, entity, … */
  field: z.string(),
  /** Human-readable description shown on hover. */
  label: z.string(),
  eventId: z.string().optional(),
});
export type Highlight = z.infer<typeof Highlight>;

export const ArticleView = z.object({
  id: z.string(),
  uri: z.string(),
  url: z.string().optional(),
  title: z.string(),
  publishedAt: z.string().optional(),
  site: z.string().optional(),
  lang: z.string(),
  text: z.string(),
  annotations: z.record(z.string(), z.unknown()),
  events: z.array(EventRecord),
  highlights: z.array(Highlight),
  diagnostics: z.array(z.unknown()),
});

export const EntityRow = z.object({
  name: z.string(),
  country: z.string().nullable(),
  asActor: z.number().int(),
  asRecipient: z.number().int(),
});

export const PlaceRow = z.object({
  name: z.string(),
  country: z.string(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  events: z.number().int(),
  /** Distinct articles reporting events here. */
  reports: z.number().int(),
});

export const SearchHit = z.object({
  id: z.string(),
  title: z.string(),
  publishedAt: z.string().nullable(),
  site: z.string().nullable(),
  snippet: z.string(),
  events: z.number().int(),
});

export const Stats = z.object({
  articles: z.number().int(),
  events: z.number().int(),
  undated: z.number().int(),
  byDay: z.array(z.object({ day: z.string(), type: z.string(), n: z.number().int() })),
  byType: z.array(z.object({ type: z.string(), n: z.number().int() })),
  byCountry: z.array(z.object({ country: z.string(), n: z.number().int() })),
  /** Number of incidents, or null when this database has no incidents tables yet. */
  incidents: z.number().int().nullable(),
});

export const ErrorBody = z.object({
  error: z.string(),
  parameter: z.string().optional(),
  message: z.string(),
});
