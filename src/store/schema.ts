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

export interface Database {
  articles: ArticlesTable;
  events: EventsTable;
  diagnostics: DiagnosticsTable;
  schema_migrations: MigrationsTable;
}
