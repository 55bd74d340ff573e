import { type Kysely, sql } from "kysely";
import type { Database } from "./schema.ts";

/**
 * Schema migrations, applied in order and recorded in schema_migrations. Never edit a released
 * migration: add the next one.
 */
export const MIGRATIONS: { version: number; up: (db: Kysely<Database>) => Promise<void> }[] = [
  {
    version: 1,
    async up(db) {
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
        .addColumn("lat", "real")
        .addColumn("lon", "real")
        .addColumn("time_value", "text")
        .addColumn("time_start", "text")
        .addColumn("time_end", "text")
        .addColumn("modality", "text", (c) => c.notNull())
        .addColumn("confidence", "real", (c) => c.notNull())
        .addColumn("evidence_start", "integer", (c) => c.notNull())
        .addColumn("evidence_end", "integer", (c) => c.notNull())
        .addColumn("record", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("events_article").on("events").column("article_id").execute();
      await db.schema.createIndex("events_type_time").on("events").columns(["type", "time_start"]).execute();
      await db.schema.createIndex("events_country").on("events").column("place_country").execute();
      await db.schema
        .createTable("diagnostics")
        .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
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
    // Which pipeline coded each event and analysed each article (null: before versions were
    // recorded), so `chronicle reprocess --stale` can find what a release would code differently.
    version: 2,
    async up(db) {
      await db.schema.alterTable("events").addColumn("pipeline_version", "integer").execute();
      await db.schema.alterTable("articles").addColumn("pipeline_version", "integer").execute();
      await db.schema.createIndex("articles_site").on("articles").column("site").execute();
    },
  },
  {
    // Resolution (src/resolve): near-duplicate articles, incidents and the analyst's decisions.
    version: 3,
    async up(db) {
      await db.schema
        .createTable("article_bands")
        .addColumn("band", "text", (c) => c.notNull())
        .addColumn("article_id", "text", (c) => c.notNull())
        .addColumn("published_at", "text")
        .addPrimaryKeyConstraint("article_bands_pk", ["band", "article_id"])
        .execute();
      await db.schema.createIndex("article_bands_article").on("article_bands").column("article_id").execute();
      await db.schema
        .createTable("article_duplicates")
        .addColumn("article_id", "text", (c) => c.primaryKey())
        .addColumn("canonical_id", "text", (c) => c.notNull())
        .addColumn("similarity", "real", (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("article_duplicates_canonical")
        .on("article_duplicates")
        .column("canonical_id")
        .execute();
      await db.schema
        .createTable("incident_mentions")
        .addColumn("event_id", "text", (c) => c.primaryKey())
        .addColumn("article_id", "text", (c) => c.notNull())
        .addColumn("incident_id", "text", (c) => c.notNull())
        .addColumn("block", "text", (c) => c.notNull())
        .addColumn("time_start", "text")
        .addColumn("time_end", "text")
        .addColumn("reason", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("incident_mentions_block")
        .on("incident_mentions")
        .columns(["block", "time_start"])
        .execute();
      await db.schema
        .createIndex("incident_mentions_incident")
        .on("incident_mentions")
        .column("incident_id")
        .execute();
      await db.schema
        .createTable("incidents")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("type", "text", (c) => c.notNull())
        .addColumn("mode", "text")
        .addColumn("time_start", "text")
        .addColumn("time_end", "text")
        .addColumn("place_name", "text")
        .addColumn("place_country", "text")
        .addColumn("lat", "real")
        .addColumn("lon", "real")
        .addColumn("first_reported", "text")
        .addColumn("reports", "integer", (c) => c.notNull())
        .addColumn("sources", "integer", (c) => c.notNull())
        .addColumn("record", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("incidents_type_time")
        .on("incidents")
        .columns(["type", "time_start"])
        .execute();
      await db.schema.createIndex("incidents_country").on("incidents").column("place_country").execute();
      await db.schema
        .createTable("incident_decisions")
        .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("event_ids", "text", (c) => c.notNull())
        .addColumn("other_ids", "text", (c) => c.notNull())
        .addColumn("decided_at", "text", (c) => c.notNull())
        .execute();
    },
  },
  {
    // Canonical entities across articles (src/resolve/entities.ts).
    version: 4,
    async up(db) {
      await db.schema
        .createTable("entity_mentions")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("article_id", "text", (c) => c.notNull())
        .addColumn("group_key", "text", (c) => c.notNull())
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("text", "text", (c) => c.notNull())
        .addColumn("label", "text", (c) => c.notNull())
        .addColumn("country", "text")
        .addColumn("role", "text")
        .addColumn("published_at", "text")
        .addColumn("entity_id", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("entity_mentions_group")
        .on("entity_mentions")
        .column("group_key")
        .execute();
      await db.schema
        .createIndex("entity_mentions_article")
        .on("entity_mentions")
        .columns(["article_id", "name"])
        .execute();
      await db.schema
        .createIndex("entity_mentions_role")
        .on("entity_mentions")
        .columns(["role", "country"])
        .execute();
      await db.schema
        .createTable("entities")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("group_key", "text", (c) => c.notNull())
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("type", "text", (c) => c.notNull())
        .addColumn("country", "text")
        .addColumn("aliases", "text", (c) => c.notNull())
        .addColumn("first_seen", "text")
        .addColumn("last_seen", "text")
        .addColumn("articles", "integer", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("entities_group").on("entities").column("group_key").execute();
    },
  },
  {
    // The API's reads (src/api/queries.ts): event pages newest first by a time key that sorts
    // undated events last, alone or within a type or a country; counts per day × type; map points.
    version: 6,
    async up(db) {
      const timeKey = sql`coalesce(time_start, '')`;
      await db.schema.createIndex("events_time_key").on("events").expression(sql`${timeKey}, id`).execute();
      await db.schema
        .createIndex("events_type_key")
        .on("events")
        .expression(sql`type, ${timeKey}, id`)
        .execute();
      await db.schema
        .createIndex("events_country_key")
        .on("events")
        .expression(sql`place_country, ${timeKey}, id`)
        .execute();
      await db.schema.createIndex("events_day_type").on("events").columns(["time_start", "type"]).execute();
      await db.schema
        .createIndex("events_place")
        .on("events")
        .columns(["place_name", "place_country", "article_id", "lat", "lon"])
        .execute();
    },
  },
];

export async function migrate(db: Kysely<Database>): Promise<number> {
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
  for (const m of MIGRATIONS) {
    if (done.has(m.version)) continue;
    await db.transaction().execute(async (trx) => {
      await m.up(trx);
      await trx
        .insertInto("schema_migrations")
        .values({ version: m.version, applied_at: new Date().toISOString() })
        .execute();
    });
    applied++;
  }
  return applied;
}
