import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { syntheticFeedJsonl } from "../src/eval/synthetic.ts";
import { processDocument } from "../src/pipeline/index.ts";
import { benchQueue, canonicalDump } from "../src/queue/bench.ts";
import { resolveArticles } from "../src/resolve/index.ts";
import { readSources } from "../src/sources/index.ts";
import type { RawDoc } from "../src/sources/types.ts";
import { Store } from "../src/store/index.ts";
import { postgresBackend } from "./helpers/backends.ts";
import { startChronicle } from "./helpers/cli.ts";

/**
 * `chronicle bench --backend postgres` counts a speed-up only when N workers store what one stores:
 * its comparison must see every difference in articles, events and incidents, and none in order.
 * No timing is asserted.
 */
describe("the PostgreSQL workers bench", postgresBackend.skip ? { skip: postgresBackend.skip } : {}, () => {
  const dir = mkdtempSync(join(tmpdir(), "chronicle-queue-bench-"));
  const corpus = join(dir, "corpus.jsonl");
  writeFileSync(corpus, syntheticFeedJsonl(16, 5));

  it("dumps the same store the same whatever order it was written in, and tells a moved event apart", async () => {
    const raws: RawDoc[] = [];
    for await (const raw of readSources([corpus])) raws.push(raw);
    const docs = raws.map((r) => processDocument(r));
    const store = async (order: typeof docs) => {
      const db = await postgresBackend.fresh();
      const s = await Store.open(db);
      for (const d of order) {
        await s.saveBatch([d]);
        await resolveArticles(s.db, [d.articleId]);
      }
      await s.close();
      return db;
    };
    const forward = await store(docs);
    const backward = await store([...docs].reverse());
    const dump = await canonicalDump(forward);
    const parsed = JSON.parse(dump);
    assert.equal(parsed.articles.length, 16);
    assert.ok(Object.keys(parsed.incidents).length > 0, "the corpus gives incidents");
    assert.equal(await canonicalDump(backward), dump);
    // One event moved to another incident: the same articles and events, not the same results.
    const s = await Store.open(backward);
    const [incident] = Object.keys(parsed.incidents);
    await s.db
      .updateTable("incident_mentions")
      .set({ incident_id: `${incident}-other` })
      .where("event_id", "=", parsed.incidents[incident][0])
      .execute();
    await s.close();
    assert.notEqual(await canonicalDump(backward), dump);
  });

  it("finds that one and two `chronicle worker` processes store the same articles, events and incidents", async () => {
    const result = await benchQueue({
      serverUrl: process.env.CHRONICLE_TEST_PG as string,
      corpus,
      articles: 16,
      workers: 2,
      runs: 1,
      startWorker: (db) => startChronicle(["worker", "--db", db]),
    });
    assert.deepEqual(
      result.runs.map((r) => [r.workers, r.warmUp, r.articles]),
      [
        [1, true, 16],
        [2, true, 16],
        [1, false, 16],
        [2, false, 16],
      ],
    );
    assert.ok(result.runs[0].incidents > 0);
    assert.ok(result.identical, JSON.stringify(result.runs.map((r) => r.digest)));
  });
});
