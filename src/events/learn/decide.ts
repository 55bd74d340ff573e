import type { Doc } from "../../nlp/types.ts";
import { acledType } from "../acled.ts";
import type { EventMention } from "../schema.ts";
import type { EventModel } from "./index.ts";

/**
 * The two decisions the learned model makes over the rule coder's events, in the shape of a
 * refiner (events in, events out): rules propose, the classifier decides. The evaluator runs them
 * to score the combination; the coder can list them as refiners.
 */

/** The token a trigger starts at (a Doc.tokens index). */
export function triggerToken(doc: Doc, e: EventMention): number {
  const sentence = doc.sentences[e.evidence.sentence];
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    if (doc.tokens[i].end > e.evidence.trigger.start) return i;
  }
  return sentence.tokenStart;
}

/**
 * Re-types an event when the classifier's best type for its trigger reaches `threshold` and
 * differs from the rules' (the mode follows the type; the ACLED type is derived again).
 */
export function retypeEvents(
  doc: Doc,
  events: readonly EventMention[],
  model: EventModel,
  threshold: number,
): EventMention[] {
  return events.map((e) => {
    const [best] = model.typeScores(doc, e.evidence.sentence, triggerToken(doc, e));
    if (!best || best.p < threshold || (best.type === e.type && best.mode === e.mode)) return e;
    const mode = best.type === e.type && !best.mode ? e.mode : best.mode;
    const retyped: EventMention = { ...e, type: best.type, mode };
    if (!mode) delete retyped.mode;
    return e.acled ? { ...retyped, acled: acledType(retyped) } : retyped;
  });
}

/** Drops events whose sentence the model does not read as reporting a political event (p under `threshold`). */
export function keepEventSentences(
  doc: Doc,
  events: readonly EventMention[],
  model: EventModel,
  threshold: number,
): EventMention[] {
  const p = new Map<number, number>();
  return events.filter((e) => {
    const s = e.evidence.sentence;
    if (!p.has(s)) p.set(s, model.sentenceIsEvent(doc, s));
    return (p.get(s) ?? 0) >= threshold;
  });
}
