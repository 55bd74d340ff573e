import { wordBefore } from "../../nlp/offsets.ts";
import type { Doc } from "../../nlp/types.ts";
import {
  ASPECTUAL_VERBS,
  HELPING_VERBS,
  NONFACTUAL_GOVERNORS,
  PERSUADING_VERBS,
  PERSUASION_VERBS,
  POSSESSIVE_MARK,
  PURPOSE_NOUNS,
  RESULT_CLAUSE_VERBS,
} from "../words.ts";

/** Infinitives and participles that name an aim, not an act done: what governs their "to" (a want, a need, a persuasion tried, a "for" with its own subject), a verb of beginning before them, a result wished for, a pressure "into". Read by drop-aims. */

/** How far before "into" the verb of pressure may stand ("to pressure the city council into"). */
const PRESSURE_WINDOW = 6;

/**
 * "tried to scare other leaders into supporting him", "a bid to pressure the council into approving":
 * the "-ing" act after a verb of pressure and "into", when the pressure is itself only an aim (an
 * infinitive). Pressure exerted makes the act happen: "she talked him into surrendering" tells a
 * surrender.
 */
export function pressedInto(doc: Doc, first: number): boolean {
  const tokens = doc.tokens;
  if (tokens[first - 1]?.norm !== "into" || !/ing$/.test(tokens[first].norm)) return false;
  for (let k = first - 2; k >= Math.max(0, first - 1 - PRESSURE_WINDOW); k--) {
    const w = tokens[k];
    if (w.sentence !== tokens[first].sentence || w.text === "," || w.text === ";") return false;
    if (w.pos === "VERB" && (PERSUASION_VERBS.has(w.lemma.toLowerCase()) || PERSUASION_VERBS.has(w.norm)))
      return tokens[k - 1]?.norm === "to";
  }
  return false;
}

/**
 * "for US troops to begin leaving", "a deal to start withdrawing", "to continue to shell": the act
 * after a verb of beginning or going on is an aim when that verb is one; the index of that verb, or
 * the trigger's own.
 */
export function aspectualHead(doc: Doc, first: number): number {
  const tokens = doc.tokens;
  // "their intent to attack and hijack the ships": a bare verb joined by "and" to an infinitive is
  // that infinitive's.
  if (
    (tokens[first - 1]?.norm === "and" || tokens[first - 1]?.norm === "or") &&
    tokens[first - 2]?.pos === "VERB" &&
    tokens[first - 3]?.norm === "to" &&
    tokens[first - 3].sentence === tokens[first].sentence
  )
    return aspectualHead(doc, first - 2);
  let k = first - 1;
  if (tokens[k]?.norm === "to") k--;
  const verb = tokens[k];
  if (!verb || verb.sentence !== tokens[first].sentence) return first;
  const lemma = verb.lemma.toLowerCase();
  // "to help prevent its enemies from blocking": the tagger may read the bare "help" as a noun.
  if (HELPING_VERBS.has(verb.norm) || HELPING_VERBS.has(lemma))
    return tokens[k - 1]?.norm === "to" ? k : first;
  if (verb.pos !== "VERB") return first;
  return ASPECTUAL_VERBS.has(lemma) && tokens[k - 1]?.norm === "to" ? k : first;
}

/** How far before "to" the word governing the infinitive may stand ("want the House and the Senate to"). */
const GOVERNOR_WINDOW = 6;

/**
 * "want Congress to investigate", "requiring employees to sign", "efforts to get Ukraine to
 * investigate": the nearest verb, noun or adjective governing the "to" (past the infinitive's own
 * subject) wants, needs, allows or aims at the act. The first verb met decides; a comma ends the search.
 */
export function nonfactualGovernor(doc: Doc, before: number): boolean {
  const sentence = doc.tokens[before].sentence;
  for (let k = before; k >= Math.max(0, before - GOVERNOR_WINDOW); k--) {
    const t = doc.tokens[k];
    if (t.sentence !== sentence || t.text === "," || t.text === ";") return false;
    // "looked forward to visiting Kenya": what is looked forward to has not come.
    if (t.norm === "forward" && doc.tokens[k + 1]?.norm === "to") return true;
    if (t.pos !== "VERB" && t.pos !== "NOUN" && t.pos !== "ADJ" && t.pos !== "AUX") continue;
    if (NONFACTUAL_GOVERNORS.has(t.lemma.toLowerCase()) || NONFACTUAL_GOVERNORS.has(t.norm)) return true;
    // "tried to persuade the gunman to surrender": a persuasion that is itself an aim; "persuaded
    // him to surrender" tells the surrender.
    if (PERSUADING_VERBS.has(t.lemma.toLowerCase()) && doc.tokens[k - 1]?.norm === "to") return true;
    // "in an attempt to shut down", "a bid to seize": the aim of an undertaking (a noun, whatever
    // the tagger made of "bid" after its determiner).
    if (PURPOSE_NOUNS.has(t.norm) && (t.pos === "NOUN" || doc.tokens[k - 1]?.pos === "DET")) return true;
    // "in order to be allowed to remain": a purpose stated as such.
    if (t.norm === "order" && doc.tokens[k - 1]?.norm === "in" && k === before) return true;
    // "wants Cuban diplomats based in Washington to meet him": a participle after a noun describes it.
    if (t.pos === "VERB" && /ed$/.test(t.norm) && ["NOUN", "PROPN"].includes(doc.tokens[k - 1]?.pos ?? ""))
      continue;
    // "has the authority to seize" ("the authorities to investigate" are officials).
    if (t.norm === "authority") return true;
    if (t.pos === "VERB") return false;
  }
  return false;
}

