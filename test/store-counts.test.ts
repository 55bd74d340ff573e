import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import Sqlite from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect, sql } from "kysely";
import pg from "pg";
import { generateEvents } from "../src/api/bench.ts";
import { Queries } from "../src/api/queries.ts";
import { type ProcessedDoc, processDocument } from "../src/pipeline/index.ts";
import { readSources } from "../src/sources/index.ts";
import { postgresDialect, sqliteDialect } from "../src/store/dialect.ts";
import { Store } from "../src/store/index.ts";
import { MIGRATIONS, migrate } from "../src/store/migrations.ts";
import type { Database } from "../src/store/schema.ts";
import { BACKENDS, type Backend } from "./helpers/backends.ts";
import { EXAMPLE_DATES, EXAMPLES } from "./helpers/examples.ts";

/**
 * The count tables of migrations 10 and 11, kept by triggers on events, against a fresh GROUP BY over the
 * events after every kind of write, and /api/stats read from them against the same stats counted
 * from the events.
 */

const DATES = EXAMPLE_DATES;

/** The bundled examples, dated as dates.tsv says, or all left to their own dates (`dated` false). */
async function processExamples(dated: boolean): Promise<ProcessedDoc[]> {
  const out: ProcessedDoc[] = [];
  for await (const raw of readSources([EXAMPLES])) {
    const date = dated ? DATES.get(raw.uri.split("/").pop() ?? "") : undefined;
    out.push(processDocument(raw, date ? { publishedAt: date } : {}));
  }
  return out;
}

type Row = Record<string, string | number | null>;

function canonical(rows: Row[]): string[] {
  return rows
    .map((r) => JSON.stringify(Object.values(r).map((v) => (typeof v === "bigint" ? Number(v) : v))))
    .sort();
}

/** The count tables, and what a GROUP BY over the events gives now. */
async function kept(db: Kysely<Database>): Promise<Row[][]> {
  return Promise.all([
    sql<Row>`SELECT day, type, n FROM event_counts_day_type`.execute(db),
    sql<Row>`SELECT country, type, n FROM event_counts_country_type`.execute(db),
    sql<Row>`SELECT article_id, n FROM article_event_counts`.execute(db),
    sql<Row>`SELECT articles AS n FROM event_count_totals`.execute(db),
  ]).then((rs) => rs.map((r) => r.rows.map((row) => ({ ...row, n: Number(row.n) }))));
}

async function counted(db: Kysely<Database>): Promise<Row[][]> {
  return Promise.all([
    sql<Row>`SELECT coalesce(time_start, '') AS day, type, count(*) AS n FROM events
      GROUP BY coalesce(time_start, ''), type`.execute(db),
    sql<Row>`SELECT place_country AS country, type, count(*) AS n FROM events
      WHERE place_country IS NOT NULL GROUP BY place_country, type`.execute(db),
    sql<Row>`SELECT article_id, count(*) AS n FROM events GROUP BY article_id`.execute(db),
    sql<Row>`SELECT count(DISTINCT article_id) AS n FROM events`.execute(db),
  ]).then((rs) => rs.map((r) => r.rows.map((row) => ({ ...row, n: Number(row.n) }))));
}

async function assertCountsKept(db: Kysely<Database>, when: string): Promise<void> {
  const [k, c] = [await kept(db), await counted(db)];
  for (const [i, table] of ["day × type", "country × type", "article", "articles with events"].entries())
    assert.deepEqual(canonical(k[i]), canonical(c[i]), `${table} counts ${when}`);
}

/** Stats over every event read from the count tables equal the stats counted from the events. */
async function assertStatsAlike(store: Store, when: string): Promise<void> {
  const options = { backend: store.backend, cacheCounts: false };
  const fromTables = await new Queries(store.db, options).stats({});
  const fromEvents = await new Queries(store.db, { ...options, countTables: false }).stats({});
  assert.deepEqual(fromTables, fromEvents, `stats ${when}`);
}

function connect(backend: Backend, target: string): Kysely<Database> {
  return backend.name === "sqlite"
    ? new Kysely<Database>({ dialect: new SqliteDialect({ database: new Sqlite(target) }) })
    : new Kysely<Database>({
        dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: target, max: 1 }) }),
      });
}

