import type { Token } from "../../nlp/types.ts";
import { isPresentForm } from "../verb-forms.ts";
import { FORECAST_WINDOW } from "./hypothesis.ts";
import { CLAUSE_BREAK } from "./scope.ts";

/** Events arranged for later: cues of a plan, schedules, "is to", and the present tense of clauses of time and of "until". */

/** Words that put an event in the future or make it a plan. */
const PLANNED_CUES = new Set([
  "will",
  "shall",
  "must",
  // "we should be supporting Ukraine": what ought to be done has not been done.
  "should",
  "ought",
  "plan",
  "plans",
  "planned",
  // "parties planning April rallies".
  "planning",
  "intend",
  "intends",
  "expected",
  "scheduled",
  "set",
  "going",
  "would",
  "'ll",
  "’ll",
  "aim",
  "aims",
  "prepare",
  "prepares",
  "ready",
]);

/** A cue of a plan at `k`; "set" only as "set to" or "set for" ("were set off by the shooting" planned nothing). */
export function plannedCue(tokens: Token[], k: number): boolean {
  // "was due to be released", "is due to sign": a plan; "due to bad weather" is a cause.
  if (tokens[k].norm === "due")
    return tokens[k + 1]?.norm === "to" && /^(?:VERB|AUX)$/.test(tokens[k + 2]?.pos ?? "");
  if (!PLANNED_CUES.has(tokens[k].norm)) return false;
  return tokens[k].norm !== "set" || ["to", "for"].includes(tokens[k + 1]?.norm ?? "");
}

/** Participles that, after "is" or "are", put an event noun's subject in the future ("are planned for Monday"). */
const SCHEDULED = new Set(["planned", "scheduled", "slated", "due", "expected", "set"]);

/**
 * The noun at `trigger` is the subject of "is planned", "are scheduled", "is due", "is set to"
 * (with "being" between, or an adverb: "are also planned"): an event arranged for later.
 */
export function scheduledSubject(tokens: Token[], trigger: number, sentenceEnd: number): boolean {
  for (let k = trigger + 1; k < Math.min(sentenceEnd, trigger + 1 + FORECAST_WINDOW); k++) {
    const t = tokens[k];
    if (t.lemma.toLowerCase() === "be") {
      // "the shooting had been planned for weeks": a plan before an act that came.
      if (tokens[k - 1]?.norm === "had") return false;
      let j = k + 1;
      while (tokens[j] && (tokens[j].pos === "ADV" || tokens[j].norm === "being") && j < k + 3) j++;
      // "were set off by the shooting" is no schedule: "set" is one only as a cue of a plan.
      return SCHEDULED.has(tokens[j]?.norm ?? "") && (tokens[j].norm !== "set" || plannedCue(tokens, j));
    }
    if (t.pos === "VERB" || t.pos === "PUNCT") return false;
  }
  return false;
}

/** Forms of "be" that with "to" and a verb tell an arrangement ("is to visit", "are to meet"). */
const ARRANGED_BE = new Set(["is", "are", "am"]);

/** The verb at `verb` follows "is to" or "are to" ("is to make an official visit"). */
export function beTo(tokens: Token[], verb: number): boolean {
  return tokens[verb - 1]?.norm === "to" && ARRANGED_BE.has(tokens[verb - 2]?.norm ?? "");
}

/** Light verbs that arrange an event for later ("scheduled talks"); "set" and "call" with a "for" after the noun. */
const ARRANGING_VERBS = new Set(["schedule", "slate", "reschedule"]);

const ARRANGING_WITH_FOR = new Set(["set", "call"]);

/** How far after the event noun its "for" may stand ("set a special meeting for 11 a.m. Friday"). */
const ARRANGED_FOR_WINDOW = 3;

export function arrangedBy(tokens: Token[], light: number, trigger: number, sentenceEnd: number): boolean {
  const lemma = tokens[light].lemma.toLowerCase();
  if (ARRANGING_VERBS.has(lemma)) return true;
  if (!ARRANGING_WITH_FOR.has(lemma)) return false;
  for (let k = trigger + 1; k < Math.min(sentenceEnd, trigger + 1 + ARRANGED_FOR_WINDOW); k++)
    if (tokens[k].norm === "for") return true;
  return false;
}

/** Subordinators of time: "after the troops leave", "once the talks end", "until a deal is reached". */
const TIME_SUBORDINATORS = new Set(["after", "once", "when", "until", "till", "before"]);

/** Modals of the future in the clause a time clause hangs on ("the base will stay after …"). */
const FUTURE_MODALS = new Set(["will", "'ll", "’ll", "shall"]);

/**
 * English puts a verb in the present tense in a clause of time that refers to the future: "the US
 * will keep its base after American troops leave Syria", "once the ceasefire takes hold, aid
 * convoys will move". The act has not happened; it is planned when the clause the time clause hangs
 * on is in the future. Only a verb in the present (its lemma, or the lemma with -s) counts: "after
 * the troops left" happened.
 */
export function inFutureTimeClause(
  tokens: Token[],
  sentenceStart: number,
  sentenceEnd: number,
  trigger: number,
): boolean {
  const verb = tokens[trigger];
  if (verb.pos !== "VERB") return false;
  // "when the browser is attacked": a present passive is present too.
  if (!isPresentForm(verb) && !PRESENT_PASSIVE_AUX.has(tokens[trigger - 1]?.norm ?? "")) return false;
  let subordinator = -1;
  for (let i = trigger - 1; i >= sentenceStart; i--) {
    const t = tokens[i];
    if (CLAUSE_BREAK.has(t.text) || t.text === "," || t.pos === "VERB" || FUTURE_MODALS.has(t.norm))
      return false;
    if (TIME_SUBORDINATORS.has(t.norm) && (t.pos === "SCONJ" || t.pos === "ADP" || t.pos === "ADV")) {
      subordinator = i;
      break;
    }
  }
  if (subordinator < 0) return false;
  // The main clause stands before the time clause, or after it when the time clause opens the sentence.
  let from = sentenceStart;
  let to = subordinator;
  if (subordinator === sentenceStart) {
    let comma = trigger + 1;
    while (comma < sentenceEnd && tokens[comma].text !== ",") comma++;
    // "When the browser is attacked it will crash": with no comma, the main clause follows the verb.
    from = comma < sentenceEnd ? comma : trigger + 1;
    to = sentenceEnd;
  }
  for (let i = from; i < to; i++) if (FUTURE_MODALS.has(tokens[i].norm)) return true;
  return false;
}

/** A verb in the present after "until" in its clause ("until it retreats", "until the troops withdraw"). */
export function untilPresent(tokens: Token[], sentenceStart: number, trigger: number): boolean {
  const verb = tokens[trigger];
  if (verb.pos !== "VERB" || !isPresentForm(verb)) return false;
  for (let k = trigger - 1; k >= sentenceStart; k--) {
    const t = tokens[k];
    if (CLAUSE_BREAK.has(t.text) || t.text === "," || t.pos === "VERB") return false;
    if (t.norm === "until" || t.norm === "till") return true;
  }
  return false;
}

/** Auxiliaries of a present passive ("is attacked", "are released", "gets arrested"). */
const PRESENT_PASSIVE_AUX = new Set(["is", "are", "am", "gets", "get"]);
