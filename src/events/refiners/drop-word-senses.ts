import type { Refiner } from "../types.ts";
import { DEGREE_WORDS, SENSE_MODIFIERS } from "../words.ts";

/**
 * Two senses of event words that are no event in any domain: a noun whose modifier makes it a
 * medical or everyday thing ("died of a heart attack", "suffered a panic attack", "a hunger strike"
 * stays: hunger is no such modifier), and a participle used as an adjective after a word of degree
 * ("as demanding as", "a very threatening tone", "more striking").
 */
export const dropWordSenses: Refiner = {
  name: "drop-word-senses",
  refine: (candidates, { doc }) =>
    candidates.filter((c) => {
      const before = doc.tokens[c.trigger.firstToken - 1];
      if (!before || before.sentence !== c.trigger.sentence) return true;
      if (c.trigger.nominal && SENSE_MODIFIERS.has(before.norm)) return false;
      return !(/ing$/.test(doc.tokens[c.trigger.firstToken].norm) && DEGREE_WORDS.has(before.norm));
    }),
};
