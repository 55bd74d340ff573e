import type { Refiner } from "../types.ts";
import {
  FREQUENCY_ADVERBS,
  FREQUENCY_UNITS,
  HABIT_CLAUSE_ENDS,
  HABIT_NOUNS,
  HABITUAL_ADJECTIVES,
  HABITUAL_ADVERBS,
} from "../words.ts";

/** How far before a trigger its adverb or adjective of habit may stand ("who often spark violence"). */
const HABIT_WINDOW = 3;

/**
 * "Police often clash with youths in Athens", "the frequent battles between police and youths",
 * "rebels usually attack at night": what tends to happen is a generalisation, no event with a
 * time and place. An adverb of habit in the trigger's clause just before it (HABITUAL_ADVERBS), or
 * an adjective of habit right before an event noun (HABITUAL_ADJECTIVES), drops it; so does a noun
 * of habit whose "of" names the event ("a long history of domestic violence", HABIT_NOUNS), and a
 * frequency after it in its clause ("rallies almost every day", "gather daily", FREQUENCY_ADVERBS).
 */
export const dropHabitual: Refiner = {
  name: "drop-habitual",
  refine: (candidates, { doc }) =>
    candidates.filter((c) => {
      const first = c.trigger.firstToken;
      const sentence = doc.tokens[first].sentence;
      // "a long history of domestic violence", "a pattern of abuse": a habit, not an act.
      if (c.trigger.nominal && habitOf(doc, first)) return false;
      // "rallies almost every day", "protesters gather daily outside the house": a frequency after it.
      if (frequencyAfter(doc, c.trigger.lastToken)) return false;
      for (let k = first - 1; k >= Math.max(0, first - HABIT_WINDOW); k--) {
        const t = doc.tokens[k];
        if (t.sentence !== sentence || HABIT_CLAUSE_ENDS.has(t.norm)) return true;
        if (HABITUAL_ADVERBS.has(t.norm)) return false;
        if (k === first - 1 && c.trigger.nominal && HABITUAL_ADJECTIVES.has(t.norm)) return false;
      }
      return true;
    }),
};

/** The event noun at `first` is what a noun of habit is "of", past its adjectives ("a history of domestic violence"). */
function habitOf(doc: Parameters<Refiner["refine"]>[1]["doc"], first: number): boolean {
  let k = first - 1;
  while (k >= 0 && (doc.tokens[k].pos === "ADJ" || doc.tokens[k].pos === "NOUN") && k > first - 3) k--;
  return doc.tokens[k]?.norm === "of" && HABIT_NOUNS.has(doc.tokens[k - 1]?.norm ?? "");
}

/** How far after a trigger its frequency may stand ("gather outside the house every day"). */
const FREQUENCY_WINDOW = 6;

/** "every day", "each week", "daily", "every Friday" after the trigger, before its clause ends. */
function frequencyAfter(doc: Parameters<Refiner["refine"]>[1]["doc"], last: number): boolean {
  const sentence = doc.tokens[last].sentence;
  for (let k = last + 1; k <= last + FREQUENCY_WINDOW && k < doc.tokens.length; k++) {
    const t = doc.tokens[k];
    // "pledged to consult each other regularly": the frequency of another verb's act.
    if (t.sentence !== sentence || t.text === "," || t.text === ";" || t.pos === "CCONJ") return false;
    if (t.norm === "to" || t.pos === "VERB" || t.pos === "SCONJ") return false;
    // "gather daily", not "the nightly curfew": the adverb, not the adjective.
    const next = doc.tokens[k + 1];
    if (FREQUENCY_ADVERBS.has(t.norm) && !(next && (next.pos === "NOUN" || next.pos === "ADJ"))) return true;
    if ((t.norm === "every" || t.norm === "each") && FREQUENCY_UNITS.has(doc.tokens[k + 1]?.norm ?? ""))
      return true;
  }
  return false;
}
