import type { Doc } from "../nlp/types.ts";
import { type ActorCandidate, namesParty } from "./actors.ts";
import { ownedNounParty, prepositionalParty } from "./phrase-parties.ts";
import { describe, objectPhrase } from "./phrases.ts";
import type { Candidate } from "./types.ts";
import {
  INSTRUMENT_HEADS,
  NAMED_ATTACK_NOUNS,
  NO_PREPOSITIONS,
  OPERATION_NOUNS,
  POSSESSIVE_MARK,
  POSSESSIVE_S,
} from "./words.ts";

/**
 * Parties named inside or right after a noun phrase: what a possessor owns ("Lebanon's Prime
 * Minister"), the agent after a passive's or an event noun's own "by" ("was seized by pirates",
 * "an offensive by the security forces"), and a place named before an attack noun, which is no
 * party ("the Kenya embassy bombing").
 */

/** How far after a passive verb or a noun "by X" names the agent ("was arrested by police"). */
export const AGENT_WINDOW = 3;

/**
 * "detained Lebanon's Prime Minister Saad Hariri", "accused Russia's foreign ministry": a party
 * owned by the named one is the argument, the whole phrase, of the owner's country.
 */
export function possessedParty(
  doc: Doc,
  owner: ActorCandidate,
  right: ActorCandidate[],
): ActorCandidate | undefined {
  const mark = doc.tokens[owner.lastToken + 1];
  if (!mark || !POSSESSIVE_S.test(mark.norm)) return undefined;
  // "Russia's most famous opposition leader": describing words may come first.
  let k = owner.lastToken + 2;
  while (k < doc.tokens.length && (doc.tokens[k].pos === "ADJ" || doc.tokens[k].pos === "ADV")) k++;
  const owned = right.find((a) => a.firstToken >= owner.lastToken + 2 && a.firstToken <= k);
  if (!owned) return undefined;
  const country = owned.country ?? owner.country;
  return {
    ...owned,
    text: doc.text.slice(owner.start, owned.end),
    start: owner.start,
    firstToken: owner.firstToken,
    ...(country ? { country } : {}),
  };
}

const BY: ReadonlySet<string> = new Set(["by"]);
const NOUN_POS: ReadonlySet<string> = new Set(["NOUN", "PROPN"]);

/**
 * The agent of a passive, the phrase right after its "by" at `by`: a party candidate there ("was
 * arrested by police", "by two plainclothes officers"), not one after a further preposition ("seized
 * by pirates off Yemen" was not done by Yemen); a noun for people that is no candidate ("by
 * pirates"); or who used the means named there ("killed by a police bullet", "by Israeli fire").
 */
export function passiveAgent(doc: Doc, by: number, right: ActorCandidate[]): ActorCandidate | undefined {
  const tokens = doc.tokens;
  const candidate = right.find((a) => a.firstToken > by && a.firstToken <= by + AGENT_WINDOW);
  const between = candidate ? tokens.slice(by + 1, candidate.firstToken) : [];
  if (candidate && !between.some((t) => (t.pos === "ADP" && t.norm !== "of") || t.pos === "PUNCT"))
    return candidate;
  const phrase = objectPhrase(doc, by, NO_PREPOSITIONS);
  if (!phrase) return undefined;
  const head = tokens[phrase.lastToken];
  if (INSTRUMENT_HEADS.has(head.norm)) {
    const user =
      phrase.lastToken > phrase.firstToken && describe(doc, phrase.firstToken, phrase.lastToken - 1);
    return user && (namesParty(tokens[user.lastToken]) || user.entity || user.country) ? user : undefined;
  }
  return namesParty(head) ? phrase : undefined;
}

/** How far after a passive its "in a police crackdown" may end. */
const OPERATION_WINDOW = 7;

/**
 * "were arrested in a major police crackdown", "were killed in an army operation": a passive with no
 * "by" is done by the force that modifies the operation it took place in.
 */
