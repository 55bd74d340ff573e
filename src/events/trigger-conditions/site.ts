import type { Token } from "../../nlp/types.ts";
import type { TriggerCondition } from "../lexicon.ts";

/** What every condition check sees, and the look-ups several families share. */

/** A trigger rule's condition at the trigger `i` of a sentence, with the window of CONDITION_WINDOW tokens around it (`lo`, `hi`). */
export interface ConditionSite {
  condition: TriggerCondition;
  tokens: Token[];
  i: number;
  s: { tokenStart: number; tokenEnd: number };
  lo: number;
  hi: number;
}

/** Whether a condition holds at its site. */
export type ConditionCheck = (site: ConditionSite) => boolean;
/** The checks of a family of conditions, by condition. */
export type ConditionTable = Partial<Record<TriggerCondition, ConditionCheck>>;

/** A person suspended: the object pronoun right after the verb. */
export const STAFF_OBJECTS: ReadonlySet<string> = new Set(["her", "him", "me"]);

/** How far after "offer" its reward may stand ("offered a reward of up to $5 million"). */
export const REWARD_WINDOW = 5;

/** A word of `words` (by form or lemma) in [from, to), among the tokens `accept` lets count. */
export function hasNear(
  tokens: Token[],
  from: number,
  to: number,
  words: ReadonlySet<string>,
  accept: (t: Token) => boolean = () => true,
): boolean {
  for (let i = Math.max(0, from); i < Math.min(tokens.length, to); i++)
    if ((words.has(tokens[i].norm) || words.has(tokens[i].lemma)) && accept(tokens[i])) return true;
  return false;
}

/** The last word of a passive's subject: before "was", "had been", "not" and adverbs ("she'd been suspended"). */
export function passiveSubjectEnd(tokens: readonly Token[], verb: number, sentenceStart: number): number {
  let k = verb - 1;
  while (
    k > sentenceStart &&
    (tokens[k].pos === "AUX" || tokens[k].pos === "ADV" || tokens[k].pos === "PART")
  )
    k--;
  return k;
}
