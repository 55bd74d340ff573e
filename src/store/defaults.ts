/** Default database file of the embedded store (its own module so the CLI can name it without loading SQLite). */
export const DEFAULT_DB = "chronicle.db";
