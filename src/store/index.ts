import { existsSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import Sqlite from "better-sqlite3";
import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import type { Diagnostic } from "../core/diagnostics.ts";
import { type EventRecord, EventRecord as EventRecordSchema } from "../events/schema.ts";
import type { Article } from "../extract/types.ts";
import type { ProcessedDoc } from "../pipeline/index.ts";
import { PIPELINE_VERSION, redates } from "../pipeline/version.ts";
import { DEFAULT_DB } from "./defaults.ts";
import {
  type BackendName,
  isPostgresUrl,
  type MigrationDialect,
  postgresDialect,
  sqliteDialect,
} from "./dialect.ts";

import { type Clauses, insertMany } from "./inserts.ts";
import { migrate } from "./migrations.ts";
import { type EventRow, type StorableDoc, storable } from "./rows.ts";
import type { Database } from "./schema.ts";
import { ImmediateSqliteDialect, reusingStatements } from "./statements.ts";

export { DEFAULT_DB };

/**
 * How long a SQLite writer waits for another process's transaction before SQLITE_BUSY: a batch of
 * ingest (ARTICLES_PER_BATCH articles) commits in well under a second, so 10 s is many batches of patience.
 */
const SQLITE_BUSY_TIMEOUT_MS = 10_000;
/**
 * Page size of a new SQLite file, in bytes (SQLite's default is 4,096). Most of what ingest writes is
 * a few KB per row (an article's annotations and its events' records), which at 4 KB spills into
 * overflow pages, and SQLite writes each page to the write-ahead log and at the checkpoint with
 * system calls of its own. Replaying the writing thread over 2,000 bench articles (store and
 * resolution, CPU per article, alternated runs at load 6-8): 1.39-1.40 ms at 4,096, 1.17-1.28 at
 * 8,192, 1.13-1.20 at 16,384, 1.11-1.37 at 32,768; the kernel's share 0.29-0.36 → 0.21-0.24 ms.
 */
const SQLITE_PAGE_SIZE = 16_384;
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
  /** PIPELINE_VERSION of the analysis stored; absent when stored before versions were recorded. */
  pipelineVersion?: number;
  /** True when a newer pipeline would analyse it again (`chronicle reprocess --stale`). */
  stale: boolean;
}

/** Which stored articles `chronicle reprocess` recodes; filters combine with AND. */
export interface ArticleFilter {
  ids?: string[];
  /** Articles published on or after / on or before this day (YYYY-MM-DD). */
  since?: string;
  until?: string;
  site?: string;
  /** Only articles analysed by an older pipeline (or before versions were recorded). */
  stale?: boolean;
  /** Only articles without a publication date. */
  undated?: boolean;
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
  /** Stored articles given a new publication date: their analysis and events were replaced. */
  redated: number;
  events: number;
  /**
   * The documents inserted as new articles: their text and analysis are the stored ones, so
   * resolution may take what their pool thread prepared instead of reading them back. (A re-dated
   * article keeps its stored text, which may differ from the document's in case and spacing.)
   */
  written: StorableDoc[];
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
  /**
   * Opens (and migrates) the database. With `mustExist`, as for commands that only read, a missing
   * file or one that is not a Chronicle database is a StoreError rather than a new empty database.
   */
  static async open(target: string = DEFAULT_DB, options: { mustExist?: boolean } = {}): Promise<Store> {
    let store: Store;
    if (isPostgresUrl(target)) store = Store.postgres(target);
    else {
      if (options.mustExist && !existsSync(target))
        throw new StoreError(
          `no database at ${target}; check --db, or create one with: chronicle ingest <inputs> --db ${target}`,
        );
      try {
        store = Store.sqlite(target, !!options.mustExist);
      } catch (error) {
        if (error instanceof StoreError) throw error;
        throw new StoreError(`cannot open the database ${target} (${(error as Error).message}); check --db`);
      }
    }
    try {
      await store.write((db) => migrate(db, store.dialect));
    } catch (error) {
      await store.close();
      if (error instanceof StoreError) throw error;
      throw storeError(target, error);
    }
    return store;
  }

