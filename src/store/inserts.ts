import {
  CompiledQuery,
  type DialectAdapter,
  type Insertable,
  type InsertQueryBuilder,
  type InsertResult,
  type Kysely,
} from "kysely";
import type { Database } from "./schema.ts";

/**
 * Multi-row INSERTs whose SQL Kysely compiles once per shape and is then reused with the next rows'
 * values. Kysely builds a tree node per value and the SQL text a few characters at a time for every
 * query, so a batch's thousands of rows (events, incidents, their mentions, MinHash bands) cost the
 * writing thread more in JavaScript and garbage than in SQLite: replaying the writing thread over
 * 2,000 bench articles, compiling inserts allocated 135 of its 493 MB. A shape is a table, its
 * columns, the statement's clauses (`clauses`, one function per kind of statement) and a row count;
 * a statement takes INSERT_ROWS rows, and what is left in chunks of a power of two, so that a table
 * has a handful of shapes whatever the batch (and SQLite keeps each prepared, statements.ts).
 */
const INSERT_ROWS = 64;

type Table = keyof Database & string;
export type Clauses<T extends Table> = (
  q: InsertQueryBuilder<Database, T, InsertResult>,
) => InsertQueryBuilder<Database, T, unknown>;

const none = <T extends Table>(q: InsertQueryBuilder<Database, T, InsertResult>) => q;

/** Compiled SQL by database kind (Kysely's adapter, shared by its transactions), clauses and shape. */
const compiled = new WeakMap<DialectAdapter, WeakMap<object, Map<string, string>>>();

/**
 * Inserts `rows`, in order, in as few statements as the shapes allow, and returns what the
 * statements return (the rows of a RETURNING clause). Every row must have the same keys, all
 * defined: the values are bound in the order of the first row's keys.
 */
export async function insertMany<T extends Table, R = unknown>(
  db: Kysely<Database>,
  table: T,
  rows: readonly Insertable<Database[T]>[],
  clauses: Clauses<T> = none,
): Promise<R[]> {
  const out: R[] = [];
  let i = 0;
  while (i < rows.length) {
    const left = rows.length - i;
    const n = left >= INSERT_ROWS ? INSERT_ROWS : 2 ** Math.floor(Math.log2(left));
    const chunk = rows.slice(i, i + n);
    i += n;
    const columns = Object.keys(chunk[0]);
    const key = `${table}|${n}|${columns.join(",")}`;
    const byClauses = compiled.get(db.getExecutor().adapter) ?? new WeakMap();
    compiled.set(db.getExecutor().adapter, byClauses);
    const shapes = byClauses.get(clauses) ?? new Map<string, string>();
    byClauses.set(clauses, shapes);
    const parameters = sameShape(chunk, columns) ? bound(chunk, columns) : undefined;
    const sql = parameters && shapes.get(key);
    if (!sql || !parameters) {
      // Compiled by Kysely, and kept only if its parameters are the values in the order bound() gives.
      const query = clauses(db.insertInto(table).values(chunk as never) as never).compile();
      if (
        parameters &&
        query.parameters.length === parameters.length &&
        query.parameters.every((p, k) => p === parameters[k])
      )
        shapes.set(key, query.sql);
      out.push(...((await db.executeQuery(query)).rows as R[]));
      continue;
    }
    out.push(...((await db.executeQuery(CompiledQuery.raw(sql, parameters))).rows as R[]));
  }
  return out;
}

function sameShape(rows: readonly object[], columns: readonly string[]): boolean {
  for (const row of rows) {
    const values = row as Record<string, unknown>;
    const keys = Object.keys(row);
    if (keys.length !== columns.length) return false;
    for (let c = 0; c < columns.length; c++)
      if (keys[c] !== columns[c] || values[columns[c]] === undefined) return false;
  }
  return true;
}

function bound(rows: readonly object[], columns: readonly string[]): unknown[] {
  const out: unknown[] = [];
  for (const row of rows) for (const column of columns) out.push((row as Record<string, unknown>)[column]);
  return out;
}
