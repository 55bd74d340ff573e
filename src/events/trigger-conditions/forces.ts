import type { Token } from "../../nlp/types.ts";
import { agentKind } from "../actors.ts";
import { SUBJECT_WINDOW } from "../trigger-objects.ts";
import { isPassive } from "../verb-forms.ts";
import {
  AIR_WORDS,
  ARMS_HOLDING_WORDS,
  BODY_WORDS,
  CONDITION_WORDS,
  GUNFIRE_WORDS,
  MILITARY_WORDS,
  PEOPLE_PLURAL,
  STRIKE_WORDS,
} from "../words.ts";
import { type ConditionTable, hasNear, passiveSubjectEnd, STAFF_OBJECTS } from "./site.ts";

/** Conditions on armed forces and arms: a force named near, what is fired, thrown or found. */

/** How far after a movement verb what it moves may stand ("moved two armoured brigades"). */
const OBJECT_NEAR = 4;

/** What a round fired at a target is aimed with: "was fired on", "were fired at the crowd". */
const AIMED_AT = new Set(["at", "on", "into", "upon"]);

/** Where a round fired came from or went: "were fired from Gaza", "toward the border". */
const FIRED_FROM_OR_TO = new Set(["from", "toward", "towards", "across", "over", "near"]);

/** Whom one fires from a job ("fired the coach", "fired him"). */
const DISMISSED = new Set([
  ...STAFF_OBJECTS,
  ..."them employee employees worker workers staff staffer staffers coach manager managers chef waiter waitress assistant secretary director ceo executive executives aide aides adviser advisers advisor player players teacher teachers nanny housekeeper".split(
    " ",
  ),
]);

/** Possessives before an object ("fired his coach"). */
const POSSESSIVE_DETERMINERS = new Set(["his", "her", "their", "its", "our", "my", "your"]);

/** How far before a weapon word the verb or noun that holds it may stand ("possess large stocks of chemical weapons"). */
const HELD_ARMS_WINDOW = 5;

/** The weapon word at `i` is what a verb of holding or making takes, or what a stock holds (ARMS_HOLDING_WORDS). */
function heldArms(tokens: Token[], i: number, lo: number): boolean {
  for (let k = i - 1; k >= Math.max(lo, i - HELD_ARMS_WINDOW); k--) {
    const t = tokens[k];
    if (ARMS_HOLDING_WORDS.has(t.lemma.toLowerCase()) || ARMS_HOLDING_WORDS.has(t.norm)) return true;
    if (t.pos === "VERB" || t.pos === "PUNCT") return false;
  }
  return false;
}

/** A force named near: MILITARY_WORDS as nouns only ("troops", "the army"; not "forced relocations", "forcing people"). */
function forceNear(tokens: Token[], from: number, to: number): boolean {
  for (let i = Math.max(0, from); i < Math.min(tokens.length, to); i++) {
    const t = tokens[i];
    if (!MILITARY_WORDS.has(t.norm) && !MILITARY_WORDS.has(t.lemma)) continue;
    // "sent to the local police station", "an army base": a force's building or vehicle is no force.
    if (t.pos !== "VERB" && t.pos !== "ADJ" && !FORCE_PLACES.has(tokens[i + 1]?.norm ?? "")) return true;
  }
  return false;
}

/**
 * The verb at `i` takes a direct object headed by a common noun that names no force, person or
 * group ("deploying a portable wall system", "deployed solar panels"; not "deployed 500 troops",
 * "deployed riot police", "deployed them").
 */
function thingObject(tokens: Token[], i: number, end: number): boolean {
  let k = i + 1;
  while (
    k < end &&
    (tokens[k].pos === "DET" || tokens[k].pos === "ADJ" || tokens[k].pos === "NUM" || tokens[k].text === "-")
  )
    k++;
  if (k >= end || tokens[k].pos !== "NOUN") return false;
  const first = k;
  while (k + 1 < end && tokens[k + 1].pos === "NOUN") k++;
  const head = tokens[k];
  // "mobilized army reservists": a force named inside the object makes it one; so does a noun of
  // people by its ending.
  for (let j = first; j < k; j++) if (MILITARY_WORDS.has(tokens[j].norm)) return false;
  if (PEOPLE_PLURAL.test(head.norm) || /^\p{Ll}+men$/u.test(head.norm)) return false;
  return (
    !MILITARY_WORDS.has(head.norm) &&
    !MILITARY_WORDS.has(head.lemma) &&
    agentKind(head.norm) === undefined &&
    agentKind(head.lemma) === undefined
  );
}

/** Nouns after a force's name that make it a place or a thing ("police station", "army base"). */
const FORCE_PLACES = new Set([
  "station",
  "stations",
  "headquarters",
  "precinct",
  "cell",
  "cells",
  "custody",
  "car",
  "cars",
  "van",
  "vans",
  "barracks",
  "academy",
]);

function previousSentenceStart(tokens: Token[], sentenceStart: number): number {
  if (sentenceStart === 0) return 0;
  const previous = tokens[sentenceStart - 1].sentence;
  let i = sentenceStart - 1;
  while (i > 0 && tokens[i - 1].sentence === previous) i--;
  return i;
}

