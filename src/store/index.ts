import Sqlite from "better-sqlite3";
import { Kysely, SqliteDialect, sql } from "kysely";
import type { Diagnostic } from "../core/diagnostics.ts";
import { type EventMention, type EventRecord, EventRecord as EventRecordSchema } from "../events/schema.ts";
import type { Article } from "../extract/types.ts";
import { timexRange } from "../nlp/time/index.ts";
import type { ProcessedDoc } from "../pipeline/index.ts";
import { PIPELINE_VERSION, redates } from "../pipeline/version.ts";
import { migrate } from "./migrations.ts";
import type { Database } from "./schema.ts";

/** Default database file of the embedded store. */
export const DEFAULT_DB = "chronicle.db";

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

export interface SaveResult {
  inserted: number;
  duplicates: number;
  /** Stored articles given a new publication date: their analysis and events were replaced. */
  redated: number;
  events: number;
}

/** The one module that owns SQL. Everything else asks it. */
export class Store {
  readonly db: Kysely<Database>;

  private constructor(sqlite: Sqlite.Database) {
    this.db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  }

  static async open(path: string = DEFAULT_DB): Promise<Store> {
    const sqlite = new Sqlite(path);
    // WAL: readers (the API) never block the writer (ingest); NORMAL sync is crash-safe in WAL mode.
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("synchronous = NORMAL");
    sqlite.pragma("foreign_keys = ON");
    const store = new Store(sqlite);
    await migrate(store.db);
    return store;
  }

  /**
   * Saves processed documents in one transaction: an article and its events are written together
   * or not at all. An article already stored (same normalised text) is left as it is.
   */
  async saveBatch(docs: ProcessedDoc[]): Promise<SaveResult> {
    const result: SaveResult = { inserted: 0, duplicates: 0, redated: 0, events: 0 };
    const now = new Date().toISOString();
    await this.db.transaction().execute(async (trx) => {
      for (const p of docs) {
        if (!p.ok) {
          await insertDiagnostics(trx, p.uri, null, p.diagnostics, now);
          continue;
        }
        if (p.duplicate) {
          result.duplicates++;
          continue;
        }
        const inserted = await trx
          .insertInto("articles")
          .values({ ...articleRow(p), ingested_at: now })
          .onConflict((oc) => oc.column("id").doNothing())
          .executeTakeFirst();
        if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) {
          // Stored already: only a new publication date from the user or the container recodes it.
          const stored = await trx
            .selectFrom("articles")
            .select("published_at")
            .where("id", "=", p.articleId)
            .executeTakeFirst();
          if (stored && redates(p.article, stored.published_at)) {
            result.events += await replaceAnalysis(trx, p, now);
            result.redated++;
          } else result.duplicates++;
          continue;
        }
        result.inserted++;
        await insertDiagnostics(trx, p.uri, p.articleId, p.diagnostics, now);
        result.events += await insertEvents(trx, p);
      }
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
    await this.db.transaction().execute(async (trx) => {
      for (const p of docs) events += await replaceAnalysis(trx, p, now);
    });
    return { articles: docs.length, events };
  }

  async queryEvents(filter: EventFilter = {}): Promise<EventRecord[]> {
    let q = this.db
      .selectFrom("events")
      .innerJoin("articles", "articles.id", "events.article_id")
      .select([
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
      const place = filter.place;
      q = q.where((eb) =>
        eb.or([
          eb("events.place_country", "=", place.toUpperCase()),
          eb(sql`lower(events.place_name)`, "=", place.toLowerCase()),
        ]),
      );
    }
    q = q.orderBy("events.time_start").orderBy("events.article_id").orderBy("events.evidence_start");
    if (filter.limit) q = q.limit(filter.limit);
    const rows = await q.execute();
    return rows.map((r) =>
      EventRecordSchema.parse({
        ...JSON.parse(r.record),
        ...(r.pipeline_version !== null ? { pipelineVersion: r.pipeline_version } : {}),
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
        "pipeline_version",
        eb
          .selectFrom("events")
          .whereRef("events.article_id", "=", "articles.id")
          .select(eb.fn.countAll<number>().as("n"))
          .as("events"),
      ])
      .orderBy("published_at")
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

  /** Full-text search over titles and bodies (FTS5 query syntax). */
  async searchArticles(query: string, limit = 20): Promise<{ id: string; title: string }[]> {
    const rows = await sql<{ id: string; title: string }>`
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

  async close(): Promise<void> {
    await this.db.destroy();
  }
}

type Trx = Kysely<Database>;

async function insertDiagnostics(
  trx: Trx,
  uri: string,
  articleId: string | null,
  diagnostics: Diagnostic[],
  at: string,
): Promise<void> {
  for (const d of diagnostics) {
    await trx
      .insertInto("diagnostics")
      .values({
        uri,
        article_id: articleId,
        stage: d.stage,
        code: d.code,
        severity: d.severity,
        message: d.message,
        at,
      })
      .onConflict((oc) => oc.columns(["uri", "code", "message"]).doNothing())
      .execute();
  }
}

/** The article's columns as extraction and analysis give them (ingested_at is the caller's). */
function articleRow(p: ProcessedDoc): Omit<Database["articles"], "ingested_at"> {
  const a = p.article;
  return {
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
      ...(p.doc ? { reference: p.doc.reference } : {}),
    }),
    diagnostics: JSON.stringify(p.diagnostics),
    fetched_at: a.fetchedAt,
    pipeline_version: PIPELINE_VERSION,
  };
}

async function insertEvents(trx: Trx, p: ProcessedDoc): Promise<number> {
  for (const e of p.events) {
    await trx
      .insertInto("events")
      .values(eventRow(p.articleId, e))
      .onConflict((oc) => oc.column("id").doNothing())
      .execute();
  }
  return p.events.length;
}

/** A stored article's date, annotations and events replaced by a new analysis of the same text. */
async function replaceAnalysis(trx: Trx, p: ProcessedDoc, now: string): Promise<number> {
  const { id, uri, url, title, text, fetched_at, ...analysis } = articleRow(p);
  await trx.updateTable("articles").set(analysis).where("id", "=", p.articleId).execute();
  await trx.deleteFrom("events").where("article_id", "=", p.articleId).execute();
  await insertDiagnostics(trx, p.uri, p.articleId, p.diagnostics, now);
  return insertEvents(trx, p);
}

function eventRow(articleId: string, e: EventMention): Database["events"] {
  // A reported time is one day, or a month or year when the publication date is that coarse.
  const range = e.time
    ? e.time.precision === "reported" && e.time.value.length === 10
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
    pipeline_version: PIPELINE_VERSION,
  };
}
