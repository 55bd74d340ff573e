import { z } from "zod";

/**
 * The event record, defined once. The store, the CLI, exports and the API all derive from this
 * schema, so a field added here is validated, stored and printed everywhere.
 */

export const PLOVER_TYPES = [
  "AGREE",
  "CONSULT",
  "SUPPORT",
  "CONCEDE",
  "COOPERATE",
  "AID",
  "RETREAT",
  "REQUEST",
  "ACCUSE",
  "REJECT",
  "THREATEN",
  "PROTEST",
  "SANCTION",
  "MOBILIZE",
  "COERCE",
  "ASSAULT",
] as const;
export const PloverType = z.enum(PLOVER_TYPES);

/** PLOVER 2.0 modes per event type (Open Event Data Alliance ontology, CC BY-SA 4.0). */
export const PLOVER_MODES: Record<(typeof PLOVER_TYPES)[number], readonly string[]> = {
  AGREE: [],
  CONSULT: ["visit", "third-party", "multilateral", "phone"],
  SUPPORT: [],
  CONCEDE: [],
  COOPERATE: [],
  AID: [],
  RETREAT: ["withdraw", "release", "disarm", "ceasefire", "access", "resign"],
  REQUEST: ["assist", "change", "yield", "meet"],
  ACCUSE: ["disapprove", "investigate", "allege"],
  REJECT: ["assist", "change", "yield", "meet"],
  THREATEN: ["restrict", "arrest", "relations", "expel", "territory", "violence"],
  PROTEST: ["demo", "riot", "strike", "hunger", "boycott", "obstruct"],
  SANCTION: ["convict", "expel", "withdraw", "discontinue"],
  MOBILIZE: ["troops", "weapons", "police", "militia"],
  COERCE: [
    "seize",
    "restrict",
    "censor",
    "curfew",
    "martial-law",
    "arrest",
    "deport",
    "withhold",
    "misinformation",
    "cyber",
  ],
  ASSAULT: [
    "abduct",
    "beat",
    "torture",
    "sexual",
    "targeted",
    "destroy",
    "primitive",
    "firearms",
    "explosives",
    "suicide-attack",
    "aerial",
    "drone",
    "heavy-weapons",
    "crowd-control",
    "unconventional",
  ],
};
export type PloverType = z.infer<typeof PloverType>;

const Offsets = { start: z.number().int().nonnegative(), end: z.number().int().nonnegative() };

export const ActorKind = z.enum([
  "state",
  "government",
  "military",
  "police",
  "party",
  "rebels",
  "protesters",
  "rioters",
  "civilians",
  "person",
  "organisation",
  "igo",
  "media",
  "unknown",
]);
export type ActorKind = z.infer<typeof ActorKind>;

export const Actor = z.object({
  text: z.string(),
  ...Offsets,
  kind: ActorKind,
  /** ISO 3166-1 alpha-3 of the actor's country, when known. */
  country: z.string().length(3).optional(),
  /** Canonical entity name inside the article ("Tokayev" → "Kassym-Jomart Tokayev"). */
  entity: z.string().optional(),
});
export type Actor = z.infer<typeof Actor>;

export const Place = z.object({
  text: z.string(),
  /** Offsets of the toponym in the article text; absent when the place is the document's focus. */
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
  name: z.string(),
  geonameId: z.number().int().optional(),
  /**
   * ISO 3166-1 alpha-3; absent for a region that spans countries ("Africa", "the Indian Ocean").
   * Records stored before this rule carry "" there, read as absent.
   */
  country: z.preprocess((v) => (v === "" ? undefined : v), z.string().length(3).optional()),
  admin1: z.string().optional(),
  lat: z.number().optional(),
  lon: z.number().optional(),
  precision: z.enum(["sub-city", "city", "admin1", "country", "region", "natural", "facility"]),
  /** True when no locative named the place and the article's focus was used instead. */
  fromFocus: z.boolean(),
});
export type Place = z.infer<typeof Place>;

