/**
 * A task that only loads the models (in a worker thread, where the pool sends it). In a module of
 * its own so that the thread that hands documents to the pool (pool.ts) does not load the pipeline.
 */
export const WARM_UP = { warmUp: true } as const;
