import type { GeoResult } from "../geo/types.ts";
import type { Doc } from "../nlp/types.ts";
import type { ActorCandidate } from "./actors.ts";
import type { SentenceAttribution } from "./attribution.ts";
import type { EventModel } from "./learn/index.ts";
import type { Count, EventMention, EventTime, Evidence, Place, PloverType } from "./schema.ts";
import type { Trigger } from "./triggers.ts";

/** An event being built: a trigger and the arguments attached so far; refiners retype, fill, merge and drop. */
export interface Candidate {
  trigger: Trigger;
  actor?: ActorCandidate;
  recipient?: ActorCandidate;
  time?: EventTime;
  place?: Place;
  counts: Count[];
  attribution?: SentenceAttribution;
  modality: EventMention["modality"];
  contested: boolean;
  intended?: EventMention["type"];
  also: Evidence[];
  /** PLOVER contexts and weapon, set by the describe-means refiner. */
  contexts: string[];
  weapon?: string;
  /** The trigger rule and every refiner that made or changed this candidate, in order. */
  rules: string[];
  /** The trigger is a passive verb: its subject is the recipient ("was arrested"), a by-phrase the actor. */
  passive?: boolean;
}

/** What a sentence offers every trigger in it: its actor phrases and its attribution. */
export interface SentenceContext {
  actors: ActorCandidate[];
  attribution?: SentenceAttribution;
}

/** What a refiner sees besides the candidates. */
export interface CoderContext {
  doc: Doc;
  geo: GeoResult;
  docId: string;
  /** Every trigger of the document, including those no candidate was made for. */
  triggers: Trigger[];
  /** Actor phrases and attribution of a sentence, computed once. */
  sentence(index: number): SentenceContext;
  /** The learned event model (loaded on first use): the sentence decision and the type classifier. */
  model(): EventModel;
}

/** Takes every candidate of a document and returns a better list (retyped, completed, merged, filtered). */
export interface Refiner {
  name: string;
  refine(candidates: Candidate[], ctx: CoderContext): Candidate[];
}

// ---------------------------------------------------------------- classes of PLOVER types

/** Types whose recipient is the object of the verb (PLOVER "requires recipient" plus obvious targets). */
export const TAKES_RECIPIENT: ReadonlySet<PloverType> = new Set<PloverType>([
  "AGREE",
  "CONCEDE",
  "RETREAT",
  "ACCUSE",
  "ASSAULT",
  "COERCE",
  "CONSULT",
  "SUPPORT",
  "AID",
  "COOPERATE",
  "SANCTION",
  "THREATEN",
  "REQUEST",
  "REJECT",
  "PROTEST",
  "MOBILIZE",
]);
/** Types whose noun form names the affected party with "of" ("the arrest of 12,000 people"). */
export const OF_IS_RECIPIENT: ReadonlySet<PloverType> = new Set<PloverType>([
  "COERCE",
  "ASSAULT",
  "SANCTION",
]);
/** Movements of forces: their count is troops and their actor may be carried from a sentence before. */
export const MOVEMENT_TYPES: ReadonlySet<PloverType> = new Set<PloverType>(["MOBILIZE", "RETREAT"]);
/** Events between two parties where "A and B" means A with B. */
export const SYMMETRIC: ReadonlySet<PloverType> = new Set<PloverType>(["CONSULT", "AGREE", "COOPERATE"]);
/** Verbal conflict: the other party may be named with "from", "by", "over". */
export const VERBAL_CONFLICT: ReadonlySet<PloverType> = new Set<PloverType>([
  "REQUEST",
  "REJECT",
  "ACCUSE",
  "THREATEN",
]);
/** Acts done by speaking or writing: they happen where the one who speaks is. */
export const STATEMENT_TYPES: ReadonlySet<PloverType> = new Set<PloverType>([
  ...VERBAL_CONFLICT,
  "SUPPORT",
  "AGREE",
]);
/**
 * Events that happen where the story's deeds happen. Statements are made where their speakers
 * are, and a sentence or a conviction where the court sits: neither is carried to the scene.
 */
export function happensAtScene(type: PloverType): boolean {
  return !STATEMENT_TYPES.has(type) && type !== "SANCTION";
}
/** PLOVER's cooperative types: their future form is AGREE; the others' is THREATEN. */
export const COOPERATIVE: ReadonlySet<PloverType> = new Set<PloverType>([
  "CONSULT",
  "SUPPORT",
  "COOPERATE",
  "AID",
  "RETREAT",
  "CONCEDE",
]);
/** Events whose "without evidence" marks the claim itself. */
export const CLAIM_TYPES: ReadonlySet<string> = new Set([
  "ACCUSE",
  "THREATEN",
  "REJECT",
  "REQUEST",
  "DEMAND",
]);

export function isViolent(c: Candidate): boolean {
  return c.trigger.type === "ASSAULT" || (c.trigger.type === "PROTEST" && c.trigger.mode === "riot");
}
