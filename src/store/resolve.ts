import type { ExpressionBuilder, Kysely } from "kysely";
import { type Clauses, insertMany } from "./inserts.ts";
import type { Database } from "./schema.ts";

/**
 * Statements of the resolution stage (src/resolve): near-duplicate bands, incidents, their mentions
 * and the analyst's decisions. Portable Kysely only, so they run on SQLite and PostgreSQL alike.
 */
type Db = Kysely<Database>;

/** SQLite caps bound parameters; IN lists go in chunks of this many. */
const CHUNK = 500;

export interface StoredMentionRow {
  event_id: string;
  record: string;
  article_id: string;
  title: string;
  uri: string;
  url: string | null;
  site: string | null;
  published_at: string | null;
  canonical_id: string | null;
}

/**
 * Runs `work` in a transaction: `db`'s own when it is one already (resolution runs whole in one, see
 * resolveArticles), a new one otherwise.
 */
export function inTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}

async function chunked<T>(ids: readonly string[], run: (part: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) out.push(...(await run(ids.slice(i, i + CHUNK))));
  return out;
}

function mentionQuery(db: Db) {
  return db
    .selectFrom("events")
    .innerJoin("articles", "articles.id", "events.article_id")
    .leftJoin("article_duplicates", "article_duplicates.article_id", "events.article_id")
    .select([
      "events.id as event_id",
      "events.record",
      "articles.id as article_id",
      "articles.title",
      "articles.uri",
      "articles.url",
      "articles.site",
      "articles.published_at",
      "article_duplicates.canonical_id",
    ]);
}

export function mentionsOfArticles(db: Db, articleIds: readonly string[]): Promise<StoredMentionRow[]> {
  return chunked(articleIds, (part) => mentionQuery(db).where("events.article_id", "in", part).execute());
}

export function mentionsByIds(db: Db, eventIds: readonly string[]): Promise<StoredMentionRow[]> {
  return chunked(eventIds, (part) => mentionQuery(db).where("events.id", "in", part).execute());
}

export async function allArticleIds(db: Db): Promise<string[]> {
  const rows = await db.selectFrom("articles").select("id").orderBy("published_at").orderBy("id").execute();
  return rows.map((r) => r.id);
}

/**
 * Stored mentions of a block whose days overlap [lo, hi]. `earliest` bounds the index scan from
 * below (no stored span starts before it and still reaches lo), so the cost does not grow with
 * the archive's length.
 */
export function blockWindow(
  db: Db,
  block: string,
  window: { lo: string; hi: string; earliest: string },
): Promise<{ event_id: string; time_start: string | null; time_end: string | null }[]> {
  return db
    .selectFrom("incident_mentions")
    .select(["event_id", "time_start", "time_end"])
    .where("block", "=", block)
    .where("time_start", ">=", window.earliest)
    .where("time_start", "<=", window.hi)
    .where("time_end", ">=", window.lo)
    .execute();
}

export async function incidentIdsOfMentions(db: Db, eventIds: readonly string[]): Promise<string[]> {
  const rows = await chunked(eventIds, (part) =>
    db.selectFrom("incident_mentions").select("incident_id").where("event_id", "in", part).execute(),
  );
  return [...new Set(rows.map((r) => r.incident_id))];
}

export async function mentionIdsOfIncidents(db: Db, incidentIds: readonly string[]): Promise<string[]> {
  const rows = await chunked(incidentIds, (part) =>
    db.selectFrom("incident_mentions").select("event_id").where("incident_id", "in", part).execute(),
  );
  return rows.map((r) => r.event_id);
}

/** Replaces the incidents that held `eventIds` by the ones resolved again from them, in one transaction. */
export async function replaceIncidents(
  db: Db,
  eventIds: readonly string[],
  incidents: Database["incidents"][],
  mentions: Database["incident_mentions"][],
): Promise<void> {
  await inTransaction(db, async (trx) => {
    const old = await incidentIdsOfMentions(trx, eventIds);
    for (let i = 0; i < old.length; i += CHUNK) {
      const part = old.slice(i, i + CHUNK);
      await trx.deleteFrom("incidents").where("id", "in", part).execute();
      await trx.deleteFrom("incident_mentions").where("incident_id", "in", part).execute();
    }
    for (let i = 0; i < eventIds.length; i += CHUNK)
      await trx
        .deleteFrom("incident_mentions")
        .where("event_id", "in", eventIds.slice(i, i + CHUNK))
        .execute();
    await insertMany(trx, "incidents", incidents);
    await insertMany(trx, "incident_mentions", mentions);
  });
}

