import { wordBefore } from "../nlp/offsets.ts";
import type { Token } from "../nlp/types.ts";
import type { TriggerRule } from "./lexicon.ts";
import type { PloverType } from "./schema.ts";
import { hasNear } from "./trigger-conditions/site.ts";
import { conditionHolds } from "./trigger-conditions.ts";
import { isPassive } from "./verb-forms.ts";

/**
 * How a trigger rule matches at a token (its words, part of speech, condition and the objects that
 * give the word another sense), and the shapes of the words around a trigger that make it name no
 * event here: a reduced relative ("a guard killed during the riots"), an attributive participle
 * ("the detained fishermen"), a word inside a name, victims named by a participle ("those
 * killed"). findTriggers (triggers.ts) applies them in order and records the rule that proposed
 * each trigger.
 */

export const VERB_POS = new Set(["VERB"]);
export const NOUN_POS = new Set(["NOUN", "PROPN"]);
export const DEFINITE_OR_ARTICLE = new Set([
  "the",
  "a",
  "an",
  "its",
  "their",
  "his",
  "her",
  "our",
  "this",
  "these",
  "that",
  "those",
]);

/** Objects that turn a violent verb into something else ("seize power" is a coup claim, not a seizure). */
export const NON_EVENT_OBJECTS: Partial<Record<PloverType, Set<string>>> = {
  COERCE: new Set([
    "power",
    "opportunity",
    "chance",
    "initiative",
    "moment",
    // "carbon dioxide that is captured", "captured the imagination of": no seizure of anything held.
    "carbon",
    "dioxide",
    "emissions",
    "imagination",
    "attention",
    // "captured the title", "won the seat": a prize or a contest won, no seizure.
    "title",
    "titles",
    "crown",
    "championship",
    "championships",
    "medal",
    "medals",
    "trophy",
    "cup",
    "pennant",
    "victory",
    "win",
    "seat",
    "seats",
    "votes",
    "essence",
    "spirit",
    "mood",
  ]),
  SUPPORT: new Set([
    "claim",
    "claims",
    "argument",
    "arguments",
    "allegation",
    "allegations",
    "theory",
    "view",
    "assertion",
    "case",
    "hypothesis",
    "notion",
    // "signed a confession", "signed a lease", "recognized Lincoln's profile".
    "confession",
    "confessions",
    "lease",
    "autograph",
    "autographs",
    "profile",
    "face",
    "voice",
  ]),
  CONSULT: new Set([
    "goal",
    "goals",
    "target",
    "targets",
    "demand",
    "demands",
    "expectations",
    "requirements",
    "needs",
    "deadline",
    "criteria",
  ]),
  // "shot down rumors of a V8": rejecting a claim, not downing an aircraft.
  ASSAULT: new Set([
    "record",
    "records",
    "speech",
    "rumors",
    "rumours",
    "rumor",
    "rumour",
    "idea",
    "ideas",
    "suggestion",
    "suggestions",
    "proposal",
    "proposals",
    "claims",
  ]),
  // "seeking chances to exhibit", "sought medical treatment": a person's pursuit, not a demand on a
  // party ("demanding jobs" is one).
  REQUEST: new Set(["chance", "chances", "opportunity", "opportunities", "treatment", "fortune"]),
  // "must surrender his passport", "handed over their licences": papers given up under bail terms;
  // "witnesses have withdrawn their statements": words taken back.
  RETREAT: new Set([
    "passport",
    "passports",
    "license",
    "licenses",
    "licence",
    "licences",
    "statement",
    "statements",
    "complaint",
    "complaints",
    "remarks",
    "comments",
    "lawsuit",
    "suit",
  ]),
};

/** A past form lemmatised by its spelling lost the verb's silent "e" ("tortured" → tortur): "torture" matches it. */
function silentE(word: string, lemma: string, t: Token): boolean {
  return t.pos === "VERB" && t.norm.endsWith("ed") && word === `${lemma}e`;
}

