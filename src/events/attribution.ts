import type { Doc, Token } from "../nlp/types.ts";
import type { ActorCandidate } from "./actors.ts";
import type { Attribution, Modality } from "./schema.ts";
import { isPresentForm, lightVerbBefore } from "./verb-forms.ts";
import {
  ATTRIBUTING_VERBS,
  BARE_VERB_BEFORE,
  CLAUSE_COMPLEMENT_VERBS,
  DENIAL_VERBS,
  EVASION_VERBS,
  EVENT_MAKING_VERBS,
  NEGATIVE_POLARITY_OBJECTS,
  POSSESSIVE_MARK,
} from "./words.ts";

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
/** Adjectives of likelihood before "to V": the act is forecast. */
const LIKELIHOOD = new Set(["likely", "unlikely"]);
const NEGATION_CUES = new Set(["not", "n't", "n’t", "never", "no", "without"]);
/** How many tokens before a trigger a modal or negation can govern it ("must complete their departure"). */
const MODAL_WINDOW = 4;
/** Phrases saying that a claim was made without support. */
const CONTESTED = [
  /without (providing|offering|giving|presenting|citing) (any )?(concrete |hard |supporting )?(evidence|proof)/i,
  /(has|have|had) not(,[^,]*,)? (provided|offered|given|presented|produced) (any )?(concrete |hard |supporting )?(evidence|proof)/i,
  /no evidence/i,
];

const CLAUSE_BREAK = new Set([";", ":", "(", ")", "—", "–"]);

function phraseAfter(
  doc: Doc,
  from: number,
  sentenceEnd: number,
): { start: number; end: number } | undefined {
  let last = from;
  while (last < sentenceEnd && ![",", ".", ";", ":", "!", "?"].includes(doc.tokens[last].text)) last++;
  if (last === from) return undefined;
  return { start: doc.tokens[from].start, end: doc.tokens[last - 1].end };
}

export interface SentenceAttribution extends Attribution {
  /** Token index of the cue; events whose trigger is the cue itself are not attributed to it. */
  cueToken: number;
}

/** The source a sentence's claims are attributed to: "according to X", "X said", "…, said X". */
export function findAttribution(
  doc: Doc,
  sentence: number,
  actors: ActorCandidate[],
): SentenceAttribution | undefined {
  const s = doc.sentences[sentence];
  const tokens = doc.tokens;
  for (let i = s.tokenStart; i < s.tokenEnd - 1; i++) {
    if (tokens[i].norm === "according" && tokens[i + 1].norm === "to") {
      const span = phraseAfter(doc, i + 2, s.tokenEnd);
      if (!span) continue;
      const actor = actors.find((a) => a.start >= span.start && a.end <= span.end);
      return {
        source: doc.text.slice(span.start, span.end),
        cue: "according to",
        start: span.start,
        end: span.end,
        ...(actor ? { kind: actor.kind, ...(actor.country ? { country: actor.country } : {}) } : {}),
        cueToken: i,
      };
    }
  }
  for (let i = s.tokenEnd - 1; i >= s.tokenStart; i--) {
    const t = tokens[i];
    if (t.pos !== "VERB" || !ATTRIBUTING_VERBS.has(t.lemma.toLowerCase())) continue;
    // "X said" — the speaker is the actor phrase just before the verb; "…, said X" — just after.
    const before = actors.filter((a) => a.lastToken < i && a.lastToken >= i - 3).at(-1);
    const after = actors.find((a) => a.firstToken > i && a.firstToken <= i + 2);
    const speaker = before ?? after;
    if (!speaker) continue;
    return {
      source: speaker.text,
      cue: t.text.toLowerCase(),
      start: speaker.start,
      end: speaker.end,
      kind: speaker.kind,
      ...(speaker.country ? { country: speaker.country } : {}),
      cueToken: i,
    };
  }
  return undefined;
}

export function isContested(doc: Doc, sentence: number): boolean {
  const s = doc.sentences[sentence];
  const text = doc.text.slice(s.start, s.end);
  return CONTESTED.some((re) => re.test(text));
}

/** Indices of the tokens just before a trigger, nearest first, up to a clause break. */
function windowBefore(tokens: Token[], trigger: number, sentenceStart: number): number[] {
  const out: number[] = [];
  for (let i = trigger - 1; i >= Math.max(sentenceStart, trigger - MODAL_WINDOW); i--) {
    if (CLAUSE_BREAK.has(tokens[i].text) || tokens[i].text === ",") break;
    out.push(i);
  }
  return out;
}