export const EventTime = z.object({
  /** TIMEX3 value: a day (2022-01-13), week (2022-W01), month, year, or the publication date for `reported`. */
  value: z.string(),
  precision: z.enum(["day", "week", "month", "year", "reported"]),
  /** ACLED time_precision: 1 = day, 2 = week or a few days, 3 = month or wider. */
  acledPrecision: z.number().int().min(1).max(3),
  text: z.string(),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
  /** "capture": the article has no publication date; the event happened by its capture date. */
  anchor: z.enum(["published", "capture", "explicit"]),
  relation: z.enum(["on", "before", "after", "by", "since", "during", "until"]),
});
export type EventTime = z.infer<typeof EventTime>;

export const CountWhat = z.enum([
  "killed",
  "injured",
  "arrested",
  "troops",
  "protesters",
  "displaced",
  "people",
]);
export const Count = z.object({
  what: CountWhat,
  /** Lowest defensible number (ACLED convention). */
  value: z.number(),
  min: z.number().optional(),
  max: z.number().optional(),
  qualifier: z.string().optional(),
  text: z.string(),
  ...Offsets,
  /** Who gave the figure, when it differs from the event's attribution. */
  source: z.string().optional(),
});
export type Count = z.infer<typeof Count>;

export const Attribution = z.object({
  source: z.string(),
  cue: z.string(),
  ...Offsets,
  kind: ActorKind.optional(),
  country: z.string().length(3).optional(),
});
export type Attribution = z.infer<typeof Attribution>;

export const Modality = z.enum(["asserted", "reported", "planned", "negated", "denied", "hypothetical"]);
export type Modality = z.infer<typeof Modality>;

export const Evidence = z.object({
  docId: z.string(),
  sentence: z.number().int().nonnegative(),
  ...Offsets,
  /** Equals article.text.slice(start, end). */
  text: z.string(),
  /** Offsets of the trigger word(s) inside the article text. */
  /** The trigger word(s); `form` says how it names the event: a finite verb of a clause, an infinitive ("to halt"), a noun, or other. */
  trigger: z.object({
    ...Offsets,
    text: z.string(),
    form: z.enum(["finite", "infinitive", "noun", "other"]),
  }),
});
export type Evidence = z.infer<typeof Evidence>;

export const AcledType = z.object({ eventType: z.string(), subEventType: z.string() });

export const EventMention = z.object({
  id: z.string(),
  type: PloverType,
  mode: z.string().optional(),
  actor: Actor.optional(),
  recipient: Actor.optional(),
  place: Place.optional(),
  time: EventTime.optional(),
  counts: z.array(Count),
  attribution: Attribution.optional(),
  modality: Modality,
  /** For intentions coded by PLOVER's rule (future cooperation is AGREE, future conflict THREATEN): the type of the act intended. */
  intended: PloverType.optional(),
  /** PLOVER contexts that apply ("territory" for a town taken, "military", "terrorism" …). */
  contexts: z.array(z.string()),
  /** What an attack was carried out with, or what was seized: "grenade", "ied", "artillery", "aircraft", "chemical", "weapons" … */
  weapon: z.string().optional(),
  /** Set when the text says the claim was made without evidence ("has not provided evidence"). */
  contested: z.boolean().optional(),
  /** First evidence span; further mentions of the same event in the article follow in `also`. */
  evidence: Evidence,
  also: z.array(Evidence),
  confidence: z.number().min(0).max(1),
  acled: AcledType.optional(),
  /** The trigger rule, the argument rule and every refiner that made or changed the event, in order (absent in records stored before rules were kept). */
  rules: z.array(z.string()).optional(),
});
export type EventMention = z.infer<typeof EventMention>;

/** An event as printed and exported: the mention plus the article it came from. */
export const EventRecord = EventMention.extend({
  /** The pipeline version that coded the event; absent for events stored before versions were recorded. */
  pipelineVersion: z.number().int().optional(),
  article: z.object({
    id: z.string(),
    title: z.string(),
    url: z.string().optional(),
    publishedAt: z.string().optional(),
    site: z.string().optional(),
  }),
});
export type EventRecord = z.infer<typeof EventRecord>;
