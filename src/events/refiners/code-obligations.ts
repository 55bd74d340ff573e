import { subjectPhrase } from "../subject-phrase.ts";
import type { Refiner } from "../types.ts";
import { lightVerbBefore } from "../verb-forms.ts";
import { DEMAND_VERBS, OBLIGATION_CUES } from "../words.ts";

/** "its demand today that …": a date or adverb may stand between a demand and its that-clause. */
const DEMAND_THAT_WINDOW = 5;

/**
 * "Russia said that Sudan must return the helicopter": a speaker stating what another party must do
 * is making a demand (REQUEST), with the obliged party as recipient. The act demanded is `intended`.
 */
export const codeObligations: Refiner = {
  name: "code-obligations",
  refine(candidates, { doc }) {
    for (const c of candidates) {
      if (c.trigger.type === "REQUEST" && !c.trigger.obligation) continue;
      // "reiterated its demand that Israel ease restrictions": the act in a demand's that-clause is what is demanded.
      const demand = candidates.find(
        (d) =>
          d !== c &&
          d.trigger.type === "REQUEST" &&
          d.trigger.sentence === c.trigger.sentence &&
          d.trigger.end < c.trigger.start &&
          doc.tokens
            .slice(d.trigger.lastToken + 1, d.trigger.lastToken + DEMAND_THAT_WINDOW)
            .some((x) => x.norm === "that"),
      );
      if (demand && !c.trigger.nominal) {
        c.intended = c.trigger.type;
        c.trigger.type = "REQUEST";
        c.trigger.mode = undefined;
        c.actor = demand.actor ?? c.actor;
        const obligedParty = subjectPhrase(doc, c.trigger.firstToken);
        if (obligedParty) c.recipient = obligedParty;
        continue;
      }
      const s = doc.sentences[c.trigger.sentence];
      // "must reach an agreement": a noun's obligation sits before the verb that governs it.
      const light = c.trigger.nominal
        ? lightVerbBefore(doc.tokens, c.trigger.firstToken)
        : c.trigger.firstToken;
      if (light < 0) continue;
      let k = light - 1;
      while (k > s.tokenStart && (doc.tokens[k].pos === "ADV" || doc.tokens[k].norm === "be")) k--;
      if (!OBLIGATION_CUES.has(doc.tokens[k]?.norm ?? "")) continue;
      const obliged = subjectPhrase(doc, k);
      // The demand is made by someone else: a speech verb before the obliged party ("X said that Y must").
      const speech = doc.tokens
        .slice(s.tokenStart, obliged ? obliged.firstToken : k)
        .findIndex((t) => t.pos === "VERB" && DEMAND_VERBS.has(t.lemma.toLowerCase()));
      if (!obliged || speech < 0) continue;
      const speaker = subjectPhrase(doc, s.tokenStart + speech);
      if (!c.trigger.obligation) c.intended = c.trigger.type;
      c.trigger.type = "REQUEST";
      c.trigger.mode = undefined;
      if (speaker) c.actor = speaker;
      c.recipient = obliged;
    }
    return candidates;
  },
};
