import { availableParallelism } from "node:os";
import { pathToFileURL } from "node:url";
import { Piscina } from "piscina";
import { fromRoot } from "../core/paths.ts";
import { emptyArticle } from "../extract/index.ts";
import type { RawDoc } from "../sources/types.ts";
import { type PipelineOptions, type ProcessedDoc, processDocument, WARM_UP, warmUp } from "./index.ts";

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
 * One worker keeps everything in this thread; more start a piscina pool whose threads each load the
 * models once (about 300 MB each) and process whole documents, so a multi-core machine is used.
 */
export function createProcessor(
  workers: number,
  stored?: ReadonlyMap<string, string | null>,
): DocumentProcessor {
  if (workers <= 1) {
    return {
      window: 1,
      async process(raw, options) {
        try {
          return processDocument(raw, stored ? { ...options, stored } : options);
        } catch (error) {
          return crashed(raw, error);
        }
      },
      async ready() {
        warmUp();
      },
      async close() {},
    };
  }
  // Worker threads load the TypeScript sources through tsx, resolved from this package, so the
  // pool works from any working directory.
  const pool = new Piscina({
    filename: pathToFileURL(fromRoot("src/pipeline/worker.ts")).href,
    minThreads: workers,
    maxThreads: workers,
    execArgv: ["--import", import.meta.resolve("tsx")],
    ...(stored ? { workerData: { stored } } : {}),
  });
  // Each thread loads its models at once, in parallel, instead of on its first document; a warm-up
  // takes seconds, so the pool gives the tasks to different threads. A warm-up cut short (the pool
  // closed after a few documents) or failed costs nothing: the first document loads what is missing.
  const warm = Promise.all(Array.from({ length: workers }, () => pool.run(WARM_UP))).then(
    () => undefined,
    () => undefined,
  );
  return {
    window: workers * QUEUE_PER_WORKER,
    ready: () => warm,
    async process(raw, options) {
      try {
        return (await pool.run({ raw, options })) as ProcessedDoc;
      } catch (error) {
        return crashed(raw, error);
      }
    },
    close: () => pool.destroy(),
  };
}
