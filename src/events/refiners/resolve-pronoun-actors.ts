import { entityActor } from "../actors.ts";
import type { Refiner } from "../types.ts";

/** Words that may stand between a subject pronoun and its verb: "he also urged", "she has not met". */
const BETWEEN = new Set(["AUX", "ADV", "PART"]);
/** How many sentences back the person a "he" or "she" refers to may have been named (news paragraphs are often one sentence). */
const LOOK_BACK = 2;

/**
 * "He urged Vietnam and others to push back": a news story's "he" or "she" that opens a clause is,
 * far more often than not, the person most recently named before it (the story's subject in the
 * sentences just before). When a verbal trigger's subject is such a pronoun and the clause names no
 * actor, the actor is the last person named since the start of the sentence two before; the
 * actor's offsets are that name's, so the evidence points to the characters it came from.
 */
export const resolvePronounActors: Refiner = {
  name: "resolve-pronoun-actors",
  refine(candidates, { doc }) {
    for (const c of candidates) {
      if (c.actor || c.trigger.nominal) continue;
      const tokens = doc.tokens;
      const sentence = doc.sentences[c.trigger.sentence];
      let k = c.trigger.firstToken - 1;
      while (k >= sentence.tokenStart && BETWEEN.has(tokens[k].pos)) k--;
      if (k < sentence.tokenStart || (tokens[k].norm !== "he" && tokens[k].norm !== "she")) continue;
      // The pronoun opens its clause: the sentence, or after a comma, "and", "but", "as", "when".
      const before = tokens[k - 1];
      if (
        k > sentence.tokenStart &&
        !/^(,|;|and|but|as|when|while|after|before|because|said|says)$/.test(before.norm)
      )
        continue;
      const from = doc.sentences[Math.max(0, c.trigger.sentence - LOOK_BACK)].start;
      const person = doc.entities
        .filter((e) => e.label === "PER" && e.end <= tokens[k].start && e.start >= from)
        .at(-1);
      if (!person) continue;
      const actor = entityActor(doc, person);
      if (actor) c.actor = actor;
    }
    return candidates;
  },
};
