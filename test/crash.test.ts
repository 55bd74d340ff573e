import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { sql } from "kysely";
import { syntheticJsonl } from "../src/eval/synthetic.ts";
import { seededRandom } from "../src/nlp/ner/hash.ts";
import { Store } from "../src/store/index.ts";
import { BACKENDS, sqliteBackend } from "./helpers/backends.ts";
import { ended, startChronicle } from "./helpers/cli.ts";

/**
 * Generated articles per run. A few hundred keep `npm test` short (each restart loads the models again); set
 * CHRONICLE_CRASH_ARTICLES=3000 for the full-size run.
 */
const ARTICLES = Number(process.env.CHRONICLE_CRASH_ARTICLES ?? 300);
/** SIGKILLs per run: each lands while a batch may be half-written. */
const KILLS = 2;

const dir = mkdtempSync(join(tmpdir(), "chronicle-crash-"));
const corpus = join(dir, "corpus.jsonl");
writeFileSync(corpus, syntheticJsonl(ARTICLES, 11));

/** What must be equal after a crash and a restart: which articles and events the database holds. */
async function contents(db: string) {
  const store = await Store.open(db);
  const articles = (await store.db.selectFrom("articles").select("id").orderBy("id").execute()).map(
    (r) => r.id,
  );
  const events = (await store.db.selectFrom("events").select("id").orderBy("id").execute()).map((r) => r.id);
  const orphanEvents = await sql<{ n: number }>`
    SELECT count(*) AS n FROM events WHERE article_id NOT IN (SELECT id FROM articles)`.execute(store.db);
  const bareArticles = await sql<{ n: number }>`
    SELECT count(*) AS n FROM articles WHERE id NOT IN (SELECT article_id FROM events)`.execute(store.db);
  await store.close();
  return {
    articles,
    events,
    orphanEvents: Number(orphanEvents.rows[0].n),
    bareArticles: Number(bareArticles.rows[0].n),
  };
}

async function storedArticles(store: Store): Promise<number> {
  return (await store.counts()).articles;
}

const reference = (async () => {
  const db = await sqliteBackend.fresh();
  const run = await ended(startChronicle(["ingest", corpus, "--db", db, "--json"]));
  assert.equal(run.code, 0, run.stderr);
  return contents(db);
})();

describe(`crash safety: ${ARTICLES} articles, ${KILLS} SIGKILLs mid-ingest, then a restart`, () => {
  for (const backend of BACKENDS) {
    it(
      `on ${backend.name} the database ends equal to an uninterrupted run's`,
      backend.skip ? { skip: backend.skip } : {},
      async () => {
        const db = await backend.fresh();
        const random = seededRandom(backend.name.length * 97);
        const watcher = await Store.open(db);
        let kills = 0;
        for (let attempt = 0; kills < KILLS && attempt < KILLS * 3; attempt++) {
          const before = await storedArticles(watcher);
          // A seeded moment: once a few more batches are in, plus a jitter that lands inside a batch.
          const target = Math.min(ARTICLES - 60, before + 50 + Math.floor(random() * 100));
          const jitterMs = Math.floor(random() * 150);
          const child = startChronicle(["ingest", corpus, "--db", db, "--json"]);
          const exit = ended(child);
          let finished = false;
          exit.then(() => {
            finished = true;
          });
          while (!finished && (await storedArticles(watcher)) < target) await sleep(25);
          if (finished) break;
          await sleep(jitterMs);
          if (child.kill("SIGKILL")) kills++;
          await exit;
        }
        await watcher.close();
        assert.ok(kills >= 1, "the ingester was never killed mid-run");
        const last = await ended(startChronicle(["ingest", corpus, "--db", db, "--json"]));
        assert.equal(last.code, 0, last.stderr);
        const after = await contents(db);
        assert.equal(after.orphanEvents, 0, "events without their article");
        assert.equal(after.bareArticles, 0, "articles without their events");
        const expected = await reference;
        assert.equal(after.articles.length, ARTICLES);
        assert.deepEqual(after.articles, expected.articles);
        assert.deepEqual(after.events, expected.events);
      },
    );
  }
});
