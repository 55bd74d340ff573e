import type { EntityLabel } from "../types.ts";
import { ENTITY_TYPES, type TokenSpan } from "./labels.ts";

/** Entity-level counts of one system on one corpus (conlleval: exact span and exact type). */
export class EntityScore {
  readonly tp = new Map<string, number>();
  readonly predicted = new Map<string, number>();
  readonly gold = new Map<string, number>();

  /** Adds one sentence; types outside `types` are ignored on both sides (a corpus without MISC). */
  add(
    gold: readonly TokenSpan[],
    predicted: readonly TokenSpan[],
    types: ReadonlySet<EntityLabel> = ALL,
  ): void {
    const g = gold.filter((s) => types.has(s.type));
    const p = predicted.filter((s) => types.has(s.type));
    const key = (s: TokenSpan) => `${s.start}:${s.end}:${s.type}`;
    const goldKeys = new Set(g.map(key));
    for (const s of g) inc(this.gold, s.type);
    for (const s of p) {
      inc(this.predicted, s.type);
      if (goldKeys.has(key(s))) inc(this.tp, s.type);
    }
  }

  /** Precision, recall, F1 for one type, or micro-averaged over all when `type` is undefined. */
  prf(type?: string): { precision: number; recall: number; f1: number } {
    const sum = (m: Map<string, number>) =>
      type ? (m.get(type) ?? 0) : [...m.values()].reduce((a, b) => a + b, 0);
    const tp = sum(this.tp);
    const precision = tp / (sum(this.predicted) || 1);
    const recall = tp / (sum(this.gold) || 1);
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { precision, recall, f1 };
  }
}

const ALL: ReadonlySet<EntityLabel> = new Set(ENTITY_TYPES);

function inc(m: Map<string, number>, k: string): void {
  m.set(k, (m.get(k) ?? 0) + 1);
}
