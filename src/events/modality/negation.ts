import type { Token } from "../../nlp/types.ts";
import { CLAUSE_COMPLEMENT_VERBS, EVASION_VERBS } from "../words.ts";
import { CLAUSE_BREAK } from "./scope.ts";

/** Negations beyond a "not" before the trigger: negative openings and subjects, "neither … nor", failing, evading, doing without, "rather than". */

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
export function negativeInversion(tokens: Token[], sentenceStart: number, trigger: number): boolean {
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
export function neitherNor(tokens: Token[], sentenceStart: number, trigger: number): boolean {
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
export function negativeSubject(tokens: Token[], sentenceStart: number, trigger: number): boolean {
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
export function failedTo(tokens: Token[], verb: number): boolean {
  let k = verb - 1;
  if (tokens[k]?.norm === "be") k--;
  if (tokens[k]?.norm !== "to") return false;
  k--;
  while (k >= 0 && tokens[k].pos === "ADV") k--;
  return FAILING_VERBS.has(tokens[k]?.lemma.toLowerCase() ?? "");
}

/** "accused of helping the gunmen evade capture", "evading arrest", "to avoid a war": a noun trigger after an evasion verb. */
export function evaded(tokens: Token[], sentenceStart: number, trigger: number): boolean {
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

/** How far before an event noun the "without" of its gerund may stand ("without holding a political asylum hearing"). */
const WITHOUT_WINDOW = 7;

/** "without holding a political asylum hearing", "took the town without firing a shot": an act not done. */
export function withoutDoing(tokens: Token[], sentenceStart: number, trigger: number): boolean {
  for (let k = trigger - 1; k > Math.max(sentenceStart, trigger - WITHOUT_WINDOW); k--) {
    const t = tokens[k];
    if (CLAUSE_BREAK.has(t.text) || t.text === ",") return false;
    if (t.norm === "without") return false;
    if (/ing$/.test(t.norm) && tokens[k - 1]?.norm === "without") return true;
  }
  return false;
}

/** How far before a trigger "rather than" or "instead of" may stand ("rather than a clash between two governments"). */
const RATHER_WINDOW = 4;

/**
 * "Rather than a clash between two governments, the dispute is …", "instead of attacking the town":
 * what is set aside by "rather than" or "instead of" is what did not happen, or is not what this is.
 */
export function ratherThan(tokens: Token[], sentenceStart: number, trigger: number): boolean {
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
