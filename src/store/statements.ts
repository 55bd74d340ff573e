import type { Database as SqliteConnection, Statement } from "better-sqlite3";
import { CompiledQuery, type Driver, type SqliteDatabase, SqliteDialect } from "kysely";

/**
 * Prepared statements kept per connection. Kysely's SQLite driver prepares every query it runs
 * afresh, and SQLite compiling the same INSERT for each article cost about a fifth of what storing
 * a batch costs in the writing thread (bench --workers 2). A batch and its resolution run a few
 * dozen distinct statements; IN lists and multi-row INSERTs of other lengths make more, so the
 * least recently used go once this many are kept.
 */
const KEPT_STATEMENTS = 256;

/**
 * The connection as Kysely's SQLite dialect sees it, with each statement prepared once per SQL text
 * and reused. SQLite recompiles a kept statement by itself if the schema changes under it (a
 * migration); a kept statement still being iterated (a streamed query) is not handed out again.
 */
export function reusingStatements(sqlite: SqliteConnection): SqliteDatabase {
  const kept = new Map<string, Statement>();
  return {
    prepare(source) {
      const statement = kept.get(source);
      if (statement && !statement.busy) {
        // Most recently used last, so the first key is the one to drop.
        kept.delete(source);
        kept.set(source, statement);
        return statement;
      }
      const prepared = sqlite.prepare(source);
      if (!statement) {
        kept.set(source, prepared);
        if (kept.size > KEPT_STATEMENTS) kept.delete(kept.keys().next().value as string);
      }
      return prepared;
    },
    close() {
      kept.clear();
      sqlite.close();
    },
  };
}

/**
 * Kysely's SQLite dialect with every transaction started by BEGIN IMMEDIATE instead of BEGIN: the
 * write lock is taken at the start, where the busy timeout makes a second process wait its turn. A
 * deferred transaction that reads before it writes (incident resolution) would instead fail with
 * SQLITE_BUSY_SNAPSHOT when another process commits between its first read and its first write.
 */
export class ImmediateSqliteDialect extends SqliteDialect {
  override createDriver(): Driver {
    const driver = super.createDriver();
    driver.beginTransaction = async (connection) => {
      await connection.executeQuery(CompiledQuery.raw("begin immediate"));
    };
    return driver;
  }
}
