import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { makeWorkerUtils, run } from "graphile-worker";
import { createProcessor } from "../src/pipeline/pool.ts";
import { enqueue, MAX_ATTEMPTS, queueLogger, taskList } from "../src/queue/index.ts";
import { type QueueStatus, Store } from "../src/store/index.ts";
import { postgresBackend } from "./helpers/backends.ts";

const ARTICLE =
  "Dock workers in the port of Velmora walked out on Tuesday over unpaid wages, the union said. Police arrested four people after protesters blocked the harbour gate.";

describe(
  "distributed ingestion with graphile-worker",
  postgresBackend.skip ? { skip: postgresBackend.skip } : {},
  () => {
    const dir = mkdtempSync(join(tmpdir(), "chronicle-queue-"));
    writeFileSync(join(dir, "strike.txt"), ARTICLE);
    const binary = Buffer.alloc(2048);
    for (let i = 0, x = 5; i < binary.length; i++) binary[i] = x = (x * 1103515245 + 12345) & 0xff;
    writeFileSync(join(dir, "scan.txt"), binary);
    // A site that hangs on the first request and answers the second: a transient failure.
    let requests = 0;
    const server = createServer((_req, res) => {
      if (++requests === 1) return void setTimeout(() => res.end(), 2000);
      res.writeHead(200, { "content-type": "text/plain" }).end(`${ARTICLE} Talks resume on Friday.`);
    });
    // The pipeline's thread, as `chronicle worker` starts it (started on first use, so a skipped suite starts none).
    let processor: ReturnType<typeof createProcessor> | undefined;
    const pipeline = () => {
      processor ??= createProcessor(1);
      return processor;
    };
    after(async () => {
      server.closeAllConnections();
      server.close();
      await processor?.close();
    });

    it("retries a timeout with back-off, dead-letters a binary file at once, stores each article once", async () => {
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      const page = `http://127.0.0.1:${(server.address() as AddressInfo).port}/story`;
      const db = await postgresBackend.fresh();
      const store = await Store.open(db);
      // A worker runs until the queue reaches the state a step waits for, then stops. (runOnce is not
      // used: it can return before graphile-worker has written the last job's failure, which
      // leaves that job locked and made this test fail on a loaded CI machine.)
      const work = async (settled: (s: QueueStatus) => boolean) => {
        const runner = await run({
          connectionString: db,
          logger: queueLogger(false),
          concurrency: 1,
          pollInterval: 50,
          noHandleSignals: true,
          taskList: taskList(store, pipeline(), { timeoutMs: 200 }),
        });
        try {
          // A bound on the polls, not a timing assertion: it only stops a queue that never settles.
          for (let poll = 0; poll < 600; poll++) {
            if (settled(await store.queueStatus())) return;
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
          assert.fail(`the queue did not settle: ${JSON.stringify(await jobRows(db))}`);
        } finally {
          await runner.stop();
        }
      };
      assert.equal(await enqueue(db, [dir, page]), 3);
      assert.deepEqual(
        { ...(await store.queueStatus()), jobsPerSecond: 0 },
        { queued: 3, running: 0, retrying: 0, done: 0, failed: 0, articles: 0, jobsPerSecond: 0 },
      );
      await work((s) => s.done === 1 && s.failed === 1 && s.running === 0 && s.queued === 0);
      let status = await store.queueStatus();
      assert.deepEqual(
        { ...status, articles: 0, jobsPerSecond: 0 },
        { queued: 0, running: 0, retrying: 1, done: 1, failed: 1, articles: 0, jobsPerSecond: 0 },
        `after the first run: ${JSON.stringify(await jobRows(db))}`,
      );
      const [dead] = await store.deadLetters();
      assert.match(dead.input, /scan\.txt$/);
      assert.equal(dead.attempts, 1, "a permanent failure is not retried");
      assert.match(dead.code, /^(sources|extract)\//);
      // The timed-out page waits for its next attempt, with the reason kept.
      const utils = await makeWorkerUtils({ connectionString: db, logger: queueLogger(false) });
      const waiting = await utils.withPgClient((c) =>
        c.query(
          "SELECT id, attempts, max_attempts, last_error, run_at > now() AS later FROM graphile_worker.jobs",
        ),
      );
      assert.equal(waiting.rows.length, 1);
      assert.equal(waiting.rows[0].attempts, 1);
      assert.equal(waiting.rows[0].max_attempts, MAX_ATTEMPTS);
      assert.equal(waiting.rows[0].later, true, "the retry is scheduled later, not at once");
      assert.match(waiting.rows[0].last_error, /did not answer within 200 ms/);
      // Its time comes: the second attempt stores it.
      await utils.rescheduleJobs([waiting.rows[0].id], { runAt: new Date() });
      await work((s) => s.done === 2 && s.running === 0 && s.queued === 0 && s.retrying === 0);
      status = await store.queueStatus();
      assert.deepEqual([status.queued, status.retrying, status.done, status.failed], [0, 0, 2, 1]);
      assert.equal((await store.counts()).articles, 2);
      // The resolve job has run: every stored event belongs to an incident.
      const unresolved = await store.db
        .selectFrom("events")
        .select("id")
        .where("id", "not in", store.db.selectFrom("incident_mentions").select("event_id"))
        .execute();
      assert.ok((await store.counts()).events > 0);
      assert.deepEqual(unresolved, [], "events the worker's resolve job left without an incident");
      // At least once: the same documents queued again store nothing new.
      const before = await store.counts();
      await enqueue(db, [dir]);
      await work((s) => s.queued === 0 && s.running === 0);
      assert.deepEqual(await store.counts(), before);
      await utils.release();
      await store.close();
    });
  },
);

/** graphile-worker's view of its jobs, printed when a queue assertion fails. */
async function jobRows(connectionString: string): Promise<unknown[]> {
  const utils = await makeWorkerUtils({ connectionString, logger: queueLogger(false) });
  try {
    const { rows } = await utils.withPgClient((c) =>
      c.query("SELECT key, attempts, max_attempts, locked_at, run_at, last_error FROM graphile_worker.jobs"),
    );
    return rows;
  } finally {
    await utils.release();
  }
}
