import type { Generated } from "kysely";

/** Column types of every table; Kysely checks each query against them. */
export interface ArticlesTable {
  id: string;
  uri: string;
  url: string | null;
  title: string;
  text: string;
  published_at: string | null;
  published_precision: string | null;
  published_found_in: string | null;
  site: string | null;
  byline: string | null;
  lang: string;
  blocks: string;
  captions: string;
  credits: string;
  annotations: string;
  diagnostics: string;
  fetched_at: string;
  ingested_at: string;
  /** PIPELINE_VERSION of the last analysis; null before migration 2. */
  pipeline_version: number | null;
}

export interface EventsTable {
  id: string;
  article_id: string;
  type: string;
  mode: string | null;
  actor: string | null;
  actor_country: string | null;
  recipient: string | null;
  place_name: string | null;
  place_country: string | null;
  lat: number | null;
  lon: number | null;
  time_value: string | null;
  /** First and last day the event's time covers, for range filters. */
  time_start: string | null;
  time_end: string | null;
  modality: string;
  confidence: number;
  evidence_start: number;
  evidence_end: number;
  record: string;
  /** PIPELINE_VERSION that coded the event; null before migration 2. */
  pipeline_version: number | null;
}

export interface DiagnosticsTable {
  id: Generated<number>;
  uri: string;
  article_id: string | null;
  stage: string;
  code: string;
  severity: string;
  message: string;
  at: string;
}

export interface MigrationsTable {
  version: number;
  applied_at: string;
}

/** MinHash LSH band keys of an article's shingles (src/resolve/minhash.ts). */
export interface ArticleBandsTable {
  band: string;
  article_id: string;
  published_at: string | null;
}

/** A syndicated copy or light rewrite and the first-published article it copies. */
export interface ArticleDuplicatesTable {
  article_id: string;
  canonical_id: string;
  similarity: number;
}

/** Every event mention's incident, with its resolution block and the reason it joined. */
export interface IncidentMentionsTable {
  event_id: string;
  article_id: string;
  incident_id: string;
  block: string;
  time_start: string | null;
  time_end: string | null;
  reason: string;
}

export interface IncidentsTable {
  id: string;
  type: string;
  mode: string | null;
  time_start: string | null;
  time_end: string | null;
  place_name: string | null;
  place_country: string | null;
  lat: number | null;
  lon: number | null;
  first_reported: string | null;
  reports: number;
  sources: number;
  record: string;
}

/** An analyst's split or merge, kept as event ids so that it survives re-resolution. */
export interface IncidentDecisionsTable {
  id: Generated<number>;
  kind: string;
  event_ids: string;
  other_ids: string;
  decided_at: string;
}

/** A person or organisation named in an article, and the archive-wide entity it was linked to. */
export interface EntityMentionsTable {
  id: string;
  article_id: string;
  /** Mentions that may name one entity share a key (a person's surname, an organisation's name). */
  group_key: string;
  /** The article's canonical name for it ("Kassym-Jomart Tokayev" for "Tokayev"). */
  name: string;
  text: string;
  label: string;
  country: string | null;
  /** The office the text gives this person here ("president"), in `country`. */
  role: string | null;
  published_at: string | null;
  entity_id: string;
}

/**
 * One distinct way a group's entity is written (name, text, label, country, office; the date too for
 * descriptions, which are resolved by date), with how many stored mentions write it so: what a
 * group's resolution reads, kept by upsert so that it does not grow with the mentions of a name.
 */
export interface EntityFormsTable {
  /** The form's columns as one JSON array (the primary key; nullable columns cannot be part of one). */
  form_key: string;
  group_key: string;
  name: string;
  text: string;
  label: string;
  country: string | null;
  role: string | null;
  /** Only for descriptions ("role:…" groups); null for named groups. */
  published_at: string | null;
  entity_id: string;
  mentions: number;
}

export interface EntitiesTable {
  id: string;
  group_key: string;
  name: string;
  type: string;
  country: string | null;
  aliases: string;
  first_seen: string | null;
  last_seen: string | null;
  articles: number;
}

/** What became of one queued ingestion job: `done`, or `dead` (a dead letter) with the diagnostic. */
export interface JobOutcomesTable {
  job_key: string;
  input: string;
  outcome: "done" | "dead";
  code: string | null;
  message: string | null;
  articles: number;
  events: number;
  attempts: number;
  finished_at: string;
}

/** A watched feed's last answer: validators for a conditional GET and the back-off state. */
export interface FeedsTable {
  url: string;
  etag: string | null;
  last_modified: string | null;
  failures: number;
  checked_at: string | null;
  next_check_at: string | null;
}

/** An item a watched feed listed, so a restart does not fetch it again. */
export interface FeedItemsTable {
  feed_url: string;
  item_id: string;
  seen_at: string;
}

/**
 * Counts of the events, kept by triggers on events (migration 10) so that /api/stats over every
 * event reads them instead of the events. `day` is the events' time_start, '' for undated events.
 */
export interface EventCountsDayTypeTable {
  day: string;
  type: string;
  n: number;
}

/** Events per place country (never null here) and type, kept by the same triggers. */
export interface EventCountsCountryTypeTable {
  country: string;
  type: string;
  n: number;
}

/** Events per article, only for articles that have some: its rows are the articles with events. */
export interface ArticleEventCountsTable {
  article_id: string;
  n: number;
}

/** One row (id 1): the number of articles with events, the rows of article_event_counts (migration 11). */
export interface EventCountTotalsTable {
  id: number;
  articles: number;
}

export interface Database {
  articles: ArticlesTable;
  events: EventsTable;
  diagnostics: DiagnosticsTable;
  schema_migrations: MigrationsTable;
  article_bands: ArticleBandsTable;
  article_duplicates: ArticleDuplicatesTable;
  incident_mentions: IncidentMentionsTable;
  incidents: IncidentsTable;
  incident_decisions: IncidentDecisionsTable;
  entity_mentions: EntityMentionsTable;
  entity_forms: EntityFormsTable;
  entities: EntitiesTable;
  job_outcomes: JobOutcomesTable;
  feeds: FeedsTable;
  feed_items: FeedItemsTable;
  event_counts_day_type: EventCountsDayTypeTable;
  event_counts_country_type: EventCountsCountryTypeTable;
  article_event_counts: ArticleEventCountsTable;
  event_count_totals: EventCountTotalsTable;
}
