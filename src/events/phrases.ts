import { isJoiningHyphen } from "../nlp/offsets.ts";
import type { Doc, Token } from "../nlp/types.ts";
import { type ActorCandidate, afterCount, agentKind, entityKind, nameStart } from "./actors.ts";
import { ANTECEDENT_VERBS, POSSESSIVE_S } from "./words.ts";

/**
 * Subject and object noun phrases around a verb, chunked from part-of-speech tags. Used when no
 * named entity or agent phrase stands in the argument position ("Israel's high court opened …",
 * "a group of Yoruba leaders announced …").
 */
export const NP_INNER = new Set(["NOUN", "PROPN", "ADJ", "NUM"]);

export const SKIP_BEFORE_VERB = new Set(["AUX", "ADV", "PART"]);

export const DETERMINER = new Set([
  "the",
  "a",
  "an",
  "this",
  "these",
  "those",
  "that",
  "some",
  "both",
  "all",
  "any",
  "every",
  "each",
  "no",
]);

/** Pronouns name no actor on their own. */
export const PRONOUN_POS = "PRON";

/** Vague counts of people ("dozens", "hundreds"): the number, not who. */
const VAGUE_COUNTS = ["dozens", "hundreds", "thousands", "scores", "millions"];

/** Words that count the people named after their "of" ("hundreds of demonstrators", "some of the rebels"). */
const COUNT_HEADS = new Set([
  ...VAGUE_COUNTS,
  "tens",
  "some",
  "many",
  "most",
  "several",
  "all",
  "both",
  "each",
  "none",
]);

/** Heads that never name who acted: vague counts and events themselves. */
export const NOT_PARTY_HEADS = new Set([
  ...VAGUE_COUNTS,
  "clashes",
  "clash",
  "fighting",
  "violence",
  "explosion",
  "blast",
  "shelling",
  "attack",
  "attacks",
  "unrest",
  "evidence",
]);

export function inTime(doc: Doc, t: Token): boolean {
  return doc.times.some((x) => x.start <= t.start && t.end <= x.end);
}

/** Token index where the NP ending at `end` begins, walking over modifiers, possessives, "X of Y" and "(ACRONYM)". */
export function phraseStart(tokens: Token[], end: number, sentenceStart: number): number {
  let k = end;
  while (k > sentenceStart) {
    const p = tokens[k - 1];
    if (
      NP_INNER.has(p.pos) ||
      (p.pos === "VERB" && /(ed|ing)$/.test(p.norm) && DETERMINER.has(tokens[k - 2]?.norm ?? "")) ||
      isJoiningHyphen(tokens, k - 1) ||
      // "heavily-armed men": an adverb joined by a hyphen is part of the modifier.
      (p.pos === "ADV" && isJoiningHyphen(tokens, k)) ||
      p.text === "'s" ||
      p.text === "’s" ||
      p.norm === "'" ||
      p.norm === "’" ||
      (p.pos === "PART" && POSSESSIVE_S.test(p.text)) ||
      // "the north's Catholic minority": a possessor, whatever the tagger read it as.
      (POSSESSIVE_S.test(tokens[k]?.text ?? "") &&
        /^\p{L}/u.test(p.text) &&
        p.pos !== "VERB" &&
        p.pos !== "AUX")
    ) {
      k--;
      continue;
    }
    if (p.text === ")") {
      let j = k - 2;
      while (j > sentenceStart && tokens[j].text !== "(") j--;
      if (tokens[j]?.text === "(" && j > sentenceStart) {
        k = j;
        continue;
      }
      break;
    }
    // "King Hassan of Morocco", "Syrian army and allied fighters": the phrase runs back over "of" and "and".
    if (
      (p.norm === "of" || p.norm === "and") &&
      k - 2 >= sentenceStart &&
      (tokens[k - 2].pos === "NOUN" || tokens[k - 2].pos === "PROPN")
    ) {
      k--;
      continue;
    }
    if (DETERMINER.has(p.norm)) k--;
    break;
  }
  return k;
}

