import { isJoiningHyphen } from "../nlp/offsets.ts";
import type { Doc, Token } from "../nlp/types.ts";
import { type ActorCandidate, agentKind } from "./actors.ts";
import {
  DETERMINER,
  describe,
  inTime,
  NOT_PARTY_HEADS,
  NP_INNER,
  PRONOUN_POS,
  SKIP_BEFORE_VERB,
} from "./phrases.ts";
import { subjectPhrase } from "./subject-phrase.ts";
import { ANTECEDENT_VERBS, POSSESSIVE_S } from "./words.ts";

/**
 * Parties read from around a verb or inside a phrase: the speaker whose "it" or "they" a reported
 * clause's subject is ("the union said it had called off"), the two sides of "Putin and Tokayev",
 * the first party of a prepositional phrase ("to Lebanon's new President"), and a subject that
 * names no party ("when clashes killed dozens"). Built on the phrase readers of phrases.ts and
 * subject-phrase.ts.
 */
/**
 * The subject of the verb at `verb`; when it is a pronoun in reported speech ("Libya said it will hand
 * over …"), the speaker it stands for.
 */
export function subjectOrSpeaker(doc: Doc, verb: number): ActorCandidate | undefined {
  const direct = subjectPhrase(doc, verb);
  if (direct) return direct;
  const tokens = doc.tokens;
  const sentence = doc.sentences[tokens[verb].sentence];
  let k = verb - 1;
  while (k >= sentence.tokenStart && (SKIP_BEFORE_VERB.has(tokens[k].pos) || inTime(doc, tokens[k]))) k--;
  if (tokens[k]?.pos !== PRONOUN_POS) return undefined;
  for (let j = k - 1; j >= sentence.tokenStart; j--) {
    if (tokens[j].pos === "VERB" && ANTECEDENT_VERBS.has(tokens[j].lemma.toLowerCase())) {
      const speaker = subjectPhrase(doc, j);
      // "The union said it had called off the strike": "it" is a body that speaks. "Newspapers said
      // it killed two women": "it" stands for no person and no plural; it is a thing named before.
      if (tokens[k].norm === "it" && speaker && cannotBeIt(doc, speaker)) return undefined;
      return speaker;
    }
  }
  return undefined;
}

/**
 * A common noun in the plural ("witnesses"), by its lemma; or, where the tagger reads a capitalised
 * first word as a name ("Newspapers said …"), an agent noun with a plural "s".
 */
/** A person or a plural cannot be what "it" stands for ("Newspapers said it killed …"). */
export function cannotBeIt(doc: Doc, a: ActorCandidate): boolean {
  return a.kind === "person" || isPluralNoun(doc.tokens[a.lastToken]);
}

export function isPluralNoun(t: Token): boolean {
  if (!t.norm.endsWith("s")) return false;
  if (t.pos === "NOUN") return t.norm !== t.lemma.toLowerCase();
  return t.pos === "PROPN" && agentKind(t.norm.slice(0, -1)) !== undefined;
}

/** "Putin and Tokayev", "rioters and law enforcement officers": the two parties of a coordinated phrase. */
export function splitCoordination(
  doc: Doc,
  phrase: ActorCandidate,
): [ActorCandidate, ActorCandidate] | undefined {
  const tokens = doc.tokens;
  for (let k = phrase.firstToken + 1; k < phrase.lastToken; k++) {
    if (tokens[k].norm !== "and") continue;
    const left = describe(doc, phrase.firstToken, k - 1);
    const right = describe(doc, k + 1, phrase.lastToken);
    return left && right ? [left, right] : undefined;
  }
  return undefined;
}

/**
 * The first party named in a prepositional phrase after `from` ("to Lebanon's new President Elias
 * Hrawi", "against Nigeria", "from Panama"): a phrase headed by a name, an agent noun or holding an entity.
 */
/** Words that open a relative clause, and marks that end a clause: a prepositional party stays before them. */
const RELATIVE_OPENERS = new Set(["which", "who", "whom", "whose"]);
const CLAUSE_ENDS = new Set([";", "—", "–", ":"]);

