import { Logger, makeWorkerUtils, type Runner, run, type Task } from "graphile-worker";
import type { Diagnostic } from "../core/diagnostics.ts";
import { processDocument } from "../pipeline/index.ts";
import { readSources, type SourceOptions } from "../sources/index.ts";
import type { RawDoc } from "../sources/types.ts";
import type { Store } from "../store/index.ts";

/**
 * Distributed ingestion on PostgreSQL with graphile-worker: `enqueue` turns inputs into jobs,
 * any number of `worker` processes on any machines run them into one database. A job is run at
 * least once; storing is idempotent by the article's hash, so a job run twice stores nothing twice.
 */

/** graphile-worker's name for our one task. */
export const INGEST_TASK = "chronicle_ingest";

/**
 * Attempts per job. graphile-worker waits exp(attempt) seconds between them (3 s, 7 s, 20 s, 55 s),
 * about a minute and a half in all: long enough for a site's hiccup, short enough to surface an outage.
 */
export const MAX_ATTEMPTS = 5;

/**
 * A job names a URL, which the worker fetches (a slow site is retried), or carries one document
 * read by `enqueue`, so workers on other machines need no access to its files.
 */
export type IngestJob =
  | { url: string; follow?: boolean; publishedAt?: string }
  | { doc: SerialisedDoc; publishedAt?: string };

type SerialisedDoc = Omit<RawDoc, "bytes"> & { bytes: string };

/** Source failures worth another attempt later: the site did not answer, or the network failed. */
const TRANSIENT_CODES = new Set(["sources/timeout", "sources/fetch-failed"]);

export function serialiseDoc(raw: RawDoc): SerialisedDoc {
  return { ...raw, bytes: Buffer.from(raw.bytes).toString("base64") };
}

function deserialiseDoc(doc: SerialisedDoc): RawDoc {
  return { ...doc, bytes: new Uint8Array(Buffer.from(doc.bytes, "base64")) };
}

/** graphile-worker's own messages stay quiet unless asked for: the CLI prints what matters. */
export function queueLogger(verbose: boolean): Logger {
  return new Logger(() => (level, message) => {
    if (verbose || level === "error")
      process.stderr.write(`graphile-worker ${level}: ${message.split("\n")[0]}\n`);
  });
}

export interface EnqueueOptions {
  follow?: boolean;
  publishedAt?: string;
}

/**
 * Adds one job per document of local inputs (each JSONL line and WARC record is one) and one per
 * URL. The job key makes enqueueing the same input twice while it waits one job, not two.
 */
export async function enqueue(
  connectionString: string,
  inputs: string[],
  options: EnqueueOptions = {},
): Promise<number> {
  const utils = await makeWorkerUtils({ connectionString, logger: queueLogger(false) });
  try {
    await utils.migrate();
    const extra = options.publishedAt ? { publishedAt: options.publishedAt } : {};
    let jobs = 0;
    const add = (payload: IngestJob, key: string) =>
      utils.addJob(INGEST_TASK, payload, { jobKey: key, maxAttempts: MAX_ATTEMPTS });
    for (const input of inputs) {
      if (/^https?:\/\//i.test(input)) {
        await add({ url: input, ...(options.follow ? { follow: true } : {}), ...extra }, input);
        jobs++;
        continue;
      }
      for await (const raw of readSources([input])) {
        await add({ doc: serialiseDoc(raw), ...extra }, raw.uri);
        jobs++;
      }
    }
    return jobs;
  } finally {
    await utils.release();
  }
}

/**
 * The task a worker runs: read (or fetch) the job's documents, run the pipeline, store them in one
 * transaction, record the outcome. A transient source failure throws, so graphile-worker retries
 * with back-off; on the last attempt, or for a permanent failure (a binary file), the job ends as a
 * dead letter carrying the diagnostic, with no retry.
 */
export function ingestTask(store: Store, sources: SourceOptions = {}): Task {
  return async (payload, helpers) => {
    const job = payload as IngestJob;
    const raws: RawDoc[] = [];
    if ("url" in job)
      for await (const raw of readSources([job.url], { ...sources, follow: !!job.follow })) raws.push(raw);
    else raws.push(deserialiseDoc(job.doc));
    const attempts = helpers.job.attempts;
    const transient = raws.flatMap((r) => errorsOf(r.diagnostics)).find((d) => TRANSIENT_CODES.has(d.code));
    if (transient && attempts < helpers.job.max_attempts) throw new Error(transient.message);
    const options = job.publishedAt ? { publishedAt: job.publishedAt } : {};
    const processed = raws.map((raw) => processDocument(raw, options));
    const saved = await store.saveBatch(processed);
    const failure = processed.flatMap((p) => (p.ok ? [] : errorsOf(p.diagnostics)))[0];
    await store.recordJobOutcome({
      jobKey: helpers.job.key ?? String(helpers.job.id),
      input: "url" in job ? job.url : job.doc.uri,
      outcome: failure ? "dead" : "done",
      code: failure?.code ?? null,
      message: failure?.message ?? null,
      articles: saved.inserted + saved.duplicates,
      events: saved.events,
      attempts,
    });
  };
}

function errorsOf(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => d.severity === "error");
}

/** Runs jobs until the process is stopped (SIGINT/SIGTERM finish the running jobs first). */
export async function startWorker(
  connectionString: string,
  store: Store,
  options: { concurrency: number; verbose?: boolean; sources?: SourceOptions },
): Promise<Runner> {
  return run({
    connectionString,
    concurrency: options.concurrency,
    pollInterval: 500,
    logger: queueLogger(!!options.verbose),
    taskList: { [INGEST_TASK]: ingestTask(store, options.sources) },
  });
}
