import { tokenInfos } from "../features.ts";
import type { TokenSpan } from "../labels.ts";
import type { Lexicon } from "../lexicon.ts";
import type { WordToken } from "../tokens.ts";
import { brandNotPerson } from "./brand-person.ts";
import { datelinePlace } from "./dateline.ts";
import { joinNameParticles } from "./name-particle.ts";
import { splitTitledName } from "./titled-name.ts";

/** One rule's change to a line's spans, for a trace of what each rule did. */
export interface RuleTrace {
  rule: "dateline-place" | "name-particle" | "titled-name" | "brand-not-person" | "pronoun";
  before: TokenSpan[];
  after: TokenSpan[];
}

/** Pronouns, which a capital at a quote's or a sentence's start can make look like names. */
const PRONOUNS = new Set(["he", "she", "it", "they", "we", "i", "you", "his", "her", "their", "its", "our"]);

const PLACE_LISTS = ["city", "capital", "country", "place", "region"];
const ORGANISATION_LISTS = ["org", "nsi-brand", "nsi-operator", "nsi-network"];
const PERSON_LISTS = ["firstname", "lastname", "people-name", "name-PER"];
/** Lexicon.capitalisationBucket of a word the word clusters never met. */
const UNKNOWN_WORD = 0;

/**
 * The entity rules run on the spans of one line after the tagger, the span refiner and the span
 * typer: how news copy writes datelines and titled names, which CoNLL-2003's Reuters text taught
 * the tagger too little of. `trace`, when given, receives every change.
 */
export function applyEntityRules(
  words: readonly WordToken[],
  spans: readonly TokenSpan[],
  lexicon: Lexicon,
  trace?: RuleTrace[],
): TokenSpan[] {
  const inAny = (lists: readonly string[]) => (phrase: string) => lists.some((l) => lexicon.holds(l, phrase));
  let out = [...spans];
  const dated = datelinePlace(
    words,
    out,
    { place: inAny(PLACE_LISTS), organisation: inAny(ORGANISATION_LISTS) },
    (word) => lexicon.capitalisationBucket(tokenInfos([word])[0].hLower) !== UNKNOWN_WORD,
  );
  if (dated) {
    trace?.push({ rule: "dateline-place", before: out, after: dated });
    out = dated;
  }
  const joined = joinNameParticles(words, out, inAny(PERSON_LISTS));
  if (joined) {
    trace?.push({ rule: "name-particle", before: out, after: joined });
    out = joined;
  }
  const nations = { demonym: inAny(["demonym"]), country: inAny(["country"]) };
  const titled = out.flatMap((span) => {
    const parts = splitTitledName(words, span, nations);
    if (parts) trace?.push({ rule: "titled-name", before: [span], after: parts });
    return parts ?? [span];
  });
  const names = { organisation: inAny(ORGANISATION_LISTS), person: inAny(PERSON_LISTS) };
  return titled.flatMap((span) => {
    // "‘He’s going to do it’": a capitalised pronoun opening a quote names no entity.
    if (span.end - span.start === 1 && PRONOUNS.has(words[span.start].text.toLowerCase())) {
      trace?.push({ rule: "pronoun", before: [span], after: [] });
      return [];
    }
    const retyped = brandNotPerson(words, span, names);
    if (retyped) trace?.push({ rule: "brand-not-person", before: [span], after: [retyped] });
    return [retyped ?? span];
  });
}
