import { setTimeout as sleep } from "node:timers/promises";
import Sqlite from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect, sql } from "kysely";
import pg from "pg";
import type { Diagnostic } from "../core/diagnostics.ts";
import { type EventMention, type EventRecord, EventRecord as EventRecordSchema } from "../events/schema.ts";
import { timexRange } from "../nlp/time/index.ts";
import type { ProcessedDoc } from "../pipeline/index.ts";
import {
  type BackendName,
  isPostgresUrl,
  type MigrationDialect,
  postgresDialect,
  sqliteDialect,
} from "./dialect.ts";
import { migrate } from "./migrations.ts";
import type { Database } from "./schema.ts";

/**
 * The database commands use without --db: CHRONICLE_DB (a file or a postgres:// URL) when it is
 * set, else the embedded store's file in the working directory.
 */
export const DEFAULT_DB = process.env.CHRONICLE_DB || "chronicle.db";

/**
 * How long a SQLite writer waits for another process's transaction before SQLITE_BUSY: a batch of
 * 50 articles commits in well under a second, so 10 s is many batches of patience.
 */
const SQLITE_BUSY_TIMEOUT_MS = 10_000;
/** Attempts at one write transaction that meets a locked database or a deadlock before giving up. */
const MAX_WRITE_ATTEMPTS = 20;
/** First pause before retrying a write; it doubles up to WRITE_RETRY_MAX_MS, with jitter so writers part ways. */
const WRITE_RETRY_FIRST_MS = 50;
const WRITE_RETRY_MAX_MS = 2_000;
/** Rows per INSERT statement: well under both databases' limits on bound parameters. */
const ROWS_PER_INSERT = 500;
/** Connections per process to a PostgreSQL server: one writer and a few readers. */
const POSTGRES_POOL_SIZE = 4;

export interface EventFilter {
  type?: string;
  /** Events whose time range ends on or after this day (YYYY-MM-DD). */
  since?: string;
  /** Events whose time range starts on or before this day. */
  until?: string;
  /** Place name or ISO alpha-3 country code. */
  place?: string;
  limit?: number;
}

export interface StoredArticle {
  id: string;
  uri: string;
  url?: string;
  title: string;
  publishedAt?: string;
  site?: string;
  lang: string;
  text: string;
  captions: string[];
  credits: string[];
  diagnostics: Diagnostic[];
  events: number;
}

/** What became of one queued ingestion job. */
export interface JobOutcome {
  jobKey: string;
  input: string;
  outcome: "done" | "dead";
  code: string | null;
  message: string | null;
  articles: number;
  events: number;
  attempts: number;
}

/** What Chronicle remembers of a watched feed between polls and restarts. */
export interface FeedState {
  url: string;
  etag?: string;
  lastModified?: string;
  /** Polls in a row that failed; the wait before the next one doubles with each. */
  failures: number;
  nextCheckAt?: string;
}

export interface QueueStatus {
  queued: number;
  running: number;
  /** Failed with a transient error and waiting for their next attempt. */
  retrying: number;
  done: number;
  /** Dead letters: permanent failures, and transient ones that used up their attempts. */
  failed: number;
  /** Articles stored by the jobs done. */
  articles: number;
  /** Jobs finished per second over the last minute. */
  jobsPerSecond: number;
}

export interface SaveResult {
  inserted: number;
  duplicates: number;
  events: number;
}

/** The one module that owns SQL. Everything else asks it. */
export class Store {
  private constructor(
    readonly db: Kysely<Database>,
    readonly dialect: MigrationDialect,
  ) {}

  get backend(): BackendName {
    return this.dialect.name;
  }

  /** Opens (and migrates) a SQLite file or, for a postgres:// URL, a PostgreSQL database. */
  static async open(target: string = DEFAULT_DB): Promise<Store> {
    const store = isPostgresUrl(target) ? Store.postgres(target) : Store.sqlite(target);
    try {
      await store.write((db) => migrate(db, store.dialect));
    } catch (error) {
      await store.close();
      throw storeError(target, error);
    }
    return store;
  }

