import {
  type Expression,
  type ExpressionBuilder,
  type Kysely,
  type RawBuilder,
  type SqlBool,
  sql,
} from "kysely";
import type { EventRecord } from "../events/schema.ts";
import type { BackendName } from "../store/dialect.ts";
import { readStoredEvent, type StoredEventRow } from "../store/index.ts";
import type { Database } from "../store/schema.ts";
import type { EventFilterQuery, IncidentsQuery } from "./schemas.ts";

type IncidentFilterQuery = Omit<IncidentsQuery, "limit" | "cursor">;

/**
 * Every database read the API makes, in one module, so that a new table (incidents) or a second
 * database (PostgreSQL) is connected here and nowhere else. All SQL is parameterised by Kysely.
 */

type Eb = ExpressionBuilder<Database, "events">;

/**
 * Events are listed newest first by this key; undated events sort last (the empty string is before
 * any ISO day). The indexes of migration 6 are built on the same expression.
 */
const timeKey = sql<string>`coalesce(time_start, '')`;

/** Escapes LIKE wildcards so that a user's "%" or "_" matches itself. */
function likeContains(value: string): string {
  return `%${value.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The attribution's source, which lives in the stored record only (SQLite JSON1, PostgreSQL json). */
function attributionSource(backend: BackendName) {
  return backend === "postgres"
    ? sql`lower(events.record::json #>> '{attribution,source}')`
    : sql`lower(json_extract(events.record, '$.attribution.source'))`;
}

function filterConditions(eb: Eb, f: EventFilterQuery, backend: BackendName): Expression<SqlBool>[] {
  const c: Expression<SqlBool>[] = [];
  if (f.type) c.push(eb("events.type", "=", f.type));
  if (f.mode) c.push(eb("events.mode", "=", f.mode.toLowerCase()));
  if (f.since) c.push(eb("events.time_end", ">=", f.since));
  // The second, equivalent bound lets the database walk the time-key indexes (migration 6).
  if (f.until) c.push(eb("events.time_start", "<=", f.until), eb(timeKey, "<=", f.until));
  if (f.country) c.push(eb("events.place_country", "=", f.country));
  if (f.place) {
    c.push(
      eb.or([
        eb("events.place_country", "=", f.place.toUpperCase()),
        eb(sql`lower(events.place_name)`, "=", f.place.toLowerCase()),
      ]),
    );
  }
  if (f.actor) {
    const like = likeContains(f.actor);
    c.push(
      eb.or([
        eb(sql`lower(events.actor)`, "like", sql`${like} escape '\\'`),
        eb(sql`lower(events.recipient)`, "like", sql`${like} escape '\\'`),
      ]),
    );
  }
  if (f.entity) c.push(eb.or([eb("events.actor", "=", f.entity), eb("events.recipient", "=", f.entity)]));
  if (f.source) {
    const like = likeContains(f.source);
    c.push(
      eb.or([
        eb(attributionSource(backend), "like", sql`${like} escape '\\'`),
        eb(
          "events.article_id",
          "in",
          eb
            .selectFrom("articles")
            .select("articles.id")
            .where(sql`lower(articles.site)`, "like", sql`${like} escape '\\'`),
        ),
      ]),
    );
  }
  if (f.modality) c.push(eb("events.modality", "=", f.modality));
  if (f.confidence !== undefined) c.push(eb("events.confidence", ">=", f.confidence));
  if (f.article) c.push(eb("events.article_id", "=", f.article));
  return c;
}

export interface Cursor {
  time: string;
  id: string;
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.time, c.id])).toString("base64url");
}

/** Returns undefined for a cursor that was not made by encodeCursor. */
export function decodeCursor(s: string): Cursor | undefined {
  try {
    const v = JSON.parse(Buffer.from(s, "base64url").toString("utf8"));
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === "string" && typeof v[1] === "string") {
      return { time: v[0], id: v[1] };
    }
  } catch {}
  return undefined;
}