export function describe(doc: Doc, first: number, last: number): ActorCandidate | undefined {
  const tokens = doc.tokens;
  while (first <= last && DETERMINER.has(tokens[first].norm)) first++;
  // "Hundreds of demonstrators", "two of the gunmen", "tens of thousands of students": the count is
  // in the event's counts; the party follows.
  while (
    first + 2 <= last &&
    tokens[first + 1].norm === "of" &&
    (COUNT_HEADS.has(tokens[first].norm) || tokens[first].pos === "NUM")
  ) {
    first += 2;
    while (first < last && DETERMINER.has(tokens[first].norm)) first++;
  }
  if (first > last) return undefined;
  first = afterCount(tokens, nameStart(tokens, first, last), last);
  const start = tokens[first].start;
  const end = tokens[last].end;
  const inner = doc.entities.filter((e) => e.start >= start && e.end <= end);
  // The head is the last noun before any "of"/"(": "King Hassan of Morocco" → Hassan.
  let headIndex = last;
  for (let k = first; k <= last; k++) {
    if (tokens[k].norm === "of" || tokens[k].norm === "and" || tokens[k].text === "(") {
      headIndex = k - 1;
      break;
    }
  }
  const head = tokens[headIndex];
  // "next week", "last month": a date is never a party; nor is a bare count ("dozens wounded"),
  // an event ("clashes killed dozens") or a verb of saying the tagger took for a noun ("rights groups say").
  if (inTime(doc, head) || NOT_PARTY_HEADS.has(head.norm) || ANTECEDENT_VERBS.has(head.lemma.toLowerCase()))
    return undefined;
  const headEntity = inner.find((e) => e.start <= head.start && head.end <= e.end);
  const kind =
    agentKind(head.norm) ??
    (headEntity
      ? entityKind(headEntity.label, headEntity.text)
      : head.pos === "PROPN"
        ? "organisation"
        : "unknown");
  const country = inner.map((e) => e.country).find(Boolean);
  const named = headEntity ?? inner.find((e) => e.label === "ORG" || e.label === "PER");
  return {
    text: doc.text.slice(start, end),
    start,
    end,
    kind,
    ...(country ? { country } : {}),
    ...(named ? { entity: named.entity ?? named.text } : {}),
    firstToken: first,
    lastToken: last,
  };
}

/** Punctuation after a verb that ends its clause: what follows is no object of the verb. */
const CLAUSE_PUNCTUATION = /^[,;:.!?()\u2013\u2014-]+$/;

/** The object phrase after the verb at `verb` (directly, or after "with"/"against"/"to"). */
export function objectPhrase(
  doc: Doc,
  verb: number,
  prepositions: ReadonlySet<string>,
): ActorCandidate | undefined {
  const tokens = doc.tokens;
  const sentence = doc.sentences[tokens[verb].sentence];
  let k = verb + 1;
  while (
    k < sentence.tokenEnd &&
    (tokens[k].pos === "ADV" || tokens[k].pos === "PART" || tokens[k].pos === "ADP") &&
    tokens[k].norm !== "to"
  ) {
    if (tokens[k].pos === "ADP" && !prepositions.has(tokens[k].norm)) return undefined;
    k++;
  }
  if (tokens[k]?.norm === "to" && prepositions.has("to")) k++;
  // "captured on Thursday a key neighbourhood": a date between verb and object is not the object.
  while (
    k < sentence.tokenEnd &&
    (inTime(doc, tokens[k]) || (tokens[k].pos === "ADP" && tokens[k + 1] && inTime(doc, tokens[k + 1])))
  )
    k++;
  // "demonstrated on Tuesday in Serbia": after the date, a preposition opens a phrase of its own.
  if (tokens[k]?.pos === "ADP" && k > verb + 1 && inTime(doc, tokens[k - 1])) {
    if (!prepositions.has(tokens[k].norm)) return undefined;
    k++;
  }
  // "resigned and Chad Wolf has been named": a conjunction opens another clause, not the object;
  // "transporting him to jail, Harris said": nor does a phrase after a comma or a dash.
  // "None of the injured were British": a verb after the trigger is the next predicate, no object.
  if (
    k >= sentence.tokenEnd ||
    tokens[k].pos === "CCONJ" ||
    tokens[k].pos === "AUX" ||
    CLAUSE_PUNCTUATION.test(tokens[k].text)
  )
    return undefined;
  let first = k;
  while (first < sentence.tokenEnd && DETERMINER.has(tokens[first].norm)) first++;
  // "freed some of the hostages", "applauded some of Trump's decisions": the count's "of" opens the party.
  while (first > k && tokens[first]?.norm === "of" && first + 1 < sentence.tokenEnd) {
    first++;
    while (first < sentence.tokenEnd && DETERMINER.has(tokens[first].norm)) first++;
  }
  let last = first;
  while (last + 1 < sentence.tokenEnd) {
    const n = tokens[last + 1];
    if (inTime(doc, n)) break;
    if (NP_INNER.has(n.pos) || isJoiningHyphen(tokens, last + 1) || POSSESSIVE_S.test(n.text)) last++;
    else if (n.norm === "of" && last + 2 < sentence.tokenEnd && NP_INNER.has(tokens[last + 2].pos)) last += 2;
    else break;
  }
  const head = tokens[last];
  if (!head || head.sentence !== tokens[verb].sentence || (head.pos !== "NOUN" && head.pos !== "PROPN"))
    return undefined;
  return describe(doc, first, last);
}
