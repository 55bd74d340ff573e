import { availableParallelism } from "node:os";
import { pathToFileURL } from "node:url";
import type { Worker } from "node:worker_threads";
import { Piscina } from "piscina";
import { fromRoot } from "../core/paths.ts";
import { emptyArticle } from "../extract/empty.ts";
import type { Article } from "../extract/types.ts";
import type { RawDoc } from "../sources/types.ts";
import { type StorableDoc, storable } from "../store/rows.ts";
import type { PipelineOptions, ProcessedDoc } from "./index.ts";
import { type PipelineTask, WARM_UP } from "./tasks.ts";
import { workerBundle } from "./worker-build.ts";

/** Runs documents through the pipeline in a pool of worker threads. */
export interface DocumentProcessor {
  process(raw: RawDoc, options: PipelineOptions): Promise<ProcessedDoc>;
  /**
   * A document to store: processed, and put in the store's rows by the thread that analysed it
   * (src/store/rows.ts), so that the thread that stores every batch only binds them.
   */
  ingest(raw: RawDoc, options: PipelineOptions): Promise<StorableDoc>;
  /**
   * Copy `copy` of a document as the benchmarks make their archive (src/resolve/copies.ts), made in
   * the thread that analysed it, so that the command's thread receives a new article as in ingest.
   */
  copy(raw: RawDoc, copy: number): Promise<StorableDoc>;
  /**
   * Runs a stored article through the stages after extraction, as `chronicle reprocess` does. A
   * stage that throws rejects: reprocessing stops instead of replacing the article's events with none.
   */
  analyse(article: Article, id: string): Promise<ProcessedDoc>;
  /** How many documents may be in flight at once to keep every worker busy. */
  readonly window: number;
  /** Resolves once every worker has loaded its models, so a measurement leaves loading out. */
  ready(): Promise<void>;
  /** The threads that run the pipeline, each with its old generation capped (resourceLimits). */
  readonly threads: readonly Worker[];
  close(): Promise<void>;
}

/**
 * Documents queued per pool thread. The thread must not run dry while this thread writes a batch
 * (ARTICLES_PER_BATCH articles through SQLite and incident resolution, about 1.2 ms each): SQLite
 * is synchronous, so for the whole batch this thread hands no document over. On two cores shared by
 * the three threads a batch takes about 1.5 times its CPU time, and so does a document (6–7 ms of
 * CPU), so a queue must hold more documents than a batch has ms of writing. Measured with --workers 2
 * on examples × 125 (/proc schedstat: a pool thread asleep, neither running nor waiting for a core):
 * with this thread processing documents as well, a pool thread was blocked for work 27% of the run
 * with a queue of 4 and 19% with 16; with this thread only writing and a queue of 16, 7% on a quiet
 * machine and 12–16% at load 6; with 32, 9–10%, with 48, 5–8% at that load. Longer queues let a
 * loaded machine's scheduler leave this thread waiting longer, but hold more documents in memory.
 */
const QUEUE_PER_WORKER = 32;

/**
 * Ceiling on a pool thread's old generation, in MB. A thread keeps about 125 MB alive (models,
 * gazetteer, NER word caches; about 200 MB with a GeoNames import), and one document, which
 * extraction bounds (3 MB of HTML, 100,000 characters analysed), needs well under 100 MB more.
 * Without a ceiling V8 sizes each thread's heap from the machine's memory (a 4 GB limit on 24 GB)
 * and lets the old generation grow to about four times what is alive before it collects: the
 * documents a thread has finished with piled up as garbage to 300–500 MB per thread, and the
 * process's peak RSS rose with the length of the run, as the threads' sawtooths met higher
 * (measured with `bench scale --threads 2`: docs/benchmarks.md, Scale). With this ceiling V8 grows
 * the heap by a smaller factor and collects sooner: 200–230 MB per thread over 40,000 articles.
 * A thread that did run out would be restarted and its queued documents get a diagnostic.
 */
export const POOL_THREAD_OLD_GENERATION_MB = 512;

/** The number of workers `--workers auto` means: one per core. */
export function defaultWorkers(): number {
  return availableParallelism();
}

