import { judgePair } from "./rules.ts";
import type { ResolveMention } from "./types.ts";

/** An analyst's verdict on a pair of mentions: keep together or keep apart. Later decisions win. */
export type PairDecisions = Map<string, "together" | "apart">;

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

export interface Cluster {
  members: ResolveMention[];
  /** Why each member joined, by event id. */
  reasons: Map<string, string>;
}

/** The order mentions are considered in: intrinsic to each mention, so arrival order never matters. */
export function mentionOrder(a: ResolveMention, b: ResolveMention): number {
  const ka = sortKey(a);
  const kb = sortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

function sortKey(m: ResolveMention): string {
  return `${m.range?.start ?? "9999"}|${m.publishedAt ?? "9999"}|${m.event.id}`;
}

/**
 * Greedy, deterministic clustering of one block's mentions. Mentions an analyst joined form one unit
 * first; then each unit, in `mentionOrder`, joins the cluster it has no conflict with and is anchored
 * to by most supporting rules (ties: the earlier cluster), or starts a new one.
 */
export function clusterMentions(mentions: ResolveMention[], decisions: PairDecisions): Cluster[] {
  const sorted = [...mentions].sort(mentionOrder);
  const units = joinedUnits(sorted, decisions);
  const clusters: Cluster[] = [];
  for (const unit of units) {
    let best: { cluster: Cluster; score: number; reason: string } | undefined;
    for (const cluster of clusters) {
      const verdict = judgeUnit(unit, cluster.members, decisions);
      if (verdict && (!best || verdict.score > best.score)) best = { cluster, ...verdict };
    }
    const target = best?.cluster ?? { members: [], reasons: new Map<string, string>() };
    if (!best) clusters.push(target);
    unit.forEach((m, i) => {
      target.members.push(m);
      const reason =
        i > 0 ? "joined by an analyst's decision" : best ? best.reason : "first report of the incident";
      target.reasons.set(m.event.id, reason);
    });
  }
  return clusters;
}

function judgeUnit(
  unit: ResolveMention[],
  members: ResolveMention[],
  decisions: PairDecisions,
): { score: number; reason: string } | undefined {
  let score = 0;
  let reason: string | undefined;
  let bestPair = -1;
  for (const a of unit) {
    for (const b of members) {
      const decided = decisions.get(pairKey(a.event.id, b.event.id));
      if (decided === "apart") return undefined;
      if (decided === "together") {
        score += 100;
        reason = "merged by an analyst's decision";
        bestPair = Number.POSITIVE_INFINITY;
        continue;
      }
      const j = judgePair(a, b);
      if (j.conflict) return undefined;
      if (!j.anchored) continue;
      score += j.supports;
      if (j.supports > bestPair) {
        bestPair = j.supports;
        reason = `${j.reasons.join(", ")} (with ${b.outlet})`;
      }
    }
  }
  return reason ? { score, reason } : undefined;
}

/** Mentions an analyst put together, as units in mention order; every other mention is its own unit. */
function joinedUnits(sorted: ResolveMention[], decisions: PairDecisions): ResolveMention[][] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== undefined && parent.get(r) !== r) r = parent.get(r) as string;
    return r;
  };
  const ids = new Set(sorted.map((m) => m.event.id));
  for (const [key, verdict] of decisions) {
    if (verdict !== "together") continue;
    const [a, b] = key.split("|");
    if (!ids.has(a) || !ids.has(b)) continue;
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  const units = new Map<string, ResolveMention[]>();
  for (const m of sorted) {
    const root = find(m.event.id);
    const unit = units.get(root) ?? [];
    unit.push(m);
    units.set(root, unit);
  }
  return [...units.values()];
}
