import { availableParallelism } from "node:os";
import { pathToFileURL } from "node:url";
import { Piscina } from "piscina";
import { fromRoot } from "../core/paths.ts";
import { emptyArticle } from "../extract/index.ts";
import type { RawDoc } from "../sources/types.ts";
import { type PipelineOptions, type ProcessedDoc, processDocument, WARM_UP, warmUp } from "./index.ts";
import { workerBundle } from "./worker-build.ts";

/** Runs documents through the pipeline, in this thread or in a pool of worker threads. */
export interface DocumentProcessor {
  process(raw: RawDoc, options: PipelineOptions): Promise<ProcessedDoc>;
  /** How many documents may be in flight at once to keep every worker busy. */
  readonly window: number;
  /** Resolves once every worker has loaded its models, so a measurement leaves loading out. */
  ready(): Promise<void>;
  close(): Promise<void>;
}

/** Documents queued per worker: enough that a worker never waits, few enough to bound memory. */
const QUEUE_PER_WORKER = 4;

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
 * `stored` (article id → stored publication date) lets a document already in the database be
 * recognised from its text hash before the NLP stages run.
 * One worker keeps everything in this thread. N workers are this thread and a piscina pool of N − 1
 * threads, each of which loads the models once (about 300 MB) and processes whole documents. This
 * thread takes a document whenever the pool already holds its queue: otherwise it would only wait
 * for results and write them, and an extra thread costs its own copy of the models, its own
 * compilation of the pipeline's code by V8 and the copying of every result between threads
 * (measured on 2 cores, `chronicle bench --workers 2` and per-thread CPU: 2 pool threads spent
 * about a quarter more CPU per article than this thread alone, most of it V8 compiling the same
 * code again in the second heap).
 */
export function createProcessor(
  workers: number,
  stored?: ReadonlyMap<string, string | null>,
): DocumentProcessor {
  const here = (raw: RawDoc, options: PipelineOptions): ProcessedDoc => {
    try {
      return processDocument(raw, stored ? { ...options, stored } : options);
    } catch (error) {
      return crashed(raw, error);
    }
  };
  if (workers <= 1) {
    return {
      window: 1,
      async process(raw, options) {
        return here(raw, options);
      },
      async ready() {
        warmUp();
      },
      async close() {},
    };
  }
  const threads = workers - 1;
  // Worker threads load the pipeline bundled into one ES module (see worker-build.ts); only if it
  // cannot be built do they load the TypeScript sources through tsx, resolved from this package, so
  // the pool works from any working directory.
  const bundle = workerBundle();
  const pool = new Piscina({
    filename: bundle ?? pathToFileURL(fromRoot("src/pipeline/worker.ts")).href,
    minThreads: threads,
    maxThreads: threads,
    // A thread holds its whole queue, not one task: piscina hands the next task over only when this
    // thread reads the last result, which waits while this thread processes a document of its own.
    concurrentTasksPerWorker: QUEUE_PER_WORKER,
    execArgv: bundle ? [] : ["--import", import.meta.resolve("tsx")],
    ...(stored ? { workerData: { stored } } : {}),
  });
  // Each thread loads its models at once, in parallel, instead of on its first document; a warm-up
  // takes seconds, so the pool gives the tasks to different threads. A warm-up cut short (the pool
  // closed after a few documents) or failed costs nothing: the first document loads what is missing.
  const warm = Promise.all(Array.from({ length: threads }, () => pool.run(WARM_UP))).then(
    () => undefined,
    () => undefined,
  );
  /** Documents given to the pool and not yet back. */
  let sent = 0;
  const toPool = async (raw: RawDoc, options: PipelineOptions): Promise<ProcessedDoc> => {
    sent++;
    try {
      return (await pool.run({ raw, options })) as ProcessedDoc;
    } catch (error) {
      return crashed(raw, error);
    } finally {
      sent--;
    }
  };
  const poolQueue = threads * QUEUE_PER_WORKER;
  return {
    window: workers * QUEUE_PER_WORKER,
    ready: async () => {
      warmUp();
      await warm;
    },
    async process(raw, options) {
      if (sent < poolQueue) return toPool(raw, options);
      // The pool's finished documents arrive as messages: let them in first, so that a worker whose
      // queue has room gets this document rather than waiting while this thread works.
      await new Promise((resolve) => setImmediate(resolve));
      return sent < poolQueue ? toPool(raw, options) : here(raw, options);
    },
    close: () => pool.destroy(),
  };
}
