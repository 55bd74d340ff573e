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

export interface Database {
  articles: ArticlesTable;
  events: EventsTable;
  diagnostics: DiagnosticsTable;
  schema_migrations: MigrationsTable;
  job_outcomes: JobOutcomesTable;
  feeds: FeedsTable;
  feed_items: FeedItemsTable;
}