/**
 * "Suspected militants attacked a post", "gas suspected to be chlorine", "its long-threatened
 * invasion": these participles doubt who the actor is or what the weapon was, or say the act was
 * long announced, not that it did not happen. Only "suspected of attacking", "suspected to have
 * attacked" and "threatened to attack" make the event a supposition or a threat.
 */
function namesSuspect(tokens: Token[], cue: number): boolean {
  const [next, after] = [tokens[cue + 1]?.norm, tokens[cue + 2]?.norm];
  if (tokens[cue].norm === "suspected") return !(next === "of" || (next === "to" && after === "have"));
  if (tokens[cue].norm === "threatened") return next !== "to";
  return false;
}

/** Openings that negate the clause they invert: "At no time did the company agree", "Never have troops fired". */
const NEGATIVE_OPENINGS = [
  ["at", "no", "time"],
  ["in", "no", "way"],
  ["under", "no", "circumstances"],
  ["not", "once"],
  ["never"],
  ["nowhere"],
];

/** The sentence opens with a negative adverbial and an inverted auxiliary, and the trigger is in that clause. */
function negativeInversion(tokens: Token[], sentenceStart: number, trigger: number): boolean {
  // A quotation may open the sentence: "“At no time was I aware …”".
  let start = sentenceStart;
  while (start < trigger && /^["“‘'(]$/.test(tokens[start].text)) start++;
  const opening = NEGATIVE_OPENINGS.find((words) => words.every((w, j) => tokens[start + j]?.norm === w));
  if (!opening || tokens[start + opening.length]?.pos !== "AUX") return false;
  for (let k = start + opening.length; k < trigger; k++)
    if (CLAUSE_BREAK.has(tokens[k].text) || tokens[k].text === ",") return false;
  return true;
}

/** Words that deny every party they join: "Neither Kyiv nor Moscow attacked", "nor did he threaten". */
const NEITHER_NOR = new Set(["neither", "nor"]);

/**
 * "Neither the army nor the rebels attacked the town", "Not the U.S. nor the rebels are preventing
 * civilians from leaving", "He did not attack, nor did he threaten": a "neither" or "nor" in the
 * trigger's own clause before it (however long the subject) negates it.
 */
function neitherNor(tokens: Token[], sentenceStart: number, trigger: number): boolean {
  for (let i = trigger - 1; i >= sentenceStart; i--) {
    const t = tokens[i];
    if (NEITHER_NOR.has(t.norm)) return true;
    if (CLAUSE_BREAK.has(t.text) || t.text === ",") return false;
  }
  return false;
}

/** Subjects that say no one did the act: "Nobody was hurt", "nothing in the act prohibits …". */
const NEGATIVE_SUBJECTS = new Set(["nobody", "nothing", "none", "noone"]);

/**
 * The trigger verb's clause opens with a subject that says no one did it ("nothing in the state's
 * ethics act prohibits a lawmaker from …", "no one in the crowd was arrested"), however long the
 * subject: the clause runs back from the trigger to a verb, a subordinator or a clause break.
 */
function negativeSubject(tokens: Token[], sentenceStart: number, trigger: number): boolean {
  if (tokens[trigger].pos !== "VERB") return false;
  let i = trigger - 1;
  // "nothing in the ethics act prohibits": a noun the tagger reads as a verb right before the verb.
  if (tokens[i]?.pos === "VERB" && ["NOUN", "DET", "ADJ"].includes(tokens[i - 1]?.pos ?? "")) i--;
  while (
    i >= sentenceStart &&
    tokens[i].pos !== "VERB" &&
    tokens[i].pos !== "SCONJ" &&
    tokens[i].text !== "," &&
    !CLAUSE_BREAK.has(tokens[i].text)
  )
    i--;
  // "The soldiers who found nothing attacked": after another verb, only a verb of saying or
  // thinking opens the trigger's clause; other verbs take "nothing" as their object.
  if (tokens[i]?.pos === "VERB" && !CLAUSE_COMPLEMENT_VERBS.has(tokens[i].lemma.toLowerCase())) return false;
  const first = tokens[i + 1];
  return (
    !!first && (NEGATIVE_SUBJECTS.has(first.norm) || (first.norm === "no" && tokens[i + 2]?.norm === "one"))
  );
}

/** Verbs whose infinitive did not happen: "failed to capture the town", "neglected to report". */
const FAILING_VERBS = new Set(["fail", "neglect", "omit"]);

/** The verb at `verb` is the infinitive of a verb of failing ("failed to capture", "failed to be released"). */
function failedTo(tokens: Token[], verb: number): boolean {
  let k = verb - 1;
  if (tokens[k]?.norm === "be") k--;
  if (tokens[k]?.norm !== "to") return false;
  k--;
  while (k >= 0 && tokens[k].pos === "ADV") k--;
  return FAILING_VERBS.has(tokens[k]?.lemma.toLowerCase() ?? "");
}

/**
 * Subordinators that make their clause a condition or an open question: "if Trump agrees to …",
 * "unless the army withdraws", "declined to say whether the girls had been kidnapped", "wherever
 * they were detonated".
 */
const CONDITIONS = new Set(["if", "unless", "whether", "wherever", "whenever"]);

/**
 * The trigger is in a conditional clause, however far its subordinator is ("if US President Donald
 * Trump agrees to …"): the clause runs from the subordinator to the next comma or clause break.
 * Only verbs: a noun there names something that exists ("if Trump agrees to Beijing's demands").
 */
function inCondition(tokens: Token[], sentenceStart: number, trigger: number): boolean {
  for (let i = trigger - 1; i >= sentenceStart; i--) {
    const t = tokens[i];
    if (CLAUSE_BREAK.has(t.text) || t.text === ",") return false;
    // "wherever" and "whenever" open such a clause whatever their tag.
    if (CONDITIONS.has(t.norm)) return t.pos === "SCONJ" || t.pos === "ADP" || t.norm.endsWith("ever");
  }
  return false;
}

/**
 * "Had the relatives allowed Elian to return, …", "Were the army to withdraw, …", "Should talks
 * fail, …": a clause opened by an inverted auxiliary is a condition; what it names did not happen.
 */
function invertedCondition(tokens: Token[], sentenceStart: number, trigger: number): boolean {
  const first = tokens[sentenceStart];
  if (!first || !["had", "were", "should"].includes(first.norm)) return false;
  // The auxiliary opens a condition only when its subject follows it ("Had the relatives …", not "Had talks …?" questions).
  if (tokens[sentenceStart + 1]?.pos === "VERB") return false;
  for (let i = sentenceStart + 1; i < trigger; i++)
    if (tokens[i].text === "," || CLAUSE_BREAK.has(tokens[i].text)) return false;
  return true;
}

/** How far after an event noun its "is unlikely to" may stand ("a summit with Israel is unlikely to"). */
const FORECAST_WINDOW = 5;

/** The noun at `trigger` is the subject of "is (un)likely to" ("an EU-Israel summit is unlikely to take place"). */
function forecastSubject(tokens: Token[], trigger: number, sentenceEnd: number): boolean {
  for (let k = trigger + 1; k < Math.min(sentenceEnd, trigger + 1 + FORECAST_WINDOW); k++) {
    const t = tokens[k];
    if (t.lemma.toLowerCase() === "be")
      return LIKELIHOOD.has(tokens[k + 1]?.norm ?? "") && tokens[k + 2]?.norm === "to";
    // "a shooting war could produce body bags", "US air strikes might harm relations" ("the attack
    // may have killed ten" happened: only its toll is uncertain).
    // A definite one ("the bombing may lead to new curbs") happened; only its effect is possible.
    if (SUBJECT_MODALS.has(t.norm)) return tokens[k + 1]?.norm !== "have" && !definite(tokens, trigger);
    if (t.pos === "VERB" || t.pos === "PUNCT") return false;
  }
  return false;
}

/** A cue of a plan at `k`; "set" only as "set to" or "set for" ("were set off by the shooting" planned nothing). */
function plannedCue(tokens: Token[], k: number): boolean {
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
function scheduledSubject(tokens: Token[], trigger: number, sentenceEnd: number): boolean {
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
function beTo(tokens: Token[], verb: number): boolean {
  return tokens[verb - 1]?.norm === "to" && ARRANGED_BE.has(tokens[verb - 2]?.norm ?? "");
}

/** Light verbs that arrange an event for later ("scheduled talks"); "set" and "call" with a "for" after the noun. */
const ARRANGING_VERBS = new Set(["schedule", "slate", "reschedule"]);
const ARRANGING_WITH_FOR = new Set(["set", "call"]);
/** How far after the event noun its "for" may stand ("set a special meeting for 11 a.m. Friday"). */
const ARRANGED_FOR_WINDOW = 3;

function arrangedBy(tokens: Token[], light: number, trigger: number, sentenceEnd: number): boolean {
  const lemma = tokens[light].lemma.toLowerCase();
  if (ARRANGING_VERBS.has(lemma)) return true;
  if (!ARRANGING_WITH_FOR.has(lemma)) return false;
  for (let k = trigger + 1; k < Math.min(sentenceEnd, trigger + 1 + ARRANGED_FOR_WINDOW); k++)
    if (tokens[k].norm === "for") return true;
  return false;
}

/** The noun phrase of the noun at `i` opens with "the", a demonstrative or a possessor. */
function definite(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (
    k >= 0 &&
    ["ADJ", "NOUN", "PROPN", "NUM"].includes(tokens[k].pos) &&
    tokens[k].sentence === tokens[i].sentence
  )
    k--;
  const d = tokens[k];
  return (
    !!d &&
    d.sentence === tokens[i].sentence &&
    ((d.pos === "DET" && ["the", "this", "that", "these", "those"].includes(d.norm)) ||
      ["its", "their", "his", "her"].includes(d.norm) ||
      POSSESSIVE_MARK.test(d.text))
  );
}

/** Modals that make their subject's event a possibility: "a war could produce", "strikes might harm". */
const SUBJECT_MODALS = new Set(["could", "might", "may"]);

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
function inFutureTimeClause(
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

/** "accused of helping the gunmen evade capture", "evading arrest", "to avoid a war": a noun trigger after an evasion verb. */
function evaded(tokens: Token[], sentenceStart: number, trigger: number): boolean {
  // The tagger may read the noun right after the verb as a second verb ("to evade capture").
  const previous = tokens[trigger - 1];
  if (trigger > sentenceStart && EVASION_VERBS.has(previous.lemma.toLowerCase())) return true;
  if (tokens[trigger].pos !== "NOUN" && tokens[trigger].pos !== "PROPN") return false;
  for (let k = trigger - 1; k >= sentenceStart && k >= trigger - 3; k--) {
    if (EVASION_VERBS.has(tokens[k].lemma.toLowerCase()) && tokens[k].pos === "VERB") return true;
    if (tokens[k].pos !== "DET" && tokens[k].pos !== "PRON" && tokens[k].pos !== "ADJ") return false;
  }
  return false;
}

/** What may stand between a making verb and its event noun: the noun's own phrase ("make a bigger trade deal"). */
const OBJECT_PHRASE_POS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PART", "ADV"]);

/**
 * The verb that makes the event noun at `trigger` happen ("is going to have to make a deal", "hopes
 * to hold talks"), whose modal or negation is the event's: its index, else -1. Only a verb that
 * brings the event about counts (EVENT_MAKING_VERBS), with nothing but the noun's phrase between:
 * "did not end the violence" or "did not condemn the attack" says nothing of whether it happened.
 */
function makingVerb(tokens: Token[], trigger: number, light: number): number {
  if (light < 0 || light >= trigger - 1) return -1;
  const verb = tokens[light];
  if (!EVENT_MAKING_VERBS.has(verb.lemma.toLowerCase()) && !EVENT_MAKING_VERBS.has(verb.norm)) return -1;
  for (let k = light + 1; k < trigger; k++)
    if (!OBJECT_PHRASE_POS.has(tokens[k].pos) && tokens[k].text !== "-") return -1;
  return light;
}

/** How far back the verb a bare verb is joined to by "and" may stand ("assume its responsibilities and resign"). */
const JOINED_VERB_WINDOW = 8;

/**
 * The bare verb at `trigger` follows "and" or "or" and a bare verb before it in the same clause: the
 * index of that verb, else -1. Both bare, so they share what stands before the first ("should",
 * "must", "did not"); "laid down their arms and released" are each their own.
 */
function joinedBareVerb(tokens: Token[], sentenceStart: number, trigger: number): number {
  const verb = tokens[trigger];
  if (verb.pos !== "VERB" || verb.norm !== verb.lemma.toLowerCase()) return -1;
  let k = trigger - 1;
  while (k > sentenceStart && tokens[k].pos === "ADV") k--;
  if (tokens[k]?.norm !== "and" && tokens[k]?.norm !== "or") return -1;
  for (let j = k - 1; j >= Math.max(sentenceStart, k - JOINED_VERB_WINDOW); j--) {
    const t = tokens[j];
    if (CLAUSE_BREAK.has(t.text) || t.text === ",") return -1;
    if (t.pos === "VERB")
      return t.norm === t.lemma.toLowerCase() || BARE_VERB_BEFORE.has(tokens[j - 1]?.norm ?? "") ? j : -1;
  }
  return -1;
}

/** How far before an event noun the "without" of its gerund may stand ("without holding a political asylum hearing"). */
const WITHOUT_WINDOW = 7;

/** "without holding a political asylum hearing", "took the town without firing a shot": an act not done. */
function withoutDoing(tokens: Token[], sentenceStart: number, trigger: number): boolean {
  for (let k = trigger - 1; k > Math.max(sentenceStart, trigger - WITHOUT_WINDOW); k--) {
    const t = tokens[k];
    if (CLAUSE_BREAK.has(t.text) || t.text === ",") return false;
    if (t.norm === "without") return false;
    if (/ing$/.test(t.norm) && tokens[k - 1]?.norm === "without") return true;
  }
  return false;
}

/** How far back "likely to be" may stand before a participle in its list ("likely to be injured, arrested or"). */
const LIKELY_WINDOW = 6;

/** "are more likely to be injured, arrested or sucked into …": the participle is forecast. */
function likelyToBe(tokens: Token[], sentenceStart: number, trigger: number): boolean {
  for (let k = trigger - 1; k >= Math.max(sentenceStart + 2, trigger - LIKELY_WINDOW); k--) {
    const t = tokens[k];
    if (t.norm === "be" && tokens[k - 1]?.norm === "to" && LIKELIHOOD.has(tokens[k - 2]?.norm ?? ""))
      return true;
    if (t.pos !== "VERB" && t.text !== "," && t.pos !== "CCONJ" && t.pos !== "ADV" && t.pos !== "AUX")
      return false;
  }
  return false;
}

/** How far before a trigger "rather than" or "instead of" may stand ("rather than a clash between two governments"). */
const RATHER_WINDOW = 4;

/**
 * "Rather than a clash between two governments, the dispute is …", "instead of attacking the town":
 * what is set aside by "rather than" or "instead of" is what did not happen, or is not what this is.
 */
function ratherThan(tokens: Token[], sentenceStart: number, trigger: number): boolean {
  for (let k = trigger - 1; k > Math.max(sentenceStart, trigger - RATHER_WINDOW) - 1; k--) {
    const t = tokens[k];
    if (CLAUSE_BREAK.has(t.text) || t.text === "," || t.pos === "VERB") return false;
    if (
      (t.norm === "than" && tokens[k - 1]?.norm === "rather") ||
      (t.norm === "of" && tokens[k - 1]?.norm === "instead")
    )
      return true;
  }
  return false;
}

/**
 * "Any attack on the base would be met with force", "any decision to expel Sinn Fein must be agreed
 * jointly": an event named by "any" (its noun, or the infinitive after "any decision to") is one
 * that might come, no act that happened.
 */
function anyOf(tokens: Token[], sentenceStart: number, trigger: number): boolean {
  let k = trigger - 1;
  if (tokens[trigger].pos === "VERB") {
    // "any decision to expel": "to", the noun, then "any".
    if (tokens[k]?.norm !== "to" || tokens[k - 1]?.pos !== "NOUN") return false;
    k -= 2;
  } else if (tokens[trigger].pos !== "NOUN" && tokens[trigger].pos !== "PROPN") return false;
  while (k > sentenceStart && tokens[k].pos === "ADJ") k--;
  return k >= sentenceStart && tokens[k].norm === "any";
}

/** A verb in the present after "until" in its clause ("until it retreats", "until the troops withdraw"). */
function untilPresent(tokens: Token[], sentenceStart: number, trigger: number): boolean {
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
