import type { Kysely } from "kysely";
import type { EventMention } from "../events/schema.ts";
import { timexRange } from "../nlp/time/index.ts";
import {
  addDecision,
  allArticleIds,
  blockWindow,
  clearResolution,
  type IncidentFilter,
  incidentIdsOfMentions,
  incidentRecord,
  incidentRecords,
  inTransaction,
  listDecisions,
  mentionIdsOfIncidents,
  mentionsByIds,
  mentionsOfArticles,
  replaceIncidents,
  type StoredMentionRow,
} from "../store/resolve.ts";
import type { Database } from "../store/schema.ts";
import { type Cluster, clusterMentions, type PairDecisions, pairKey } from "./cluster.ts";
import { linkDuplicates } from "./duplicates.ts";
import { resolveEntities } from "./entities.ts";
import { TYPE_FAMILY } from "./family.ts";
import { buildIncident } from "./incident.ts";
import type { PreparedArticle } from "./prepare.ts";
import type { Incident, ResolveMention } from "./types.ts";

export type { IncidentFilter } from "../store/resolve.ts";
export { entityOfActor, listEntities } from "./entities.ts";
export { type PreparedArticle, prepareArticle, preparedInputs } from "./prepare.ts";
export type { Incident } from "./types.ts";

/** A time given only as the publication date: the event happened that day or up to this many days before. */
export const REPORTED_LOOKBACK_DAYS = 2;
/** Times vaguer than this (months, years) cannot tell one event from another; such mentions stay alone. */
export const MAX_RANGE_DAYS = 7;
/**
 * No stored span is wider than this: a week at most, or the days an analyst's merge borrowed for a
 * vague report (capped to the same bound in applyDecisionBlocks), so a window query can start here.
 */
const WIDEST_SPAN_DAYS = 31;

type Db = Kysely<Database>;

export interface ResolveSummary {
  articles: number;
  mentions: number;
  incidents: number;
}

/**
 * Resolves newly stored articles: links near-duplicates, then re-resolves only the stretches of the
 * blocks (country × type family) their mentions fall into. A stretch is a run of mentions whose days
 * overlap in a chain, so an incident never crosses one, and re-resolving it from its members alone
 * gives the same incidents whatever order the articles arrived in. `prepared` holds what the pool
 * threads computed of the articles just written (src/resolve/prepare.ts); the rest is computed here.
 */
export async function resolveArticles(
  db: Db,
  articleIds: readonly string[],
  prepared?: ReadonlyMap<string, PreparedArticle>,
): Promise<ResolveSummary> {
  if (!articleIds.length) return { articles: 0, mentions: 0, incidents: 0 };
  // One transaction, so that a batch's resolution is written whole or not at all and SQLite commits
  // (and writes the pages of) its bands, entities and incidents once: as separate transactions, with
  // each band INSERT committing on its own, a batch's resolution made about nine commits.
  return inTransaction(db, (trx) => resolveInOneTransaction(trx, articleIds, prepared));
}

async function resolveInOneTransaction(
  db: Db,
  articleIds: readonly string[],
  prepared?: ReadonlyMap<string, PreparedArticle>,
): Promise<ResolveSummary> {
  const relinked = await linkDuplicates(db, articleIds, prepared);
  await resolveEntities(db, articleIds, prepared);
  const decisions = await loadDecisions(db);
  const fresh = (await mentionsOfArticles(db, [...new Set([...articleIds, ...relinked])])).map(toMention);
  const ids = new Set(fresh.map((m) => m.event.id));
  for (const [block, news] of groupBy(
    fresh.filter((m) => m.range),
    (m) => m.block,
  ))
    for (const id of await stretchMembers(db, block, news)) ids.add(id);
  // Whole incidents are replaced, so every member of an incident touched here is resolved again.
  for (const id of await mentionIdsOfIncidents(db, await incidentIdsOfMentions(db, [...ids]))) ids.add(id);
  const freshIds = new Set(fresh.map((m) => m.event.id));
  const stored = (
    await mentionsByIds(
      db,
      [...ids].filter((id) => !freshIds.has(id)),
    )
  ).map(toMention);
  const all = applyDecisionBlocks([...fresh, ...stored], decisions);
  const incidents: Incident[] = [];
  const clusters: Cluster[] = [];
  for (const [, group] of groupBy(all, (m) => m.block)) {
    const ranged = group.filter((m) => m.range);
    clusters.push(...clusterMentions(ranged, decisions.pairs));
    for (const m of group.filter((x) => !x.range))
      clusters.push({
        members: [m],
        reasons: new Map([[m.event.id, "time too vague to match other reports"]]),
      });
  }
  const mentionRows: Database["incident_mentions"][] = [];
  for (const c of clusters) {
    const incident = buildIncident(c);
    incidents.push(incident);
    for (const m of c.members)
      mentionRows.push({
        event_id: m.event.id,
        article_id: m.articleId,
        incident_id: incident.id,
        block: m.block,
        time_start: m.range?.start ?? null,
        time_end: m.range?.end ?? null,
        reason: c.reasons.get(m.event.id) ?? "",
      });
  }
  await replaceIncidents(db, [...ids], incidents.map(incidentRow), mentionRows);
  return { articles: articleIds.length, mentions: all.length, incidents: incidents.length };
}

