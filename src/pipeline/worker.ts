import { workerData } from "piscina";
import { shifted } from "../resolve/copies.ts";
import { prepareArticle } from "../resolve/prepare.ts";
import { type StorableDoc, storable } from "../store/rows.ts";
import { analyseArticle, type ProcessedDoc, processDocument, warmUp } from "./index.ts";
import type { PipelineTask } from "./tasks.ts";

/** Articles already stored when the pool started (sent once per worker, not with every document). */
const stored: ReadonlyMap<string, string | null> | undefined = workerData?.stored;

/**
 * Runs in a worker thread: one document through every CPU stage, or a stored article through the
 * stages after extraction. A document to ingest comes back with resolution's inputs from it alone
 * (src/resolve/prepare.ts). Tokens and sentences stay in the worker: the store keeps only entities,
 * times, counts and places, and copying every token back to the main thread would cost more than
 * the work saved.
 */
export default function processInWorker(task: PipelineTask): ProcessedDoc | StorableDoc | undefined {
  if ("warmUp" in task) {
    warmUp();
    return undefined;
  }
  let processed =
    "article" in task
      ? analyseArticle(task.article, task.id)
      : processDocument(task.raw, stored ? { ...task.options, stored } : task.options);
  if ("raw" in task) {
    if (task.copy) processed = shifted(processed, task.copy);
    // Here rather than in the thread that stores and resolves every batch for all the pool threads.
    // Only for ingest: reprocessing a stored article does not resolve it.
    const prepared = prepareArticle(processed);
    if (prepared) processed.prepared = prepared;
    // The store's columns made here: the writing thread then receives a few strings per document,
    // not the object graphs of its analysis, and has no JSON to write.
    if (task.rows) return storable(processed);
  }
  if (processed.doc) processed.doc = { ...processed.doc, tokens: [], sentences: [] };
  return processed;
}
