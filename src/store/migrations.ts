import { type Kysely, sql } from "kysely";
import type { MigrationDialect } from "./dialect.ts";
import type { Database } from "./schema.ts";

export interface Migration {
  version: number;
  /**
   * Runs inside the migration transaction. Write it with Kysely's schema builder and portable types
   * (text, integer); where the databases differ, ask `dialect` (dialect.float for a float column,
   * dialect.addIdColumn for an auto-numbered key, dialect.name for SQL of one backend only).
   */
  up: (db: Kysely<Database>, dialect: MigrationDialect) => Promise<void>;
}

/**
 * Schema migrations, applied in order and recorded in schema_migrations. Never edit a released
 * migration: add the next one.
 */
export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    async up(db, dialect) {
      await db.schema
        .createTable("articles")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("uri", "text", (c) => c.notNull())
        .addColumn("url", "text")
        .addColumn("title", "text", (c) => c.notNull())
        .addColumn("text", "text", (c) => c.notNull())
        .addColumn("published_at", "text")
        .addColumn("published_precision", "text")
        .addColumn("published_found_in", "text")
        .addColumn("site", "text")
        .addColumn("byline", "text")
        .addColumn("lang", "text", (c) => c.notNull())
        .addColumn("blocks", "text", (c) => c.notNull())
        .addColumn("captions", "text", (c) => c.notNull())
        .addColumn("credits", "text", (c) => c.notNull())
        .addColumn("annotations", "text", (c) => c.notNull())
        .addColumn("diagnostics", "text", (c) => c.notNull())
        .addColumn("fetched_at", "text", (c) => c.notNull())
        .addColumn("ingested_at", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("articles_published").on("articles").column("published_at").execute();
      await db.schema
        .createTable("events")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("article_id", "text", (c) => c.notNull().references("articles.id").onDelete("cascade"))
        .addColumn("type", "text", (c) => c.notNull())
        .addColumn("mode", "text")
        .addColumn("actor", "text")
        .addColumn("actor_country", "text")
        .addColumn("recipient", "text")
        .addColumn("place_name", "text")
        .addColumn("place_country", "text")
        .addColumn("lat", dialect.float)
        .addColumn("lon", dialect.float)
        .addColumn("time_value", "text")
        .addColumn("time_start", "text")
        .addColumn("time_end", "text")
        .addColumn("modality", "text", (c) => c.notNull())
        .addColumn("confidence", dialect.float, (c) => c.notNull())
        .addColumn("evidence_start", "integer", (c) => c.notNull())
        .addColumn("evidence_end", "integer", (c) => c.notNull())
        .addColumn("record", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("events_article").on("events").column("article_id").execute();
      await db.schema.createIndex("events_type_time").on("events").columns(["type", "time_start"]).execute();
      await db.schema.createIndex("events_country").on("events").column("place_country").execute();
      await dialect
        .addIdColumn(db.schema.createTable("diagnostics"), "id")
        .addColumn("uri", "text", (c) => c.notNull())
        .addColumn("article_id", "text")
        .addColumn("stage", "text", (c) => c.notNull())
        .addColumn("code", "text", (c) => c.notNull())
        .addColumn("severity", "text", (c) => c.notNull())
        .addColumn("message", "text", (c) => c.notNull())
        .addColumn("at", "text", (c) => c.notNull())
        .execute();
      // The same problem with the same input is recorded once, however often it is ingested.
      await db.schema
        .createIndex("diagnostics_unique")
        .on("diagnostics")
        .columns(["uri", "code", "message"])
        .unique()
        .execute();
      if (dialect.name === "postgres") {
        // Full-text search over stored articles: a tsvector the server keeps in step, with a GIN index.
        await sql`ALTER TABLE articles ADD COLUMN search tsvector
          GENERATED ALWAYS AS (to_tsvector('english', title || ' ' || text)) STORED`.execute(db);
        await sql`CREATE INDEX articles_search ON articles USING gin (search)`.execute(db);
        return;
      }
      // Full-text search over stored articles (SQLite FTS5, kept in step by triggers).
      await sql`CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='rowid')`.execute(
        db,
      );
      await sql`CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text); END`.execute(
        db,
      );
      await sql`CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text); END`.execute(
        db,
      );
    },
  },
  {
    // Distributed ingestion and feed watching: what became of each queued job (done, or a dead
    // letter with its diagnostic), and what each watched feed answered and listed.
    version: 7,
    async up(db) {
      await db.schema
        .createTable("job_outcomes")
        .addColumn("job_key", "text", (c) => c.primaryKey())
        .addColumn("input", "text", (c) => c.notNull())
        .addColumn("outcome", "text", (c) => c.notNull())
        .addColumn("code", "text")
        .addColumn("message", "text")
        .addColumn("articles", "integer", (c) => c.notNull())
        .addColumn("events", "integer", (c) => c.notNull())
        .addColumn("attempts", "integer", (c) => c.notNull())
        .addColumn("finished_at", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("job_outcomes_finished").on("job_outcomes").column("finished_at").execute();
      await db.schema
        .createTable("feeds")
        .addColumn("url", "text", (c) => c.primaryKey())
        .addColumn("etag", "text")
        .addColumn("last_modified", "text")
        .addColumn("failures", "integer", (c) => c.notNull())
        .addColumn("checked_at", "text")
        .addColumn("next_check_at", "text")
        .execute();
      await db.schema
        .createTable("feed_items")
        .addColumn("feed_url", "text", (c) => c.notNull())
        .addColumn("item_id", "text", (c) => c.notNull())
        .addColumn("seen_at", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("feed_items_key", ["feed_url", "item_id"])
        .execute();
    },
  },
];

/**
 * Applies the migrations not yet recorded, all in one transaction, which the caller opens as a
 * write transaction (SQLite BEGIN IMMEDIATE; on PostgreSQL this takes an advisory lock), so that
 * processes starting at once migrate one after the other instead of failing.
 */
export async function migrate(db: Kysely<Database>, dialect: MigrationDialect): Promise<number> {
  if (dialect.name === "postgres") await sql`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(db);
  await db.schema
    .createTable("schema_migrations")
    .ifNotExists()
    .addColumn("version", "integer", (c) => c.primaryKey())
    .addColumn("applied_at", "text", (c) => c.notNull())
    .execute();
  const done = new Set(
    (await db.selectFrom("schema_migrations").select("version").execute()).map((r) => r.version),
  );
  let applied = 0;
  for (const m of [...MIGRATIONS].sort((a, b) => a.version - b.version)) {
    if (done.has(m.version)) continue;
    await m.up(db, dialect);
    await db
      .insertInto("schema_migrations")
      .values({ version: m.version, applied_at: new Date().toISOString() })
      .execute();
    applied++;
  }
  return applied;
}

/** Any fixed number: the key of PostgreSQL's advisory lock that serialises Chronicle's migrations. */
const MIGRATION_LOCK = 0x63687231;