/** Rebuilds every incident of the store from its articles (the analyst's decisions are kept). */
export async function resolveAll(
  db: Db,
  onProgress?: (done: number, total: number) => void,
): Promise<ResolveSummary> {
  await clearResolution(db);
  const ids = await allArticleIds(db);
  const summary: ResolveSummary = { articles: 0, mentions: 0, incidents: 0 };
  for (let i = 0; i < ids.length; i += 200) {
    const r = await resolveArticles(db, ids.slice(i, i + 200));
    summary.articles += r.articles;
    summary.mentions += r.mentions;
    onProgress?.(Math.min(i + 200, ids.length), ids.length);
  }
  summary.incidents = (await incidentRecords(db)).length;
  return summary;
}

export async function listIncidents(db: Db, filter: IncidentFilter = {}): Promise<Incident[]> {
  return (await incidentRecords(db, filter)).map((r) => JSON.parse(r) as Incident);
}

export async function getIncident(db: Db, id: string): Promise<Incident | undefined> {
  const record = await incidentRecord(db, id);
  return record ? (JSON.parse(record) as Incident) : undefined;
}

/** Moves the given reports out of an incident into one of their own; the decision outlives re-resolution. */
export async function splitIncident(db: Db, id: string, eventIds: string[]): Promise<string[]> {
  const incident = await getIncident(db, id);
  if (!incident) throw new Error(`No incident ${id}. List them with: chronicle incidents`);
  const members = incident.reports.map((r) => r.eventId);
  const unknown = eventIds.filter((e) => !members.includes(e));
  if (unknown.length) throw new Error(`Not reports of ${id}: ${unknown.join(", ")}`);
  const rest = members.filter((e) => !eventIds.includes(e));
  if (!rest.length) throw new Error(`Splitting every report out of ${id} leaves nothing behind.`);
  await addDecision(db, "split", eventIds, rest);
  return reresolve(db, members);
}

/** Joins two or more incidents into one; the decision outlives re-resolution. */
export async function mergeIncidents(db: Db, ids: string[]): Promise<string[]> {
  const members: string[] = [];
  for (const id of ids) {
    const incident = await getIncident(db, id);
    if (!incident) throw new Error(`No incident ${id}. List them with: chronicle incidents`);
    members.push(...incident.reports.map((r) => r.eventId));
  }
  await addDecision(db, "merge", members, []);
  return reresolve(db, members);
}

async function reresolve(db: Db, eventIds: string[]): Promise<string[]> {
  const rows = await mentionsByIds(db, eventIds);
  await resolveArticles(db, [...new Set(rows.map((r) => r.article_id))]);
  return incidentIdsOfMentions(db, eventIds);
}

interface Decisions {
  pairs: PairDecisions;
  /** Mentions an analyst joined, by event id → the group's smallest event id. */
  groupOf: Map<string, string>;
}

async function loadDecisions(db: Db): Promise<Decisions> {
  const pairs: PairDecisions = new Map();
  for (const d of await listDecisions(db)) {
    const ids: string[] = JSON.parse(d.event_ids);
    const others: string[] = JSON.parse(d.other_ids);
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) pairs.set(pairKey(ids[i], ids[j]), "together");
    if (d.kind === "split") for (const a of ids) for (const b of others) pairs.set(pairKey(a, b), "apart");
  }
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    while (parent.has(x) && parent.get(x) !== x) x = parent.get(x) as string;
    return x;
  };
  for (const [key, verdict] of pairs) {
    if (verdict !== "together") continue;
    const [a, b] = key.split("|").map(find);
    if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
  }
  const groupOf = new Map<string, string>();
  for (const key of pairs.keys()) for (const id of key.split("|")) groupOf.set(id, find(id));
  return { pairs, groupOf };
}

/**
 * Reports an analyst joined are resolved together: they take the block of the group's first
 * member, and a report too vague to be placed in time takes the days the others cover.
 */
