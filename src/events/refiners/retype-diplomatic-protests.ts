import type { Refiner } from "../types.ts";
import { lightVerbBefore } from "../verb-forms.ts";
import { PROTEST_HEARING_VERBS, PROTEST_LODGING_VERBS } from "../words.ts";

/**
 * "The embassy made a sharp protest to the government", "Beijing lodged a formal protest with
 * Tokyo", "the ministry sent a note of protest": a protest lodged, filed, delivered or voiced is a
 * complaint made to a party, ACCUSE/disapprove in PLOVER (CAMEO 114, complain officially), not a
 * demonstration. A protest staged or held, a "protest march", or protests with no such verb, stay PROTEST.
 */
export const retypeDiplomaticProtests: Refiner = {
  name: "retype-diplomatic-protests",
  refine(candidates, { doc }) {
    for (const c of candidates) {
      const t = c.trigger;
      if (t.type !== "PROTEST" || !t.nominal) continue;
      if (!doc.tokens[t.firstToken].lemma.toLowerCase().startsWith("protest")) continue;
      // "made a protest march": the noun modifies another; the march is the event.
      const next = doc.tokens[t.lastToken + 1];
      if (next?.sentence === t.sentence && next.pos === "NOUN") continue;
      const verb = lightVerbBefore(doc.tokens, t.firstToken);
      if (verb < 0 || !PROTEST_LODGING_VERBS.has(doc.tokens[verb].lemma.toLowerCase())) continue;
      t.type = "ACCUSE";
      t.mode = "disapprove";
      // "The ambassador was summoned to hear a sharp protest": who hears or receives it is its recipient.
      if (PROTEST_HEARING_VERBS.has(doc.tokens[verb].lemma.toLowerCase()) && c.actor && !c.recipient) {
        c.recipient = c.actor;
        c.actor = undefined;
      }
    }
    return candidates;
  },
};