/** How far back from a participle its "see", "have" or "get" may stand ("see the two officers punished and the unit disarmed"). */
const RESULT_CLAUSE_WINDOW = 12;

/**
 * The participle at `first` is the result in "want to see X Ved" or "would like to have X Ved":
 * behind its object (with its modifiers, and any coordinated object and participle) stands "to see", "to have" or "to
 * get" after a want.
 */
export function wishedResult(doc: Doc, first: number): boolean {
  const tokens = doc.tokens;
  const t = tokens[first];
  if (t.pos !== "VERB" || !/(ed|en|wn)$/.test(t.norm)) return false;
  let object = false;
  for (let k = first - 1; k >= Math.max(0, first - RESULT_CLAUSE_WINDOW); k--) {
    const w = tokens[k];
    if (w.sentence !== t.sentence) return false;
    if (w.pos === "VERB" && RESULT_CLAUSE_VERBS.has(w.lemma.toLowerCase()))
      return object && tokens[k - 1]?.norm === "to" && k - 2 >= 0 && nonfactualGovernor(doc, k - 2);
    if (["DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON"].includes(w.pos) || POSSESSIVE_MARK.test(w.norm))
      object = true;
    // "the officers involved in the shooting punished and the unit disarmed"
    else if (w.norm === "and" || w.pos === "ADP" || (w.pos === "VERB" && /(ed|en|wn)$/.test(w.norm)))
      continue;
    else return false;
  }
  return false;
}

/** The light verb at `verb` is "to V" with its own subject after "for" ("for the two firms to strike a deal"). */
export function forSubjectOfLightVerb(doc: Doc, verb: number): boolean {
  const before = wordBeforeTo(doc, verb);
  return before !== undefined && before >= 0 && forSubject(doc, before);
}

/** Words that may make up the subject of a "for … to V" infinitive, and the words that join them. */
const SUBJECT_WORDS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON"]);

const SUBJECT_JOINERS = new Set(["of", "and"]);

/**
 * "the pressure must continue for Damascus to allow the U.N. to deliver aid", "time for the troops
 * to leave", "called for the government to resign": an infinitive with its own subject after "for"
 * names what someone wants or awaits, not what happened.
 */
export function forSubject(doc: Doc, before: number): boolean {
  const sentence = doc.tokens[before].sentence;
  let k = before;
  while (k > before - GOVERNOR_WINDOW && k >= 0 && doc.tokens[k].sentence === sentence) {
    const t = doc.tokens[k];
    // "for a column of rebels to withdraw", "for Bre-X and Barrick to strike a deal".
    if (!SUBJECT_WORDS.has(t.pos) && !/^(?:['’]s|-|\.)$/.test(t.text) && !SUBJECT_JOINERS.has(t.norm)) break;
    k--;
  }
  return k < before && k >= 0 && doc.tokens[k].norm === "for" && doc.tokens[k].sentence === sentence;
}

/** For "to V" (adverbs between allowed): the index of the word before "to" (−1 at the sentence start); undefined when V has no "to". */
export function wordBeforeTo(doc: Doc, first: number): number | undefined {
  const tokens = doc.tokens;
  let k = wordBefore(tokens, first);
  // "in order to be allowed to remain": a purpose's passive infinitive ("due to be released" is
  // a schedule, read by code-intentions).
  if (k > 1 && tokens[k].norm === "be" && tokens[k - 1].norm === "to" && tokens[k - 2].norm === "order") k--;
  if (k < 0 || tokens[k].norm !== "to") return undefined;
  const sentence = tokens[first].sentence;
  const before = k - 1 >= 0 && tokens[k - 1].sentence === sentence ? k - 1 : -1;
  // "began to prepare their equipment and to hand over the sites": a coordinated infinitive has
  // the governor of the first one.
  if (before >= 0 && (tokens[before].norm === "and" || tokens[before].norm === "or")) {
    for (let j = before - 1; j >= Math.max(0, before - COORDINATED_WINDOW); j--) {
      if (tokens[j].sentence !== sentence) break;
      if (tokens[j].norm === "to" && tokens[j + 1]?.pos === "VERB")
        return j - 1 >= 0 && tokens[j - 1].sentence === sentence ? j - 1 : -1;
    }
  }
  return before;
}

/** How far back the first of two coordinated infinitives may stand. */
const COORDINATED_WINDOW = 12;