  private static sqlite(path: string, mustExist: boolean): Store {
    const sqlite = new Sqlite(path, { timeout: SQLITE_BUSY_TIMEOUT_MS, fileMustExist: mustExist });
    if (mustExist && !isChronicleDatabase(sqlite)) {
      sqlite.close();
      throw new StoreError(`${path} is not a Chronicle database; check --db`);
    }
    // Before WAL, which fixes the page size of a new file; a file that has tables keeps its own.
    sqlite.pragma(`page_size = ${SQLITE_PAGE_SIZE}`);
    // WAL: readers (the API) never block the writer (ingest); NORMAL sync is crash-safe in WAL mode.
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("synchronous = NORMAL");
    sqlite.pragma("foreign_keys = ON");
    return new Store(
      new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: reusingStatements(sqlite) }) }),
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
   * On SQLite every transaction is BEGIN IMMEDIATE (ImmediateSqliteDialect), so the wait happens at
   * its start, where the busy timeout applies, and never half-way through.
   */
  async write<T>(work: (db: Kysely<Database>) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.db.transaction().execute(work);
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
  async saveBatch(processed: readonly (ProcessedDoc | StorableDoc)[]): Promise<SaveResult> {
    const docs = processed.map(asStorable);
    const result: SaveResult = { inserted: 0, duplicates: 0, redated: 0, events: 0, written: [] };
    const now = new Date().toISOString();
    await this.write(async (trx) => {
      Object.assign(result, { inserted: 0, duplicates: 0, redated: 0, events: 0, written: [] });
      // The diagnostics and events of the batch go in a few multi-row INSERTs, in the order one
      // statement per article wrote them (so with the same generated ids): Kysely building and the
      // driver running two statements per article cost more of the writing thread than the rows.
      const diagnostics: DiagnosticRow[] = [];
      const events: EventRow[] = [];
      const writePending = async () => {
        await insertDiagnosticRows(trx, diagnostics.splice(0));
        await insertEvents(trx, events.splice(0));
      };
      // The articles too, in one INSERT (two documents of the batch with the same text: the first
      // is stored); the ids it returns are those of the articles new to the database.
      const articles = docs.flatMap((p) => (p.ok && p.rows ? [{ ...p.rows.article, ingested_at: now }] : []));
      const added = new Set<string>();
      for (const { id } of await insertMany<"articles", { id: string }>(
        trx,
        "articles",
        articles,
        newArticles,
      ))
        added.add(id);
      for (const p of docs) {
        if (!p.ok) {
          diagnostics.push(...diagnosticRows(p.uri, null, p.diagnostics, now));
          continue;
        }
        // A document is in rows unless it is a duplicate found before the NLP stages.
        if (!p.rows) {
          result.duplicates++;
          continue;
        }
        if (!added.delete(p.articleId)) {
          // Stored already: only a new publication date from the user or the container recodes it.
          const stored = await trx
            .selectFrom("articles")
            .select("published_at")
            .where("id", "=", p.articleId)
            .executeTakeFirst();
          if (stored && redates(p, stored.published_at)) {
            // Its events may be among those not yet written (the same text earlier in this batch).
            await writePending();
            result.events += await replaceAnalysis(trx, p, p.rows, now);
            result.redated++;
          } else result.duplicates++;
          continue;
        }
        result.inserted++;
        result.written.push(p);
        diagnostics.push(...diagnosticRows(p.uri, p.articleId, p.diagnostics, now));
        events.push(...p.rows.events);
        result.events += p.rows.events.length;
      }
      await writePending();
    });
    return result;
  }

  /** Stored article ids with their publication date: lets ingest skip known articles before NLP. */
  async storedDates(): Promise<Map<string, string | null>> {
    const rows = await this.db.selectFrom("articles").select(["id", "published_at"]).execute();
    return new Map(rows.map((r) => [r.id, r.published_at]));
  }

  /** Ids of the stored articles a filter selects, oldest publication first. */
  async selectArticleIds(filter: ArticleFilter = {}): Promise<string[]> {
    let q = this.db.selectFrom("articles").select("id");
    if (filter.ids?.length) q = q.where("id", "in", filter.ids);
    if (filter.since) q = q.where("published_at", ">=", filter.since);
    if (filter.until) q = q.where("published_at", "<", `${filter.until}~`);
    if (filter.site) q = q.where(sql`lower(site)`, "=", filter.site.toLowerCase());
    if (filter.undated) q = q.where("published_at", "is", null);
    if (filter.stale)
      q = q.where((eb) =>
        eb.or([eb("pipeline_version", "is", null), eb("pipeline_version", "<", PIPELINE_VERSION)]),
      );
    const rows = await q.orderBy("published_at").orderBy("id").execute();
    return rows.map((r) => r.id);
  }

  /** Stored articles rebuilt as extraction gave them (clean text, blocks, metadata), for recoding. */
  async loadArticles(ids: string[]): Promise<{ id: string; article: Article }[]> {
    if (!ids.length) return [];
    const rows = await this.db.selectFrom("articles").selectAll().where("id", "in", ids).execute();
    const order = new Map(ids.map((id, i) => [id, i]));
    rows.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
    return rows.map((r) => ({
      id: r.id,
      article: {
        uri: r.uri,
        ...(r.url ? { url: r.url } : {}),
        title: r.title,
        text: r.text,
        blocks: JSON.parse(r.blocks),
        ...(r.published_at
          ? {
              publishedAt: {
                value: r.published_at,
                precision: (r.published_precision ?? "day") as NonNullable<
                  Article["publishedAt"]
                >["precision"],
                foundIn: r.published_found_in ?? "store",
              },
            }
          : {}),
        ...(r.site ? { site: r.site } : {}),
        ...(r.byline ? { byline: r.byline } : {}),
        lang: r.lang,
        captions: JSON.parse(r.captions),
        credits: JSON.parse(r.credits),
        fetchedAt: r.fetched_at,
        // Extraction's findings stay true of the stored text; the later stages report afresh.
        diagnostics: (JSON.parse(r.diagnostics) as Diagnostic[]).filter(
          (d) => d.stage === "sources" || d.stage === "extract",
        ),
      },
    }));
  }

  /**
   * Replaces the analysis and events of stored articles, one transaction for the batch: a reader
   * sees either all the old events of the batch or all the new ones.
   */
  async saveReprocessed(docs: ProcessedDoc[]): Promise<{ articles: number; events: number }> {
    const now = new Date().toISOString();
    let events = 0;
    await this.write(async (trx) => {
      for (const p of docs) {
        const doc = storable(p);
        if (doc.rows) events += await replaceAnalysis(trx, doc, doc.rows, now);
      }
    });
    return { articles: docs.length, events };
  }

  /**
   * Events matching the filter. A stored record the event schema does not accept is left out and
   * described in `unreadable`, so one bad row never hides the others.
   */
  async queryEvents(filter: EventFilter = {}, unreadable: UnreadableEvent[] = []): Promise<EventRecord[]> {
    let q = this.db
      .selectFrom("events")
      .innerJoin("articles", "articles.id", "events.article_id")
      .select([
        "events.id",
        "events.record",
        "events.pipeline_version",
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
      const { countries, names } = await this.placeMatch(filter.place);
      q = q.where((eb) =>
        eb.or([
          ...(countries.length ? [eb("events.place_country", "in", countries)] : []),
          ...(names.length ? [eb("events.place_name", "in", names)] : []),
          // Nothing matches: an always-false test keeps the query valid.
          eb.lit(0),
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
    const events: EventRecord[] = [];
    for (const r of rows) {
      const parsed = readStoredEvent(r);
      if (parsed.success) events.push(parsed.data);
      else
        unreadable.push({
          id: r.id,
          articleId: r.article_id,
          problem: parsed.error.issues.map((i) => `${i.path.join(".") || "record"}: ${i.message}`).join("; "),
        });
    }
    return events;
  }

  /**
   * What a place filter stands for: the countries it names (an ISO alpha-3 code, a country's name
   * or alias: "DR Congo", "Democratic Republic of the Congo", "COD") and the stored place names it
   * names, spelt with or without diacritics ("Misrata" for "Mişrātah"), through the geo stage's
   * own name look-up.
   */
  private async placeMatch(place: string): Promise<{ countries: string[]; names: string[] }> {
    const { placesNamed, normalizeName } = await import("../geo/index.ts");
    const countries = new Set<string>();
    const wanted = new Set([normalizeName(place)]);
    if (/^[A-Za-z]{3}$/.test(place.trim())) countries.add(place.trim().toUpperCase());
    for (const p of placesNamed(place)) {
      if (p.precision === "country" && p.country) countries.add(p.country);
      else wanted.add(normalizeName(p.name));
    }
    const stored = await this.db
      .selectFrom("events")
      .select("place_name")
      .distinct()
      .where("place_name", "is not", null)
      .execute();
    const names = stored.map((r) => r.place_name as string).filter((name) => wanted.has(normalizeName(name)));
    return { countries: [...countries], names };
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
        "pipeline_version",
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
      ...(r.pipeline_version !== null ? { pipelineVersion: r.pipeline_version } : {}),
      stale: r.pipeline_version === null || r.pipeline_version < PIPELINE_VERSION,
    }));
  }

  /**
   * Full-text search over titles and bodies. The query is read as FTS5 syntax ("a OR b", "brien*",
   * "\"exact phrase\""); one that is not valid FTS5 ("O'Brien", "C++", "foo(", "a AND NOT b") is
   * searched as its words instead. A query with no word at all is a StoreError.
   */
  async searchArticles(query: string, limit = 20): Promise<{ id: string; title: string }[]> {
    if (!/[\p{L}\p{N}]/u.test(query))
      throw new StoreError(`the search "${query}" has no word to look for; give at least one word`);
    if (this.backend === "postgres")
      return (
        await sql<{ id: string; title: string }>`
          SELECT id, title FROM articles, websearch_to_tsquery('english', ${query}) AS q
          WHERE search @@ q ORDER BY ts_rank(search, q) DESC, id LIMIT ${limit}`.execute(this.db)
      ).rows;
    const run = async (match: string) =>
      (
        await sql<{ id: string; title: string }>`
      SELECT articles.id, articles.title FROM articles_fts JOIN articles ON articles.rowid = articles_fts.rowid
      WHERE articles_fts MATCH ${match} ORDER BY rank LIMIT ${limit}`.execute(this.db)
      ).rows;
    try {
      return await run(query);
    } catch (error) {
      if (!FTS_QUERY_ERROR.test((error as Error).message)) throw error;
    }
    const words = asWords(query);
    if (!words) throw new StoreError(`the search "${query}" has only operators; give at least one word`);
    try {
      return await run(words);
    } catch (error) {
      throw new StoreError(
        `cannot search for "${query}" (${(error as Error).message}); search for plain words instead`,
      );
    }
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
      .catch((error: { code?: string }) => {
        // No queue yet (nothing was ever enqueued): its schema or table is missing. Any other
        // failure is real and must not read as an idle queue.
        if (error.code === "3F000" || error.code === "42P01")
          return { rows: [{ queued: "0", running: "0", retrying: "0" }] };
        throw error;
      });
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

  /**
   * Runs `work` while no other process runs work under the same name on this database: on
   * PostgreSQL a session advisory lock held on one connection, which `work` receives (its own
   * transactions run on that connection); on SQLite, one write transaction (see write), which
   * `work`'s own transactions join. For read-modify-write work, such as incident resolution, when
   * several processes share one database.
   */
  async exclusive<T>(name: string, work: (db: Kysely<Database>) => Promise<T>): Promise<T> {
    if (this.backend !== "postgres") return this.write(work);
    return this.db.connection().execute(async (conn) => {
      await sql`SELECT pg_advisory_lock(hashtext(${`chronicle:${name}`}))`.execute(conn);
      try {
        return await work(conn);
      } finally {
        await sql`SELECT pg_advisory_unlock(hashtext(${`chronicle:${name}`}))`.execute(conn);
      }
    });
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}

/** A problem with the database or a query a user can fix: the message says what to do. */
export class StoreError extends Error {
  override name = "StoreError";
}

/** A stored event record that the event schema does not accept (written by an older version). */
export interface UnreadableEvent {
  id: string;
  articleId: string;
  problem: string;
}

/** SQLite's complaints about a query's FTS5 syntax (as opposed to a broken database). */
const FTS_QUERY_ERROR = /fts5: syntax error|no such column|unterminated string|unknown special query/i;

/**
 * Each whitespace-separated part of a query as an FTS5 string, so that it matches its words; the
 * operator words of a query that failed as FTS5 ("a AND NOT b") are left out rather than searched.
 */
function asWords(query: string): string {
  return query
    .trim()
    .split(/\s+/)
    .filter((part) => !/^(AND|OR|NOT|NEAR)$/.test(part))
    .map((part) => `"${part.replace(/"/g, '""')}"`)
    .join(" ");
}

function isChronicleDatabase(sqlite: Sqlite.Database): boolean {
  return !!sqlite
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
    .get();
}

/** An event row joined with its article's columns, as the CLI and the API read events. */
export interface StoredEventRow {
  record: string;
  pipeline_version?: number | null;
  article_id: string;
  title: string;
  url: string | null;
  published_at: string | null;
  site: string | null;
}

/** The event record of a stored row, with its article; a record the schema rejects is an error value. */
export function readStoredEvent(r: StoredEventRow) {
  return EventRecordSchema.safeParse({
    ...parseRecord(r.record),
    ...(r.pipeline_version != null ? { pipelineVersion: r.pipeline_version } : {}),
    article: {
      id: r.article_id,
      title: r.title,
      ...(r.url ? { url: r.url } : {}),
      ...(r.published_at ? { publishedAt: r.published_at } : {}),
      ...(r.site ? { site: r.site } : {}),
    },
  });
}

/** A stored record's JSON; a damaged one reads as empty, which the schema then reports. */
function parseRecord(record: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(record);
    return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

type Trx = Kysely<Database>;

/** SQLite's "database is locked", PostgreSQL's deadlock and serialisation failures: try again. */
function isTransient(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === "string" && (code.startsWith("SQLITE_BUSY") || code === "40P01" || code === "40001");
}

/** One line a user can act on, without the password of a connection URL. */
function storeError(target: string, error: unknown): StoreError {
  const where = target.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
  const reason = error instanceof Error ? error.message : String(error);
  const hint = isPostgresUrl(target)
    ? "check that the server runs and the URL names a database you may write to"
    : "check that the file is a Chronicle database and its folder is writable";
  return new StoreError(`cannot open the database ${where}: ${reason}; ${hint}`, { cause: error });
}

type DiagnosticRow = Omit<Database["diagnostics"], "id">;

function diagnosticRows(
  uri: string,
  articleId: string | null,
  diagnostics: readonly Diagnostic[],
  at: string,
): DiagnosticRow[] {
  return diagnostics.map((d) => ({
    uri,
    article_id: articleId,
    stage: d.stage,
    code: d.code,
    severity: d.severity,
    message: d.message,
    at,
  }));
}

// The clauses of the batch's INSERTs (insertMany keeps their SQL by these functions).
const newArticles: Clauses<"articles"> = (q) =>
  q.onConflict((oc) => oc.column("id").doNothing()).returning("id");
const newDiagnostics: Clauses<"diagnostics"> = (q) =>
  q.onConflict((oc) => oc.columns(["uri", "code", "message"]).doNothing());
const newEvents: Clauses<"events"> = (q) => q.onConflict((oc) => oc.column("id").doNothing());

async function insertDiagnosticRows(trx: Trx, rows: readonly DiagnosticRow[]): Promise<void> {
  await insertMany(trx, "diagnostics", rows, newDiagnostics);
}

async function insertEvents(trx: Trx, events: readonly EventRow[]): Promise<number> {
  await insertMany(trx, "events", events, newEvents);
  return events.length;
}

/** A stored article's date, annotations and events replaced by a new analysis of the same text. */
async function replaceAnalysis(trx: Trx, p: StorableDoc, rows: Rows, now: string): Promise<number> {
  const { id, uri, url, title, text, fetched_at, ...analysis } = rows.article;
  await trx.updateTable("articles").set(analysis).where("id", "=", p.articleId).execute();
  await trx.deleteFrom("events").where("article_id", "=", p.articleId).execute();
  await insertDiagnosticRows(trx, diagnosticRows(p.uri, p.articleId, p.diagnostics, now));
  return insertEvents(trx, rows.events);
}

type Rows = NonNullable<StorableDoc["rows"]>;

/** A document as the store takes it: a pool thread sends it in rows already; one processed here is put in rows now. */
function asStorable(doc: ProcessedDoc | StorableDoc): StorableDoc {
  return "article" in doc ? storable(doc) : doc;
}