export async function clearResolution(db: Db): Promise<void> {
  await inTransaction(db, async (trx) => {
    await trx.deleteFrom("incidents").execute();
    await trx.deleteFrom("incident_mentions").execute();
    await trx.deleteFrom("article_bands").execute();
    await trx.deleteFrom("article_duplicates").execute();
    await trx.deleteFrom("entity_mentions").execute();
    await trx.deleteFrom("entity_forms").execute();
    await trx.deleteFrom("entities").execute();
  });
}

// Near-duplicate articles

export async function articleTexts(
  db: Db,
  ids: readonly string[],
): Promise<{ id: string; text: string; published_at: string | null }[]> {
  return chunked(ids, (part) =>
    db.selectFrom("articles").select(["id", "text", "published_at"]).where("id", "in", part).execute(),
  );
}

/** Stored (band, article) pairs for any of the given band keys. */
export async function articlesWithBands(
  db: Db,
  bands: readonly string[],
): Promise<{ band: string; article_id: string }[]> {
  return chunked([...new Set(bands)], (part) =>
    db.selectFrom("article_bands").select(["band", "article_id"]).where("band", "in", part).execute(),
  );
}

const newBands: Clauses<"article_bands"> = (q) =>
  q.onConflict((oc) => oc.columns(["band", "article_id"]).doNothing());

export async function saveBands(db: Db, rows: Database["article_bands"][]) {
  await insertMany(db, "article_bands", rows, newBands);
}

export async function duplicatesOf(
  db: Db,
  ids: readonly string[],
): Promise<{ article_id: string; canonical_id: string }[]> {
  const a = await chunked(ids, (part) =>
    db
      .selectFrom("article_duplicates")
      .select(["article_id", "canonical_id"])
      .where("canonical_id", "in", part)
      .execute(),
  );
  const b = await chunked(ids, (part) =>
    db
      .selectFrom("article_duplicates")
      .select(["article_id", "canonical_id"])
      .where("article_id", "in", part)
      .execute(),
  );
  return [...a, ...b];
}

export async function setCanonical(
  db: Db,
  members: { articleId: string; similarity: number }[],
  canonicalId: string,
): Promise<void> {
  await inTransaction(db, async (trx) => {
    for (const m of members) {
      await trx.deleteFrom("article_duplicates").where("article_id", "=", m.articleId).execute();
      if (m.articleId === canonicalId) continue;
      await trx
        .insertInto("article_duplicates")
        .values({ article_id: m.articleId, canonical_id: canonicalId, similarity: m.similarity })
        .execute();
    }
  });
}

// Analyst decisions

export async function listDecisions(
  db: Db,
): Promise<{ id: number; kind: string; event_ids: string; other_ids: string; decided_at: string }[]> {
  return db.selectFrom("incident_decisions").selectAll().orderBy("id").execute();
}

export async function addDecision(db: Db, kind: "merge" | "split", eventIds: string[], otherIds: string[]) {
  await db
    .insertInto("incident_decisions")
    .values({
      kind,
      event_ids: JSON.stringify(eventIds),
      other_ids: JSON.stringify(otherIds),
      decided_at: new Date().toISOString(),
    })
    .execute();
}

// Reading incidents

export interface IncidentFilter {
  type?: string;
  since?: string;
  until?: string;
  /** Place name or ISO alpha-3 country code. */
  place?: string;
  /** Only incidents with at least this many reports. */
  minReports?: number;
  limit?: number;
}

