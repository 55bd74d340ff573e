import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import Sqlite from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect, sql } from "kysely";
import pg from "pg";
import { generateEvents } from "../src/api/bench.ts";
import { Queries } from "../src/api/queries.ts";
import { postgresDialect, sqliteDialect } from "../src/store/dialect.ts";
import { Store } from "../src/store/index.ts";
import { MIGRATIONS, migrate } from "../src/store/migrations.ts";
import type { Database } from "../src/store/schema.ts";
import { BACKENDS, type Backend } from "./helpers/backends.ts";

/** The last migration of the previous release: databases in the field stop here. */
const RELEASED = 7;

function connect(backend: Backend, target: string): Kysely<Database> {
  return backend.name === "sqlite"
    ? new Kysely<Database>({ dialect: new SqliteDialect({ database: new Sqlite(target) }) })
    : new Kysely<Database>({
        dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: target, max: 1 }) }),
      });
}

/** A database as an older release left it: the migrations `kept` chooses, applied in one transaction. */
async function migratedTo(
  backend: Backend,
  target: string,
  kept: (m: (typeof MIGRATIONS)[number]) => boolean,
): Promise<Kysely<Database>> {
  const db = connect(backend, target);
  const dialect = backend.name === "sqlite" ? sqliteDialect : postgresDialect;
  await db.transaction().execute((trx) => migrate(trx, dialect, MIGRATIONS.filter(kept)));
  return db;
}

async function eventIndexes(store: Store): Promise<string[]> {
  const r =
    store.backend === "sqlite"
      ? await sql<{ name: string }>`SELECT name FROM sqlite_master
          WHERE type = 'index' AND tbl_name = 'events'`.execute(store.db)
      : await sql<{ name: string }>`SELECT indexname AS name FROM pg_indexes
          WHERE tablename = 'events'`.execute(store.db);
  return r.rows.map((row) => row.name);
}

for (const backend of BACKENDS) {
  describe(`store migrations (${backend.name})`, backend.skip ? { skip: backend.skip } : {}, () => {
    it("upgrade a database of the previous release that holds events, keeping every row", async () => {
      const target = await backend.fresh();
      // The database as the previous release left it, with events in it.
      const released = await migratedTo(backend, target, (m) => m.version <= RELEASED);
      await generateEvents(released, 500);
      await released.destroy();

      const store = await Store.open(target);
      try {
        const versions = await store.db.selectFrom("schema_migrations").select("version").execute();
        assert.deepEqual(
          versions.map((v) => v.version).sort((a, b) => a - b),
          MIGRATIONS.map((m) => m.version).sort((a, b) => a - b),
        );
        assert.ok((await eventIndexes(store)).includes("events_type_country"));
        assert.deepEqual(await store.counts(), { articles: 50, events: 500, diagnostics: 0 });
        const stats = await new Queries(store.db, { backend: store.backend }).stats({ type: "PROTEST" });
        assert.ok(stats.events > 0 && stats.byCountry.length > 0, "the upgraded database answers stats");
      } finally {
        await store.close();
      }
    });

    it("count each entity's articles afresh, where a release counted only the last batch that resolved its group", async () => {
      const target = await backend.fresh();
      const released = await migratedTo(backend, target, (m) => m.version < 12);
      const mention = (id: string, article: string, day: string) => ({
        id,
        article_id: article,
        group_key: "per:tokayev",
        name: "Kassym-Jomart Tokayev",
        text: "Tokayev",
        label: "PER",
        country: "KAZ",
        role: null,
        published_at: day,
        entity_id: "ent-tokayev",
      });
      // Two articles, one of them naming him twice; the release stored the second batch's count.
      await released
        .insertInto("entity_mentions")
        .values([
          mention("m1", "a1", "2024-01-10"),
          mention("m2", "a1", "2024-01-10"),
          mention("m3", "a2", "2024-01-12"),
        ])
        .execute();
      await released
        .insertInto("entities")
        .values({
          id: "ent-tokayev",
          group_key: "per:tokayev",
          name: "Kassym-Jomart Tokayev",
          type: "person",
          country: "KAZ",
          aliases: "[]",
          first_seen: "2024-01-12",
          last_seen: "2024-01-12",
          articles: 1,
        })
        .execute();
      await released.destroy();

      const store = await Store.open(target);
      try {
        const row = await store.db
          .selectFrom("entities")
          .select(["articles", "first_seen", "last_seen"])
          .executeTakeFirstOrThrow();
        assert.deepEqual(
          [Number(row.articles), row.first_seen, row.last_seen],
          [2, "2024-01-10", "2024-01-12"],
        );
      } finally {
        await store.close();
      }
    });
  });
}

describe("SQLite page size", () => {
  const pageSize = (file: string) => {
    const db = new Sqlite(file, { readonly: true });
    const size = db.pragma("page_size", { simple: true });
    db.close();
    return size;
  };
  it("gives a new file 16 KB pages and leaves a file made with 4 KB pages as it is", async () => {
    const dir = mkdtempSync(join(tmpdir(), "chronicle-pages-"));
    const fresh = await Store.open(join(dir, "new.db"));
    await fresh.saveBatch([]);
    await fresh.close();
    assert.equal(pageSize(join(dir, "new.db")), 16_384);
    const older = connect(BACKENDS[0], join(dir, "old.db"));
    await migrate(
      older,
      sqliteDialect,
      MIGRATIONS.filter((m) => m.version <= RELEASED),
    );
    await older.destroy();
    assert.equal(pageSize(join(dir, "old.db")), 4096);
    const reopened = await Store.open(join(dir, "old.db"));
    assert.equal((await reopened.counts()).articles, 0);
    await reopened.close();
    assert.equal(pageSize(join(dir, "old.db")), 4096);
  });
});