export function prepositionalParty(
  doc: Doc,
  from: number,
  window: number,
  prepositions: ReadonlySet<string>,
): ActorCandidate | undefined {
  const tokens = doc.tokens;
  if (from >= tokens.length) return undefined;
  const sentence = doc.sentences[tokens[from].sentence];
  for (let k = from; k < Math.min(sentence.tokenEnd, from + window); k++) {
    // "shooting down the helicopter, which it said crashed in Logar province": a relative clause is
    // another verb's; its phrases are not this act's party.
    // "destroyed last night while trying to raid …": nor is a subordinate clause's.
    // ("demanded that …" keeps its that-clause: THAT_CLAUSE_RECIPIENT reads it).
    if (
      RELATIVE_OPENERS.has(tokens[k].norm) ||
      CLAUSE_ENDS.has(tokens[k].text) ||
      (tokens[k].pos === "SCONJ" && tokens[k].norm !== "that")
    )
      break;
    if (!prepositions.has(tokens[k].norm) || inTime(doc, tokens[k + 1] ?? tokens[k])) continue;
    let first = k + 1;
    while (first < sentence.tokenEnd && DETERMINER.has(tokens[first].norm)) first++;
    // "trying to raid Mujahideen positions": "to" before a verb opens an infinitive, not a phrase.
    // ("aid to war-torn Mozambique": a verb joined by a hyphen is a modifier's.)
    if (tokens[first]?.pos === "VERB" && tokens[first + 1]?.text !== "-") continue;
    let last = first;
    while (last + 1 < sentence.tokenEnd) {
      const n = tokens[last + 1];
      // "arms to Pakistan last year": a date ends the phrase.
      if (inTime(doc, n)) break;
      // "war-torn Mozambique": a hyphen joins the next word into the modifier.
      if (isJoiningHyphen(tokens, last + 1) && last + 2 < sentence.tokenEnd) last += 2;
      // "the town of Cizre": a name after "of" belongs to the phrase.
      else if (n.norm === "of" && tokens[last + 2]?.pos === "PROPN" && last + 2 < sentence.tokenEnd)
        last += 2;
      else if (NP_INNER.has(n.pos) || POSSESSIVE_S.test(n.text)) last++;
      else break;
    }
    // "to Great Britain two of its nationals": a trailing number or adjective belongs to what follows.
    while (last > first && !(tokens[last].pos === "NOUN" || tokens[last].pos === "PROPN")) last--;
    if (first >= sentence.tokenEnd || !(tokens[last].pos === "NOUN" || tokens[last].pos === "PROPN"))
      continue;
    const party = describe(doc, first, last);
    const named = party && doc.entities.some((e) => e.start >= party.start && e.end <= party.end);
    if (party && (party.kind !== "unknown" || party.entity || named)) return party;
  }
  return undefined;
}

/** Whether the word just before a verb is its subject but names no party ("when clashes killed dozens"). */
export function subjectIsNonParty(doc: Doc, verb: number): boolean {
  const tokens = doc.tokens;
  const sentence = doc.sentences[tokens[verb].sentence];
  let k = verb - 1;
  while (k >= sentence.tokenStart && (SKIP_BEFORE_VERB.has(tokens[k].pos) || inTime(doc, tokens[k]))) k--;
  if (k < sentence.tokenStart) return false;
  if (NOT_PARTY_HEADS.has(tokens[k].norm)) return true;
  // "the 1988 bombing of Pan Am Flight 103 that killed 259 people", "a fire, which destroyed the
  // market": a relative pronoun's subject is the thing before it, and no party named earlier.
  if (tokens[k].norm !== "that" && tokens[k].norm !== "which") return false;
  let a = k - 1;
  if (tokens[a]?.text === ",") a--;
  const antecedent = tokens[a];
  if (!antecedent || a < sentence.tokenStart) return false;
  if (!["NOUN", "NUM"].includes(antecedent.pos) || agentKind(antecedent.norm)) return false;
  return !doc.entities.some(
    (e) => (e.label === "PER" || e.label === "ORG") && e.start <= antecedent.start && antecedent.end <= e.end,
  );
}

/**
 * "attacks by Hun Sen's troops", "requests by the boy's Miami relatives": a named party followed
 * by a possessive and a noun is the possessor of the party, not the party; the whole phrase, headed
 * by that noun, is. So is "by Austrian rulers": a nationality before a noun of agents. The candidate
 * itself when no such noun follows.
 */
export function ownedNounParty(doc: Doc, a: ActorCandidate): ActorCandidate {
  const tokens = doc.tokens;
  const sentence = tokens[a.lastToken].sentence;
  const k = a.lastToken + 1;
  const owned = POSSESSIVE_S.test(tokens[k]?.text ?? "");
  let last = owned ? k : a.lastToken;
  while (NP_INNER.has(tokens[last + 1]?.pos ?? "") && tokens[last + 1].sentence === sentence) last++;
  if (last <= k - (owned ? 0 : 1) || tokens[last].pos !== "NOUN") return a;
  if (!owned && !agentKind(tokens[last].norm)) return a;
  return describe(doc, a.firstToken, last) ?? a;
}
