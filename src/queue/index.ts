import {
  type JobHelpers,
  Logger,
  makeWorkerUtils,
  type Runner,
  run,
  type Task,
  type TaskList,
} from "graphile-worker";
import type { Diagnostic } from "../core/diagnostics.ts";
import type { DocumentProcessor } from "../pipeline/pool.ts";
import { resolveArticles } from "../resolve/index.ts";
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
  /** The jobs wait until then (the PostgreSQL bench holds them until its workers are ready). */
  runAt?: Date;
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
      utils.addJob(INGEST_TASK, payload, {
        jobKey: key,
        maxAttempts: MAX_ATTEMPTS,
        ...(options.runAt ? { runAt: options.runAt } : {}),
      });
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
 * The task a worker runs: read (or fetch) the job's documents, run the pipeline (in the processor's
 * thread, whose heap is capped), store them in one transaction, record the outcome. A transient
 * source failure throws, so graphile-worker retries with back-off; on the last attempt, or for a
 * permanent failure (a binary file), the job ends as a dead letter carrying the diagnostic, with no
 * retry. The stored articles are handed to the resolve task, which finds their incidents.
 */
export function ingestTask(store: Store, processor: DocumentProcessor, sources: SourceOptions = {}): Task {
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
    const processed = await Promise.all(raws.map((raw) => processor.ingest(raw, options)));
    const saved = await store.saveBatch(processed);
    // The stored articles join the next resolve job before this job counts as done: if the process
    // dies in between, the job runs again, stores nothing twice and queues them then.
    const ids = processed.filter((p) => p.ok).map((p) => p.articleId);
    if (ids.length) await queueResolution(helpers, ids);
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

/**
 * Incident resolution of the queue's articles: one job at a time (its own named queue), whose payload
 * is the ids of the articles stored since the last one. Ingest jobs add their ids to the waiting
 * resolve job (graphile-worker appends array payloads of jobs with one key), so resolution runs in
 * batches, as after each batch of `chronicle ingest`, instead of once per article: one article at a
 * time cost about 16 ms of CPU per article on generated feed articles (SQLite, after 150 of them),
 * against about 3 ms in batches of 50 (bench resolve), and it must be serial, since it reads the stored mentions of a stretch and
 * replaces its incidents. Resolution gives the same incidents whatever order articles arrive in, so
 * any number of workers end with the incidents of one.
 */
export const RESOLVE_TASK = "chronicle_resolve";
/** How long a resolve job gathers ids before it runs: a second of ingest. */
export const RESOLVE_DELAY_MS = 1000;
/** Articles per call of the resolver, as `chronicle resolve` does. */
const RESOLVE_SLICE = 200;

async function queueResolution(helpers: JobHelpers, ids: string[]): Promise<void> {
  // graphile-worker's add_job appends to the waiting job only while it is not locked. If another
  // worker locks it between add_job's two statements, nothing is added or inserted and the returned
  // job is all nulls; asked again, add_job finds the job locked and starts a new one. (Before this
  // check, one run of two workers on 1,000 articles stored 7 incidents fewer than one worker did.)
  for (let attempt = 1; ; attempt++) {
    const job = await addResolveJob(helpers, ids);
    if (job.id != null) return;
    if (attempt >= MAX_ATTEMPTS) throw new Error("could not queue the articles' incident resolution");
  }
}

function addResolveJob(helpers: JobHelpers, ids: string[]) {
  return helpers.addJob(RESOLVE_TASK, ids, {
    queueName: RESOLVE_TASK,
    jobKey: RESOLVE_TASK,
    // The first ids set the time; later ones join without putting it off.
    jobKeyMode: "preserve_run_at",
    runAt: new Date(Date.now() + RESOLVE_DELAY_MS),
    // Ahead of the ingest backlog once its time comes, so incidents keep up with the articles.
    priority: -1,
    maxAttempts: MAX_ATTEMPTS,
  });
}

/**
 * The resolve task: the incidents of the articles in its payload. A failure throws and the job is
 * retried with back-off; `chronicle resolve` redoes every incident if it ends as a dead job. The
 * advisory lock also keeps it apart from a `chronicle ingest` resolving into the same database.
 */
export function resolveTask(store: Store): Task {
  return async (payload) => {
    const ids = [...new Set(payload as string[])];
    for (let i = 0; i < ids.length; i += RESOLVE_SLICE) {
      const slice = ids.slice(i, i + RESOLVE_SLICE);
      await store.exclusive("resolve", (db) => resolveArticles(db, slice));
    }
  };
}

/** Every task a `chronicle worker` runs; `processor` runs the pipeline for the ingest jobs. */
export function taskList(store: Store, processor: DocumentProcessor, sources: SourceOptions = {}): TaskList {
  return { [INGEST_TASK]: ingestTask(store, processor, sources), [RESOLVE_TASK]: resolveTask(store) };
}

function errorsOf(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => d.severity === "error");
}

/** Runs jobs until the process is stopped (SIGINT/SIGTERM finish the running jobs first). */
export async function startWorker(
  connectionString: string,
  store: Store,
  options: { concurrency: number; processor: DocumentProcessor; verbose?: boolean; sources?: SourceOptions },
): Promise<Runner> {
  return run({
    connectionString,
    concurrency: options.concurrency,
    pollInterval: 500,
    logger: queueLogger(!!options.verbose),
    taskList: taskList(store, options.processor, options.sources),
  });
}
