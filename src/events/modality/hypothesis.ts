import type { Token } from "../../nlp/types.ts";
import { POSSESSIVE_MARK } from "../words.ts";
import { CLAUSE_BREAK } from "./scope.ts";

/** Events that may come: conditions, forecasts, "any" events, and the participles that only doubt who the actor is. */

/** Adjectives of likelihood before "to V": the act is forecast. */
export const LIKELIHOOD = new Set(["likely", "unlikely"]);

/**
 * "Suspected militants attacked a post", "gas suspected to be chlorine", "its long-threatened
 * invasion": these participles doubt who the actor is or what the weapon was, or say the act was
 * long announced, not that it did not happen. Only "suspected of attacking", "suspected to have
 * attacked" and "threatened to attack" make the event a supposition or a threat.
 */
export function namesSuspect(tokens: Token[], cue: number): boolean {
  const [next, after] = [tokens[cue + 1]?.norm, tokens[cue + 2]?.norm];
  if (tokens[cue].norm === "suspected") return !(next === "of" || (next === "to" && after === "have"));
  if (tokens[cue].norm === "threatened") return next !== "to";
  return false;
}

/**
 * Subordinators that make their clause a condition or an open question: "if Trump agrees to …",
 * "unless the army withdraws", "declined to say whether the girls had been kidnapped", "wherever
 * they were detonated".
 */
const CONDITIONS = new Set(["if", "unless", "whether", "wherever", "whenever"]);

/**
 * The trigger is in a conditional clause, however far its subordinator is ("if US President Donald
 * Trump agrees to …"): the clause runs from the subordinator to the next comma or clause break.
 * Only verbs: a noun there names something that exists ("if Trump agrees to Beijing's demands").
 */
export function inCondition(tokens: Token[], sentenceStart: number, trigger: number): boolean {
  for (let i = trigger - 1; i >= sentenceStart; i--) {
    const t = tokens[i];
    if (CLAUSE_BREAK.has(t.text) || t.text === ",") return false;
    // "wherever" and "whenever" open such a clause whatever their tag.
    if (CONDITIONS.has(t.norm)) return t.pos === "SCONJ" || t.pos === "ADP" || t.norm.endsWith("ever");
  }
  return false;
}

/**
 * "Had the relatives allowed Elian to return, …", "Were the army to withdraw, …", "Should talks
 * fail, …": a clause opened by an inverted auxiliary is a condition; what it names did not happen.
 */
export function invertedCondition(tokens: Token[], sentenceStart: number, trigger: number): boolean {
  const first = tokens[sentenceStart];
  if (!first || !["had", "were", "should"].includes(first.norm)) return false;
  // The auxiliary opens a condition only when its subject follows it ("Had the relatives …", not "Had talks …?" questions).
  if (tokens[sentenceStart + 1]?.pos === "VERB") return false;
  for (let i = sentenceStart + 1; i < trigger; i++)
    if (tokens[i].text === "," || CLAUSE_BREAK.has(tokens[i].text)) return false;
  return true;
}

/** How far after an event noun its "is unlikely to" may stand ("a summit with Israel is unlikely to"). */
export const FORECAST_WINDOW = 5;

/** The noun at `trigger` is the subject of "is (un)likely to" ("an EU-Israel summit is unlikely to take place"). */
export function forecastSubject(tokens: Token[], trigger: number, sentenceEnd: number): boolean {
  for (let k = trigger + 1; k < Math.min(sentenceEnd, trigger + 1 + FORECAST_WINDOW); k++) {
    const t = tokens[k];
    if (t.lemma.toLowerCase() === "be")
      return LIKELIHOOD.has(tokens[k + 1]?.norm ?? "") && tokens[k + 2]?.norm === "to";
    // "a shooting war could produce body bags", "US air strikes might harm relations" ("the attack
    // may have killed ten" happened: only its toll is uncertain).
    // A definite one ("the bombing may lead to new curbs") happened; only its effect is possible.
    if (SUBJECT_MODALS.has(t.norm)) return tokens[k + 1]?.norm !== "have" && !definite(tokens, trigger);
    if (t.pos === "VERB" || t.pos === "PUNCT") return false;
  }
  return false;
}

/** The noun phrase of the noun at `i` opens with "the", a demonstrative or a possessor. */
function definite(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (
    k >= 0 &&
    ["ADJ", "NOUN", "PROPN", "NUM"].includes(tokens[k].pos) &&
    tokens[k].sentence === tokens[i].sentence
  )
    k--;
  const d = tokens[k];
  return (
    !!d &&
    d.sentence === tokens[i].sentence &&
    ((d.pos === "DET" && ["the", "this", "that", "these", "those"].includes(d.norm)) ||
      ["its", "their", "his", "her"].includes(d.norm) ||
      POSSESSIVE_MARK.test(d.text))
  );
}

/** Modals that make their subject's event a possibility: "a war could produce", "strikes might harm". */
const SUBJECT_MODALS = new Set(["could", "might", "may"]);

/** How far back "likely to be" may stand before a participle in its list ("likely to be injured, arrested or"). */
const LIKELY_WINDOW = 6;

/** "are more likely to be injured, arrested or sucked into …": the participle is forecast. */
export function likelyToBe(tokens: Token[], sentenceStart: number, trigger: number): boolean {
  for (let k = trigger - 1; k >= Math.max(sentenceStart + 2, trigger - LIKELY_WINDOW); k--) {
    const t = tokens[k];
    if (t.norm === "be" && tokens[k - 1]?.norm === "to" && LIKELIHOOD.has(tokens[k - 2]?.norm ?? ""))
      return true;
    if (t.pos !== "VERB" && t.text !== "," && t.pos !== "CCONJ" && t.pos !== "ADV" && t.pos !== "AUX")
      return false;
  }
  return false;
}

/**
 * "Any attack on the base would be met with force", "any decision to expel Sinn Fein must be agreed
 * jointly": an event named by "any" (its noun, or the infinitive after "any decision to") is one
 * that might come, no act that happened.
 */
export function anyOf(tokens: Token[], sentenceStart: number, trigger: number): boolean {
  let k = trigger - 1;
  if (tokens[trigger].pos === "VERB") {
    // "any decision to expel": "to", the noun, then "any".
    if (tokens[k]?.norm !== "to" || tokens[k - 1]?.pos !== "NOUN") return false;
    k -= 2;
  } else if (tokens[trigger].pos !== "NOUN" && tokens[trigger].pos !== "PROPN") return false;
  while (k > sentenceStart && tokens[k].pos === "ADJ") k--;
  return k >= sentenceStart && tokens[k].norm === "any";
}
