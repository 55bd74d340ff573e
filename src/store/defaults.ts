import { dirname, join } from "node:path";

/**
 * The database commands use without --db: CHRONICLE_DB (a file or a postgres:// URL) when it is set,
 * else the embedded store's file in the working directory. Its own module so the CLI can name it
 * without loading SQLite.
 */
export const DEFAULT_DB = process.env.CHRONICLE_DB || "chronicle.db";

/**
 * Documents `chronicle ingest` writes per transaction, then resolves together. Large enough to
 * amortise what a commit writes: most of a batch's pages are index pages hit by hashed keys
 * (event and incident ids, MinHash bands), and a larger batch puts more of its rows on each page
 * it writes. Replaying 2,000 bench articles through the store and resolution in one thread took
 * 1.55–1.58 ms of CPU per article in batches of 50, 1.29 in batches of 100, 1.20–1.37 in batches
 * of 200 (load 3–4). Small enough that a crash loses little work and that the pool threads, whose
 * queues hold about 200 ms of documents (pipeline/pool.ts), do not run dry while a batch is written
 * and resolved (about 130 ms at 100).
 */
export const ARTICLES_PER_BATCH = 100;

/**
 * The default gazetteer index beside a Chronicle database ("data/chronicle.db" → "data/gazetteer.db").
 * Here rather than with the gazetteer store so the CLI can name it without loading the importer.
 */
export function defaultGazetteerPath(dbPath: string): string {
  return join(dirname(dbPath), "gazetteer.db");
}