/**
 * Keyset paging newest first, shared by events and incidents: rows after the cursor's (time key,
 * id), descending; `time` and `id` are the table's key expressions.
 */
function afterCursor<DB, TB extends keyof DB>(
  eb: ExpressionBuilder<DB, TB>,
  time: Expression<string>,
  id: Expression<string>,
  after: Cursor,
): Expression<SqlBool> {
  return eb.or([eb(time, "<", after.time), eb.and([eb(time, "=", after.time), eb(id, "<", after.id)])]);
}

/** The page shown of `limit + 1` rows fetched, and the cursor of the next page (null on the last). */
function pageOf<R extends { time_key: string; id: string }>(
  rows: R[],
  limit: number,
): { shown: R[]; nextCursor: string | null } {
  const more = rows.length > limit;
  const shown = more ? rows.slice(0, limit) : rows;
  const last = shown.at(-1);
  return { shown, nextCursor: more && last ? encodeCursor({ time: last.time_key, id: last.id }) : null };
}

function toRecord(r: StoredEventRow): EventRecord {
  const parsed = readStoredEvent(r);
  if (!parsed.success) throw parsed.error;
  return parsed.data;
}

/** Snippets as SQLite's snippet(…, 16) gives them: one fragment of about 16 words, matches marked. */
const PG_SNIPPET =
  'StartSel="\u0002", StopSel="\u0003", MaxWords=16, MinWords=8, MaxFragments=1, FragmentDelimiter="…"';

interface SearchRow {
  id: string;
  title: string;
  published_at: string | null;
  site: string | null;
  snippet: string;
  events: number | string;
}

/** Filter combinations whose counts (stats, places) are kept at once. */
const KEPT_COUNTS = 200;

export class Queries {
  private readonly kept: Map<string, { version: number | string; value: unknown }> | undefined;

  readonly backend: BackendName;

  /** Whether stats over every event read the count tables of migrations 10 and 11 (false: the events; tests compare both). */
  private readonly countTables: boolean;

  constructor(
    readonly db: Kysely<Database>,
    options: { cacheCounts?: boolean; backend?: BackendName; countTables?: boolean } = {},
  ) {
    this.kept = options.cacheCounts === false ? undefined : new Map();
    this.backend = options.backend ?? "sqlite";
    this.countTables = options.countTables ?? true;
  }

  private filter(eb: Eb, f: EventFilterQuery): Expression<SqlBool>[] {
    return filterConditions(eb, f, this.backend);
  }

  /**
   * The API reads many rows per request (counts over every event): SQLite reads them through a
   * memory map and a larger page cache instead of one read() call per page. With 100,000 events
   * this takes the CPU time of /api/stats?type=X from about 45 ms to about 12 ms. Another database
   * has no such pragmas; there the statements fail and the defaults stay.
   */
  async tuneForReads(): Promise<void> {
    try {
      await sql`PRAGMA mmap_size = 268435456`.execute(this.db);
      await sql`PRAGMA cache_size = -65536`.execute(this.db);
    } catch {
      // Not SQLite: nothing to tune here.
    }
  }

  /** Events joined with the article columns every event record carries. */
  private eventsWithArticles() {
    return this.db
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
  }

  /** One page of events, newest first (time key, then id, descending); `nextCursor` is null on the last page. */
  async events(
    filter: EventFilterQuery,
    page: { limit: number; after?: Cursor },
  ): Promise<{ events: EventRecord[]; nextCursor: string | null }> {
    const rows = await this.eventsWithArticles()
      .select(timeKey.as("time_key"))
      .where((eb) => {
        const c = this.filter(eb, filter);
        if (page.after) c.push(afterCursor(eb, timeKey, sql.ref<string>("events.id"), page.after));
        return eb.and(c);
      })
      .orderBy(timeKey, "desc")
      .orderBy("events.id", "desc")
      .limit(page.limit + 1)
      .execute();
    const { shown, nextCursor } = pageOf(rows, page.limit);
    return { events: shown.map(toRecord), nextCursor };
  }

