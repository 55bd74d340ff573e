import type { Refiner } from "../types.ts";
import { subjectSlot } from "../verb-forms.ts";

/** First-person subjects: in a quotation they are its speaker ("“We thank Kabul,” Pompeo said"). */
const FIRST_PERSON = new Set(["we", "i"]);

/**
 * "“We thank the Afghan government for its actions,” Pompeo said", "“I met the president on
 * Monday,” the minister told reporters": the "we" or "I" of a quotation is the person it is
 * attributed to (or the body they speak for), so when a verb's subject is such a pronoun and the
 * sentence names its speaker, the speaker is the actor. The actor's offsets are the speaker's.
 */
export const speakerPronounActors: Refiner = {
  name: "speaker-pronoun-actors",
  refine(candidates, ctx) {
    const tokens = ctx.doc.tokens;
    for (const c of candidates) {
      if (c.trigger.nominal || c.passive || c.actor || !c.attribution) continue;
      const sentence = ctx.doc.sentences[c.trigger.sentence];
      const k = subjectSlot(tokens, c.trigger.firstToken, sentence.tokenStart);
      if (k < 0 || !FIRST_PERSON.has(tokens[k].norm)) continue;
      const source = c.attribution;
      const speaker = ctx
        .sentence(c.trigger.sentence)
        .actors.find((a) => a.start >= source.start && a.end <= source.end);
      if (speaker) c.actor = speaker;
    }
    return candidates;
  },
};