/** How far after "threw" the thing thrown may stand ("threw two hand grenades"). */
const THROWN_OBJECT_WINDOW = 5;

export const FORCE_CONDITIONS: ConditionTable = {
  military: ({ tokens, i, s }) => {
    // "These men … must complete their departure": the troops are often named a sentence earlier.
    // "deploying a portable wall system used to protect soldiers": what a verb deploys is a force.
    return (
      forceNear(tokens, previousSentenceStart(tokens, s.tokenStart), s.tokenEnd) &&
      !(tokens[i].pos === "VERB" && !isPassive(tokens, i) && thingObject(tokens, i, s.tokenEnd))
    );
  },
  "troops-subject": ({ tokens, i, s }) => {
    return forceNear(tokens, Math.max(s.tokenStart, i - SUBJECT_WINDOW), i);
  },
  "troops-near": ({ tokens, i, s }) => {
    // "people move all the time": a movement is military when a force moves or is moved.
    return forceNear(
      tokens,
      Math.max(s.tokenStart, i - SUBJECT_WINDOW),
      Math.min(s.tokenEnd, i + OBJECT_NEAR + 1),
    );
  },
  "troops-object": ({ tokens, i, s }) => {
    // "committed 2,000 troops to the mission", "troops were committed": the force is what the
    // verb takes ("soldiers who commit acts of rape" commit no troops).
    return isPassive(tokens, i)
      ? forceNear(tokens, Math.max(s.tokenStart, i - SUBJECT_WINDOW), i)
      : forceNear(tokens, i + 1, Math.min(s.tokenEnd, i + OBJECT_NEAR + 1));
  },
  strike: ({ tokens, i, lo }) => {
    // "US air strikes against Iraq" are raids, whatever else is near; "on strike", "on a strike"
    // is a stoppage, "on Thursday" tells nothing.
    if (AIR_WORDS.has(tokens[i - 1]?.norm ?? "")) return false;
    return (
      hasNear(tokens, lo, i, STRIKE_WORDS) || tokens[i - 1]?.norm === "on" || tokens[i - 2]?.norm === "on"
    );
  },
  gunfire: ({ tokens, lo, hi }) => {
    return hasNear(tokens, lo, hi, GUNFIRE_WORDS);
  },
  air: ({ tokens, i, lo }) => {
    return hasNear(tokens, lo, i, AIR_WORDS);
  },
  thrown: ({ tokens, i, s }) => {
    const thrown = CONDITION_WORDS.thrown ?? new Set();
    // "a grenade was thrown at the stage": a passive's thing thrown is its subject.
    if (isPassive(tokens, i)) return hasNear(tokens, Math.max(s.tokenStart, i - SUBJECT_WINDOW), i, thrown);
    return hasNear(tokens, i + 1, Math.min(s.tokenEnd, i + THROWN_OBJECT_WINDOW), thrown);
  },
  munition: ({ tokens, i, s, hi }) => {
    // "The chef fired the waiter on the spot", "fired him": a dismissal, whatever "on" follows.
    let k = i + 1;
    while (k < s.tokenEnd && (tokens[k].pos === "DET" || POSSESSIVE_DETERMINERS.has(tokens[k].norm))) k++;
    const object = tokens[k];
    if (object && k < s.tokenEnd && (DISMISSED.has(object.norm) || DISMISSED.has(object.lemma.toLowerCase())))
      return false;
    // "a man who had been fired", "he was fired last week": a passive whose subject is no round
    // fired is a dismissal, unless "at", "on" or "into" follows ("shots were fired", "was fired on").
    if (isPassive(tokens, i) && !AIMED_AT.has(tokens[i + 1]?.norm ?? "")) {
      const subject = tokens[passiveSubjectEnd(tokens, i, s.tokenStart)];
      // "Two rockets were fired from Gaza": the round is the subject, and where it came from or went
      // follows ("how many shots were fired" tells no new event).
      return (
        !!subject &&
        (CONDITION_WORDS.munition ?? new Set()).has(subject.norm) &&
        FIRED_FROM_OR_TO.has(tokens[i + 1]?.norm ?? "")
      );
    }
    return hasNear(tokens, i + 1, hi, CONDITION_WORDS.munition ?? new Set());
  },
  weapon: ({ tokens, i, lo, hi }) => {
    // "police found weapons"; "the body was found with the arms cut off": a passive's find is its
    // subject, and a body found is no seizure.
    if (isPassive(tokens, i))
      return (
        hasNear(tokens, lo, i, CONDITION_WORDS.weapon ?? new Set()) && !hasNear(tokens, lo, i, BODY_WORDS)
      );
    // "The Iraqis also possess chemical weapons", "a stockpile of chemical weapons": arms held are no attack.
    if (tokens[i].pos !== "VERB" && heldArms(tokens, i, lo)) return false;
    return hasNear(tokens, lo, hi, CONDITION_WORDS.weapon ?? new Set());
  },
};
