import type { Refiner } from "../types.ts";

/** Sub-headings summarise the story; the sentences below them tell it. */
export const dropHeadings: Refiner = {
  name: "drop-headings",
  refine(candidates, { doc }) {
    const headings = doc.article.blocks.filter((b) => b.kind === "heading");
    if (!headings.length) return candidates;
    return candidates.filter(
      (c) => !headings.some((h) => c.trigger.start >= h.start && c.trigger.end <= h.end),
    );
  },
};
