import type { ActorKind } from "../schema.ts";
import type { Refiner } from "../types.ts";

/**
 * The learned sentence decision (src/events/learn): a trigger word in a sentence that does not
 * report a political event at all — a market report whose index "rallied", a match report where a
 * side "beat" another, a chef who "attacked" food waste — is not an event. The model reads the
 * whole sentence (its words, their clusters, its names), so it judges the senses that no word list
 * of other domains can enumerate.
 *
 * A sentence that goes on from one that reports an event ("They were deployed along the border.",
 * "The unrest began after demonstrations against a rise in bread prices.") names little by itself
 * or borrows the words of other news; it needs only CONTINUATION_THRESHOLD when the sentence before
 * it reached SENTENCE_THRESHOLD. In a story that reports events (at least half of its sentences
 * reach SENTENCE_THRESHOLD) a sentence needs only STORY_THRESHOLD: there the decision is not
 * whether the article is about politics but only whether this sentence is an aside from another
 * field (a market figure scores near 0), and a quoted "provided all the assistance necessary to
 * stem the crisis" is the story's own. The other way round, in a quiet story (under
 * QUIET_STORY_SHARE of its sentences are events: a profile, a review, a business or music story)
 * only sentences the model is sure of (QUIET_THRESHOLD) count: a lone "deal", "hearing" or
 * "rally" there is the story's own business. A story keeps to its topic (wire copy gives most
 * sentences a paragraph of their own, so paragraphs are no boundary here).
 */
export const SENTENCE_THRESHOLD = 0.5;
export const CONTINUATION_THRESHOLD = 0.2;
export const STORY_THRESHOLD = 0.03;
export const QUIET_STORY_SHARE = 0.25;
export const QUIET_THRESHOLD = 0.8;

/** Kinds of party whose attack is an event whatever the sentence's other words. */
const ARMED_KINDS: ReadonlySet<ActorKind> = new Set<ActorKind>(["military", "police", "rebels"]);

export const keepEventSentences: Refiner = {
  name: "keep-event-sentences",
  refine(candidates, ctx) {
    const p = new Map<number, number>();
    const model = ctx.model();
    const score = (s: number): number => {
      let q = p.get(s);
      if (q === undefined) {
        q = model.sentenceIsEvent(ctx.doc, s);
        p.set(s, q);
      }
      return q;
    };
    let share: number | undefined;
    const eventShare = (): number => {
      if (share === undefined) {
        const n = ctx.doc.sentences.length;
        let events = 0;
        for (let s = 0; s < n; s++) if (score(s) >= SENTENCE_THRESHOLD) events++;
        share = n ? events / n : 0;
      }
      return share;
    };
    const story = () => ctx.doc.sentences.length > 1 && eventShare() >= 0.5;
    const quiet = () => ctx.doc.sentences.length > 1 && eventShare() < QUIET_STORY_SHARE;
    return candidates.filter((c) => {
      // "Gunmen killed 12 people in a market in Kano": an armed party attacking is political
      // violence in any section; the bag of words reads "market" as a market report.
      if (c.trigger.type === "ASSAULT" && ARMED_KINDS.has(c.actor?.kind ?? "unknown")) return true;
      const s = c.trigger.sentence;
      const q = score(s);
      if (q >= SENTENCE_THRESHOLD) return q >= QUIET_THRESHOLD || !quiet();
      if (q >= CONTINUATION_THRESHOLD && s > 0 && score(s - 1) >= SENTENCE_THRESHOLD) return !quiet();
      return q >= STORY_THRESHOLD && story();
    });
  },
};
