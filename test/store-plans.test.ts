import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import Sqlite from "better-sqlite3";
import { Kysely, type LogEvent, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import { generateEvents } from "../src/api/bench.ts";
import { Queries } from "../src/api/queries.ts";
import type { EventFilterQuery } from "../src/api/schemas.ts";
import { Store } from "../src/store/index.ts";
import type { Database } from "../src/store/schema.ts";
import { BACKENDS, type Backend } from "./helpers/backends.ts";

/**
 * The API's common reads must be answered by walking an index in the order of the page, never by
 * sorting every matching event before the LIMIT: that sort is what made a month's page cost 400 ms
 * at 5,000 articles. These tests capture the SQL the API's read module runs and ask each database
 * how it would run it (EXPLAIN), so they assert the plan, not a duration.
 *
 * SQLite's planner does not look at the data (no ANALYZE), so its plan here is its plan at any
 * size. PostgreSQL chooses by cost from table statistics, and on a fixture this small a sort is
 * honestly cheaper; so its plans are asked for with sorts and whole-table scans priced out
 * (enable_sort, enable_seqscan off), which answers whether an index can serve the read at all and
 * which one.
 */

/** Generated events (src/api/bench.ts): 12 countries, 16 types, two years of days, ten per article. */
const EVENTS = 2_000;

/** The API's event pages that must walk an index: the filter, and the index it must walk. */
const PAGES: { name: string; filter: EventFilterQuery; index: string }[] = [
  { name: "one month", filter: { since: "2023-06-01", until: "2023-06-30" }, index: "events_time_key" },
  { name: "everything", filter: {}, index: "events_time_key" },
  { name: "one type", filter: { type: "PROTEST" }, index: "events_type_key" },
  { name: "one country", filter: { country: "KEN" }, index: "events_country_key" },
  {
    name: "a country and a month",
    filter: { country: "KEN", since: "2023-06-01", until: "2023-06-30" },
    index: "events_country_key",
  },
];

interface Captured {
  sql: string;
  parameters: readonly unknown[];
}

/** The API's read module on a second connection that records every statement it runs, and EXPLAIN for them. */
interface Explainer {
  queries: Queries;
  captured: Captured[];
  /** The plan as text: SQLite's EXPLAIN QUERY PLAN details, or PostgreSQL's EXPLAIN lines. */
  explain(q: Captured): Promise<string>;
  close(): Promise<void>;
}

async function explainer(backend: Backend, target: string): Promise<Explainer> {
  const captured: Captured[] = [];
  const log = (e: LogEvent) => {
    if (e.level === "query") captured.push({ sql: e.query.sql, parameters: e.query.parameters });
  };
  if (backend.name === "sqlite") {
    const sqlite = new Sqlite(target, { readonly: true });
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }), log });
    return {
      queries: new Queries(db, { cacheCounts: false, backend: "sqlite" }),
      captured,
      async explain(q) {
        const rows = sqlite.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...q.parameters) as {
          detail: string;
        }[];
        return rows.map((r) => r.detail).join("\n");
      },
      close: () => db.destroy(),
    };
  }
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: target, max: 1 }) }),
    log,
  });
  const client = new pg.Client({ connectionString: target });
  await client.connect();
  // Statistics and the visibility map (index-only scans need it), as autovacuum keeps them.
  await client.query("VACUUM ANALYZE");
  await client.query("SET enable_sort = off");
  await client.query("SET enable_seqscan = off");
  return {
    queries: new Queries(db, { cacheCounts: false, backend: "postgres" }),
    captured,
    async explain(q) {
      const r = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN ${q.sql}`, [...q.parameters]);
      return r.rows.map((row) => row["QUERY PLAN"]).join("\n");
    },
    async close() {
      await client.end();
      await db.destroy();
    },
  };
}

/** The plans of the statements `read` runs, in order. */
async function plansOf(x: Explainer, read: () => Promise<unknown>): Promise<{ sql: string; plan: string }[]> {
  x.captured.length = 0;
  await read();
  const out = [];
  for (const q of [...x.captured]) out.push({ sql: q.sql, plan: await x.explain(q) });
  return out;
}

/** Whether a plan sorts rows itself (a temp b-tree on SQLite, a Sort node on PostgreSQL). */
function sorts(plan: string): boolean {
  return /TEMP B-TREE FOR (RIGHT PART OF )?ORDER BY|^\s*(->\s*)?(Incremental )?Sort\b/m.test(plan);
}

for (const backend of BACKENDS) {
  describe(
    `query plans of the API's common reads (${backend.name})`,
    backend.skip ? { skip: backend.skip } : {},
    () => {
      let store: Store;
      let x: Explainer;

      before(async () => {
        const target = await backend.fresh();
        store = await Store.open(target);
        await generateEvents(store.db, EVENTS);
        x = await explainer(backend, target);
      });

      after(async () => {
        await x?.close();
        await store?.close();
      });

      for (const page of PAGES) {
        it(`a page of events for ${page.name} walks ${page.index} in page order, without a sort`, async () => {
          const [events] = await plansOf(x, () => x.queries.events(page.filter, { limit: 100 }));
          assert.match(events.plan, new RegExp(page.index), events.plan);
          assert.equal(sorts(events.plan), false, `sorts before the LIMIT:\n${events.plan}`);
        });
      }

      it("the next page starts in the index at the cursor, without a sort", async () => {
        const first = await x.queries.events({ type: "PROTEST" }, { limit: 10 });
        assert.ok(first.nextCursor, "the fixture has more than one page of protests");
        const [cursorTime, cursorId] = JSON.parse(
          Buffer.from(first.nextCursor, "base64url").toString("utf8"),
        );
        const [events] = await plansOf(x, () =>
          x.queries.events({ type: "PROTEST" }, { limit: 10, after: { time: cursorTime, id: cursorId } }),
        );
        assert.match(events.plan, /events_type_key/, events.plan);
        assert.equal(sorts(events.plan), false, events.plan);
      });

      it("counts over every event read the count tables of migrations 10 and 11, not the events", async () => {
        const plans = await plansOf(x, () => x.queries.stats({}));
        assert.deepEqual(
          plans.filter((p) => /from "events"/.test(p.sql)),
          [],
        );
        for (const table of ["event_counts_day_type", "event_counts_country_type", "event_count_totals"])
          assert.ok(
            plans.some((p) => p.sql.includes(`from "${table}"`)),
            `${table} is read:\n${plans.map((p) => p.sql).join("\n")}`,
          );
      });

      it("counts per day and type, per country and per article read covering indexes, not the events", async () => {
        for (const filter of [{ type: "PROTEST" }] as EventFilterQuery[]) {
          const plans = await plansOf(x, () => x.queries.stats(filter));
          const ofEvents = plans.filter((p) => /from "events"/.test(p.sql));
          assert.equal(ofEvents.length, 3, "day × type, country and article counts");
          for (const p of ofEvents) {
            if (backend.name === "sqlite")
              assert.match(p.plan, /USING COVERING INDEX/, `${p.sql}\n${p.plan}`);
            else assert.match(p.plan, /Index Only Scan/, `${p.sql}\n${p.plan}`);
          }
          if (filter.type) {
            const byCountry = ofEvents.find((p) => /place_country/.test(p.sql));
            assert.match(byCountry?.plan ?? "", /events_type_country/, byCountry?.plan);
          }
        }
      });

      it("full-text search reads the text index", async () => {
        const [search] = await plansOf(x, () => x.queries.search("police drone", 20));
        if (backend.name === "sqlite") assert.match(search.plan, /VIRTUAL TABLE INDEX/, search.plan);
        else assert.match(search.plan, /Bitmap Index Scan on articles_search/, search.plan);
        assert.ok((await x.queries.search("police drone", 20)).length > 0, "the fixture's words are found");
      });
    },
  );
}
