import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDatabase } from "../../src/store/databases.ts";
import type { BackendName } from "../../src/store/dialect.ts";

/** A database the store's tests run on. */
export interface Backend {
  name: BackendName;
  /** Why the backend's tests are skipped here, or undefined when they run. */
  skip?: string;
  /** A new, empty database: a SQLite file, or a fresh PostgreSQL database on the test server. */
  fresh(): Promise<string>;
}

const PG_URL = process.env.CHRONICLE_TEST_PG;

export const PG_SKIP =
  "PostgreSQL runs skipped: set CHRONICLE_TEST_PG=postgres://user@host:port/db to run them (.ci/run starts a server)";

let created = 0;

export const sqliteBackend: Backend = {
  name: "sqlite",
  fresh: async () => join(mkdtempSync(join(tmpdir(), "chronicle-store-")), "test.db"),
};

export const postgresBackend: Backend = {
  name: "postgres",
  ...(PG_URL ? {} : { skip: PG_SKIP }),
  async fresh() {
    if (!PG_URL) throw new Error(PG_SKIP);
    const name = `chronicle_test_${process.pid}_${++created}`;
    return createDatabase(PG_URL, name);
  },
};

/** Every backend, SQLite first; a suite runs once per entry and skips PostgreSQL without a server. */
export const BACKENDS: Backend[] = [sqliteBackend, postgresBackend];
