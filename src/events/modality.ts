import type { Doc } from "../nlp/types.ts";
import type { SentenceAttribution } from "./attribution.ts";
import {
  anyOf,
  forecastSubject,
  inCondition,
  invertedCondition,
  LIKELIHOOD,
  likelyToBe,
  namesSuspect,
} from "./modality/hypothesis.ts";
import {
  evaded,
  failedTo,
  negativeInversion,
  negativeSubject,
  neitherNor,
  ratherThan,
  withoutDoing,
} from "./modality/negation.ts";
import {
  arrangedBy,
  beTo,
  inFutureTimeClause,
  plannedCue,
  scheduledSubject,
  untilPresent,
} from "./modality/plans.ts";
import { joinedBareVerb, makingVerb, windowBefore } from "./modality/scope.ts";
import type { Modality } from "./schema.ts";
import { lightVerbBefore } from "./verb-forms.ts";
import { DENIAL_VERBS, NEGATIVE_POLARITY_OBJECTS } from "./words.ts";

/** The modality of an event: planned, hypothetical, negated, denied, reported or asserted, from the words that govern its trigger (src/events/modality/). */

const HYPOTHETICAL_CUES = new Set([
  // "asylum can only be granted where …", "police can arrest anyone who …": what may be done, as a
  // rule or an ability, not an act that was.
  "can",
  "could",
  "might",
  "may",
  "if",
  "unless",
  "whether",
  "possible",
  "possibly",
  "suspected",
  "threatened",
]);

const NEGATION_CUES = new Set(["not", "n't", "n’t", "never", "no", "without"]);

/** Modality of the event named at `trigger`: planned, hypothetical, negated, denied, reported or asserted. */
export function modalityOf(
  doc: Doc,
  sentence: number,
  trigger: number,
  attribution: SentenceAttribution | undefined,
  futureTime: boolean,
): Modality {
  const s = doc.sentences[sentence];
  const tokens = doc.tokens;
  const before = windowBefore(tokens, trigger, s.tokenStart);
  // "should assume its responsibilities and resign", "must lay down their arms and release the
  // hostages": a bare verb after "and" shares the modal or negation of the verb it is joined to.
  const joined = joinedBareVerb(tokens, s.tokenStart, trigger);
  if (joined >= 0) before.push(...windowBefore(tokens, joined, s.tokenStart));
  // "is going to have to make a deal", "hopes to soon hold talks": an event noun's light verb
  // carries the modal for it.
  // The light verb of an event noun (a proper noun too: "the Intifada"), read once.
  const nominal = tokens[trigger].pos === "NOUN" || tokens[trigger].pos === "PROPN";
  const lightOfNoun = nominal ? lightVerbBefore(tokens, trigger) : -1;
  const maker = makingVerb(tokens, trigger, lightOfNoun);
  if (maker >= 0) before.push(...windowBefore(tokens, maker, s.tokenStart));
  for (let i = s.tokenStart; i < trigger; i++) {
    if (DENIAL_VERBS.has(tokens[i].lemma.toLowerCase()) && tokens[i].pos === "VERB") return "denied";
  }
  if (negativeInversion(tokens, s.tokenStart, trigger)) return "negated";
  if (withoutDoing(tokens, s.tokenStart, trigger)) return "negated";
  if (ratherThan(tokens, s.tokenStart, trigger)) return "negated";
  if (evaded(tokens, s.tokenStart, trigger)) return "negated";
  if (neitherNor(tokens, s.tokenStart, trigger)) return "negated";
  if (negativeSubject(tokens, s.tokenStart, trigger)) return "negated";
  // "failed to attend the talks": so the event noun of the failed verb.
  const light = tokens[trigger].pos === "NOUN" ? lightOfNoun : -1;
  if (failedTo(tokens, trigger) || (light >= 0 && failedTo(tokens, light))) return "negated";
  // "not only killed … but also destroyed": "not only" adds, it does not negate.
  if (before.some((k) => NEGATION_CUES.has(tokens[k].norm) && tokens[k + 1]?.norm !== "only"))
    return "negated";
  // "couldn't put together a case to arrest anyone", "before they attack anybody": an object only
  // negations, questions and conditions allow says the act did not happen (after
  // the negations above, which say so more precisely).
  if (tokens[trigger].pos === "VERB" && NEGATIVE_POLARITY_OBJECTS.has(tokens[trigger + 1]?.norm ?? ""))
    return "hypothetical";
  // The window runs back from the trigger: its j-th token is tokens[trigger - 1 - j].
  if (before.some((k) => HYPOTHETICAL_CUES.has(tokens[k].norm) && !namesSuspect(tokens, k)))
    return "hypothetical";
  if (tokens[trigger].pos === "VERB" && inCondition(tokens, s.tokenStart, trigger)) return "hypothetical";
  if (anyOf(tokens, s.tokenStart, trigger)) return "hypothetical";
  if (invertedCondition(tokens, s.tokenStart, trigger)) return "hypothetical";
  // "the army would have withdrawn": a past that did not come about.
  if (tokens[trigger - 1]?.norm === "have" && ["would", "should"].includes(tokens[trigger - 2]?.norm ?? ""))
    return "hypothetical";
  // "Chirac is likely to visit Warsaw", "unlikely to sign": a forecast, not an act; so "more likely
  // to be injured, arrested or …", past "to be" and the list before the trigger.
  if (LIKELIHOOD.has(tokens[trigger - 2]?.norm ?? "") && tokens[trigger - 1]?.norm === "to")
    return "hypothetical";
  if (likelyToBe(tokens, s.tokenStart, trigger)) return "hypothetical";
  // "an EU-Israel summit is unlikely to take place": the event noun is the subject of the forecast.
  if (
    (tokens[trigger].pos === "NOUN" || tokens[trigger].pos === "PROPN") &&
    forecastSubject(tokens, trigger, s.tokenEnd)
  )
    return "hypothetical";
  // "More demonstrations are planned for Monday", "talks are scheduled for next week".
  if (
    (tokens[trigger].pos === "NOUN" || tokens[trigger].pos === "PROPN") &&
    scheduledSubject(tokens, trigger, s.tokenEnd)
  )
    return "planned";
  // "The board set a special meeting for Friday", "scheduled talks for next week": an event
  // noun arranged by its light verb is planned.
  if (light >= 0 && arrangedBy(tokens, light, trigger, s.tokenEnd)) return "planned";
  // "Peres is to make an official visit to Prague", "the envoy is to meet": an arrangement.
  if (beTo(tokens, trigger) || (light >= 0 && beTo(tokens, light))) return "planned";
  if (before.some((k) => plannedCue(tokens, k)) || futureTime) return "planned";
  if (inFutureTimeClause(tokens, s.tokenStart, s.tokenEnd, trigger)) return "planned";
  // "to strangle Iraq until it retreats from Kuwait": what "until" waits for has not happened.
  if (untilPresent(tokens, s.tokenStart, trigger)) return "planned";
  if (attribution && attribution.cueToken !== trigger) return "reported";
  return "asserted";
}
