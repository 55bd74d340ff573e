import type { NameFilter } from "./types.ts";

/** "War" after a name: "the Gulf War", "Vietnam War veterans", "a Gulf-war vet". */
const WAR_AFTER = /^(?:[ \u00a0]Wars?|-[Ww]ars?)\b/;

/** "the first Gulf War", "Gulf War syndrome": a place naming a war names the event, not the place. */
export const warName: NameFilter = {
  name: "war-name",
  judge(span, { text }) {
    return WAR_AFTER.test(text.slice(span.end, span.end + 6)) ? undefined : span;
  },
};