/** A stage that throws must not lose the batch: the document gets a diagnostic and the batch goes on. */
function crashed(raw: RawDoc, error: unknown): ProcessedDoc {
  const message = error instanceof Error ? error.message : String(error);
  return {
    uri: raw.uri,
    articleId: "",
    article: emptyArticle(raw),
    events: [],
    diagnostics: [
      {
        stage: "pipeline",
        code: "pipeline/crash",
        severity: "error",
        message: `Internal error while processing ${raw.uri}: ${message}. Please report it with this document.`,
      },
    ],
    ok: false,
  };
}

/**
 * The pool of `workers` threads that run the pipeline. Worker threads load the pipeline bundled
 * into one ES module (see worker-build.ts); only if it cannot be built do they load the TypeScript
 * sources through tsx, resolved from this package, so the pool works from any working directory.
 */
export function startPool(workers: number, stored?: ReadonlyMap<string, string | null>): Piscina {
  const bundle = workerBundle();
  return new Piscina({
    filename: bundle ?? pathToFileURL(fromRoot("src/pipeline/worker.ts")).href,
    minThreads: workers,
    maxThreads: workers,
    // A thread holds its whole queue, not one task, so that it goes on working while this thread
    // writes a batch and cannot hand the next task over.
    concurrentTasksPerWorker: QUEUE_PER_WORKER,
    resourceLimits: { maxOldGenerationSizeMb: POOL_THREAD_OLD_GENERATION_MB },
    execArgv: bundle ? [] : ["--import", import.meta.resolve("tsx")],
    ...(stored ? { workerData: { stored } } : {}),
  });
}

/**
 * `stored` (article id → stored publication date) lets a document already in the database be
 * recognised from its text hash before the NLP stages run.
 * N workers (one or more) are a piscina pool of N threads, each of which loads the models once (a
 * heap of 200–270 MB; see POOL_THREAD_OLD_GENERATION_MB) and processes whole documents, while this
 * thread only hands documents over, stores the results and resolves incidents. An earlier design had
 * this thread process documents too, beside N − 1 pool threads; but then the pool waited whenever
 * this thread was busy with a document or a batch (a pool thread was blocked for work a fifth to a
 * quarter of a run) and the serial writing sat on one core's critical path, while a writer-only
 * thread lets the operating system spread its few ms per article over every core.
 * One worker is a pool of one thread too, not this thread, so that the pipeline's heap is capped
 * whatever the number of workers: this thread's heap limit is fixed when Node starts and sized from
 * the machine's memory, and with the pipeline in it garbage piled up until peak RSS rose with the
 * archive (bench scale --threads 1: 672, 988, 1,177 MB at 2,000, 10,000, 20,000 articles; with
 * one capped thread 454, 498, 504 MB; see docs/benchmarks.md, Memory with one thread).
 */
export function createProcessor(
  workers: number,
  stored?: ReadonlyMap<string, string | null>,
): DocumentProcessor {
  workers = Math.max(1, workers);
  const pool = startPool(workers, stored);
  // Each thread loads its models at once, in parallel, instead of on its first document; a warm-up
  // takes seconds, so the pool gives the tasks to different threads. A warm-up cut short (the pool
  // closed after a few documents) or failed costs nothing: the first document loads what is missing.
  const run = (task: PipelineTask) => pool.run(task) as Promise<ProcessedDoc>;
  const rows = (task: PipelineTask & { rows: true }) => pool.run(task) as Promise<StorableDoc>;
  const warm = Promise.all(Array.from({ length: workers }, () => run(WARM_UP))).then(
    () => undefined,
    () => undefined,
  );
  return {
    // Twice what the threads hold: the caller takes results in input order, and while it waits for
    // the oldest document (in one thread) the pool's own queue still has work for a thread whose
    // queue has emptied.
    window: 2 * workers * QUEUE_PER_WORKER,
    ready: () => warm,
    async process(raw, options) {
      try {
        return await run({ raw, options });
      } catch (error) {
        return crashed(raw, error);
      }
    },
    async ingest(raw, options) {
      try {
        return await rows({ raw, options, rows: true });
      } catch (error) {
        return storable(crashed(raw, error));
      }
    },
    async copy(raw, copy) {
      try {
        return await rows({ raw, options: {}, copy, rows: true });
      } catch (error) {
        return storable(crashed(raw, error));
      }
    },
    analyse: (article, id) => run({ article, id }),
    get threads() {
      return pool.threads;
    },
    close: () => pool.destroy(),
  };
}
