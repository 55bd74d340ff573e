import { entityActor } from "../actor-candidates.ts";
import { MOVEMENT_TYPES, type Refiner } from "../types.ts";
import { subjectSlot } from "../verb-forms.ts";

/** How many sentences back the person a "he" or "she" refers to may have been named (news paragraphs are often one sentence). */
const LOOK_BACK = 2;

/**
 * "He urged Vietnam and others to push back": a news story's "he" or "she" that opens a clause is,
 * far more often than not, the person most recently named before it (the story's subject in the
 * sentences just before). When a verbal trigger's subject is such a pronoun and the clause names no
 * actor, the actor is the last person named since the start of the sentence two before; the
 * actor's offsets are that name's, so the evidence points to the characters it came from. In a
 * passive clause ("He was convicted of fraud") the pronoun is the recipient, not the actor.
 */
export const resolvePronounActors: Refiner = {
  name: "resolve-pronoun-actors",
  refine(candidates, { doc }) {
    for (const c of candidates) {
      if (c.trigger.nominal) continue;
      // "He was convicted of fraud": the subject of a passive is who the act was done to.
      const patient = c.passive && (!MOVEMENT_TYPES.has(c.trigger.type) || c.trigger.mode === "release");
      if (patient ? c.recipient : c.actor) continue;
      const tokens = doc.tokens;
      const sentence = doc.sentences[c.trigger.sentence];
      const k = subjectSlot(tokens, c.trigger.firstToken, sentence.tokenStart);
      if (k < 0 || (tokens[k].norm !== "he" && tokens[k].norm !== "she")) continue;
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
      const party = entityActor(doc, person);
      if (party && patient) c.recipient = party;
      else if (party) c.actor = party;
    }
    return candidates;
  },
};
