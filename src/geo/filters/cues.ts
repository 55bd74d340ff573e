import {
  LOCATIVE,
  PARTY_BEFORE,
  qualifierNamesRegion,
  RESIDENT_AFTER,
  STRONG_LOCATIVE,
} from "../recognize.ts";
import type { NameFilter } from "./types.ts";

/** Evidence a locative preposition or a home-town word adds ("in Lagos", "a Chiefland man"). */
const LOCATIVE_EVIDENCE = 0.2;
/** Evidence a "City, State" qualifier adds. */
const QUALIFIED_EVIDENCE = 0.1;
/** Evidence a capital inside a sentence adds: at a sentence's start any word is capitalised. */
const INSIDE_SENTENCE_EVIDENCE = 0.1;

/**
 * The words around a name that say place: a locative preposition ("in", "from"), "City, State",
 * a home town ("a Chiefland man", "Rep. Wendell Gilliard, D-Charleston"). Strong cues overrule NER
 * calling the name a person or organisation: a home town, a qualifier naming a state or country
 * ("Norman, Okla."), or "in"/"from" before a name that neither goes on ("from Lansing State
 * Journal") nor owns something ("at George's home").
 */
export const cues: NameFilter = {
  name: "cues",
  judge(span, { g, text }) {
    const { start, end } = span;
    const before = text.slice(Math.max(0, start - 12), start);
    const after = text.slice(end, end + 16);
    const hometown = RESIDENT_AFTER.test(after) || PARTY_BEFORE.test(before);
    span.locative = hometown || LOCATIVE.test(before);
    span.qualified = /^,\s*\p{Lu}/u.test(text.slice(end, end + 3));
    span.strongCue =
      hometown ||
      (span.qualified && qualifierNamesRegion(g, text, end)) ||
      (STRONG_LOCATIVE.test(before) && !/^(?:\s+\p{Lu}|['’]s\b)/u.test(after));
    if (span.locative) span.evidence += LOCATIVE_EVIDENCE;
    if (span.qualified) span.evidence += QUALIFIED_EVIDENCE;
    if (!span.initial) span.evidence += INSIDE_SENTENCE_EVIDENCE;
    return span;
  },
};
