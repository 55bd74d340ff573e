import type { GeoResult } from "../geo/types.ts";
import type { Doc } from "../nlp/types.ts";
import { actorCandidates } from "./actor-candidates.ts";
import { assignArguments } from "./arguments.ts";
import { findAttribution, isContested } from "./attribution.ts";
import { governingTime } from "./event-time.ts";
import { type EventModel, loadEventModel } from "./learn/index.ts";
import { toMention } from "./mention.ts";
import { modalityOf } from "./modality.ts";
import { findObligations } from "./obligations.ts";
import { countryOfPhrase } from "./parties.ts";
import { acrossBorders, clausePlace, withoutSurnames } from "./places.ts";
import { attachCounts } from "./refiners/attach-counts.ts";
import { carryMovementActors } from "./refiners/carry-movement-actors.ts";
import { carryPersonCountries } from "./refiners/carry-person-countries.ts";
import { claimedResponsibility } from "./refiners/claimed-responsibility.ts";
import { codeIntentions } from "./refiners/code-intentions.ts";
import { codeObligations } from "./refiners/code-obligations.ts";
import { describeMeans } from "./refiners/describe-means.ts";
import { dropAccidents } from "./refiners/drop-accidents.ts";
import { dropAidGoods } from "./refiners/drop-aid-goods.ts";
import { dropAims } from "./refiners/drop-aims.ts";
import { dropBackground } from "./refiners/drop-background.ts";
import { dropBusinessParties } from "./refiners/drop-business-parties.ts";
import { dropCarrierVerbs } from "./refiners/drop-carrier-verbs.ts";
import { dropCommentary } from "./refiners/drop-commentary.ts";
import { dropEventEffects } from "./refiners/drop-event-effects.ts";
import { dropGenericViolence } from "./refiners/drop-generic-violence.ts";
import { dropGerundSubjects } from "./refiners/drop-gerund-subjects.ts";
import { dropHabitual } from "./refiners/drop-habitual.ts";
import { dropHeadings } from "./refiners/drop-headings.ts";
import { dropLabelWords } from "./refiners/drop-label-words.ts";
import { dropNegated } from "./refiners/drop-negated.ts";
import { dropNonPartyArguments } from "./refiners/drop-non-party-arguments.ts";
import { dropNonpoliticalSections } from "./refiners/drop-nonpolitical-sections.ts";
import { dropOtherDomainSenses } from "./refiners/drop-other-domain-senses.ts";
import { dropPollOpinions } from "./refiners/drop-poll-opinions.ts";
import { dropProtestPurpose } from "./refiners/drop-protest-purpose.ts";
import { dropQuestions } from "./refiners/drop-questions.ts";
import { dropRoleDescriptions } from "./refiners/drop-role-descriptions.ts";
import { dropSeizedWeapons } from "./refiners/drop-seized-weapons.ts";
import { dropSourcelessStatements } from "./refiners/drop-sourceless-statements.ts";
import { dropStandingRules } from "./refiners/drop-standing-rules.ts";
import { dropStoppedNominals } from "./refiners/drop-stopped-nominals.ts";
import { dropThingActors } from "./refiners/drop-thing-actors.ts";
import { dropUnanchoredNominals } from "./refiners/drop-unanchored-nominals.ts";
import { dropWordSenses } from "./refiners/drop-word-senses.ts";
import { keepEventSentences } from "./refiners/keep-event-sentences.ts";
import { locationAsPlace } from "./refiners/location-as-place.ts";
import { mergeMentions } from "./refiners/merge-mentions.ts";
import { placeFromCourt } from "./refiners/place-from-court.ts";
import { placeFromDateline } from "./refiners/place-from-dateline.ts";
import { placeFromDestination } from "./refiners/place-from-destination.ts";
import { placeFromHome } from "./refiners/place-from-home.ts";
import { placeFromParagraph } from "./refiners/place-from-paragraph.ts";
import { placeFromScenes } from "./refiners/place-from-scenes.ts";
import { placeFromSeat } from "./refiners/place-from-seat.ts";
import { placeFromSpeaker } from "./refiners/place-from-speaker.ts";
import { placeFromStory } from "./refiners/place-from-story.ts";
import { placeFromTarget } from "./refiners/place-from-target.ts";
import { placeNationwide } from "./refiners/place-nationwide.ts";
import { placeNotFlag } from "./refiners/place-not-flag.ts";
import { placeNotSpeech } from "./refiners/place-not-speech.ts";
import { placeNotTarget } from "./refiners/place-not-target.ts";
import { placeNotTopic } from "./refiners/place-not-topic.ts";
import { resolvePronounActors } from "./refiners/resolve-pronoun-actors.ts";
import { retypeCyberAttacks } from "./refiners/retype-cyber-attacks.ts";
import { retypeDiplomaticProtests } from "./refiners/retype-diplomatic-protests.ts";
import { retypeGenericViolence } from "./refiners/retype-generic-violence.ts";
import { retypeMaterialSupport } from "./refiners/retype-material-support.ts";
import { retypeVerbalAttacks } from "./refiners/retype-verbal-attacks.ts";
import { schedulePresentTense } from "./refiners/schedule-present-tense.ts";
import { speakerPronounActors } from "./refiners/speaker-pronoun-actors.ts";
import type { EventMention } from "./schema.ts";
import { findTriggers, type Trigger } from "./triggers.ts";
import {
  type Candidate,
  CLAIM_TYPES,
  type CoderContext,
  type Refiner,
  type SentenceContext,
} from "./types.ts";