for (const backend of BACKENDS) {
  describe(`event count tables (${backend.name})`, backend.skip ? { skip: backend.skip } : {}, () => {
    let store: Store;
    let dated: ProcessedDoc[];

    before(async () => {
      store = await Store.open(await backend.fresh());
      dated = await processExamples(true);
      // The examples' events all have a time (the reported day at least): some are made undated
      // here, as events of an undated page are.
      for (const d of dated) if (d.events[0]) d.events[0] = { ...d.events[0], time: undefined };
    });

    after(async () => {
      await store?.close();
    });

    it("are empty on an empty database, and so are the stats", async () => {
      await assertCountsKept(store.db, "when empty");
      await assertStatsAlike(store, "when empty");
      const stats = await new Queries(store.db, { backend: store.backend }).stats({});
      assert.equal(stats.events, 0);
      assert.equal(stats.articles, 0);
    });

    it("equal a fresh count after an ingest, with undated events and events without a country", async () => {
      const saved = await store.saveBatch(dated);
      assert.ok(saved.events > 0, "the examples have events");
      await assertCountsKept(store.db, "after an ingest");
      await assertStatsAlike(store, "after an ingest");
      const stats = await new Queries(store.db, { backend: store.backend }).stats({});
      assert.equal(stats.events, saved.events);
      const nulls = await sql<{ undated: number | string; nowhere: number | string }>`SELECT
          sum(CASE WHEN time_start IS NULL THEN 1 ELSE 0 END) AS undated,
          sum(CASE WHEN place_country IS NULL THEN 1 ELSE 0 END) AS nowhere FROM events`.execute(store.db);
      assert.ok(Number(nulls.rows[0].undated) > 0, "the fixture has undated events");
      assert.ok(Number(nulls.rows[0].nowhere) > 0, "the fixture has events without a country");
      assert.equal(stats.undated, Number(nulls.rows[0].undated));
    });

    it("equal a fresh count after the same articles are ingested again (no new events)", async () => {
      await store.saveBatch(dated);
      await assertCountsKept(store.db, "after a repeated ingest");
    });

    it("equal a fresh count after a reprocess replaces the events with differently dated ones", async () => {
      const undated = await processExamples(false);
      await store.saveReprocessed(undated.filter((d) => d.ok));
      await assertCountsKept(store.db, "after a reprocess");
      await assertStatsAlike(store, "after a reprocess");
      await store.saveReprocessed(dated.filter((d) => d.ok));
      await assertCountsKept(store.db, "after a second reprocess");
    });

    it("equal a fresh count after an article's events are deleted, and after an article is", async () => {
      const [first, second] = await store.db
        .selectFrom("events")
        .select("article_id")
        .distinct()
        .orderBy("article_id")
        .limit(2)
        .execute();
      await store.db.deleteFrom("events").where("article_id", "=", first.article_id).execute();
      await assertCountsKept(store.db, "after deleting an article's events");
      await store.db.deleteFrom("articles").where("id", "=", second.article_id).execute();
      assert.equal(
        (
          await store.db
            .selectFrom("events")
            .where("article_id", "=", second.article_id)
            .selectAll()
            .execute()
        ).length,
        0,
        "the article's events went with it",
      );
      await assertCountsKept(store.db, "after deleting an article");
      await assertStatsAlike(store, "after deletes");
    });

    it("equal a fresh count after events are changed in place", async () => {
      const [one, two] = await store.db.selectFrom("events").select("id").orderBy("id").limit(2).execute();
      await store.db
        .updateTable("events")
        .set({ type: "PROTEST", time_start: null, place_country: "ZZZ" })
        .where("id", "=", one.id)
        .execute();
      await store.db
        .updateTable("events")
        .set({ time_start: "2001-01-01", place_country: null })
        .where("id", "=", two.id)
        .execute();
      await assertCountsKept(store.db, "after updates");
      await assertStatsAlike(store, "after updates");
    });

    it("are not changed by a write transaction that rolls back", async () => {
      const before = await kept(store.db);
      await assert.rejects(
        store.db.transaction().execute(async (trx) => {
          await trx.deleteFrom("events").execute();
          throw new Error("rolled back");
        }),
      );
      assert.deepEqual(await kept(store.db), before);
      await store.db.deleteFrom("events").execute();
      await assertCountsKept(store.db, "after deleting every event");
      assert.deepEqual(await kept(store.db), [[], [], [], [{ n: 0 }]]);
    });

    it("are filled by the migration from a database of version 9 that holds events", async () => {
      const target = await backend.fresh();
      const old = connect(backend, target);
      const dialect = backend.name === "sqlite" ? sqliteDialect : postgresDialect;
      await old.transaction().execute((trx) =>
        migrate(
          trx,
          dialect,
          MIGRATIONS.filter((m) => m.version <= 9),
        ),
      );
      await generateEvents(old, 2000);
      // Undated events and events without a country, which the generator does not make.
      await sql`UPDATE events SET time_start = NULL, time_end = NULL WHERE id IN
        (SELECT id FROM events ORDER BY id LIMIT 40)`.execute(old);
      await sql`UPDATE events SET place_country = NULL WHERE id IN
        (SELECT id FROM events ORDER BY id DESC LIMIT 30)`.execute(old);
      await old.destroy();
      const upgraded = await Store.open(target);
      try {
        await assertCountsKept(upgraded.db, "after the migration");
        await assertStatsAlike(upgraded, "after the migration");
        const stats = await new Queries(upgraded.db, { backend: upgraded.backend }).stats({});
        assert.equal(stats.events, 2000);
        assert.equal(stats.undated, 40);
      } finally {
        await upgraded.close();
      }
    });
  });
}