  /** Every matching event (exports), capped so that one request cannot exhaust memory. */
  async allEvents(filter: EventFilterQuery, cap: number): Promise<EventRecord[]> {
    return (await this.events(filter, { limit: cap })).events;
  }

  async article(id: string) {
    const a = await this.db.selectFrom("articles").selectAll().where("id", "=", id).executeTakeFirst();
    if (!a) return undefined;
    const events = await this.allEvents({ article: id }, 100_000);
    return {
      id: a.id,
      uri: a.uri,
      ...(a.url ? { url: a.url } : {}),
      title: a.title,
      ...(a.published_at ? { publishedAt: a.published_at } : {}),
      ...(a.site ? { site: a.site } : {}),
      lang: a.lang,
      text: a.text,
      annotations: JSON.parse(a.annotations) as Record<string, unknown>,
      diagnostics: JSON.parse(a.diagnostics) as unknown[],
      events,
    };
  }

  /** Actors and recipients with how often each appears in either role. */
  async entities(filter: EventFilterQuery, limit: number) {
    const role = async (column: "actor" | "recipient", country: "actor_country" | "place_country") =>
      this.db
        .selectFrom("events")
        .select([`events.${column} as name`, (eb) => eb.fn.max(`events.${country}`).as("country")])
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where((eb) => eb.and([eb(`events.${column}`, "is not", null), ...this.filter(eb, filter)]))
        .groupBy(`events.${column}`)
        .execute();
    const byName = new Map<
      string,
      { name: string; country: string | null; asActor: number; asRecipient: number }
    >();
    const entry = (name: string) => {
      const known = byName.get(name);
      if (known) return known;
      const e = { name, country: null as string | null, asActor: 0, asRecipient: 0 };
      byName.set(name, e);
      return e;
    };
    for (const r of await role("actor", "actor_country")) {
      const e = entry(r.name as string);
      e.asActor = Number(r.n);
      e.country = r.country ?? null;
    }
    for (const r of await role("recipient", "place_country"))
      entry(r.name as string).asRecipient = Number(r.n);
    return [...byName.values()]
      .sort((a, b) => b.asActor + b.asRecipient - (a.asActor + a.asRecipient) || a.name.localeCompare(b.name))
      .slice(0, limit);
  }

  /** Places that events happened at, with event and report counts (the map's points). */
  async places(filter: EventFilterQuery, limit: number) {
    return this.keep(`places ${limit}`, filter, () => this.countPlaces(filter, limit));
  }

  private async countPlaces(filter: EventFilterQuery, limit: number) {
    const rows = await this.db
      .selectFrom("events")
      .select((eb) => [
        "events.place_name as name",
        "events.place_country as country",
        eb.fn.avg<number>("events.lat").as("lat"),
        eb.fn.avg<number>("events.lon").as("lon"),
        eb.fn.countAll<number>().as("events"),
        eb.fn.count<number>("events.article_id").distinct().as("reports"),
      ])
      .where((eb) => eb.and([eb("events.place_name", "is not", null), ...this.filter(eb, filter)]))
      .groupBy(["events.place_name", "events.place_country"])
      .orderBy("events", "desc")
      .orderBy("events.place_name")
      .limit(limit)
      .execute();
    return rows.map((r) => ({
      name: r.name as string,
      country: r.country as string,
      lat: r.lat === null ? null : Number(r.lat),
      lon: r.lon === null ? null : Number(r.lon),
      events: Number(r.events),
      reports: Number(r.reports),
    }));
  }

