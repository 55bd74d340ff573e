import { KIND_CITY, normalizeName } from "../gazetteer.ts";
import { nextNameWord } from "./county.ts";
import type { NameFilter } from "./types.ts";

/** Bodies and offices of a city's government ("City Council", "City Manager", "City Public Schools"). */
const CITY_BODIES = new Set([
  "Council",
  "Manager",
  "Hall",
  "Public",
  "Schools",
  "Commission",
  "Attorney",
  "Clerk",
  "Marshal",
  "Planner",
  "Engineer",
  "Police",
]);

/**
 * "Dublin City Council", "Alexandria City Public Schools": "City" opens the council's name, and
 * the toponym is the town before it, unless "X City" is the town's own name ("Boulder City
 * Council", "Kansas City Police"): a name read only as another spelling of towns is cut to X.
 */
export const cityOffice: NameFilter = {
  name: "city-office",
  judge(span, { g, text, tokens }) {
    if (span.single || tokens[span.last].text !== "City" || !span.rows) return span;
    const body = nextNameWord(span);
    if (!body || !CITY_BODIES.has(body.text)) return span;
    const key = normalizeName(text.slice(span.start, span.end));
    if (!span.rows.every((r) => g.idx.kind[r] === KIND_CITY && g.primaryKey[r] !== key)) return span;
    const last = span.last - 1;
    const rows = g.byName.get(normalizeName(text.slice(span.start, tokens[last].end)));
    if (!rows?.length) return span;
    span.rows = rows;
    span.last = last;
    span.end = tokens[last].end;
    span.tokEnd = last + 1;
    span.single = span.first === last;
    span.next = tokens[last + 1];
    span.nextJoined = true;
    return span;
  },
};