export function matches(
  rule: TriggerRule,
  tokens: Token[],
  i: number,
  s: { tokenStart: number; tokenEnd: number },
  asNoun = false,
  singular?: string,
): number {
  const t = tokens[i];
  const lemma = t.lemma.toLowerCase();
  if (
    rule.words[0] !== lemma &&
    rule.words[0] !== t.norm &&
    rule.words[0] !== singular &&
    !silentE(rule.words[0], lemma, t)
  )
    return -1;
  if (asNoun) {
    // A gerund used as a noun matches noun rules ("the shelling") and no verb rule.
    if (rule.pos === "v") return -1;
  } else if (rule.pos === "v" && !VERB_POS.has(t.pos)) return -1;
  // A compound noun is a noun by its last word, whatever the tagger made of the first ("tear gas",
  // with "tear" read as a verb).
  const head = rule.words.length > 1 ? (tokens[i + rule.words.length - 1] ?? t) : t;
  if (rule.pos === "n" && !NOUN_POS.has(head.pos) && !asNoun) return -1;
  if (rule.pos === "*" && !VERB_POS.has(t.pos) && !NOUN_POS.has(t.pos)) return -1;
  if (t.pos === "PROPN" && rule.pos !== "a" && /^[A-Z]/.test(t.text) && t.start > 0) {
    // A capitalised trigger word inside a name ("Relief Coordinator", "Cooperation Council") names an organisation.
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (
      (prev && prev.pos === "PROPN" && prev.sentence === t.sentence) ||
      (next && next.pos === "PROPN" && next.sentence === t.sentence)
    )
      return -1;
  }
  let last = i;
  for (let k = 1; k < rule.words.length; k++) {
    if (tokens[i + k]?.norm !== rule.words[k] || i + k >= s.tokenEnd) return -1;
    last = i + k;
  }
  if (rule.condition && !conditionHolds(rule.condition, tokens, i, s)) return -1;
  const blocked = NON_EVENT_OBJECTS[rule.type];
  if (blocked && hasNear(tokens, last + 1, Math.min(s.tokenEnd, last + 3), blocked)) return -1;
  // A passive's patient stands before it: "the carbon dioxide that is captured".
  if (
    rule.type === "COERCE" &&
    blocked &&
    isPassive(tokens, i) &&
    hasNear(tokens, Math.max(s.tokenStart, i - 4), i, blocked)
  )
    return -1;
  return last;
}

/**
 * A participle that follows a noun inside a prepositional phrase and takes no object
 * ("the funeral of a guard killed during the riots") describes a participant, not news;
 * "the president thanked Russia" and "protesters gathered in the square" are finite verbs.
 */
export function isReducedRelative(tokens: Token[], i: number, sentenceStart: number): boolean {
  const t = tokens[i];
  if (t.pos !== "VERB" || !/ed$|en$/.test(t.norm) || i === sentenceStart) return false;
  const prev = tokens[i - 1];
  if (prev.pos !== "NOUN" && prev.pos !== "PROPN") return false;
  const next = tokens[i + 1];
  if (
    next &&
    next.sentence === t.sentence &&
    next.pos !== "ADP" &&
    next.pos !== "PUNCT" &&
    next.pos !== "ADV"
  )
    return false;
  let k = i - 1;
  while (k > sentenceStart && ["NOUN", "PROPN", "ADJ", "DET", "NUM"].includes(tokens[k - 1].pos)) k--;
  if (!(k > sentenceStart && tokens[k - 1].pos === "ADP")) return false;
  // "Hundreds of dockworkers marched …" has no other finite verb: there "marched" is the main verb.
  return hasOtherFiniteVerb(tokens, i);
}

export function afterBeAuxiliary(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3) && tokens[k].sentence === tokens[i].sentence; k--) {
    if (["was", "were", "been", "be", "is", "are", "being"].includes(tokens[k].norm)) return true;
    if (tokens[k].pos !== "ADV") return false;
  }
  return false;
}

