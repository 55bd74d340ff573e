import { protestSubtype } from "./acled.ts";
import type { EventMention } from "./schema.ts";

/**
 * The one event a sentence or snippet is "about", for scoring against corpora that code one event
 * per text. PLOVER: the first asserted/reported event of the main clause (verbs before nouns);
 * ACLED: the most severe event, since ACLED codes the violent core of a report.
 */

/** Sub-event types ACLED assigns by the weapon used, whatever else the report tells. */
const WEAPON_TYPES = [
  "Chemical weapon",
  "Suicide bomb",
  "Air/drone strike",
  "Shelling/artillery/missile attack",
  "Grenade",
  "Remote explosive/landmine/IED",
];

/** ACLED sub-event types from most to least specific/severe: a snippet that mentions an air strike
 *  and the arrests that followed is coded as the air strike. */
const ACLED_PRIORITY = [
  ...WEAPON_TYPES,
  "Sexual violence",
  "Abduction/forced disappearance",
  "Government regains territory",
  "Non-state actor overtakes territory",
  "Armed clash",
  "Excessive force against protesters",
  "Attack",
  "Mob violence",
  "Violent demonstration",
  "Protest with intervention",
  "Peaceful protest",
  "Looting/property destruction",
  "Disrupted weapons use",
  "Arrests",
  "Headquarters or base established",
  "Non-violent transfer of territory",
  "Change to group/activity",
  "Agreement",
  "Other",
];

/** A clause's own verb first, then nouns (often its object), then embedded infinitives ("issued an ultimatum to halt"). */
const FORM_RANK: Record<EventMention["evidence"]["trigger"]["form"], number> = {
  finite: 0,
  other: 1,
  noun: 1,
  infinitive: 2,
};

/** Demonstrators or rioters: a report whose events are done by or to them is about their protest. */
const CROWD_KINDS = new Set(["protesters", "rioters"]);
const isCrowd = (a?: EventMention["actor"]) => !!a && CROWD_KINDS.has(a.kind);

export function mainEvent(
  events: EventMention[],
  scheme: "plover" | "acled" = "plover",
): EventMention | undefined {
  if (!events.length) return undefined;
  if (scheme === "acled") {
    // A report about a protest is coded as a protest (of the kind the whole report shows), unless a
    // weapon ACLED names separately was used.
    const protest =
      events.find((e) => e.type === "PROTEST") ??
      events.find((e) => e.type !== "ASSAULT" && (isCrowd(e.actor) || isCrowd(e.recipient))) ??
      events.find((e) => e.type === "ASSAULT" && e.mode === "crowd-control");
    const weaponised = events.some((e) => WEAPON_TYPES.includes(e.acled?.subEventType ?? ""));
    if (protest && !weaponised) {
      // The kind of protest is read from the whole report: stones thrown in one sentence, tear gas in the next.
      const report = [...new Set(events.flatMap((e) => [e.evidence, ...e.also].map((ev) => ev.text)))].join(
        " ",
      );
      return { ...protest, acled: protestSubtype(report) };
    }
    const rank = (e: EventMention) => {
      const i = ACLED_PRIORITY.indexOf(e.acled?.subEventType ?? "Other");
      // An aim ("attacked to capture the town") or a bare noun with no one named ("the violence") ranks
      // after every act told with its participants.
      const weak =
        e.evidence.trigger.form === "infinitive" ||
        (e.evidence.trigger.form === "noun" && !e.actor && !e.recipient && !e.weapon);
      return (i < 0 ? ACLED_PRIORITY.length : i) + (weak ? ACLED_PRIORITY.length : 0);
    };
    return [...events].sort(
      (a, b) => rank(a) - rank(b) || a.evidence.trigger.start - b.evidence.trigger.start,
    )[0];
  }
  const rank = (e: EventMention) => FORM_RANK[e.evidence.trigger.form];
  return [...events].sort(
    (a, b) => rank(a) - rank(b) || a.evidence.trigger.start - b.evidence.trigger.start,
  )[0];
}
