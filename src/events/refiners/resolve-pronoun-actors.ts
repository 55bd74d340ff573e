import { entityActor } from "../actor-candidates.ts";
import { MOVEMENT_TYPES, type Refiner } from "../types.ts";
import { lightVerbBefore, subjectSlot } from "../verb-forms.ts";
import { CONVERSE_VERBS } from "../words.ts";

/** How many sentences back the person a "he" or "she" refers to may have been named (news paragraphs are often one sentence). */
const LOOK_BACK = 2;

/**
 * "He urged Vietnam and others to push back": a news story's "he" or "she" that opens a clause is,
 * far more often than not, the person most recently named before it (the story's subject in the
 * sentences just before). When a verbal trigger's subject is such a pronoun and the clause names no
 * actor, the actor is the last person named since the start of the sentence two before; the
 * actor's offsets are that name's, so the evidence points to the characters it came from. So for
 * a noun's light verb ("She then lavished praise") and after "that" ("announced that he will
 * withdraw"). In a passive clause ("He was convicted of fraud") the pronoun is the recipient, not the actor.
 */
export const resolvePronounActors: Refiner = {
  name: "resolve-pronoun-actors",
  refine(candidates, { doc }) {
    for (const c of candidates) {
      const tokens = doc.tokens;
      // "She then lavished praise on the staff": a noun's light verb has the pronoun as subject.
      const verb = c.trigger.nominal ? lightVerbBefore(tokens, c.trigger.firstToken) : c.trigger.firstToken;
      if (verb < 0) continue;
      // "he had been receiving death threats": the subject of a converse verb is the one it is done to.
      if (c.trigger.nominal && CONVERSE_VERBS.has(tokens[verb].lemma.toLowerCase())) continue;
      // "He was convicted of fraud": the subject of a passive is who the act was done to.
      const patient = c.passive && (!MOVEMENT_TYPES.has(c.trigger.type) || c.trigger.mode === "release");
      if (patient ? c.recipient : c.actor) continue;
      const sentence = doc.sentences[c.trigger.sentence];
      const k = subjectSlot(tokens, verb, sentence.tokenStart);
      if (k < 0 || (tokens[k].norm !== "he" && tokens[k].norm !== "she")) continue;
      // The pronoun opens its clause: the sentence, or after a comma, "and", "but", "as", "when".
      const before = tokens[k - 1];
      if (
        k > sentence.tokenStart &&
        !/^(,|;|and|but|as|when|while|after|before|because|said|says|that)$/.test(before.norm)
      )
        continue;
      const from = doc.sentences[Math.max(0, c.trigger.sentence - LOOK_BACK)].start;
      const named = doc.entities.filter(
        (e) => e.label === "PER" && e.end <= tokens[k].start && e.start >= from,
      );
      // "Vasquez admitted to police that he had stabbed Welch": after "that", the pronoun is the
      // speaker, the sentence's first person, not the last one named.
      const inSentence = named.filter((e) => e.start >= sentence.start);
      const person = before?.norm === "that" && inSentence.length > 0 ? inSentence[0] : named.at(-1);
      if (!person) continue;
      const party = entityActor(doc, person);
      if (party && patient) c.recipient = party;
      else if (party) c.actor = party;
    }
    return candidates;
  },
};
