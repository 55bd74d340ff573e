import { type Kysely, type RawBuilder, sql } from "kysely";
import type { MigrationDialect } from "./dialect.ts";
import { fillEntityForms, recountEntities } from "./resolve.ts";
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
    async up(db, dialect) {
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
        .addColumn("similarity", dialect.float, (c) => c.notNull())
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
        .addColumn("lat", dialect.float)
        .addColumn("lon", dialect.float)
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
      await dialect
        .addIdColumn(db.schema.createTable("incident_decisions"), "id")
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
  {
    // Counts for one type (the dashboard's type filter, src/api/queries.ts countStats): per country
    // and distinct articles from the index alone, grouped in its order, without reading the events.
    // With 200,000 events this takes /api/stats?type=X from about 70 ms to about 20 ms on SQLite.
    version: 8,
    async up(db) {
      await db.schema
        .createIndex("events_type_country")
        .on("events")
        .columns(["type", "place_country", "article_id"])
        .execute();
    },
  },
  {
    // What made resolving an article cost more as the archive grew. The distinct forms of each
    // entity group, kept by upsert (src/store/resolve.ts entityForms): reading them scanned every
    // stored mention of a frequent name. Filled from the stored mentions.
    version: 9,
    async up(db) {
      await db.schema
        .createTable("entity_forms")
        .addColumn("form_key", "text", (c) => c.primaryKey())
        .addColumn("group_key", "text", (c) => c.notNull())
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("text", "text", (c) => c.notNull())
        .addColumn("label", "text", (c) => c.notNull())
        .addColumn("country", "text")
        .addColumn("role", "text")
        .addColumn("published_at", "text")
        .addColumn("entity_id", "text", (c) => c.notNull())
        .addColumn("mentions", "integer", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("entity_forms_group").on("entity_forms").column("group_key").execute();
      await fillEntityForms(db);
      // Never read (bands are looked up by band, and only ever cleared all at once), yet each
      // article's 16 rows cost 16 more random-page writes in it, more of them the larger the archive.
      await db.schema.dropIndex("article_bands_article").execute();
    },
  },
  {
    // /api/stats over every event counted the events each time the data changed (about 100 ms at
    // 100,000 events on SQLite, 744 ms at 160,000 on PostgreSQL). These tables hold the counts it
    // gives, per day (time_start, '' when undated) × type, per country × type and per article,
    // kept by triggers on events in the writing transaction itself, so every write path (ingest,
    // reprocess, a cascade from a deleted article) keeps them right and a crash loses none.
    // Filled from the stored events.
    version: 10,
    async up(db, dialect) {
      // On SQLite the rows are stored in key order (WITHOUT ROWID): a scan gives the day × type
      // counts in the order the API returns them, and a trigger's upsert writes one b-tree, not two.
      const clustered = <T extends { modifyEnd(s: RawBuilder<unknown>): T }>(t: T): T =>
        dialect.name === "sqlite" ? t.modifyEnd(sql`WITHOUT ROWID`) : t;
      await db.schema
        .createTable("event_counts_day_type")
        .addColumn("day", "text", (c) => c.notNull())
        .addColumn("type", "text", (c) => c.notNull())
        .addColumn("n", "integer", (c) => c.notNull())
        .addPrimaryKeyConstraint("event_counts_day_type_pk", ["day", "type"])
        .$call(clustered)
        .execute();
      await db.schema
        .createTable("event_counts_country_type")
        .addColumn("country", "text", (c) => c.notNull())
        .addColumn("type", "text", (c) => c.notNull())
        .addColumn("n", "integer", (c) => c.notNull())
        .addPrimaryKeyConstraint("event_counts_country_type_pk", ["country", "type"])
        .$call(clustered)
        .execute();
      await db.schema
        .createTable("article_event_counts")
        .addColumn("article_id", "text", (c) => c.primaryKey())
        .addColumn("n", "integer", (c) => c.notNull())
        .$call(clustered)
        .execute();
      await sql`INSERT INTO event_counts_day_type (day, type, n)
        SELECT coalesce(time_start, ''), type, count(*) FROM events
        GROUP BY coalesce(time_start, ''), type`.execute(db);
      await sql`INSERT INTO event_counts_country_type (country, type, n)
        SELECT place_country, type, count(*) FROM events WHERE place_country IS NOT NULL
        GROUP BY place_country, type`.execute(db);
      await sql`INSERT INTO article_event_counts (article_id, n)
        SELECT article_id, count(*) FROM events GROUP BY article_id`.execute(db);
      // A row counted (r: new) or uncounted (r: old); a count that reaches 0 loses its row, so the
      // tables hold only what a GROUP BY over the events would give.
      const add = (r: string) => `
        INSERT INTO event_counts_day_type (day, type, n) VALUES (coalesce(${r}.time_start, ''), ${r}.type, 1)
          ON CONFLICT (day, type) DO UPDATE SET n = event_counts_day_type.n + 1;
        INSERT INTO event_counts_country_type (country, type, n)
          SELECT ${r}.place_country, ${r}.type, 1 WHERE ${r}.place_country IS NOT NULL
          ON CONFLICT (country, type) DO UPDATE SET n = event_counts_country_type.n + 1;
        INSERT INTO article_event_counts (article_id, n) VALUES (${r}.article_id, 1)
          ON CONFLICT (article_id) DO UPDATE SET n = article_event_counts.n + 1;`;
      const remove = (r: string) => `
        DELETE FROM event_counts_day_type WHERE day = coalesce(${r}.time_start, '') AND type = ${r}.type AND n <= 1;
        UPDATE event_counts_day_type SET n = n - 1 WHERE day = coalesce(${r}.time_start, '') AND type = ${r}.type;
        DELETE FROM event_counts_country_type WHERE country = ${r}.place_country AND type = ${r}.type AND n <= 1;
        UPDATE event_counts_country_type SET n = n - 1 WHERE country = ${r}.place_country AND type = ${r}.type;
        DELETE FROM article_event_counts WHERE article_id = ${r}.article_id AND n <= 1;
        UPDATE article_event_counts SET n = n - 1 WHERE article_id = ${r}.article_id;`;
      // Events are not updated in place today; should they be, a change of a counted column moves
      // the event from one count to the other.
      const counted = "type, time_start, place_country, article_id";
      if (dialect.name === "postgres") {
        await sql
          .raw(`CREATE FUNCTION event_counts_keep() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF TG_OP = 'DELETE' OR TG_OP = 'UPDATE' THEN ${remove("OLD")}
              END IF;
              IF TG_OP = 'INSERT' OR TG_OP = 'UPDATE' THEN ${add("NEW")}
              END IF;
              RETURN NULL;
            END $$`)
          .execute(db);
        await sql
          .raw(`CREATE TRIGGER events_counts AFTER INSERT OR DELETE OR UPDATE OF ${counted} ON events
            FOR EACH ROW EXECUTE FUNCTION event_counts_keep()`)
          .execute(db);
        return;
      }
      await sql
        .raw(`CREATE TRIGGER events_counts_ai AFTER INSERT ON events BEGIN ${add("new")} END`)
        .execute(db);
      await sql
        .raw(`CREATE TRIGGER events_counts_ad AFTER DELETE ON events BEGIN ${remove("old")} END`)
        .execute(db);
      await sql
        .raw(
          `CREATE TRIGGER events_counts_au AFTER UPDATE OF ${counted} ON events BEGIN ${remove("old")} ${add("new")} END`,
        )
        .execute(db);
    },
  },
  {
    // The articles with events, which /api/stats gives, were counted from the rows of
    // article_event_counts: one row per article, so that count grew with the archive (on
    // PostgreSQL, which visits every row, 23–133 ms right after a 100,000-article ingest and 3 ms
    // once its pages were hot, on 2 cores shared with other jobs).
    // This single row holds that number, kept by triggers on article_event_counts, whose rows
    // come and go only when an article gains its first event or loses its last. Every writing
    // transaction that adds an article updates it; the day × type rows are as hot already.
    version: 11,
    async up(db, dialect) {
      await db.schema
        .createTable("event_count_totals")
        .addColumn("id", "integer", (c) => c.primaryKey().check(sql`id = 1`))
        .addColumn("articles", "integer", (c) => c.notNull())
        .execute();
      await sql`INSERT INTO event_count_totals (id, articles)
        SELECT 1, count(*) FROM article_event_counts`.execute(db);
      const change = (delta: string) =>
        `UPDATE event_count_totals SET articles = articles ${delta} WHERE id = 1;`;
      if (dialect.name === "postgres") {
        await sql
          .raw(`CREATE FUNCTION event_count_totals_keep() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF TG_OP = 'INSERT' THEN ${change("+ 1")}
              ELSE ${change("- 1")}
              END IF;
              RETURN NULL;
            END $$`)
          .execute(db);
        await sql
          .raw(`CREATE TRIGGER article_event_counts_total AFTER INSERT OR DELETE ON article_event_counts
            FOR EACH ROW EXECUTE FUNCTION event_count_totals_keep()`)
          .execute(db);
        return;
      }
      // An upsert that updates an existing row fires no INSERT trigger, on either database.
      await sql
        .raw(
          `CREATE TRIGGER article_event_counts_total_ai AFTER INSERT ON article_event_counts BEGIN ${change("+ 1")} END`,
        )
        .execute(db);
      await sql
        .raw(
          `CREATE TRIGGER article_event_counts_total_ad AFTER DELETE ON article_event_counts BEGIN ${change("- 1")} END`,
        )
        .execute(db);
    },
  },
  {
    // An entity's article count and dates came from the batch that last resolved its group, not
    // from every article that mentions it (src/store/resolve.ts recountEntities). The index lets
    // them be counted from an entity's mentions alone; the stored counts are counted afresh.
    version: 12,
    async up(db) {
      await db.schema
        .createIndex("entity_mentions_entity")
        .on("entity_mentions")
        .columns(["entity_id", "article_id", "published_at"])
        .execute();
      const ids = await db.selectFrom("entities").select("id").execute();
      await recountEntities(
        db,
        ids.map((r) => r.id),
      );
    },
  },
];

/**
 * Applies the migrations not yet recorded, all in one transaction, which the caller opens as a
 * write transaction (SQLite BEGIN IMMEDIATE; on PostgreSQL this takes an advisory lock), so that
 * processes starting at once migrate one after the other instead of failing. `migrations` is for
 * tests that make a database as an earlier release left it.
 */
export async function migrate(
  db: Kysely<Database>,
  dialect: MigrationDialect,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<number> {
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
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
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
