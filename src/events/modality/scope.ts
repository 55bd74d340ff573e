import type { Token } from "../../nlp/types.ts";
import { BARE_VERB_BEFORE, EVENT_MAKING_VERBS } from "../words.ts";

/** What governs a trigger: the words just before it, and before the verb that makes its event noun happen or that it is joined to. */

/** How many tokens before a trigger a modal or negation can govern it ("must complete their departure"). */
const MODAL_WINDOW = 4;

export const CLAUSE_BREAK = new Set([";", ":", "(", ")", "—", "–"]);

/** Indices of the tokens just before a trigger, nearest first, up to a clause break. */
export function windowBefore(tokens: Token[], trigger: number, sentenceStart: number): number[] {
  const out: number[] = [];
  for (let i = trigger - 1; i >= Math.max(sentenceStart, trigger - MODAL_WINDOW); i--) {
    if (CLAUSE_BREAK.has(tokens[i].text) || tokens[i].text === ",") break;
    out.push(i);
  }
  return out;
}

/** What may stand between a making verb and its event noun: the noun's own phrase ("make a bigger trade deal"). */
const OBJECT_PHRASE_POS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PART", "ADV"]);

/**
 * The verb that makes the event noun at `trigger` happen ("is going to have to make a deal", "hopes
 * to hold talks"), whose modal or negation is the event's: its index, else -1. Only a verb that
 * brings the event about counts (EVENT_MAKING_VERBS), with nothing but the noun's phrase between:
 * "did not end the violence" or "did not condemn the attack" says nothing of whether it happened.
 */
export function makingVerb(tokens: Token[], trigger: number, light: number): number {
  if (light < 0 || light >= trigger - 1) return -1;
  const verb = tokens[light];
  if (!EVENT_MAKING_VERBS.has(verb.lemma.toLowerCase()) && !EVENT_MAKING_VERBS.has(verb.norm)) return -1;
  for (let k = light + 1; k < trigger; k++)
    if (!OBJECT_PHRASE_POS.has(tokens[k].pos) && tokens[k].text !== "-") return -1;
  return light;
}

/** How far back the verb a bare verb is joined to by "and" may stand ("assume its responsibilities and resign"). */
const JOINED_VERB_WINDOW = 8;

/**
 * The bare verb at `trigger` follows "and" or "or" and a bare verb before it in the same clause: the
 * index of that verb, else -1. Both bare, so they share what stands before the first ("should",
 * "must", "did not"); "laid down their arms and released" are each their own.
 */
export function joinedBareVerb(tokens: Token[], sentenceStart: number, trigger: number): number {
  const verb = tokens[trigger];
  if (verb.pos !== "VERB" || verb.norm !== verb.lemma.toLowerCase()) return -1;
  let k = trigger - 1;
  while (k > sentenceStart && tokens[k].pos === "ADV") k--;
  if (tokens[k]?.norm !== "and" && tokens[k]?.norm !== "or") return -1;
  for (let j = k - 1; j >= Math.max(sentenceStart, k - JOINED_VERB_WINDOW); j--) {
    const t = tokens[j];
    if (CLAUSE_BREAK.has(t.text) || t.text === ",") return -1;
    if (t.pos === "VERB")
      return t.norm === t.lemma.toLowerCase() || BARE_VERB_BEFORE.has(tokens[j - 1]?.norm ?? "") ? j : -1;
  }
  return -1;
}
