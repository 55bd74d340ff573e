import type { Doc, Token } from "../../nlp/types.ts";
import type { Candidate, Refiner } from "../types.ts";
import { isPresentForm } from "../verb-forms.ts";
import { NOT_PRESENT_SIMPLE_BEFORE, SAME_FORM_PAST } from "../words.ts";

/** A weekday named on its own ("Monday", "on Friday night"), not a full date. */
const WEEKDAY = /^(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/i;

/**
 * "He and Arafat meet separately Monday with Albright", "The two leaders hold talks Friday in
 * Geneva": news tells a scheduled act in the present simple with the day it is set for. Such an act
 * is planned, and its weekday is the next one, not the last. The time tagger reads a weekday's
 * direction from the tense words of its clause and, finding none here, takes the last such day; the
 * verb's own form says more. A past form ("met Monday"), an auxiliary or "to" before the verb, or a
 * verb whose past is its present ("cut", "set") leaves the event as it is; so does a page dated
 * coarser than a day.
 */
export const schedulePresentTense: Refiner = {
  name: "schedule-present-tense",
  refine(candidates, { doc }) {
    if (doc.reference.precision !== "day") return candidates;
    const today = doc.reference.date;
    for (const c of candidates) {
      const time = c.time;
      if (time?.precision !== "day" || time.anchor !== "published" || !WEEKDAY.test(time.text)) continue;
      if (c.modality !== "asserted" && c.modality !== "reported") continue;
      if (c.trigger.nominal || !presentSimple(doc, c.trigger.firstToken)) continue;
      if (time.start === undefined || !dayOfVerb(doc, c.trigger, time.start)) continue;
      c.modality = "planned";
      if (time.value < today) c.time = { ...time, value: addDays(time.value, 7) };
    }
    return candidates;
  },
};

/** The verb at `i` is a present simple: its base form or its "-s" form, with no auxiliary or "to" before it. */
function presentSimple(doc: Doc, i: number): boolean {
  const t: Token = doc.tokens[i];
  if (t.pos !== "VERB") return false;
  const lemma = t.lemma.toLowerCase();
  if (SAME_FORM_PAST.has(lemma)) return false;
  // "carries", "rallies": the -ies form too.
  if (!isPresentForm(t) && t.norm !== `${lemma.replace(/y$/, "")}ies`) return false;
  // Past adverbs between an auxiliary and the verb: "will also meet", "did not meet"; a verb after
  // "and" may share an auxiliary or a "to" named before ("wants the court to suspend it and also order").
  for (let k = i - 1; k >= Math.max(doc.sentences[t.sentence].tokenStart, i - 3); k--) {
    const w = doc.tokens[k];
    if (NOT_PRESENT_SIMPLE_BEFORE.has(w.norm) || w.pos === "CCONJ") return false;
    if (w.pos !== "ADV") break;
  }
  return true;
}

/** How many words may stand between the verb and its weekday ("meet separately with Albright on Monday"). */
const DAY_REACH = 6;

/** The weekday follows the verb in its own clause: no verb, comma or clause break between them. */
function dayOfVerb(doc: Doc, trigger: Candidate["trigger"], start: number): boolean {
  const tokens = doc.tokens;
  let k = trigger.lastToken + 1;
  for (; k < tokens.length && tokens[k].start < start; k++) {
    if (k - trigger.lastToken > DAY_REACH) return false;
    const w = tokens[k];
    if (w.pos === "VERB" || w.pos === "AUX" || w.pos === "PUNCT" || w.pos === "SCONJ") return false;
  }
  return k < tokens.length && tokens[k].sentence === trigger.sentence;
}

function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