  /**
   * Full-text search over article titles and texts, every word required, best match first. Each
   * word is searched as a word, so search syntax in the input (FTS5 operators, tsquery symbols) is
   * never read as syntax. Matches in the snippet are wrapped in \u0002…\u0003 for the UI to mark
   * without parsing HTML. SQLite reads its FTS5 index; PostgreSQL its tsvector's GIN index, and
   * marks the snippet of the page's articles only (ts_headline reads the whole text).
   */
  async search(q: string, limit: number) {
    const words = q.match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length === 0) return [];
    const rows =
      this.backend === "postgres"
        ? await sql<SearchRow>`SELECT hit.id, hit.title, hit.published_at, hit.site,
             ts_headline('english', hit.text, hit.q, ${PG_SNIPPET}) AS snippet,
             (SELECT count(*) FROM events WHERE events.article_id = hit.id) AS events
           FROM (SELECT articles.id, articles.title, articles.published_at, articles.site, articles.text, q,
                   ts_rank(articles.search, q) AS rank
                 FROM articles, plainto_tsquery('english', ${words.join(" ")}) AS q
                 WHERE articles.search @@ q ORDER BY rank DESC, articles.id LIMIT ${limit}) AS hit
           ORDER BY hit.rank DESC, hit.id`.execute(this.db)
        : await sql<SearchRow>`SELECT articles.id, articles.title, articles.published_at, articles.site,
             snippet(articles_fts, 1, char(2), char(3), '…', 16) AS snippet,
             (SELECT count(*) FROM events WHERE events.article_id = articles.id) AS events
           FROM articles_fts JOIN articles ON articles.rowid = articles_fts.rowid
           WHERE articles_fts MATCH ${words.map((w) => `"${w}"`).join(" ")} ORDER BY rank LIMIT ${limit}`.execute(
            this.db,
          );
    return rows.rows.map((r) => ({
      id: r.id,
      title: r.title,
      publishedAt: r.published_at,
      site: r.site,
      snippet: r.snippet,
      events: Number(r.events),
    }));
  }

  /**
   * Counts over every matching event (stats, the map's places), computed once per change of the
   * data: every dashboard view starts with them and over 100,000 events each costs tens of
   * milliseconds, while the data changes only when another process ingests (see dataVersion);
   * where the database gives no such value nothing is kept.
   */
  private async keep<T>(kind: string, filter: EventFilterQuery, compute: () => Promise<T>): Promise<T> {
    if (!this.kept) return compute();
    const version = await this.dataVersion();
    const key = `${kind} ${JSON.stringify(filter)}`;
    const kept = this.kept.get(key);
    if (kept && kept.version === version) return kept.value as T;
    const value = await compute();
    if (this.kept.size >= KEPT_COUNTS) this.kept.clear();
    if (version !== undefined) this.kept.set(key, { version, value });
    return value;
  }

  async stats(filter: EventFilterQuery) {
    return this.keep("stats", filter, () => this.countStats(filter));
  }

  /**
   * A value that moves whenever the data may have changed. SQLite's data_version moves when another
   * connection commits. PostgreSQL's write-ahead log position moves with every write to the server
   * (so the counts are computed again more often than needed, never less); it is read before the
   * counts, so a commit between the two only makes the next request count again.
   */
  private async dataVersion(): Promise<number | string | undefined> {
    try {
      if (this.backend === "postgres") {
        const r = await sql<{ lsn: string }>`SELECT
          coalesce(pg_last_wal_replay_lsn(), pg_current_wal_lsn())::text AS lsn`.execute(this.db);
        return r.rows[0]?.lsn;
      }
      const r = await sql<{ data_version: number }>`PRAGMA data_version`.execute(this.db);
      return r.rows[0]?.data_version;
    } catch {
      return undefined;
    }
  }

  /** Counts per day × type, per type and per country; the timeline and the map's legend. */
  private async countStats(filter: EventFilterQuery) {
    const [dayTypeRows, byCountry, articles] =
      this.countTables && Object.values(filter).every((v) => v === undefined)
        ? await this.keptCounts()
        : await this.eventCounts(filter);
    // Sorted here rather than by the aggregate (a sort in SQLite cost 9 ms over 100,000 events); the
    // grouping usually gives them in this order already, which the sort then only checks.
    const byDayAndUndated = readDayTypeLines(dayTypeRows).sort(
      (a, b) => compareText(a.day ?? "", b.day ?? "") || compareText(a.type, b.type),
    );
    const byDay = byDayAndUndated.filter((r) => r.day !== null);
    const undatedByType = byDayAndUndated.filter((r) => r.day === null);
    // Per-type counts are summed from the day counts and the undated ones.
    const perType = new Map<string, number>();
    for (const r of byDayAndUndated) perType.set(r.type, (perType.get(r.type) ?? 0) + Number(r.n));
    const byType = [...perType]
      .map(([type, n]) => ({ type, n }))
      .sort((a, b) => b.n - a.n || a.type.localeCompare(b.type));
    return {
      articles: Number(articles),
      events: byType.reduce((sum, r) => sum + r.n, 0),
      undated: undatedByType.reduce((sum, r) => sum + Number(r.n), 0),
      byDay: byDay.map((r) => ({ day: r.day as string, type: r.type, n: Number(r.n) })),
      byType,
      // Countries of equal counts in code-point order, whichever way they were counted.
      byCountry: byCountry
        .map((r) => ({ country: r.country as string, n: Number(r.n) }))
        .sort((a, b) => b.n - a.n || compareText(a.country, b.country)),
      incidents: await this.incidentCount(),
    };
  }

  /**
   * The counts over every event from the tables the triggers of migrations 10 and 11 keep: a read
   * of days × types + countries × types rows and one total instead of every event. Undated
   * events are kept under the day '' and given back as null, as the grouping of the events does.
   */
  private async keptCounts(): Promise<
    [string, { country: string | null; n: number | string }[], number | string]
  > {
    const [dayTypeCounts, byCountry, articles] = await Promise.all([
      this.db
        .selectFrom("event_counts_day_type as counts")
        .select(
          dayTypeLines(this.backend, sql.ref("counts.day"), sql.ref("counts.type"), sql.ref("counts.n")),
        )
        .executeTakeFirstOrThrow(),
      this.db
        .selectFrom("event_counts_country_type")
        .select(["country", (eb) => eb.fn.sum<number | string>("n").as("n")])
        .groupBy("country")
        .execute(),
      this.db.selectFrom("event_count_totals").select("articles").executeTakeFirstOrThrow(),
    ]);
    return [dayTypeCounts.rows, byCountry, articles.articles];
  }

  /** The counts over the events that match a filter, counted from the events (their indexes). */
  private async eventCounts(
    filter: EventFilterQuery,
  ): Promise<[string, { country: string | null; n: number | string }[], number | string]> {
    const base = () => this.db.selectFrom("events").where((eb) => eb.and(this.filter(eb, filter)));
    // Dated and undated counts come from one grouping (time_start is null for the undated): one
    // pass over the events fewer than asking for each. Its rows (one per day and type, about
    // 12,000 for two years) come back as one text (dayTypeLines): reading them as rows cost about
    // as much again as counting them.
    const [dayTypeCounts, byCountry, articles] = await Promise.all([
      this.db
        .selectFrom(
          base()
            .select(["events.time_start as day", "events.type"])
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .groupBy(["events.time_start", "events.type"])
            .as("counts"),
        )
        .select(
          dayTypeLines(
            this.backend,
            sql`coalesce(counts.day, '')`,
            sql.ref("counts.type"),
            sql.ref("counts.n"),
          ),
        )
        .executeTakeFirstOrThrow(),
      base()
        .select(["events.place_country as country"])
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("events.place_country", "is not", null)
        .groupBy("events.place_country")
        .orderBy("n", "desc")
        .execute(),
      base()
        .select((eb) => eb.fn.count<number>("events.article_id").distinct().as("n"))
        .executeTakeFirstOrThrow(),
    ]);
    return [dayTypeCounts.rows, byCountry, articles.n];
  }

  // Incidents (src/resolve, migrations 3 and 4): every migrated store has the tables.

  /** Null while nothing is resolved into incidents: the UI then hides the view. */
  async incidentCount(): Promise<number | null> {
    const r = await this.db
      .selectFrom("incidents")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirst();
    const n = Number(r?.n ?? 0);
    return n > 0 ? n : null;
  }

  /**
   * One page of incidents matching the filters, newest first (start of the time range, then id,
   * both descending; undated incidents last); `nextCursor` is null on the last page.
   */
  async incidents(
    filter: IncidentFilterQuery,
    page: { limit: number; after?: Cursor },
  ): Promise<{ incidents: Record<string, unknown>[]; nextCursor: string | null } | null> {
    if ((await this.incidentCount()) === null) return null;
    const timeKey = sql<string>`coalesce(incidents.time_start, '')`;
    let query = this.db.selectFrom("incidents").selectAll().select(timeKey.as("time_key"));
    if (filter.type) query = query.where("incidents.type", "=", filter.type);
    if (filter.country) query = query.where("incidents.place_country", "=", filter.country);
    // As for events: the time range ends on or after `since` and starts on or before `until`.
    if (filter.since) query = query.where("incidents.time_end", ">=", filter.since);
    if (filter.until) query = query.where("incidents.time_start", "<=", filter.until);
    if (filter.minReports) query = query.where("incidents.reports", ">=", filter.minReports);
    const after = page.after;
    if (after) query = query.where((eb) => afterCursor(eb, timeKey, sql.ref<string>("incidents.id"), after));
    const rows = await query
      .orderBy(timeKey, "desc")
      .orderBy("incidents.id", "desc")
      .limit(page.limit + 1)
      .execute();
    const { shown, nextCursor } = pageOf(rows, page.limit);
    return { incidents: shown.map(({ time_key: _k, ...row }) => decodeJsonColumns(row)), nextCursor };
  }

  /** The incident with its reports (events with their articles), or null when there are no incidents. */
  async incident(
    id: string,
  ): Promise<{ incident: Record<string, unknown>; events: EventRecord[] } | null | undefined> {
    if ((await this.incidentCount()) === null) return null;
    const row = await this.db.selectFrom("incidents").selectAll().where("id", "=", id).executeTakeFirst();
    if (!row) return undefined;
    const rows = await this.eventsWithArticles()
      .innerJoin("incident_mentions", "incident_mentions.event_id", "events.id")
      .where("incident_mentions.incident_id", "=", id)
      .execute();
    return { incident: decodeJsonColumns(row), events: rows.map(toRecord) };
  }
}

