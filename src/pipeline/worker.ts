import { workerData } from "piscina";
import type { RawDoc } from "../sources/types.ts";
import { type PipelineOptions, type ProcessedDoc, processDocument, warmUp } from "./index.ts";
import type { WARM_UP } from "./tasks.ts";

/** Articles already stored when the pool started (sent once per worker, not with every document). */
const stored: ReadonlyMap<string, string | null> | undefined = workerData?.stored;

/**
 * Runs in a worker thread: one document through every CPU stage. Tokens and sentences stay in the
 * worker: the store keeps only entities, times, counts and places, and copying every token back to
 * the main thread would cost more than the work saved.
 */
export default function processInWorker(
  task: { raw: RawDoc; options: PipelineOptions } | typeof WARM_UP,
): ProcessedDoc | undefined {
  if ("warmUp" in task) {
    warmUp();
    return undefined;
  }
  const { raw, options } = task;
  const processed = processDocument(raw, stored ? { ...options, stored } : options);
  if (processed.doc) processed.doc = { ...processed.doc, tokens: [], sentences: [] };
  return processed;
}
