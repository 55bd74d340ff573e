import type { Refiner } from "../types.ts";

/** Where two candidates overlap keep the longer one ("last Friday" over "Friday"); ties go to the earlier parser. */
export const dropOverlaps: Refiner = {
  name: "drop-overlaps",
  refine(candidates) {
    const bySize = candidates
      .map((c, order) => ({ c, order }))
      .sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.order - b.order);
    const kept: typeof candidates = [];
    for (const { c } of bySize) if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
    return kept.sort((a, b) => a.start - b.start);
  },
};
