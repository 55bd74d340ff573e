import type { NameFilter } from "./types.ts";

/**
 * Words that head the names of organisations and also name a few towns (Alliance, Ohio; Union,
 * New Jersey; Congress, Arizona).
 */
const ORGANISATION_HEADS = new Set([
  "Alliance",
  "Coalition",
  "League",
  "Federation",
  "Union",
  "Association",
  "Society",
  "Foundation",
  "Congress",
  "Movement",
  "Front",
  "Forum",
  "Network",
  "Campaign",
]);
/** What follows such a head in an organisation's name: "for", "of", "on" or "against" and a capitalised word. */
const NAME_GOES_ON_AFTER = /^\s+(?:for|of|on|against)\s+(?:the\s+)?\p{Lu}/u;

/**
 * "Scott Paul, who heads the Alliance for American Manufacturing", "the League of Women Voters":
 * a word that heads organisations' names, followed by "for" or "of" and a name, is the
 * organisation, not the town of that name ("captured in Alliance" stays the town).
 */
export const organisationHead: NameFilter = {
  name: "organisation-head",
  judge(span, { tokens, text }) {
    if (!span.single || !ORGANISATION_HEADS.has(tokens[span.first].text)) return span;
    return NAME_GOES_ON_AFTER.test(text.slice(span.end, span.end + 30)) ? undefined : span;
  },
};
