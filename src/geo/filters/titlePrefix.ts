import type { NameFilter } from "./types.ts";

/**
 * Words that open a compound title of office: "Vice President", "Deputy Minister", "Prime
 * Minister", "Acting Governor", "Lieutenant General". Several are also the names of towns (Vice in
 * Peru, Deputy in Indiana); followed by a capitalised word on the same line, they are the title's.
 */
const TITLE_PREFIXES = new Set([
  "Vice",
  "Deputy",
  "Prime",
  "Acting",
  "Interim",
  "Lieutenant",
  "Lt",
  "Chief",
  "Grand",
  "Attorney",
  "Surgeon",
  "Under",
  "Assistant",
  "Associate",
  "Executive",
  "Field",
  "Crown",
  "Supreme",
]);

export const titlePrefix: NameFilter = {
  name: "title-prefix",
  judge(span, { text }) {
    const { next } = span;
    if (span.single && next?.cap && span.nextJoined && TITLE_PREFIXES.has(text.slice(span.start, span.end)))
      return undefined;
    return span;
  },
};
