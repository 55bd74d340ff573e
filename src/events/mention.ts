import { createHash } from "node:crypto";
import { wordBefore } from "../nlp/offsets.ts";
import type { Doc } from "../nlp/types.ts";
import { acledType } from "./acled.ts";
import { toActor } from "./actors.ts";
import { reportedTime } from "./event-time.ts";
import type { EventMention, Evidence } from "./schema.ts";
import type { Trigger } from "./triggers.ts";
import type { Candidate } from "./types.ts";
import { BARE_INFINITIVE_AFTER } from "./words.ts";

/** A finished candidate written as the stored record: evidence, confidence, ACLED type, id. */

function triggerForm(doc: Doc, t: Trigger): Evidence["trigger"]["form"] {
  if (t.nominal) return "noun";
  const tok = doc.tokens[t.firstToken];
  // "is willing to send", "is ready to contribute": the intention is the clause's predicate.
  if (tok.pos === "ADJ" && doc.tokens[t.firstToken + 1]?.norm === "to") return "finite";
  if (tok.pos !== "VERB") return "other";
  // "to halt", "to hold a general strike", "continue to send": an embedded act, not the clause's own.
  const k = wordBefore(doc.tokens, t.firstToken);
  const before = k >= 0 ? doc.tokens[k] : undefined;
  const embedded =
    !!before && (before.norm === "to" || BARE_INFINITIVE_AFTER.has(before.lemma.toLowerCase()));
  return embedded ? "infinitive" : "finite";
}

export function evidenceOf(doc: Doc, docId: string, t: Trigger): Evidence {
  const s = doc.sentences[t.sentence];
  return {
    docId,
    sentence: t.sentence,
    start: s.start,
    end: s.end,
    text: doc.text.slice(s.start, s.end),
    trigger: { start: t.start, end: t.end, text: t.text, form: triggerForm(doc, t) },
  };
}

function confidenceOf(c: Candidate): number {
  // Starting points: a verb names an event more reliably than a noun; each argument found raises it.
  let score = c.trigger.nominal ? 0.55 : 0.65;
  if (c.actor) score += 0.1;
  if (c.recipient) score += 0.05;
  if (c.place && !c.place.fromFocus) score += 0.05;
  if (c.time && c.time.precision !== "reported") score += 0.05;
  if (c.also.length) score += 0.05;
  if (c.modality === "hypothetical") score -= 0.15;
  return Math.round(Math.min(0.95, Math.max(0.05, score)) * 100) / 100;
}

function eventId(docId: string, e: Evidence, type: string): string {
  return createHash("sha1")
    .update(`${docId}:${e.trigger.start}:${e.trigger.end}:${type}`)
    .digest("hex")
    .slice(0, 16);
}

export function toMention(doc: Doc, docId: string, c: Candidate): EventMention {
  const evidence = evidenceOf(doc, docId, c.trigger);
  const actor = c.actor ? toActor(c.actor) : undefined;
  const recipient = c.recipient ? toActor(c.recipient) : undefined;
  const attribution = c.attribution ? (({ cueToken: _c, ...a }) => a)(c.attribution) : undefined;
  const { contexts, weapon } = c;
  const coded = {
    type: c.trigger.type,
    ...(c.trigger.mode ? { mode: c.trigger.mode } : {}),
    ...(actor ? { actor } : {}),
    ...(recipient ? { recipient } : {}),
    counts: c.counts,
    contexts,
    ...(weapon ? { weapon } : {}),
    evidence,
  };
  return {
    id: eventId(docId, evidence, c.trigger.type),
    type: c.trigger.type,
    ...(c.trigger.mode ? { mode: c.trigger.mode } : {}),
    ...(actor ? { actor } : {}),
    ...(recipient ? { recipient } : {}),
    ...(c.place ? { place: c.place } : {}),
    time: c.time ?? reportedTime(doc),
    counts: c.counts,
    ...(attribution ? { attribution } : {}),
    modality: c.modality,
    ...(c.intended ? { intended: c.intended } : {}),
    ...(c.contested ? { contested: true } : {}),
    evidence,
    also: c.also,
    confidence: confidenceOf(c),
    contexts,
    ...(weapon ? { weapon } : {}),
    acled: acledType(coded),
    rules: c.rules,
  };
}
