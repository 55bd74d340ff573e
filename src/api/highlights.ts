import type { EventRecord } from "../events/schema.ts";
import type { Highlight } from "./schemas.ts";

/**
 * Every extracted value of an article as a span of its text, for the article view: each event's
 * trigger, actor, recipient, place, time, counts and attribution (linked to the event), then the
 * document's own annotations (entities, time expressions, quantities, toponyms) that no event used.
 */

interface Span {
  start: number;
  end: number;
}

interface Annotations {
  entities?: (Span & { text: string; label: string; entity?: string })[];
  times?: (Span & { text: string; value: string })[];
  quantities?: (Span & { text: string; value: number; noun?: string })[];
  places?: (Span & { text: string; role?: string; place?: { name: string; country: string } })[];
}

function valid(s: Partial<Span>, length: number): s is Span {
  return (
    typeof s.start === "number" &&
    typeof s.end === "number" &&
    s.start >= 0 &&
    s.end > s.start &&
    s.end <= length
  );
}

export function articleHighlights(
  text: string,
  events: EventRecord[],
  annotations: Annotations,
): Highlight[] {
  const out: Highlight[] = [];
  const seen = new Set<string>();
  const add = (s: Partial<Span> | undefined, field: string, label: string, eventId?: string) => {
    if (!s || !valid(s, text.length)) return;
    const key = `${s.start}:${s.end}:${field}:${eventId ?? ""}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ start: s.start, end: s.end, field, label, ...(eventId ? { eventId } : {}) });
  };
  const taken = new Set<string>();
  const take = (s: Partial<Span> | undefined) => s && taken.add(`${s.start}:${s.end}`);
  for (const e of events) {
    const what = `${e.type}${e.mode ? ` (${e.mode})` : ""}`;
    for (const ev of [e.evidence, ...e.also]) {
      add(ev.trigger, "trigger", `trigger of ${what}, ${e.modality}`, e.id);
      take(ev.trigger);
    }
    if (e.actor)
      add(e.actor, "actor", `actor of ${what}: ${e.actor.entity ?? e.actor.text} (${e.actor.kind})`, e.id);
    if (e.recipient) {
      add(e.recipient, "recipient", `recipient of ${what}: ${e.recipient.entity ?? e.recipient.text}`, e.id);
    }
    if (e.place) add(e.place, "place", `place of ${what}: ${e.place.name}, ${e.place.country}`, e.id);
    if (e.time) add(e.time, "time", `time of ${what}: ${e.time.value} (${e.time.relation})`, e.id);
    for (const c of e.counts) add(c, "count", `count of ${what}: ${c.what} ${c.value}`, e.id);
    if (e.attribution) {
      add(
        e.attribution,
        "attribution",
        `source of ${what}: ${e.attribution.source} (${e.attribution.cue})`,
        e.id,
      );
    }
    for (const s of [e.actor, e.recipient, e.place, e.time, e.attribution, ...e.counts]) take(s);
  }
  const unused = (s: Span) => !taken.has(`${s.start}:${s.end}`);
  for (const m of annotations.entities ?? []) {
    if (unused(m)) add(m, "entity", `entity ${m.label}: ${m.entity ?? m.text}`);
  }
  for (const t of annotations.times ?? []) if (unused(t)) add(t, "timex", `time expression: ${t.value}`);
  for (const q of annotations.quantities ?? []) {
    if (unused(q)) add(q, "quantity", `quantity: ${q.value}${q.noun ? ` ${q.noun}` : ""}`);
  }
  for (const p of annotations.places ?? []) {
    if (unused(p) && p.place)
      add(p, "toponym", `place (${p.role ?? "place"}): ${p.place.name}, ${p.place.country}`);
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
