import { withoutCityRegions } from "../recognize.ts";
import type { NameFilter } from "./types.ts";

/** "Almaty", "Moscow": a first-level region that is essentially its same-named city gives way to the city. */
export const cityRegion: NameFilter = {
  name: "city-region",
  judge(span, { g }) {
    if (span.rows) span.rows = withoutCityRegions(g, span.rows);
    return span;
  },
};
