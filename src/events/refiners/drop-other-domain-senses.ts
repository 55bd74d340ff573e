import type { Refiner } from "../types.ts";
import { MARKET_WORDS, OTHER_DOMAIN_TRIGGERS, SPORTS_WORDS } from "../words.ts";

/**
 * "Asian stocks rallied", "the index attacked resistance", "Brazil beat Argentina in the qualifier":
 * markets and sports use the words of protest and war for their own news. A trigger of that kind in
 * a sentence set in a market or sports report is not a political event.
 */
export const dropOtherDomainSenses: Refiner = {
  name: "drop-other-domain-senses",
  refine(candidates, { doc }) {
    return candidates.filter((c) => {
      if (!OTHER_DOMAIN_TRIGGERS.has(c.trigger.text.toLowerCase().split(/\s+/)[0])) return true;
      const s = doc.sentences[c.trigger.sentence];
      const words = doc.tokens.slice(s.tokenStart, s.tokenEnd).map((t) => t.norm);
      return !words.some((w) => MARKET_WORDS.has(w) || SPORTS_WORDS.has(w));
    });
  },
};