/**
 * The event coder, shaped like the time tagger: trigger rules propose (triggers.ts), each trigger
 * becomes a candidate with the arguments its clause gives (arguments.ts), and an ordered list of
 * named refiners drops, retypes, completes and merges. One refiner is learned (src/events/learn):
 * the sentence decision drops triggers in sentences that report no political event. The learned
 * type classifier is not in the list: re-typing the rules' events where it is confident (p ≥ 0.9)
 * lowered type accuracy by 5-fold CV (PLOVER dev 0.833 → 0.828, CASE 2021 0.760 → 0.758), and
 * most of its re-typings on real pages were wrong; `chronicle eval events-learn` keeps measuring
 * it. Every event records the rules that made and changed it.
 */
export const refiners: readonly Refiner[] = [
  dropCommentary,
  dropBackground,
  dropHeadings,
  keepEventSentences,
  dropProtestPurpose,
  dropOtherDomainSenses,
  dropWordSenses,
  dropGenericViolence,
  dropLabelWords,
  dropRoleDescriptions,
  dropSeizedWeapons,
  dropAccidents,
  dropStoppedNominals,
  dropAidGoods,
  codeObligations,
  schedulePresentTense,
  codeIntentions,
  dropNegated,
  dropQuestions,
  dropHabitual,
  dropPollOpinions,
  dropStandingRules,
  dropGerundSubjects,
  dropAims,
  dropEventEffects,
  carryMovementActors,
  claimedResponsibility,
  retypeGenericViolence,
  retypeVerbalAttacks,
  retypeCyberAttacks,
  retypeDiplomaticProtests,
  retypeMaterialSupport,
  locationAsPlace,
  placeFromTarget,
  placeFromDestination,
  placeNotSpeech,
  placeNotTopic,
  placeNotTarget,
  placeFromParagraph,
  placeFromDateline,
  placeFromScenes,
  placeNotFlag,
  placeFromStory,
  placeFromSeat,
  placeFromCourt,
  placeNationwide,
  attachCounts,
  dropNonPartyArguments,
  dropThingActors,
  resolvePronounActors,
  speakerPronounActors,
  carryPersonCountries,
  placeFromSpeaker,
  placeFromHome,
  dropBusinessParties,
  dropNonpoliticalSections,
  dropCarrierVerbs,
  mergeMentions,
  dropSourcelessStatements,
  dropUnanchoredNominals,
  describeMeans,
];

/** The learned refiners; the rules alone are `refiners` without them (training codes with the rules alone). */
export const LEARNED_REFINERS: ReadonlySet<string> = new Set([keepEventSentences.name]);
export const ruleRefiners: readonly Refiner[] = refiners.filter((r) => !LEARNED_REFINERS.has(r.name));

export interface CoderOptions {
  /** The refiners to run, in order (default: all of them). */
  refiners?: readonly Refiner[];
  /** The learned model the learned refiners consult (default: the shipped one, loaded on first use). */
  model?: EventModel;
}