export async function incidentRecords(db: Db, filter: IncidentFilter = {}): Promise<string[]> {
  let q = db.selectFrom("incidents").select("record");
  if (filter.type) q = q.where("type", "=", filter.type.toUpperCase());
  if (filter.since) q = q.where("time_end", ">=", filter.since);
  if (filter.until) q = q.where("time_start", "<=", filter.until);
  if (filter.place) {
    const place = filter.place;
    q = q.where((eb) => eb.or([eb("place_country", "=", place.toUpperCase()), eb("place_name", "=", place)]));
  }
  if (filter.minReports) q = q.where("reports", ">=", filter.minReports);
  q = q.orderBy("time_start").orderBy("id");
  if (filter.limit) q = q.limit(filter.limit);
  return (await q.execute()).map((r) => r.record);
}

export async function incidentRecord(db: Db, id: string): Promise<string | undefined> {
  const row = await db.selectFrom("incidents").select("record").where("id", "=", id).executeTakeFirst();
  return row?.record;
}

// Entities

export async function articleAnnotations(
  db: Db,
  ids: readonly string[],
): Promise<{ id: string; text: string; annotations: string; published_at: string | null }[]> {
  return chunked(ids, (part) =>
    db
      .selectFrom("articles")
      .select(["id", "text", "annotations", "published_at"])
      .where("id", "in", part)
      .execute(),
  );
}

/** Named people given an office in a country, once per day they were seen with it. */
export async function roleHolders(
  db: Db,
  role: string,
  country: string,
): Promise<
  {
    entity_id: string;
    published_at: string | null;
    group_key: string;
    name: string;
    label: string;
    country: string | null;
  }[]
> {
  return db
    .selectFrom("entity_mentions")
    .select(["entity_id", "published_at", "group_key", "name", "label", "country"])
    .distinct()
    .where("role", "=", role)
    .where("country", "=", country)
    .execute();
}

/** The columns that make an entity form (src/store/schema.ts EntityFormsTable). */
type FormColumns = Pick<
  Database["entity_mentions"],
  "group_key" | "name" | "text" | "label" | "country" | "role" | "published_at" | "entity_id"
>;

/** The form a mention counts under: descriptions keep their date (they are resolved by date), names do not. */
function formOf(m: FormColumns): Omit<Database["entity_forms"], "mentions"> {
  const published_at = m.group_key.startsWith("role:") ? m.published_at : null;
  const { group_key, name, text, label, country, role, entity_id } = m;
  return {
    form_key: JSON.stringify([group_key, name, text, label, country, role, published_at]),
    group_key,
    name,
    text,
    label,
    country,
    role,
    published_at,
    entity_id,
  };
}

/**
 * One row per distinct way a group's entity is written (name, text, label, country, office), plus
 * the date for descriptions, which are resolved by date: what a group's resolution needs, read from
 * the forms table, so its cost does not grow with the stored mentions of a frequent name.
 */
export async function entityForms(db: Db, keys: readonly string[]): Promise<Database["entity_mentions"][]> {
  const rows = await chunked(keys, (part) =>
    db
      .selectFrom("entity_forms")
      .select(["group_key", "name", "text", "label", "country", "role", "published_at", "entity_id"])
      .where("group_key", "in", part)
      .execute(),
  );
  return rows.map((r) => ({ ...r, id: "", article_id: "" }));
}

/** Adds mentions to the counts of their forms (new forms are inserted, a form's entity is the latest). */
async function countForms(db: Db, mentions: readonly FormColumns[]): Promise<void> {
  const forms = new Map<string, Database["entity_forms"]>();
  for (const m of mentions) {
    const form = formOf(m);
    const seen = forms.get(form.form_key);
    if (seen) seen.mentions++;
    else forms.set(form.form_key, { ...form, mentions: 1 });
  }
  await insertMany(db, "entity_forms", [...forms.values()], countedForms);
}

/** A form already stored adds the new mentions to its count and points to the latest entity. */
const countedForms: Clauses<"entity_forms"> = (q) =>
  q.onConflict((oc) =>
    oc.column("form_key").doUpdateSet((eb) => ({
      mentions: eb("entity_forms.mentions", "+", eb.ref("excluded.mentions")),
      entity_id: eb.ref("excluded.entity_id"),
    })),
  );

