import { createHash } from "node:crypto";
import type { Place } from "../events/schema.ts";
import type { Cluster } from "./cluster.ts";
import { mentionOrder } from "./cluster.ts";
import type { Incident, IncidentReport, ReconciledCount, ReportedCount, ResolveMention } from "./types.ts";

/** Most precise first: the incident's place is the most precise one any report gives. */
const PLACE_PRECISION: Place["precision"][] = ["sub-city", "city", "admin1", "country", "region"];

/** An incident's id comes from its earliest member, so it is the same whatever order articles arrive in. */
export function incidentId(seedEventId: string): string {
  return `inc-${createHash("sha256").update(seedEventId).digest("hex").slice(0, 16)}`;
}

export function buildIncident(cluster: Cluster): Incident {
  const members = [...cluster.members].sort(mentionOrder);
  const seed = members[0];
  const reports = members.map((m) => report(m, cluster.reasons.get(m.event.id) ?? ""));
  const counts = reconcileCounts(members);
  const sources = independentSources(members);
  const disagree = new Set<string>();
  for (const c of counts)
    for (const r of c.reports) if (r.value !== c.value || r.max !== undefined) disagree.add(r.outlet);
  for (const c of counts) for (const r of c.reports) if (r.value === c.value) disagree.delete(r.outlet);
  const modes = members.map((m) => m.event.mode).filter((x): x is string => !!x);
  const published = members.map((m) => m.publishedAt).filter((x): x is string => !!x);
  const place = mostPrecisePlace(members);
  const timeRange = commonRange(members);
  return {
    id: incidentId(seed.event.id),
    type: seed.event.type,
    ...(modes.length ? { mode: mostCommon(modes) } : {}),
    ...(timeRange ? { timeRange } : {}),
    ...(place ? { place } : {}),
    ...(published.length ? { firstReported: published.sort()[0] } : {}),
    reports,
    sources,
    counts,
    agreement: { agree: sources.filter((s) => !disagree.has(s)), disagree: [...disagree].sort() },
  };
}

function report(m: ResolveMention, reason: string): IncidentReport {
  const e = m.event;
  return {
    eventId: e.id,
    articleId: m.articleId,
    articleTitle: m.articleTitle,
    outlet: m.outlet,
    ...(m.publishedAt ? { publishedAt: m.publishedAt } : {}),
    ...(m.canonicalArticleId !== m.articleId ? { duplicateOf: m.canonicalArticleId } : {}),
    ...(e.attribution ? { attribution: e.attribution.source } : {}),
    modality: e.modality,
    ...(e.mode ? { mode: e.mode } : {}),
    ...(e.actor ? { actor: e.actor.entity ?? e.actor.text } : {}),
    ...(e.recipient ? { recipient: e.recipient.entity ?? e.recipient.text } : {}),
    ...(e.place ? { place: `${e.place.name} (${e.place.country})` } : {}),
    ...(e.time ? { time: e.time.value } : {}),
    evidence: { start: e.evidence.start, end: e.evidence.end, text: e.evidence.text },
    counts: e.counts,
    reason,
  };
}

/** Copies of one article count once, under the outlet that published it first. */
function independentSources(members: ResolveMention[]): string[] {
  const byArticle = new Map<string, string>();
  for (const m of members) {
    if (m.canonicalArticleId !== m.articleId && members.some((o) => o.articleId === m.canonicalArticleId))
      continue;
    if (!byArticle.has(m.canonicalArticleId)) byArticle.set(m.canonicalArticleId, m.outlet);
  }
  return [...new Set(byArticle.values())].sort();
}

/** One figure per independent article and kind; the incident keeps the lowest, with min/max and who said what. */
function reconcileCounts(members: ResolveMention[]): ReconciledCount[] {
  const byWhat = new Map<string, ReportedCount[]>();
  const seen = new Set<string>();
  for (const m of members) {
    for (const c of m.event.counts) {
      if (c.what === "people") continue;
      const key = `${m.canonicalArticleId}|${c.what}|${c.value}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const list = byWhat.get(c.what) ?? [];
      list.push({
        what: c.what,
        value: c.value,
        ...(c.min !== undefined ? { min: c.min } : {}),
        ...(c.max !== undefined ? { max: c.max } : {}),
        text: c.text,
        outlet: m.outlet,
        ...((c.source ?? m.event.attribution?.source)
          ? { source: c.source ?? m.event.attribution?.source }
          : {}),
        eventId: m.event.id,
      });
      byWhat.set(c.what, list);
    }
  }
  return [...byWhat.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([what, reports]) => ({
      what: what as ReconciledCount["what"],
      value: Math.min(...reports.map((r) => r.value)),
      min: Math.min(...reports.map((r) => r.min ?? r.value)),
      max: Math.max(...reports.map((r) => r.max ?? r.value)),
      reports,
    }));
}

function mostPrecisePlace(members: ResolveMention[]): Place | undefined {
  const places = members.map((m) => m.event.place).filter((p): p is Place => !!p);
  const rank = (p: Place) =>
    PLACE_PRECISION.indexOf(p.precision) + (p.fromFocus ? PLACE_PRECISION.length : 0);
  return places.sort((a, b) => rank(a) - rank(b))[0];
}

/** The days every report allows: reports of one incident always overlap, so this is never empty. */
function commonRange(members: ResolveMention[]): { start: string; end: string } | undefined {
  const ranges = members.map((m) => m.range).filter((r): r is { start: string; end: string } => !!r);
  if (!ranges.length) return undefined;
  const start = ranges.map((r) => r.start).sort()[ranges.length - 1];
  const end = ranges.map((r) => r.end).sort()[0];
  return start <= end ? { start, end } : { start: end, end: start };
}

function mostCommon(values: string[]): string {
  const n = new Map<string, number>();
  for (const v of values) n.set(v, (n.get(v) ?? 0) + 1);
  return [...n.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
}
