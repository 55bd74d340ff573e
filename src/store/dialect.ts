import type { CreateTableBuilder } from "kysely";

/** The two databases the store runs on: embedded SQLite (the default) and a PostgreSQL server. */
export type BackendName = "sqlite" | "postgres";

/**
 * What a migration needs to know about the database it runs on. Most of a schema is portable
 * (Kysely's builder with text and integer columns); the few things that differ are named here, so a
 * migration says `dialect.float` instead of testing the backend's name.
 */
export interface MigrationDialect {
  readonly name: BackendName;
  /** A float column: PostgreSQL's `real` keeps only 6 significant digits, too few for a longitude. */
  readonly float: "real" | "double precision";
  /** Adds an auto-numbered integer primary key (SQLite INTEGER PRIMARY KEY AUTOINCREMENT, PostgreSQL serial). */
  addIdColumn<TB extends string, C extends string, N extends string>(
    table: CreateTableBuilder<TB, C>,
    name: N,
  ): CreateTableBuilder<TB, C | N>;
}

export const sqliteDialect: MigrationDialect = {
  name: "sqlite",
  float: "real",
  addIdColumn: (table, name) => table.addColumn(name, "integer", (c) => c.primaryKey().autoIncrement()),
};

export const postgresDialect: MigrationDialect = {
  name: "postgres",
  float: "double precision",
  addIdColumn: (table, name) => table.addColumn(name, "serial", (c) => c.primaryKey()),
};

/** `postgres://…` or `postgresql://…` names a server; anything else is a SQLite file. */
export function isPostgresUrl(target: string): boolean {
  return /^postgres(ql)?:\/\//i.test(target);
}
