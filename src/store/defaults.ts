/**
 * The database commands use without --db: CHRONICLE_DB (a file or a postgres:// URL) when it is set,
 * else the embedded store's file in the working directory. Its own module so the CLI can name it
 * without loading SQLite.
 */
export const DEFAULT_DB = process.env.CHRONICLE_DB || "chronicle.db";
