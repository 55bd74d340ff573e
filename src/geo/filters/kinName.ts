import type { NameFilter } from "./types.ts";

/** Words for a relative or partner that news puts before the person's first name. */
const KIN_BEFORE =
  /(?:\b(?:her|his|their|my|our|your)|\p{L}['’]s)\s+(?:daughter|daughters|son|sons|wife|husband|mother|father|brother|sister|grandson|granddaughter|grandmother|grandfather|niece|nephew|cousin|aunt|uncle|stepdaughter|stepson|girlfriend|boyfriend|fiancee|fiancée|fiance|fiancé|child|baby),?\s+$/iu;

/**
 * "accused of killing her daughter, Brittany", "his wife Georgia", "the senator's son Austin": a
 * name after a possessive and a word for a relative is that relative's first name, not a place.
 */
export function namesKin(text: string, start: number): boolean {
  return KIN_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}

const KIN_NAME = new RegExp(`${KIN_BEFORE.source.slice(0, -1)}(\\p{Lu}[\\p{L}'’-]+)\\b`, "giu");

/** The first names the article gives relatives ("her daughter, Brittany" → Brittany). */
export function kinNames(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(KIN_NAME)) out.add(m[1]);
  return out;
}

export const kinName: NameFilter = {
  name: "kin-name",
  judge: (span, { text }) => (namesKin(text, span.start) ? undefined : span),
};
