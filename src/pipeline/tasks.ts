import type { Article } from "../extract/types.ts";
import type { RawDoc } from "../sources/types.ts";
import type { PipelineOptions } from "./index.ts";

/**
 * A task that only loads the models (in a worker thread, where the pool sends it). In a module of
 * its own so that the thread that hands documents to the pool (pool.ts) does not load the pipeline.
 */
export const WARM_UP = { warmUp: true } as const;

/**
 * What the pool sends a worker thread: a document for every stage (ingest), optionally with the
 * number of the benchmarks' copy to make of it (src/resolve/copies.ts) and asking for the rows the
 * store writes of it (`rows`: a StorableDoc back rather than the ProcessedDoc), a stored article
 * for the stages after extraction (reprocess), or the warm-up.
 */
export type PipelineTask =
  | { raw: RawDoc; options: PipelineOptions; copy?: number; rows?: true }
  | { article: Article; id: string }
  | typeof WARM_UP;
