import { tokenAtOrAfter } from "../nlp/offsets.ts";
import type { Doc, TimeExpression } from "../nlp/types.ts";
import { anchorOnReference, reportedTime as reportedOnReference } from "./reference.ts";
import type { EventTime } from "./schema.ts";
import type { Trigger } from "./triggers.ts";
import { ATTRIBUTING_VERBS, ON_PREPOSITIONS } from "./words.ts";

/** When an event happened: the time expression that governs its trigger, else the publication date. */

const DATE_VALUE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2}))?/;

function eventTime(t: TimeExpression, doc: Doc): EventTime | undefined {
  // "two days later" is tagged as the duration it counts; the date it points to dates the event.
  const date = t.type === "DURATION" ? t.date : t.type === "DATE" || t.type === "TIME" ? t.value : undefined;
  if (!date) return undefined;
  const m = DATE_VALUE.exec(date);
  if (!m) return undefined;
  let value: string;
  let precision: EventTime["precision"];
  if (m[3]) {
    value = `${m[1]}-${m[2]}-${m[3]}`;
    precision = "day";
  } else if (m[4]) {
    value = `${m[1]}-W${m[4]}`;
    precision = "week";
  } else if (m[2]) {
    value = `${m[1]}-${m[2]}`;
    precision = "month";
  } else {
    value = m[1];
    precision = "year";
  }
  const time: EventTime = {
    value,
    precision,
    acledPrecision: precision === "day" ? 1 : precision === "week" ? 2 : 3,
    text: t.text,
    start: t.start,
    end: t.end,
    anchor: t.anchor === "explicit" ? "explicit" : "published",
    relation: directlyOn(doc, t) ? "on" : (t.relation ?? "on"),
  };
  return anchorOnReference(time, doc.reference);
}

/** "announced Thursday that …", "said on Monday that …": the date of the statement, not of the event told. */
function datesSpeech(doc: Doc, t: TimeExpression): boolean {
  const first = tokenAtOrAfter(doc.tokens, t.start);
  for (let k = first - 1; k >= Math.max(0, first - 2); k--) {
    const tok = doc.tokens[k];
    if (tok.pos === "VERB" && ATTRIBUTING_VERBS.has(tok.lemma.toLowerCase())) return true;
    if (tok.norm !== "on") return false;
  }
  return false;
}

/** "after demonstrations on January 2": the preposition right before the date dates the event itself. */
function directlyOn(doc: Doc, t: TimeExpression): boolean {
  const before = doc.tokens[tokenAtOrAfter(doc.tokens, t.start) - 1];
  return !!before && ON_PREPOSITIONS.has(before.norm) && t.start - before.end <= 1;
}

/** The time expression governing a trigger: nearest in the sentence with no other trigger between. */
export function governingTime(doc: Doc, trigger: Trigger, triggers: Trigger[]): EventTime | undefined {
  const times = doc.times.filter(
    (t) => t.start >= doc.sentences[trigger.sentence].start && t.end <= doc.sentences[trigger.sentence].end,
  );
  let best: { time: EventTime; distance: number } | undefined;
  for (const t of times) {
    const time = eventTime(t, doc);
    if (!time || (t.end <= trigger.start && datesSpeech(doc, t))) continue;
    const lo = Math.min(t.start, trigger.start);
    const hi = Math.max(t.end, trigger.end);
    const blocked = triggers.some(
      (o) =>
        o !== trigger && o.sentence === trigger.sentence && !o.background && o.start >= lo && o.end <= hi,
    );
    if (blocked) continue;
    const distance = t.start > trigger.end ? t.start - trigger.end : trigger.start - t.end;
    if (!best || distance < best.distance) best = { time, distance };
  }
  return best?.time;
}

/** An event the text does not date happened on or before the day it was reported. */
export function reportedTime(doc: Doc): EventTime {
  return reportedOnReference(doc.reference);
}