function applyDecisionBlocks(mentions: ResolveMention[], decisions: Decisions): ResolveMention[] {
  const groups = groupBy(
    mentions.filter((m) => decisions.groupOf.has(m.event.id)),
    (m) => decisions.groupOf.get(m.event.id) as string,
  );
  for (const [, group] of groups) {
    if (group.length < 2) continue;
    const first = [...group].sort((a, b) => a.event.id.localeCompare(b.event.id))[0];
    const ranges = group.map((m) => m.range).filter((r) => r !== undefined);
    const hull = ranges.length
      ? {
          start: ranges.map((r) => r.start).sort()[0],
          end: ranges
            .map((r) => r.end)
            .sort()
            .at(-1) as string,
        }
      : undefined;
    for (const m of group) {
      m.block = first.block;
      if (!m.range && hull && daysBetween(hull.start, hull.end) <= WIDEST_SPAN_DAYS) m.range = hull;
    }
  }
  return mentions;
}

/** Event ids of the stored stretches (runs of chained overlapping days) the new mentions fall into. */
async function stretchMembers(db: Db, block: string, news: ResolveMention[]): Promise<string[]> {
  let lo = news.map((m) => m.range?.start as string).sort()[0];
  let hi = news
    .map((m) => m.range?.end as string)
    .sort()
    .at(-1) as string;
  for (;;) {
    const spans = new Map<string, { start: string; end: string }>();
    for (const r of await blockWindow(db, block, { lo, hi, earliest: addDays(lo, -WIDEST_SPAN_DAYS) }))
      if (r.time_start && r.time_end) spans.set(r.event_id, { start: r.time_start, end: r.time_end });
    for (const m of news) spans.set(m.event.id, m.range as { start: string; end: string });
    const newIds = new Set(news.map((m) => m.event.id));
    const sorted = [...spans.entries()].sort(
      (a, b) => a[1].start.localeCompare(b[1].start) || a[0].localeCompare(b[0]),
    );
    const picked: string[] = [];
    let run: string[] = [];
    let runStart = "";
    let runEnd = "";
    let hasNew = false;
    let [wideLo, wideHi] = [lo, hi];
    const close = () => {
      if (!hasNew) return;
      picked.push(...run);
      if (runStart < wideLo) wideLo = runStart;
      if (runEnd > wideHi) wideHi = runEnd;
    };
    for (const [id, span] of sorted) {
      if (run.length && span.start > runEnd) {
        close();
        run = [];
        hasNew = false;
      }
      if (!run.length) {
        runStart = span.start;
        runEnd = span.end;
      }
      run.push(id);
      if (span.end > runEnd) runEnd = span.end;
      if (newIds.has(id)) hasNew = true;
    }
    close();
    if (wideLo >= lo && wideHi <= hi) return picked;
    [lo, hi] = [wideLo, wideHi];
  }
}

function toMention(row: StoredMentionRow): ResolveMention {
  // Records were written from typed mentions; re-validating every one on each pass costs more than resolving it.
  const event = JSON.parse(row.record) as EventMention;
  const range = eventRange(event);
  return {
    event,
    articleId: row.article_id,
    canonicalArticleId: row.canonical_id ?? row.article_id,
    outlet: outletOf(row),
    articleTitle: row.title,
    ...(row.published_at ? { publishedAt: row.published_at } : {}),
    block: `${event.place?.country ?? "---"}|${TYPE_FAMILY[event.type]}`,
    ...(range ? { range } : {}),
  };
}

function eventRange(e: EventMention): { start: string; end: string } | undefined {
  const t = e.time;
  if (!t) return undefined;
  if (t.precision === "reported") {
    const day = t.value.slice(0, 10);
    return { start: addDays(day, -REPORTED_LOOKBACK_DAYS), end: day };
  }
  if (t.precision !== "day" && t.precision !== "week") return undefined;
  const r = timexRange(t.value);
  if (!r) return undefined;
  const days = (Date.parse(r.end) - Date.parse(r.start)) / 86_400_000;
  return days < MAX_RANGE_DAYS ? r : undefined;
}

function daysBetween(a: string, b: string): number {
  return (Date.parse(b) - Date.parse(a)) / 86_400_000;
}

function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

function outletOf(row: StoredMentionRow): string {
  if (row.site) return row.site;
  if (row.url) {
    try {
      return new URL(row.url).hostname.replace(/^www\./, "");
    } catch {
      // not a URL: fall through to the file name
    }
  }
  return row.uri.split(/[\\/]/).at(-1) ?? row.uri;
}

function incidentRow(i: Incident): Database["incidents"] {
  return {
    id: i.id,
    type: i.type,
    mode: i.mode ?? null,
    time_start: i.timeRange?.start ?? null,
    time_end: i.timeRange?.end ?? null,
    place_name: i.place?.name ?? null,
    place_country: i.place?.country ?? null,
    lat: i.place?.lat ?? null,
    lon: i.place?.lon ?? null,
    first_reported: i.firstReported ?? null,
    reports: i.reports.length,
    sources: i.sources.length,
    record: JSON.stringify(i),
  };
}

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k) ?? [];
    list.push(item);
    out.set(k, list);
  }
  return out;
}