  private static sqlite(path: string): Store {
    const sqlite = new Sqlite(path, { timeout: SQLITE_BUSY_TIMEOUT_MS });
    // WAL: readers (the API) never block the writer (ingest); NORMAL sync is crash-safe in WAL mode.
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("synchronous = NORMAL");
    sqlite.pragma("foreign_keys = ON");
    return new Store(
      new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) }),
      sqliteDialect,
    );
  }

  private static postgres(url: string): Store {
    const pool = new pg.Pool({ connectionString: url, max: POSTGRES_POOL_SIZE });
    // A connection the server drops while idle must not take the process down; the next query reconnects.
    pool.on("error", () => undefined);
    return new Store(new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), postgresDialect);
  }

  /**
   * Runs `work` in one write transaction, retried whole when another writer holds the database
   * (SQLite) or the server broke a deadlock (PostgreSQL): concurrent ingests wait, they do not fail.
   * On SQLite the transaction is BEGIN IMMEDIATE, so the wait happens at its start, where the busy
   * timeout applies, and never half-way through.
   */
  async write<T>(work: (db: Kysely<Database>) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        if (this.backend === "postgres") return await this.db.transaction().execute(work);
        return await this.db.connection().execute(async (conn) => {
          await sql`BEGIN IMMEDIATE`.execute(conn);
          try {
            const result = await work(conn);
            await sql`COMMIT`.execute(conn);
            return result;
          } catch (error) {
            await sql`ROLLBACK`.execute(conn).catch(() => undefined);
            throw error;
          }
        });
      } catch (error) {
        if (attempt >= MAX_WRITE_ATTEMPTS || !isTransient(error)) throw error;
        const pause = Math.min(WRITE_RETRY_MAX_MS, WRITE_RETRY_FIRST_MS * 2 ** (attempt - 1));
        await sleep(pause / 2 + Math.random() * (pause / 2));
      }
    }
  }

  /**
   * Saves processed documents in one transaction: an article and its events are written together
   * or not at all. An article already stored (same normalised text) is left as it is.
   */
  async saveBatch(docs: ProcessedDoc[]): Promise<SaveResult> {
    const result: SaveResult = { inserted: 0, duplicates: 0, events: 0 };
    const now = new Date().toISOString();
    await this.write(async (trx) => {
      Object.assign(result, { inserted: 0, duplicates: 0, events: 0 });
      for (const p of docs) {
        if (!p.ok) {
          await insertDiagnostics(trx, p.uri, null, p.diagnostics, now);
          continue;
        }
        const a = p.article;
        const inserted = await trx
          .insertInto("articles")
          .values({
            id: p.articleId,
            uri: a.uri,
            url: a.url ?? null,
            title: a.title,
            text: a.text,
            published_at: a.publishedAt?.value ?? null,
            published_precision: a.publishedAt?.precision ?? null,
            published_found_in: a.publishedAt?.foundIn ?? null,
            site: a.site ?? null,
            byline: a.byline ?? null,
            lang: a.lang,
            blocks: JSON.stringify(a.blocks),
            captions: JSON.stringify(a.captions),
            credits: JSON.stringify(a.credits),
            annotations: JSON.stringify({
              entities: p.doc?.entities ?? [],
              times: p.doc?.times ?? [],
              quantities: p.doc?.quantities ?? [],
              places: p.geo?.places ?? [],
              focus: p.geo?.focus ?? null,
            }),
            diagnostics: JSON.stringify(p.diagnostics),
            fetched_at: a.fetchedAt,
            ingested_at: now,
          })
          .onConflict((oc) => oc.column("id").doNothing())
          .executeTakeFirst();
        if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) {
          result.duplicates++;
          continue;
        }
        result.inserted++;
        await insertDiagnostics(trx, p.uri, p.articleId, p.diagnostics, now);
        for (let i = 0; i < p.events.length; i += ROWS_PER_INSERT) {
          await trx
            .insertInto("events")
            .values(p.events.slice(i, i + ROWS_PER_INSERT).map((e) => eventRow(p.articleId, e)))
            .onConflict((oc) => oc.column("id").doNothing())
            .execute();
        }
        result.events += p.events.length;
      }
    });
    return result;
  }

  async queryEvents(filter: EventFilter = {}): Promise<EventRecord[]> {
    let q = this.db
      .selectFrom("events")
      .innerJoin("articles", "articles.id", "events.article_id")
      .select([
        "events.record",
        "articles.id as article_id",
        "articles.title",
        "articles.url",
        "articles.published_at",
        "articles.site",
      ]);
    if (filter.type) q = q.where("events.type", "=", filter.type.toUpperCase());
    if (filter.since) q = q.where("events.time_end", ">=", filter.since);
    if (filter.until) q = q.where("events.time_start", "<=", filter.until);
    if (filter.place) {
      const place = filter.place;
      q = q.where((eb) =>
        eb.or([
          eb("events.place_country", "=", place.toUpperCase()),
          eb(sql`lower(events.place_name)`, "=", place.toLowerCase()),
        ]),
      );
    }
    // NULLS FIRST is SQLite's default order; PostgreSQL is told, so both list events alike.
    q = q
      .orderBy("events.time_start", (o) => o.asc().nullsFirst())
      .orderBy("events.article_id")
      .orderBy("events.evidence_start")
      .orderBy("events.id");
    if (filter.limit) q = q.limit(filter.limit);
    const rows = await q.execute();
    return rows.map((r) =>
      EventRecordSchema.parse({
        ...JSON.parse(r.record),
        article: {
          id: r.article_id,
          title: r.title,
          ...(r.url ? { url: r.url } : {}),
          ...(r.published_at ? { publishedAt: r.published_at } : {}),
          ...(r.site ? { site: r.site } : {}),
        },
      }),
    );
  }

  async listArticles(limit?: number): Promise<StoredArticle[]> {
    let q = this.db
      .selectFrom("articles")
      .select((eb) => [
        "id",
        "uri",
        "url",
        "title",
        "published_at",
        "site",
        "lang",
        "text",
        "captions",
        "credits",
        "diagnostics",
        eb
          .selectFrom("events")
          .whereRef("events.article_id", "=", "articles.id")
          .select(eb.fn.countAll<number>().as("n"))
          .as("events"),
      ])
      .orderBy("published_at", (o) => o.asc().nullsFirst())
      .orderBy("id");
    if (limit) q = q.limit(limit);
    const rows = await q.execute();
    return rows.map((r) => ({
      id: r.id,
      uri: r.uri,
      ...(r.url ? { url: r.url } : {}),
      title: r.title,
      ...(r.published_at ? { publishedAt: r.published_at } : {}),
      ...(r.site ? { site: r.site } : {}),
      lang: r.lang,
      text: r.text,
      captions: JSON.parse(r.captions),
      credits: JSON.parse(r.credits),
      diagnostics: JSON.parse(r.diagnostics),
      events: Number(r.events ?? 0),
    }));
  }

  /**
   * Full-text search over titles and bodies, best match first. Words are all required on both
   * backends; SQLite reads FTS5 query syntax, PostgreSQL web-search syntax ("quoted phrase", -word).
   */
  async searchArticles(query: string, limit = 20): Promise<{ id: string; title: string }[]> {
    const rows =
      this.backend === "postgres"
        ? await sql<{ id: string; title: string }>`
          SELECT id, title FROM articles, websearch_to_tsquery('english', ${query}) AS q
          WHERE search @@ q ORDER BY ts_rank(search, q) DESC, id LIMIT ${limit}`.execute(this.db)
        : await sql<{ id: string; title: string }>`
          SELECT articles.id, articles.title FROM articles_fts JOIN articles ON articles.rowid = articles_fts.rowid
          WHERE articles_fts MATCH ${query} ORDER BY rank LIMIT ${limit}`.execute(this.db);
    return rows.rows;
  }

  async counts(): Promise<{ articles: number; events: number; diagnostics: number }> {
    const one = async (table: "articles" | "events" | "diagnostics") =>
      Number(
        (
          await this.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return {
      articles: await one("articles"),
      events: await one("events"),
      diagnostics: await one("diagnostics"),
    };
  }

  /** Records what became of a queued job; a job run again (at-least-once) overwrites its outcome. */
  async recordJobOutcome(outcome: JobOutcome): Promise<void> {
    const { jobKey, ...rest } = outcome;
    const row = { job_key: jobKey, ...rest, finished_at: new Date().toISOString() };
    await this.write((db) =>
      db
        .insertInto("job_outcomes")
        .values(row)
        .onConflict((oc) => oc.column("job_key").doUpdateSet(rest))
        .execute(),
    );
  }

  /**
   * The job queue at a glance: jobs waiting, running and waiting to retry (graphile-worker's
   * table), jobs done and dead (ours), and jobs finished over the last `windowSeconds`.
   */
  async queueStatus(windowSeconds = 60): Promise<QueueStatus> {
    const jobs = await sql<{ queued: string; running: string; retrying: string }>`
      SELECT count(*) FILTER (WHERE locked_at IS NULL AND attempts = 0) AS queued,
             count(*) FILTER (WHERE locked_at IS NOT NULL) AS running,
             count(*) FILTER (WHERE locked_at IS NULL AND attempts > 0 AND attempts < max_attempts) AS retrying
      FROM graphile_worker.jobs`
      .execute(this.db)
      .catch(() => ({ rows: [{ queued: "0", running: "0", retrying: "0" }] }));
    const since = new Date(Date.now() - windowSeconds * 1000).toISOString();
    const outcomes = await this.db
      .selectFrom("job_outcomes")
      .select((eb) => [
        "outcome",
        eb.fn.countAll<number>().as("jobs"),
        eb.fn.sum<number>("articles").as("articles"),
        eb.fn.sum<number>(eb.case().when("finished_at", ">=", since).then(1).else(0).end()).as("recent"),
      ])
      .groupBy("outcome")
      .execute();
    const of = (outcome: string) => outcomes.find((o) => o.outcome === outcome);
    const recent = outcomes.reduce((n, o) => n + Number(o.recent ?? 0), 0);
    return {
      queued: Number(jobs.rows[0].queued),
      running: Number(jobs.rows[0].running),
      retrying: Number(jobs.rows[0].retrying),
      done: Number(of("done")?.jobs ?? 0),
      failed: Number(of("dead")?.jobs ?? 0),
      articles: Number(of("done")?.articles ?? 0),
      jobsPerSecond: recent / windowSeconds,
    };
  }

  /** Jobs that will not be retried, newest first, each with the diagnostic that ended it. */
  async deadLetters(
    limit = 50,
  ): Promise<{ input: string; code: string; message: string; attempts: number; at: string }[]> {
    const rows = await this.db
      .selectFrom("job_outcomes")
      .select(["input", "code", "message", "attempts", "finished_at"])
      .where("outcome", "=", "dead")
      .orderBy("finished_at", "desc")
      .orderBy("job_key")
      .limit(limit)
      .execute();
    return rows.map((r) => ({
      input: r.input,
      code: r.code ?? "",
      message: r.message ?? "",
      attempts: r.attempts,
      at: r.finished_at,
    }));
  }

  /** A watched feed's validators and back-off state; a feed never seen starts fresh. */
  async feedState(url: string): Promise<FeedState> {
    const row = await this.db.selectFrom("feeds").selectAll().where("url", "=", url).executeTakeFirst();
    return {
      url,
      failures: row?.failures ?? 0,
      ...(row?.etag ? { etag: row.etag } : {}),
      ...(row?.last_modified ? { lastModified: row.last_modified } : {}),
      ...(row?.next_check_at ? { nextCheckAt: row.next_check_at } : {}),
    };
  }

  /**
   * Records a feed's answer and, in the same transaction, the items now stored, so a restart
   * neither refetches them nor forgets one.
   */
  async saveFeedState(state: FeedState, seenItems: string[]): Promise<void> {
    const now = new Date().toISOString();
    const row = {
      etag: state.etag ?? null,
      last_modified: state.lastModified ?? null,
      failures: state.failures,
      checked_at: now,
      next_check_at: state.nextCheckAt ?? null,
    };
    await this.write(async (db) => {
      await db
        .insertInto("feeds")
        .values({ url: state.url, ...row })
        .onConflict((oc) => oc.column("url").doUpdateSet(row))
        .execute();
      for (let i = 0; i < seenItems.length; i += ROWS_PER_INSERT)
        await db
          .insertInto("feed_items")
          .values(
            seenItems
              .slice(i, i + ROWS_PER_INSERT)
              .map((item_id) => ({ feed_url: state.url, item_id, seen_at: now })),
          )
          .onConflict((oc) => oc.columns(["feed_url", "item_id"]).doNothing())
          .execute();
    });
  }

  async seenItems(feedUrl: string): Promise<Set<string>> {
    const rows = await this.db
      .selectFrom("feed_items")
      .select("item_id")
      .where("feed_url", "=", feedUrl)
      .execute();
    return new Set(rows.map((r) => r.item_id));
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}

type Trx = Kysely<Database>;

/** SQLite's "database is locked", PostgreSQL's deadlock and serialisation failures: try again. */
function isTransient(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === "string" && (code.startsWith("SQLITE_BUSY") || code === "40P01" || code === "40001");
}

/** A database that cannot be opened: its message is one line a user can act on. */
export class StoreError extends Error {}

/** One line a user can act on, without the password of a connection URL. */
function storeError(target: string, error: unknown): StoreError {
  const where = target.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
  const reason = error instanceof Error ? error.message : String(error);
  const hint = isPostgresUrl(target)
    ? "check that the server runs and the URL names a database you may write to"
    : "check that the file is a Chronicle database and its folder is writable";
  return new StoreError(`cannot open the database ${where}: ${reason}; ${hint}`, { cause: error });
}

async function insertDiagnostics(
  trx: Trx,
  uri: string,
  articleId: string | null,
  diagnostics: Diagnostic[],
  at: string,
): Promise<void> {
  if (!diagnostics.length) return;
  await trx
    .insertInto("diagnostics")
    .values(
      diagnostics.map((d) => ({
        uri,
        article_id: articleId,
        stage: d.stage,
        code: d.code,
        severity: d.severity,
        message: d.message,
        at,
      })),
    )
    .onConflict((oc) => oc.columns(["uri", "code", "message"]).doNothing())
    .execute();
}

function eventRow(articleId: string, e: EventMention): Database["events"] {
  const range = e.time
    ? e.time.precision === "reported"
      ? { start: e.time.value, end: e.time.value }
      : timexRange(e.time.value)
    : undefined;
  return {
    id: e.id,
    article_id: articleId,
    type: e.type,
    mode: e.mode ?? null,
    actor: e.actor?.entity ?? e.actor?.text ?? null,
    actor_country: e.actor?.country ?? null,
    recipient: e.recipient?.entity ?? e.recipient?.text ?? null,
    place_name: e.place?.name ?? null,
    place_country: e.place?.country ?? null,
    lat: e.place?.lat ?? null,
    lon: e.place?.lon ?? null,
    time_value: e.time?.value ?? null,
    time_start: range?.start ?? null,
    time_end: range?.end ?? null,
    modality: e.modality,
    confidence: e.confidence,
    evidence_start: e.evidence.start,
    evidence_end: e.evidence.end,
    record: JSON.stringify(e),
  };
}