export function operationAgent(doc: Doc, last: number): ActorCandidate | undefined {
  const tokens = doc.tokens;
  const end = Math.min(doc.sentences[tokens[last].sentence].tokenEnd, last + 1 + OPERATION_WINDOW);
  let k = last + 1;
  while (k < end && tokens[k].pos === "ADV") k++;
  if (!["in", "during"].includes(tokens[k]?.norm ?? "")) return undefined;
  for (let j = k + 1; j < end - 1; j++) {
    const t = tokens[j];
    if (OPERATION_NOUNS.has(tokens[j + 1].norm) && namesParty(t)) return describe(doc, j, j);
    if (!["DET", "ADJ", "NUM"].includes(t.pos)) return undefined;
  }
  return undefined;
}

/**
 * "the Kenya embassy bombing", "the Olympic bombing", "the Oklahoma City bombing": a bare name of a
 * place or occasion before an attack noun, with no target after it, tells where or when it
 * happened, not who did it ("the US bombing of Serbia" keeps its actor; "Israeli raids", an
 * adjective of nationality, too).
 */
export function placeModifier(doc: Doc, a: ActorCandidate, t: Candidate["trigger"]): boolean {
  const tokens = doc.tokens;
  if (a.kind !== "state" || tokens[a.lastToken].pos !== "PROPN") return false;
  if (POSSESSIVE_MARK.test(tokens[a.lastToken + 1]?.text ?? "")) return false;
  if (!NAMED_ATTACK_NOUNS.has(tokens[t.lastToken].norm)) return false;
  return tokens[t.lastToken + 1]?.norm !== "of";
}

/**
 * "an offensive by the security forces", "attacks on the bus by masked gunmen": the party after a
 * "by" that belongs to the noun — no verb stands between them ("the accord was approved by" is the
 * verb's agent).
 */
function nounByPhrase(doc: Doc, last: number): ActorCandidate | undefined {
  const tokens = doc.tokens;
  for (let k = last + 1; k <= last + AGENT_WINDOW + 1 && k < tokens.length; k++) {
    const w = tokens[k];
    if (w.sentence !== tokens[last].sentence || w.pos === "VERB" || w.pos === "AUX" || w.pos === "PUNCT")
      return undefined;
    if (w.norm === "by") return prepositionalParty(doc, k, 1, BY);
  }
  return undefined;
}

/**
 * The agent after an event noun's own "by": a party candidate with what its possessive owns
 * ("attacks by Hun Sen's troops"), or a party named by a common noun ("an offensive by the security
 * forces"). None when the candidate there is `taken` already (the light verb's object).
 */
export function nounAgent(
  doc: Doc,
  t: Candidate["trigger"],
  right: ActorCandidate[],
  taken?: ActorCandidate,
): ActorCandidate | undefined {
  const tokens = doc.tokens;
  // "by the FBI": a named party's candidate starts at its name, after the article (not "by the
  // Miami relatives": there the name only qualifies the noun, which the phrase below reads).
  const before = (a: ActorCandidate) =>
    tokens[a.firstToken - 1]?.pos === "DET" && !NOUN_POS.has(tokens[a.lastToken + 1]?.pos ?? "")
      ? tokens[a.firstToken - 2]
      : tokens[a.firstToken - 1];
  const agent = right.find((a) => before(a)?.norm === "by" && a.firstToken <= t.lastToken + AGENT_WINDOW);
  if (agent) return agent === taken ? undefined : byParty(doc, agent, right);
  return nounByPhrase(doc, t.lastToken);
}

/** The "by" agent of a noun, with what its possessive owns ("attacks by Hun Sen's troops"). */
function byParty(doc: Doc, agent: ActorCandidate, right: ActorCandidate[]): ActorCandidate {
  const owned = possessedParty(doc, agent, right);
  const noun = ownedNounParty(doc, agent);
  return owned && owned.lastToken >= noun.lastToken ? owned : noun;
}
