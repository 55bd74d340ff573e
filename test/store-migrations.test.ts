import assert from "node:assert/strict";
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
      const released = connect(backend, target);
      const dialect = backend.name === "sqlite" ? sqliteDialect : postgresDialect;
      await released.transaction().execute((trx) =>
        migrate(
          trx,
          dialect,
          MIGRATIONS.filter((m) => m.version <= RELEASED),
        ),
      );
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
  });
}
