import { Command, InvalidArgumentError } from "commander";
import { DEFAULT_DB } from "../../store/defaults.ts";
import { isPostgresUrl } from "../../store/dialect.ts";
import { CliError, parseDay } from "../output.ts";

const DB_HELP = "PostgreSQL URL of the shared database and queue (CHRONICLE_DB sets the default)";

/** The queue lives in PostgreSQL: say so at once instead of failing later. */
/** Called inside the actions, after parsing: a CliError, so the message reaches the user (commander prints only its own parse errors). */
function queueDatabase(value: string): string {
  if (!isPostgresUrl(value))
    throw new CliError(
      `"${value}" is not a PostgreSQL URL; the job queue needs one, e.g. --db postgres://user@host/chronicle or CHRONICLE_DB=postgres://…`,
    );
  return value;
}

function positive(value: string): number {
  const n = Number.parseInt(value, 10);
  if (!(n >= 1)) throw new InvalidArgumentError(`"${value}" is not a positive whole number.`);
  return n;
}

export function enqueueCommand(): Command {
  return new Command("enqueue")
    .description(
      "queue news for `chronicle worker` processes: one job per document (files, JSONL lines, WARC records) or URL",
    )
    .argument("<inputs...>", "paths, globs, URLs")
    .option("--db <url>", DB_HELP, DEFAULT_DB)
    .option("--published <date>", "publication date YYYY-MM-DD for documents", parseDay)
    .option("--follow", "for feed URLs: fetch each item's page")
    .action(async (inputs: string[], opts: { db: string; published?: string; follow?: boolean }) => {
      const db = queueDatabase(opts.db);
      // Loaded here, not at start-up, so that `chronicle --help` stays fast.
      const { Store } = await import("../../store/index.ts");
      const { enqueue } = await import("../../queue/index.ts");
      // Opening the store migrates it, so workers started later find the tables ready.
      await (await Store.open(db)).close();
      const jobs = await enqueue(db, inputs, {
        ...(opts.published ? { publishedAt: opts.published } : {}),
        ...(opts.follow ? { follow: true } : {}),
      });
      process.stderr.write(`${jobs} jobs queued; run \`chronicle worker\` on any machine to process them\n`);
    });
}

export function workerCommand(): Command {
  return new Command("worker")
    .description("run queued ingestion jobs into the shared PostgreSQL database until stopped (Ctrl-C)")
    .option("--db <url>", DB_HELP, DEFAULT_DB)
    .option("--concurrency <n>", "jobs run at once in this process", positive, 1)
    .option(
      "--timeout <ms>",
      "give up on a page after this many milliseconds (the job is retried later)",
      positive,
    )
    .option("--verbose", "print graphile-worker's own log")
    .action(async (opts: { db: string; concurrency: number; timeout?: number; verbose?: boolean }) => {
      const db = queueDatabase(opts.db);
      const { Store } = await import("../../store/index.ts");
      const { startWorker } = await import("../../queue/index.ts");
      const { createProcessor } = await import("../../pipeline/pool.ts");
      const store = await Store.open(db);
      // The pipeline runs in a worker thread whose heap is capped, as `chronicle ingest` does: a
      // worker runs for days, and this thread's heap, sized from the machine's memory, would let
      // garbage pile up. Its models load before the first job is taken, so no job waits for them.
      const processor = createProcessor(1);
      try {
        await processor.ready();
        const runner = await startWorker(db, store, {
          concurrency: opts.concurrency,
          processor,
          verbose: !!opts.verbose,
          sources: opts.timeout ? { timeoutMs: opts.timeout } : {},
        });
        process.stderr.write(`worker running ${opts.concurrency} job(s) at a time; Ctrl-C stops it\n`);
        await runner.promise;
      } finally {
        await processor.close();
        await store.close();
      }
    });
}

export function statusCommand(): Command {
  return new Command("status")
    .description("show the ingestion queue: queued, running, done, failed, throughput, and the dead letters")
    .option("--db <url>", DB_HELP, DEFAULT_DB)
    .option("--json", "print JSON")
    .action(async (opts: { db: string; json?: boolean }) => {
      const db = queueDatabase(opts.db);
      const { Store } = await import("../../store/index.ts");
      const store = await Store.open(db);
      const status = await store.queueStatus();
      const dead = await store.deadLetters();
      await store.close();
      if (opts.json) {
        process.stdout.write(`${JSON.stringify({ ...status, deadLetters: dead })}\n`);
        return;
      }
      process.stdout.write(
        `queued ${status.queued}, running ${status.running}, retrying ${status.retrying}, done ${status.done}, failed ${status.failed}; ` +
          `${status.articles} articles stored; ${status.jobsPerSecond.toFixed(2)} jobs/s over the last minute\n`,
      );
      for (const d of dead)
        process.stdout.write(`✗ ${d.input}: [${d.code}] ${d.message} (after ${d.attempts} attempt(s))\n`);
    });
}