/**
 * The day × type counts as one text, a line "day<TAB>type<TAB>n" per row (day '' when undated),
 * which readDayTypeLines reads back. Days are ISO dates and types codebook codes, so neither holds
 * a tab or a line break. One text instead of rows, whose per-row reading in the driver cost about
 * as much as the counting (see eventCounts); and instead of a JSON array of arrays, which
 * PostgreSQL builds a value at a time (json_build_array per row: 3.5–16 ms on the server for the
 * 4,218 rows of the 100,000-article `bench scale` database, 1.4–1.6 ms for this text) and the
 * client parsed into as many arrays (the client CPU of stats computed went from about 10 to 5 ms).
 */
function dayTypeLines(
  backend: BackendName,
  day: RawBuilder<unknown>,
  type: RawBuilder<unknown>,
  n: RawBuilder<unknown>,
) {
  return (
    backend === "postgres"
      ? sql<string>`coalesce(string_agg(concat(${day}, E'\t', ${type}, E'\t', ${n}), E'\n'), '')`
      : sql<string>`coalesce(group_concat(${day} || char(9) || ${type} || char(9) || ${n}, char(10)), '')`
  ).as("rows");
}

function readDayTypeLines(text: string): { day: string | null; type: string; n: number }[] {
  if (text === "") return [];
  return text.split("\n").map((line) => {
    const [day, type, n] = line.split("\t");
    return { day: day === "" ? null : day, type, n: Number(n) };
  });
}

/** Code-point order, as SQLite's BINARY collation sorts text. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Text columns holding JSON objects or arrays are returned parsed. */
function decodeJsonColumns(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    if (typeof v === "string" && /^[[{]/.test(v)) {
      try {
        out[k] = JSON.parse(v);
        continue;
      } catch {}
    }
    out[k] = v;
  }
  return out;
}