export function codeEvents(
  doc: Doc,
  toponyms: GeoResult,
  docId: string,
  options: CoderOptions = {},
): EventMention[] {
  const geo = acrossBorders(doc, withoutSurnames(doc, toponyms));
  const list = options.refiners ?? refiners;
  const lexical = findTriggers(doc);
  const triggers = [...lexical, ...findObligations(doc, lexical)].sort((a, b) => a.start - b.start);
  const contexts = new Map<number, SentenceContext>();
  const ctx: CoderContext = {
    doc,
    geo,
    docId,
    triggers,
    sentence(index) {
      let found = contexts.get(index);
      if (!found) {
        const actors = actorCandidates(doc, index, countryOfPhrase);
        found = { actors, attribution: findAttribution(doc, index, actors) };
        contexts.set(index, found);
      }
      return found;
    },
    model: () => options.model ?? loadEventModel(),
  };
  const dct = doc.reference.date;
  let candidates = triggers.map((t) => candidateOf(ctx, t, dct));
  // Each candidate's signature before a refiner, SIGNATURE_SIZE values a candidate in one array
  // reused by every refiner: a Map of fresh arrays per refiner was the coder's largest garbage.
  const before: unknown[] = [];
  const now: unknown[] = [];
  for (const refiner of list) {
    const was = candidates.slice();
    for (let i = 0; i < was.length; i++) writeSignature(was[i], before, i * SIGNATURE_SIZE);
    candidates = refiner.refine(candidates, ctx);
    let from = 0;
    for (const c of candidates) {
      const i = indexFrom(was, c, from);
      if (i < 0 || changed(before, i * SIGNATURE_SIZE, c, now)) c.rules.push(refiner.name);
      if (i >= 0) from = i + 1;
    }
  }
  return candidates.map((c) => toMention(doc, docId, c));
}

/** A trigger with what its own clause tells: time, place, modality, attribution and arguments. */
function candidateOf(ctx: CoderContext, trigger: Trigger, dct: string): Candidate {
  const { doc, geo } = ctx;
  const sentence = ctx.sentence(trigger.sentence);
  const time = governingTime(doc, trigger, ctx.triggers);
  const future = !!time && time.precision === "day" && time.value > dct;
  const place = clausePlace(doc, geo, trigger);
  const c: Candidate = {
    trigger,
    ...(time ? { time } : {}),
    ...(place ? { place } : {}),
    counts: [],
    ...(sentence.attribution ? { attribution: sentence.attribution } : {}),
    modality: modalityOf(doc, trigger.sentence, trigger.firstToken, sentence.attribution, future),
    contested:
      (CLAIM_TYPES.has(trigger.type) || !!sentence.attribution) && isContested(doc, trigger.sentence),
    also: [],
    contexts: [],
    rules: [trigger.rule],
  };
  c.rules.push(assignArguments(doc, c, sentence));
  return c;
}

/** What a refiner may change about a candidate, to record which refiners touched it. */
const SIGNATURE_SIZE = 19;

/** Writes the candidate's signature (SIGNATURE_SIZE values) into `out` from `at`. */
function writeSignature(c: Candidate, out: unknown[], at: number): void {
  out[at] = c.trigger.type;
  out[at + 1] = c.trigger.mode;
  out[at + 2] = c.actor?.start;
  out[at + 3] = c.actor?.end;
  out[at + 4] = c.actor?.country;
  out[at + 5] = c.actor?.kind;
  out[at + 6] = c.recipient?.start;
  out[at + 7] = c.recipient?.end;
  out[at + 8] = c.recipient?.country;
  out[at + 9] = c.recipient?.kind;
  out[at + 10] = c.place?.name;
  out[at + 11] = c.place?.start;
  out[at + 12] = c.time?.value;
  out[at + 13] = c.counts.length;
  out[at + 14] = c.modality;
  out[at + 15] = c.intended;
  out[at + 16] = c.also.length;
  out[at + 17] = c.contexts.join(" ");
  out[at + 18] = c.weapon;
}

/** Where `c` is in `list`, looking from `from` on first (refiners mostly keep the order), or -1. */
function indexFrom<T>(list: readonly T[], c: T, from: number): number {
  for (let i = from; i < list.length; i++) if (list[i] === c) return i;
  for (let i = 0; i < from && i < list.length; i++) if (list[i] === c) return i;
  return -1;
}

/** The candidate differs from the signature taken before a refiner ran (`before` from `at`). */
function changed(before: unknown[], at: number, c: Candidate, now: unknown[]): boolean {
  writeSignature(c, now, 0);
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (now[i] !== before[at + i]) return true;
  return false;
}
