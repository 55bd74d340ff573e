import type { Token } from "../nlp/types.ts";
import type { TriggerCondition } from "./lexicon.ts";
import { FORCE_CONDITIONS } from "./trigger-conditions/forces.ts";
import { PARTY_CONDITIONS } from "./trigger-conditions/people.ts";
import { SENSE_CONDITIONS } from "./trigger-conditions/senses.ts";
import { type ConditionCheck, type ConditionTable, hasNear } from "./trigger-conditions/site.ts";
import { SPEECH_CONDITIONS } from "./trigger-conditions/speech.ts";
import { CONDITION_WORDS } from "./words.ts";

/** How many tokens around a trigger a condition word may be. */
const CONDITION_WINDOW = 6;

/** Conditions met by a word of their list anywhere near the trigger, before or after it. */
const wordNear: ConditionCheck = ({ condition, tokens, lo, hi }) =>
  hasNear(tokens, lo, hi, CONDITION_WORDS[condition] ?? new Set());

const WORD_NEAR_CONDITIONS: ConditionTable = {
  // "observation points were set up": the base may be named before the verb.
  base: wordNear,
  "explode-word": wordNear,
  explosive: wordNear,
  official: wordNear,
  armed: wordNear,
  "armed-body": wordNear,
  fired: wordNear,
  bomb: wordNear,
  "attack-word": wordNear,
  joint: wordNear,
};

/** The checks of every condition but the object conditions, which fall to the default below. */
const CHECKS: ReadonlyMap<TriggerCondition, ConditionCheck> = new Map(
  Object.entries({
    ...FORCE_CONDITIONS,
    ...PARTY_CONDITIONS,
    ...SPEECH_CONDITIONS,
    ...SENSE_CONDITIONS,
    ...WORD_NEAR_CONDITIONS,
  }) as [TriggerCondition, ConditionCheck][],
);

/** Object conditions: the word must follow the trigger ("upgraded ties", "cancelled restrictions"). */
const objectWord: ConditionCheck = ({ condition, tokens, i, hi }) =>
  hasNear(tokens, i + 1, hi, CONDITION_WORDS[condition] ?? new Set());

/** The context a trigger rule may require ("withdraw" with troops nearby is a RETREAT, "call" with a phone a CONSULT). */
export function conditionHolds(
  condition: TriggerCondition,
  tokens: Token[],
  i: number,
  s: { tokenStart: number; tokenEnd: number },
): boolean {
  const lo = Math.max(s.tokenStart, i - CONDITION_WINDOW);
  const hi = Math.min(s.tokenEnd, i + CONDITION_WINDOW + 1);
  const check = CHECKS.get(condition) ?? objectWord;
  return check({ condition, tokens, i, s, lo, hi });
}