function hasOtherFiniteVerb(tokens: Token[], i: number): boolean {
  const sentence = tokens[i].sentence;
  // Only the participle's own clause counts: stop at "unless", "that", "which", "who", ";".
  for (let k = i - 1; k >= 0 && tokens[k].sentence === sentence && !isClauseBoundary(tokens[k]); k--)
    if (isFiniteVerb(tokens, k)) return true;
  for (
    let k = i + 1;
    k < tokens.length && tokens[k].sentence === sentence && !isClauseBoundary(tokens[k]);
    k++
  )
    if (isFiniteVerb(tokens, k)) return true;
  return false;
}

/** Words that open a new clause (wink tags some of them ADP: "unless", "until"). */
const CLAUSE_OPENERS = new Set([
  "where",
  "whereby",
  "which",
  "who",
  "whom",
  "that",
  "whose",
  "unless",
  "if",
  "because",
  "while",
  "although",
  "though",
  "when",
  "whereas",
  "until",
]);

function isClauseBoundary(t: Token): boolean {
  return t.pos === "SCONJ" || t.text === ";" || CLAUSE_OPENERS.has(t.norm);
}

function isFiniteVerb(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t.pos === "AUX") return true;
  if (t.pos !== "VERB" || t.norm === "according" || /ing$/.test(t.norm)) return false;
  return tokens[k - 1]?.norm !== "to" && !isAttributiveParticiple(tokens, k);
}

/**
 * "the detained fishermen", "a wounded soldier", "the recently imposed Sharia law", "its newly
 * elected leader": a past participle between a determiner (adverbs between) and its noun (adjectives
 * between) is an adjective. It describes the thing by an earlier event; it neither tells that event
 * nor is the clause's verb.
 */
export function isAttributiveParticiple(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.pos !== "VERB" || !/ed$|en$/.test(t.norm)) return false;
  const k = wordBefore(tokens, i);
  if (k < 0 || !DEFINITE_OR_ARTICLE.has(tokens[k].norm)) return false;
  let j = i + 1;
  while (tokens[j]?.pos === "ADJ" && tokens[j].sentence === t.sentence) j++;
  return NOUN_POS.has(tokens[j]?.pos ?? "") && tokens[j].sentence === t.sentence;
}

/** A noun follows: tagged so, or an adjective standing as the phrase's head ("a convicted terrorist,"). */
export function headNounAfter(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next) return false;
  if (next.pos === "NOUN") return true;
  return next.pos === "ADJ" && !["NOUN", "ADJ", "PROPN"].includes(tokens[i + 2]?.pos ?? "");
}

/**
 * The participle stands where a noun's modifier does: at the sentence's start or after an article,
 * adjective, number or preposition, with adverbs between ("the previously signed agreements",
 * "Unjustly imprisoned journalists"); after a noun it is a finite verb ("Police also confiscated").
 */
export function attributiveSlot(tokens: Token[], i: number, sentenceStart: number): boolean {
  let k = i - 1;
  while (k >= sentenceStart && tokens[k].pos === "ADV") k--;
  // "reaching negotiated solutions": a gerund's object may open with the participle.
  return (
    k < sentenceStart ||
    ["DET", "ADJ", "NUM", "ADP"].includes(tokens[k].pos) ||
    (tokens[k].pos === "VERB" && /ing$/.test(tokens[k].norm))
  );
}

/**
 * The participle at `i` names the victims of an act told elsewhere, if at all: after "those" ("the
 * names of those killed", "relatives of those arrested"), or after "the" with no noun to qualify
 * ("None of the injured were British", "among the wounded").
 */
export function namesVictims(tokens: Token[], i: number, last: number): boolean {
  const t = tokens[i];
  const before = tokens[i - 1];
  if (!before || before.sentence !== t.sentence || !t.norm.endsWith("ed")) return false;
  if (before.norm === "those") return true;
  return (
    before.norm === "the" && last === i && !["NOUN", "PROPN", "ADJ", "NUM"].includes(tokens[i + 1]?.pos ?? "")
  );
}