/** Takes mentions about to be deleted off their forms' counts; a form no mention writes any more goes. */
async function uncountForms(db: Db, mentions: readonly FormColumns[]): Promise<void> {
  const counts = new Map<string, number>();
  for (const m of mentions) {
    const key = formOf(m).form_key;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  for (const [key, n] of counts)
    await db
      .updateTable("entity_forms")
      .set((eb) => ({ mentions: eb("mentions", "-", n) }))
      .where("form_key", "=", key)
      .execute();
  const keys = [...counts.keys()];
  for (let i = 0; i < keys.length; i += CHUNK)
    await db
      .deleteFrom("entity_forms")
      .where("form_key", "in", keys.slice(i, i + CHUNK))
      .where("mentions", "<=", 0)
      .execute();
}

/**
 * Fills the forms table from the stored mentions (migration 9): named groups grouped without the
 * date, descriptions with it, each form with its mention count.
 */
export async function fillEntityForms(db: Db): Promise<void> {
  const columns = ["group_key", "name", "text", "label", "country", "role"] as const;
  const count = (eb: ExpressionBuilder<Database, "entity_mentions">) =>
    eb.fn.countAll<number>().as("mentions");
  const entity = (eb: ExpressionBuilder<Database, "entity_mentions">) =>
    eb.fn.max("entity_id").as("entity_id");
  const named = await db
    .selectFrom("entity_mentions")
    .select([...columns, entity, count])
    .where("group_key", "not like", "role:%")
    .groupBy([...columns])
    .execute();
  const described = await db
    .selectFrom("entity_mentions")
    .select([...columns, "published_at", entity, count])
    .where("group_key", "like", "role:%")
    .groupBy([...columns, "published_at"])
    .execute();
  const rows = [...named.map((r) => ({ ...r, published_at: null })), ...described].map((r) => ({
    ...formOf(r),
    mentions: Number(r.mentions),
  }));
  await insertMany(db, "entity_forms", rows);
}

/**
 * Writes a batch's entity mentions (and their forms), re-points stored forms whose entity changed,
 * replaces the groups' entities and counts the articles of every entity whose mentions changed.
 */
export async function replaceEntities(
  db: Db,
  articleIds: readonly string[],
  keys: readonly string[],
  fresh: Database["entity_mentions"][],
  relinked: Database["entity_mentions"][],
  /** The entities the relinked forms pointed to before. */
  formerEntities: readonly string[],
  entities: Database["entities"][],
): Promise<void> {
  await inTransaction(db, async (trx) => {
    // Every entity that gains or loses a mention here, as stored before: the groups' own, the
    // people whose descriptions are written, deleted or moved to another holder.
    const touched = [...new Set([...entities.map((e) => e.id), ...fresh.map((m) => m.entity_id)])];
    const before = new Map(
      (
        await chunked(touched, (part) =>
          trx
            .selectFrom("entities")
            .select(["id", "articles", "first_seen", "last_seen"])
            .where("id", "in", part)
            .execute(),
        )
      ).map((r) => [r.id, r]),
    );
    // Articles resolved again: their old mentions leave the forms' counts before they are deleted.
    const old = await chunked(articleIds, (part) =>
      trx
        .selectFrom("entity_mentions")
        .select(["group_key", "name", "text", "label", "country", "role", "published_at", "entity_id"])
        .where("article_id", "in", part)
        .execute(),
    );
    await uncountForms(trx, old);
    for (let i = 0; i < articleIds.length; i += CHUNK)
      await trx
        .deleteFrom("entity_mentions")
        .where("article_id", "in", articleIds.slice(i, i + CHUNK))
        .execute();
    for (const r of relinked)
      for (const table of ["entity_mentions", "entity_forms"] as const) {
        let q = trx
          .updateTable(table)
          .set({ entity_id: r.entity_id })
          .where("group_key", "=", r.group_key)
          .where("name", "=", r.name)
          .where("label", "=", r.label);
        q = r.country === null ? q.where("country", "is", null) : q.where("country", "=", r.country);
        if (r.group_key.startsWith("role:"))
          q =
            r.published_at === null
              ? q.where("published_at", "is", null)
              : q.where("published_at", "=", r.published_at);
        await q.execute();
      }
    for (let i = 0; i < keys.length; i += CHUNK)
      await trx
        .deleteFrom("entities")
        .where("group_key", "in", keys.slice(i, i + CHUNK))
        .execute();
    await insertMany(trx, "entity_mentions", fresh);
    await countForms(trx, fresh);
    // An entity that lost mentions (articles resolved again, forms moved to another entity), gained
    // stored ones (a form moved to it) or is new is counted from its mentions once they are written.
    // Any other only gained the fresh mentions of articles that had none of it: its stored count
    // plus theirs, so that a frequent name's cost does not grow with its stored mentions.
    const recount = new Set([
      ...old.map((m) => m.entity_id),
      ...formerEntities,
      ...relinked.map((r) => r.entity_id),
      ...touched.filter((id) => !before.has(id)),
    ]);
    const gained = new Map<string, { articles: Set<string>; days: string[] }>();
    for (const m of fresh) {
      const g = gained.get(m.entity_id) ?? { articles: new Set<string>(), days: [] };
      g.articles.add(m.article_id);
      if (m.published_at) g.days.push(m.published_at);
      gained.set(m.entity_id, g);
    }
    const counted = new Map<string, Pick<Database["entities"], "articles" | "first_seen" | "last_seen">>();
    for (const [id, stored] of before) {
      if (recount.has(id)) continue;
      const g = gained.get(id);
      const days = [...(g?.days ?? []), stored.first_seen, stored.last_seen]
        .filter((d): d is string => !!d)
        .sort();
      counted.set(id, {
        articles: Number(stored.articles) + (g?.articles.size ?? 0),
        first_seen: days[0] ?? null,
        last_seen: days.at(-1) ?? null,
      });
    }
    const rows = entities.map((e) => ({ ...e, ...counted.get(e.id) }));
    await insertMany(trx, "entities", rows);
    // People of other groups named by this batch's descriptions.
    const inserted = new Set(entities.map((e) => e.id));
    for (const [id, count] of counted)
      if (!inserted.has(id)) await trx.updateTable("entities").set(count).where("id", "=", id).execute();
    await recountEntities(trx, recount);
  });
}

/**
 * Sets the stored article count and first and last dates of these entities from the stored mentions
 * linked to them (descriptions resolved to a person included): the distinct articles that mention
 * each, whatever batches they were resolved in. A group's resolution sees its stored mentions only
 * as forms, which carry neither article nor date (entityForms), so it cannot count them itself.
 */
export async function recountEntities(db: Db, ids: Iterable<string>): Promise<void> {
  const wanted = [...new Set(ids)].filter(Boolean);
  for (let i = 0; i < wanted.length; i += CHUNK) {
    const counted = db
      .selectFrom("entity_mentions")
      .select((eb) => [
        "entity_id",
        eb.fn.count<number>("article_id").distinct().as("articles"),
        eb.fn.min("published_at").as("first_seen"),
        eb.fn.max("published_at").as("last_seen"),
      ])
      .where("entity_id", "in", wanted.slice(i, i + CHUNK))
      .groupBy("entity_id")
      .as("counted");
    await db
      .updateTable("entities")
      .from(counted)
      .set((eb) => ({
        articles: eb.ref("counted.articles"),
        first_seen: eb.ref("counted.first_seen"),
        last_seen: eb.ref("counted.last_seen"),
      }))
      .whereRef("entities.id", "=", "counted.entity_id")
      .execute();
  }
}

export async function entityRows(db: Db, filter: { name?: string; limit?: number } = {}) {
  let q = db.selectFrom("entities").selectAll();
  if (filter.name) q = q.where("aliases", "like", `%${filter.name}%`);
  q = q.orderBy("articles", "desc").orderBy("id");
  if (filter.limit) q = q.limit(filter.limit);
  return q.execute();
}

export async function entityMentionsOfEntities(db: Db, ids: readonly string[]) {
  return chunked(ids, (part) =>
    db
      .selectFrom("entity_mentions")
      .select(["entity_id", "name", "text", "article_id", "published_at"])
      .where("entity_id", "in", part)
      .execute(),
  );
}

/** The archive-wide entity an article's canonical name (an actor's `entity`) was linked to. */
export async function entityIdOfName(db: Db, articleId: string, name: string): Promise<string | undefined> {
  const row = await db
    .selectFrom("entity_mentions")
    .select("entity_id")
    .where("article_id", "=", articleId)
    .where("name", "=", name)
    .executeTakeFirst();
  return row?.entity_id;
}
