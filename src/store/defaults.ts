import { dirname, join } from "node:path";

/**
 * The database commands use without --db: CHRONICLE_DB (a file or a postgres:// URL) when it is set,
 * else the embedded store's file in the working directory. Its own module so the CLI can name it
 * without loading SQLite.
 */
export const DEFAULT_DB = process.env.CHRONICLE_DB || "chronicle.db";

/**
 * The default gazetteer index beside a Chronicle database ("data/chronicle.db" → "data/gazetteer.db").
 * Here rather than with the gazetteer store so the CLI can name it without loading the importer.
 */
export function defaultGazetteerPath(dbPath: string): string {
  return join(dirname(dbPath), "gazetteer.db");
}
