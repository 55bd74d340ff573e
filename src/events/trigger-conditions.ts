import { MONTH, WEEKDAY } from "../nlp/time/words.ts";
import type { Token } from "../nlp/types.ts";
import { agentKind } from "./actors.ts";
import type { TriggerCondition } from "./lexicon.ts";
import {
  asksAnonymity,
  CAUSE_WINDOW,
  disclosure,
  endangers,
  facedThreat,
  gatheredThing,
  hasPartner,
  menaces,
  SUBJECT_WINDOW,
} from "./trigger-objects.ts";
import { isPassive } from "./verb-forms.ts";
import {
  AID_WORDS,
  AIR_WORDS,
  ARMS_HOLDING_WORDS,
  ASSIGNED_TASKS,
  BODY_WORDS,
  BUILDING_WORDS,
  CAUSE_WORDS,
  CLAUSE_OPENERS,
  CONDITION_WORDS,
  COURT_WORDS,
  CROWD_WORDS,
  EVACUATED_PLACES,
  GUNFIRE_WORDS,
  LABEL_WORDS,
  LEGAL_BEFORE_APPEAL,
  MILITARY_WORDS,
  OFFERED_COURTESIES,
  PASSIVE_AUX,
  PEOPLE_OBJECT_WORDS,
  PEOPLE_PLURAL,
  PHONE_WORDS,
  POSSESSIVE_MARK,
  PREVENTED_GATHERINGS,
  PRIVATE_PERSON_NOUNS,
  PROTEST_PARTICIPANTS,
  PROTEST_PURPOSE,
  QUESTION_WORDS,
  SATISFIED_OBJECTS,
  SENTENCE_WORDS,
  SPORTS_WORDS,
  STRIKE_WORDS,
} from "./words.ts";

/** The context a trigger rule may require ("withdraw" with troops nearby is a RETREAT, "call" with a phone a CONSULT). */

/** How many tokens around a trigger a condition word may be. */
const CONDITION_WINDOW = 6;
/** How far after a movement verb what it moves may stand ("moved two armoured brigades"). */
const OBJECT_NEAR = 4;
/** How far a name may stand inside a verb's object ("defended the right of Russia"). */
const NAMED_OBJECT_WINDOW = 6;
/** How far after "ask" a question word may show the asking is a question ("asked the minister whether"). */
const QUESTION_WINDOW = 5;
/** Parts of speech that open a verb's object ("demonstrated its resolve", "demonstrated the danger"). */
const OBJECT_OPENERS = new Set(["DET", "PRON", "NOUN", "PROPN", "NUM"]);
/** A label ("terrorists") must follow "called" closely to make an accusation. */
const LABEL_WINDOW = 7;

/** How far after "suspend" its person or its "from her job" may stand. */
const STAFF_WINDOW = 6;
/** A person suspended: the object pronoun right after the verb. */
const STAFF_OBJECTS: ReadonlySet<string> = new Set(["her", "him", "me"]);
/** The subject of a passive "was suspended" that is a person: a pronoun or "who". */
const STAFF_SUBJECTS: ReadonlySet<string> = new Set(["she", "he", "i", "who"]);
/** What a person is suspended from ("from her job", "from school", "from the team"). */
const SUSPENDED_FROM: ReadonlySet<string> = new Set([
  "job",
  "post",
  "duties",
  "duty",
  "position",
  "work",
  "school",
  "team",
  "club",
  "league",
  "office",
  "force",
  "practice",
]);

/** How far after "charged" its "with" may stand ("charged the UN inspectors with"). */
const TASK_WINDOW = 5;
/** Subjects of a clause after "agreed" that tell a view, not a commitment ("agreed it would", "agreed that this was"). */
const BELIEF_SUBJECTS = new Set(["it", "this", "there", "these", "that"]);
/** How far after "visit" the friend or relative visited may stand ("visiting a former next-door neighbour"). */
const PRIVATE_VISIT_WINDOW = 5;
/** How far before a passive "shot" its film may stand ("the footage for the series was shot"). */
const FILM_BEFORE_PASSIVE = 5;
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
/** What a reporter asks a source to do: "asked to comment", "asked to elaborate". */
const PRESS_QUESTIONS = new Set(["comment", "elaborate", "speculate"]);
/** "When asked to confirm the figure", "if asked to explain": a participle a reporter's question opens. */
const REPORTER_ASKED_BEFORE = new Set(["when", "if", "after", "once"]);
/** Particles that make "wound" the past of "wind" ("production wound down", "wound up in court"). */
const PHRASAL_PARTICLES = new Set(["down", "up"]);

/** How far after "offer" its reward may stand ("offered a reward of up to $5 million"). */
const REWARD_WINDOW = 5;
/** How far after "condemned" its sentence may stand ("condemned the three men to death"). */
const SENTENCE_WINDOW = 5;

/** "to death", "to life", "to prison" within SENTENCE_WINDOW after the verb at `i`. */
function sentencePassed(tokens: Token[], i: number, end: number): boolean {
  for (let k = i + 2; k < Math.min(end, i + 1 + SENTENCE_WINDOW); k++)
    if (tokens[k - 1].norm === "to" && SENTENCE_WORDS.has(tokens[k].norm)) return true;
  return false;
}

/** What opens the object of a gerund ("hearing evidence", "hearing the ruling", "hearing them"). */
const GERUND_OBJECT_START = new Set(["DET", "PRON", "NUM", "NOUN"]);

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

/** A word of `words` (by form or lemma) in [from, to), among the tokens `accept` lets count. */
export function hasNear(
  tokens: Token[],
  from: number,
  to: number,
  words: ReadonlySet<string>,
  accept: (t: Token) => boolean = () => true,
): boolean {
  for (let i = Math.max(0, from); i < Math.min(tokens.length, to); i++)
    if ((words.has(tokens[i].norm) || words.has(tokens[i].lemma)) && accept(tokens[i])) return true;
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

/** Month and weekday names, which the tagger marks as proper nouns but which name nobody. */
const CALENDAR = new RegExp(`^(?:${MONTH}|${WEEKDAY})$`);

export function conditionHolds(
  condition: TriggerCondition,
  tokens: Token[],
  i: number,
  s: { tokenStart: number; tokenEnd: number },
): boolean {
  const lo = Math.max(s.tokenStart, i - CONDITION_WINDOW);
  const hi = Math.min(s.tokenEnd, i + CONDITION_WINDOW + 1);
  switch (condition) {
    case "military":
      // "These men … must complete their departure": the troops are often named a sentence earlier.
      // "deploying a portable wall system used to protect soldiers": what a verb deploys is a force.
      return (
        forceNear(tokens, previousSentenceStart(tokens, s.tokenStart), s.tokenEnd) &&
        !(tokens[i].pos === "VERB" && !isPassive(tokens, i) && thingObject(tokens, i, s.tokenEnd))
      );
    case "troops-subject":
      return forceNear(tokens, Math.max(s.tokenStart, i - SUBJECT_WINDOW), i);
    case "troops-near":
      // "people move all the time": a movement is military when a force moves or is moved.
      return forceNear(
        tokens,
        Math.max(s.tokenStart, i - SUBJECT_WINDOW),
        Math.min(s.tokenEnd, i + OBJECT_NEAR + 1),
      );
    case "troops-object":
      // "committed 2,000 troops to the mission", "troops were committed": the force is what the
      // verb takes ("soldiers who commit acts of rape" commit no troops).
      return isPassive(tokens, i)
        ? forceNear(tokens, Math.max(s.tokenStart, i - SUBJECT_WINDOW), i)
        : forceNear(tokens, i + 1, Math.min(s.tokenEnd, i + OBJECT_NEAR + 1));
    case "aid":
      // "provides that asylum can only be granted": a law's terms; "gave him first aid": first aid.
      if (tokens[i + 1]?.norm === "that") return false;
      for (let k = i + 1; k < hi; k++)
        if (AID_WORDS.has(tokens[k].norm) && !(tokens[k].norm === "aid" && tokens[k - 1]?.norm === "first"))
          return true;
      return false;
    case "phone":
      return hasNear(tokens, lo, hi, PHONE_WORDS);
    case "label":
      // "a plastic explosive called Semtex used by terrorist groups": a participle that names a thing.
      if (namingParticiple(tokens, i, s.tokenStart)) return false;
      return hasNear(tokens, i + 1, Math.min(s.tokenEnd, i + LABEL_WINDOW + 1), LABEL_WORDS);
    case "people":
      return hasNear(tokens, i + 1, hi, PEOPLE_OBJECT_WORDS);
    case "crowd":
      // "crushed the protests", "quelled the unrest": crowd control; "crushed the rebellion's army" is not.
      return hasNear(tokens, i + 1, hi, CROWD_WORDS);
    case "protest":
      // "information gathered from activists", "evidence gathered by the police": a participle after
      // a noun of things, with its source or agent, is the verb's other sense.
      if (gatheredThing(tokens, i)) return false;
      return (
        hasNear(tokens, lo, i, PROTEST_PARTICIPANTS) ||
        tokens.slice(lo, i).some((t) => t.norm.endsWith("workers")) ||
        // The purpose may come late: "blocked roads leading to the city centre on Sunday to press their demands".
        hasNear(tokens, i + 1, s.tokenEnd, PROTEST_PURPOSE)
      );
    case "strike":
      // "US air strikes against Iraq" are raids, whatever else is near; "on strike", "on a strike"
      // is a stoppage, "on Thursday" tells nothing.
      if (AIR_WORDS.has(tokens[i - 1]?.norm ?? "")) return false;
      return (
        hasNear(tokens, lo, i, STRIKE_WORDS) || tokens[i - 1]?.norm === "on" || tokens[i - 2]?.norm === "on"
      );
    case "gunfire":
      return hasNear(tokens, lo, hi, GUNFIRE_WORDS);
    case "air":
      return hasNear(tokens, lo, i, AIR_WORDS);
    case "building":
      return hasNear(tokens, i + 1, hi, BUILDING_WORDS);
    case "intent":
      return tokens[i + 1]?.norm === "to";
    case "not-festive":
      // "a campaign rally", "an annual biker rally", "rallied behind the president": a gathering
      // of supporters or a show, not a protest.
      return (
        !hasNear(tokens, Math.max(s.tokenStart, i - 2), i, CONDITION_WORDS["not-festive"] ?? new Set()) &&
        !["behind", "around", "round"].includes(tokens[i + 1]?.norm ?? "")
      );
    case "guest":
      // "hosted talks", "will host the Chinese president", "hosted Putin"; "host an annual biker
      // rally", "host a Walk for Victims" are events of another kind.
      return (
        hasNear(tokens, i + 1, hi, CONDITION_WORDS.guest ?? new Set()) ||
        (tokens[i + 1]?.pos === "PROPN" && !CALENDAR.test(tokens[i + 1].text))
      );
    case "refusal":
      // "declined to sign the bill"; "declined to comment", "declined to identify the suspect" keep
      // a source's silence, not a rejection.
      return tokens[i + 1]?.norm === "to" && !disclosure(tokens, i + 2, s.tokenEnd);
    case "not-disclosure":
      return !(tokens[i + 1]?.norm === "to" && disclosure(tokens, i + 2, s.tokenEnd));
    case "not-infinitive":
      // "sought to reassure investors" is an aim; "sought asylum", "sought talks" ask for something;
      // "a third suspect is being sought" is a manhunt.
      return tokens[i + 1]?.norm !== "to" && !isPassive(tokens, i);
    case "not-reward":
      // "offering a $35,000 reward for information": a reward is offered to whoever informs, no
      // concession to a party; "to offer a religious service", "offered condolences": a courtesy.
      return !hasNear(tokens, i + 1, Math.min(s.tokenEnd, i + 1 + REWARD_WINDOW), OFFERED_COURTESIES);
    case "protesters":
      // "Striking unions prevented ferries from leaving": the stoppage is the protest.
      return (
        !gatheredThing(tokens, i) &&
        (hasNear(tokens, lo, i, PROTEST_PARTICIPANTS) ||
          tokens.slice(lo, i).some((t) => t.norm.endsWith("workers")))
      );
    case "not-occasion": {
      // "Hege was taken off life support": a machine, no backing.
      const occasions = CONDITION_WORDS[condition] ?? new Set();
      if (tokens[i - 1]?.norm === "life") return false;
      // "supported the Presidential Inauguration": the object's head, past its modifiers and name.
      if (occasionAfter(tokens, i + 1, s.tokenEnd, occasions)) return false;
      // "Future Technology Week is supported by …": a passive's subject.
      return !(
        isPassive(tokens, i) &&
        hasNear(tokens, Math.max(s.tokenStart, i - OCCASION_SUBJECT_WINDOW), i, occasions)
      );
    }
    case "not-coping":
      // "help school boards understand and deal with the impact": the verb "deal with", read as a
      // noun, copes with something; a deal struck has a determiner or a modifier ("a deal with Iran").
      return !(tokens[i + 1]?.norm === "with" && !DEAL_MODIFIERS.has(tokens[i - 1]?.pos ?? ""));
    case "not-belief": {
      // "All of them agreed it would prompt a second look": a shared view, not a commitment.
      const k = tokens[i + 1]?.norm === "that" ? i + 2 : i + 1;
      // "Most economists agree that the slowdown will last": a view held now, not a deal struck
      // (a deal is told in the past: "the two sides agreed that talks would resume").
      const present = tokens[i].norm === "agree" || tokens[i].norm === "agrees";
      if (tokens[i + 1]?.norm === "that" && present) return false;
      // "Cressida Dick agrees with the mayor that the force should …", "agreed with accusations
      // that …": a view shared with someone, or a claim endorsed.
      if (tokens[i + 1]?.norm === "with" && (present || agreedWithView(tokens, i + 2, s.tokenEnd)))
        return false;
      return !(k < s.tokenEnd && BELIEF_SUBJECTS.has(tokens[k].norm));
    }
    case "not-private":
      // "killed while visiting a former neighbour", "a visit to her grandmother": the person
      // visited is a friend or a relative, a private call.
      return !hasNear(
        tokens,
        i + 1,
        Math.min(s.tokenEnd, i + 1 + PRIVATE_VISIT_WINDOW),
        CONDITION_WORDS[condition] ?? new Set(),
      );
    case "not-recording":
      // "The second video captured an apparent retaliation", "was captured on camera": recorded, not seized.
      return !hasNear(tokens, lo, hi, CONDITION_WORDS[condition] ?? new Set());
    case "not-film": {
      // "took a two-handed shooting stance": the "-ing" form modifies a noun of sport or stance.
      if (/ing$/.test(tokens[i].norm) && CONDITION_WORDS["not-sport"]?.has(tokens[i + 1]?.norm ?? ""))
        return false;
      // "shot a 68 in the final round", "shot a 3-under 69": a golfer's score ("shot two before
      // fleeing", "shot a 12-year-old boy" are people).
      if ((tokens[i + 1]?.norm === "a" || tokens[i + 1]?.norm === "an") && i + 2 < s.tokenEnd) {
        const after = i + 3 < s.tokenEnd ? tokens[i + 3] : undefined;
        const person = !!after && (after.pos === "NOUN" || after.pos === "PROPN" || after.text === "-");
        if (tokens[i + 2].pos === "NUM" && !person) return false;
      }
      // "shot a documentary", "the footage was shot in Jordan" (a passive's film stands before it).
      const from = isPassive(tokens, i) ? Math.max(s.tokenStart, i - FILM_BEFORE_PASSIVE) : i + 1;
      return !hasNear(tokens, from, hi, CONDITION_WORDS[condition] ?? new Set());
    }
    case "thrown": {
      const thrown = CONDITION_WORDS.thrown ?? new Set();
      // "a grenade was thrown at the stage": a passive's thing thrown is its subject.
      if (isPassive(tokens, i)) return hasNear(tokens, Math.max(s.tokenStart, i - SUBJECT_WINDOW), i, thrown);
      return hasNear(tokens, i + 1, Math.min(s.tokenEnd, i + THROWN_OBJECT_WINDOW), thrown);
    }
    case "munition": {
      // "The chef fired the waiter on the spot", "fired him": a dismissal, whatever "on" follows.
      let k = i + 1;
      while (k < s.tokenEnd && (tokens[k].pos === "DET" || POSSESSIVE_DETERMINERS.has(tokens[k].norm))) k++;
      const object = tokens[k];
      if (
        object &&
        k < s.tokenEnd &&
        (DISMISSED.has(object.norm) || DISMISSED.has(object.lemma.toLowerCase()))
      )
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
    }
    case "not-phrasal":
      // "wound down", "wound up": the past of "wind" with its particle, no wounding.
      return !PHRASAL_PARTICLES.has(tokens[i + 1]?.norm ?? "");
    case "not-task": {
      // "charged the inspectors with verifying that Iraq destroyed its missiles": "with" and a task's
      // gerund give a duty, not an accusation ("charged with killing his wife" is one).
      const w = tokens.findIndex((t, k) => k > i && k <= i + TASK_WINDOW && t.norm === "with");
      return w < 0 || !ASSIGNED_TASKS.has(tokens[w + 1]?.norm ?? "");
    }
    case "not-staff": {
      // "She was suspended from her job", "the supervisor who suspended her", "a worker who had been
      // suspended", "was suspended for the season": an employer's, a school's or a league's act on
      // a person, not one party's sanction on another.
      const after = tokens.slice(i + 1, Math.min(s.tokenEnd, i + 1 + STAFF_WINDOW)).map((t) => t.norm);
      if (STAFF_OBJECTS.has(after[0] ?? "")) return false;
      const from = after.indexOf("from");
      if (from >= 0 && after.slice(from + 1, from + 3).some((w) => SUSPENDED_FROM.has(w))) return false;
      if (after.some((w) => SPORTS_WORDS.has(w))) return false;
      if (!isPassive(tokens, i)) return true;
      const subject = tokens[passiveSubjectEnd(tokens, i, s.tokenStart)];
      return !(STAFF_SUBJECTS.has(subject.norm) || PRIVATE_PERSON_NOUNS.has(subject.lemma.toLowerCase()));
    }
    case "not-court": {
      // "a federal court appeal", "appealed to the Supreme Court", "appealed against the verdict": a
      // legal appeal, no request to a party ("appealed for calm", "an appeal to the UN" are).
      if (LEGAL_BEFORE_APPEAL.has(tokens[i - 1]?.norm ?? "")) return false;
      if (tokens[i + 1]?.norm === "against") return false;
      return !hasNear(tokens, i + 1, Math.min(s.tokenEnd, i + 1 + REWARD_WINDOW), COURT_WORDS);
    }
    case "not-building": {
      // "the bank was evacuated", "evacuated the building": a building emptied as a precaution is
      // no aid to a party ("evacuated 2,000 residents" may be).
      const passive = isPassive(tokens, i);
      const [from, to] = passive ? [Math.max(s.tokenStart, i - SUBJECT_WINDOW - 2), i] : [i + 1, hi];
      return !hasNear(tokens, from, to, EVACUATED_PLACES);
    }
    case "not-symptom":
      // "complained of breathing difficulties", "complaining of chest pains": what one suffers, no grievance against a party.
      return tokens[i + 1]?.norm !== "of";
    case "not-gerund":
      // "will begin hearing evidence", "after hearing the jury's ruling": a gerund with its object
      // is the verb, no court or committee hearing ("a hearing on Monday" is one). "Confirmation
      // hearings" weigh a nominee; they accuse no one.
      return !GERUND_OBJECT_START.has(tokens[i + 1]?.pos ?? "") && tokens[i - 1]?.norm !== "confirmation";
    case "for":
      return tokens[i + 1]?.norm === "for";
    case "from": {
      // "prevented a few hundred Protestants, many waving flags, from interfering": to the clause's end.
      // "… by violence that might come from a thousand sources": "from" before no "-ing" act is no
      // prevention's.
      for (let k = i + 1; k < s.tokenEnd && tokens[k].text !== ";"; k++)
        if (tokens[k].norm === "from" && /ing$/.test(tokens[k + 1]?.norm ?? "")) return true;
      // "police prevented the demonstration": a gathering stopped is restricted too.
      let k = i + 1;
      while (k < s.tokenEnd && (tokens[k].pos === "DET" || tokens[k].pos === "ADJ")) k++;
      return PREVENTED_GATHERINGS.has(tokens[k]?.norm ?? "");
    }
    case "menace":
      return menaces(tokens, i, s.tokenEnd);
    case "plea":
      // "pleaded with the rebels to", "pleaded for calm"; "pleaded guilty" is a defendant's answer.
      return tokens[i + 1]?.norm === "with" || tokens[i + 1]?.norm === "for";
    case "not-satisfy": {
      let k = i + 1;
      // "meet NATO's standards": past a possessor too.
      while (
        k < s.tokenEnd &&
        k <= i + 4 &&
        (["DET", "ADJ", "ADV", "PRON"].includes(tokens[k].pos) ||
          (tokens[k].pos === "PROPN" && POSSESSIVE_MARK.test(tokens[k + 1]?.text ?? "")) ||
          POSSESSIVE_MARK.test(tokens[k].text))
      )
        k++;
      return !(k < s.tokenEnd && SATISFIED_OBJECTS.has(tokens[k].norm));
    }
    case "not-cause":
      return !hasNear(tokens, i + 1, Math.min(s.tokenEnd, i + 1 + CAUSE_WINDOW), CAUSE_WORDS);
    case "not-anonymity":
      return !asksAnonymity(tokens, i, s.tokenEnd);
    case "not-question": {
      // "asked about the talks", "asked whether", "asked not to be identified": a question or a
      // source's anonymity, not a request. "asked the council to", "asked for" decide first.
      // "heard the president ask, quote, 'So he's going to do it?'": a quoted question.
      if (tokens.slice(i + 1, s.tokenEnd).some((t) => t.text === "?")) return false;
      if (asksAnonymity(tokens, i, s.tokenEnd)) return false;
      // "Asked to comment on the ruling, a spokesman said", "when asked to confirm the figure",
      // "declined when asked to elaborate": a reporter's question to a source, no party's request.
      if (
        tokens[i + 1]?.norm === "to" &&
        (PRESS_QUESTIONS.has(tokens[i + 2]?.norm ?? "") ||
          ((i === s.tokenStart || REPORTER_ASKED_BEFORE.has(tokens[i - 1]?.norm ?? "")) &&
            /ed$/.test(tokens[i].norm)))
      )
        return false;
      // "was asked by Judge Michael A. Martone if he understood": past the passive's agent.
      let from = i + 1;
      if (tokens[from]?.norm === "by") {
        from++;
        while (
          from < s.tokenEnd &&
          (tokens[from].pos === "PROPN" || tokens[from].pos === "DET" || tokens[from].text === ".")
        )
          from++;
      }
      for (let k = from; k < Math.min(s.tokenEnd, from + QUESTION_WINDOW); k++) {
        const w = tokens[k].norm;
        if (w === "to" || w === "for" || w === "that") return true;
        if (QUESTION_WORDS.has(w)) return false;
      }
      return true;
    }
    case "not-clause":
      // "recognize that such concessions are weak": knowing a fact, not recognising a state.
      return !CLAUSE_OPENERS.has(tokens[i + 1]?.norm ?? "");
    case "commitment":
      // "violating the ceasefire agreement" is the ASSAULT rule's: a broken truce is fighting.
      return (
        hasNear(tokens, i + 1, hi, CONDITION_WORDS.commitment ?? new Set()) &&
        !hasNear(tokens, i + 1, hi, CONDITION_WORDS.truce ?? new Set())
      );
    case "intransitive": {
      // "thousands demonstrated outside parliament", not "demonstrated its resolve", "as demonstrated by".
      // "was also demonstrated by": an adverb may stand between the auxiliary and the participle.
      let p = i - 1;
      while (p > s.tokenStart && tokens[p].pos === "ADV") p--;
      const prev = tokens[p]?.norm ?? "";
      const next = tokens[i + 1];
      if (tokens[i - 1]?.norm === "as" || PASSIVE_AUX.has(prev)) return false;
      return !next || !(OBJECT_OPENERS.has(next.pos) || CLAUSE_OPENERS.has(next.norm));
    }
    case "transitive": {
      // "police dispersed the crowd", "the marchers were dispersed": an act on others; "the marchers
      // had dispersed by late afternoon" is a crowd going home ("dispersed pro-democracy protesters": an adjective opens an object too).
      const next = tokens[i + 1];
      return (
        isPassive(tokens, i) ||
        (!!next &&
          next.sentence === tokens[i].sentence &&
          (OBJECT_OPENERS.has(next.pos) || next.pos === "ADJ"))
      );
    }
    case "sentence":
      // "condemned him to death", "condemned the men to life in prison": a sentence passed.
      return sentencePassed(tokens, i, s.tokenEnd);
    case "not-sentence":
      return !sentencePassed(tokens, i, s.tokenEnd);
    case "named-object":
      // "defended the right of Russia": the name may sit inside the object phrase.
      return tokens
        .slice(i + 1, Math.min(s.tokenEnd, i + NAMED_OBJECT_WINDOW))
        .some((t) => t.pos === "PROPN");
    case "captives": {
      // "released to the general public", "released to the market": a product or a text made
      // available, whoever is named near.
      if (releasedToPublic(tokens, i, s.tokenEnd)) return false;
      // "two hostages were released", "Ms Diaz was freed": a passive's captive is its subject; "the
      // transcript was released on September 25" frees nobody.
      const passive = isPassive(tokens, i);
      // "according to records released by the clerk's office": a reduced passive after a thing.
      const host = tokens[i - 1];
      // ("according to records released": a plural after "to" read as a verb is a noun.)
      const thing =
        host?.pos === "NOUN" ||
        (host?.pos === "VERB" &&
          /s$/.test(host.norm) &&
          ["ADP", "PART", "DET"].includes(tokens[i - 2]?.pos ?? ""));
      if (
        !passive &&
        thing &&
        tokens[i + 1]?.norm === "by" &&
        !(CONDITION_WORDS.captives ?? new Set()).has(host.norm)
      )
        return false;
      // "Taylor Swift's first six albums were released", "U.S. aid might be freed": the subject's head
      // is a thing; a name inside the subject before it is only its owner.
      if (passive) {
        let h = passiveSubjectEnd(tokens, i, s.tokenStart);
        // "results of autopsies, which should be released today": a relative pronoun stands for the
        // noun before it.
        if (RELATIVE_FOR_THINGS.has(tokens[h].norm) && h > s.tokenStart)
          h -= tokens[h - 1].text === "," ? 2 : 1;
        // "Twenty-one members of pro-government forces were released": the head may stand before "of".
        let head = tokens[h];
        for (let k = h - 1; k > Math.max(s.tokenStart, h - SUBJECT_WINDOW - 2); k--) {
          if (tokens[k].norm === "of" && tokens[k - 1]?.pos === "NOUN") {
            head = tokens[k - 1];
            break;
          }
          if (!["NOUN", "ADJ", "PROPN", "DET", "NUM"].includes(tokens[k].pos) && tokens[k].text !== "-")
            break;
        }
        const captives = CONDITION_WORDS.captives ?? new Set();
        if (head.pos === "NOUN" && !captives.has(head.norm) && !captives.has(head.lemma)) return false;
      }
      const [from, to] = passive ? [Math.max(s.tokenStart, i - SUBJECT_WINDOW - 2), i] : [i + 1, hi];
      return (
        hasNear(tokens, from, to, CONDITION_WORDS.captives ?? new Set()) ||
        tokens
          .slice(from, passive ? to : Math.min(s.tokenEnd, i + 4))
          .some((t) => t.pos === "PROPN" && !CALENDAR.test(t.text))
      );
    }
    case "state":
      return tokens[i - 2]?.norm === "state" && tokens[i - 1]?.norm === "of";
    case "base":
    // "observation points were set up": the base may be named before the verb.
    case "explode-word":
    case "explosive":
    case "official":
    case "armed":
    case "armed-body":
    case "fired":
    case "bomb":
    case "attack-word":
    case "joint":
      return hasNear(tokens, lo, hi, CONDITION_WORDS[condition] ?? new Set());
    case "weapon":
      // "police found weapons"; "the body was found with the arms cut off": a passive's find is its
      // subject, and a body found is no seizure.
      if (isPassive(tokens, i))
        return (
          hasNear(tokens, lo, i, CONDITION_WORDS.weapon ?? new Set()) && !hasNear(tokens, lo, i, BODY_WORDS)
        );
      // "The Iraqis also possess chemical weapons", "a stockpile of chemical weapons": arms held are no attack.
      if (tokens[i].pos !== "VERB" && heldArms(tokens, i, lo)) return false;
      return hasNear(tokens, lo, hi, CONDITION_WORDS.weapon ?? new Set());
    case "reopened":
      // "reopened the border", "the crossing was reopened": something a party had closed opens
      // again; "shops reopened" tells daily life resuming, and a reopened case is no concession.
      if (hasNear(tokens, i + 1, hi, CONDITION_WORDS["not-proceedings"] ?? new Set())) return false;
      return isPassive(tokens, i) || OBJECT_OPENERS.has(tokens[i + 1]?.pos ?? "");
    case "not-document":
    // "the council approved a resolution accepting a bid", "the Senate approved an amendment": a
    // body passing a text endorses no party (PLOVER's own gold codes such votes by what the text
    // does, never as SUPPORT).
    case "not-plan":
    case "not-office":
    case "not-filing":
    case "not-decree":
    case "not-status":
    case "not-records":
    case "not-approval":
    case "not-computer":
    case "not-proceedings":
    case "not-will":
    case "not-role": {
      // "executed a search warrant", "abusing his office": the object gives the verb another sense;
      // so does a passive's subject ("the contract was signed", "a loan signed today by the bank").
      const senses = CONDITION_WORDS[condition] ?? new Set();
      if (hasNear(tokens, i + 1, hi, senses)) return false;
      // "the sentence imposed on McMahon": a reduced relative's noun right before the participle.
      if (/ed$/.test(tokens[i].norm) && senses.has(tokens[i - 1]?.norm ?? "")) return false;
      return !(
        isPassive(tokens, i) && hasNear(tokens, Math.max(s.tokenStart, i - PASSIVE_SUBJECT_WINDOW), i, senses)
      );
    }
    case "partner":
      return hasPartner(tokens, i, s);
    case "not-risk":
      return !endangers(tokens, i, hi) && !facedThreat(tokens, i, s.tokenStart);
    case "not-tour": {
      // "Afghanistan was his third deployment": one soldier's tour of duty, past an ordinal.
      let k = i - 1;
      while (k > s.tokenStart && (tokens[k].pos === "ADJ" || tokens[k].pos === "NUM")) k--;
      return !(CONDITION_WORDS[condition] ?? new Set()).has(tokens[k]?.norm ?? "");
    }
    case "not-sport":
      // "took a two-handed shooting stance", "a shooting range": the noun modifies the next one.
      return !(CONDITION_WORDS[condition] ?? new Set()).has(tokens[i + 1]?.norm ?? "");
    case "not-press":
      // "gave a news conference with his counterpart": what reporters were told, not a meeting.
      return !(CONDITION_WORDS[condition] ?? new Set()).has(tokens[i - 1]?.norm ?? "");
    default:
      // Object conditions: the word must follow the trigger ("upgraded ties", "cancelled restrictions").
      return hasNear(tokens, i + 1, hi, CONDITION_WORDS[condition] ?? new Set());
  }
}

/** How far before a passive verb the head of its subject may stand ("the €40 million loan signed"). */
const PASSIVE_SUBJECT_WINDOW = 3;

/** The last word of a passive's subject: before "was", "had been", "not" and adverbs ("she'd been suspended"). */
/** Parts of speech of what stands before the noun "deal" ("a deal", "the trade deal", "Iran's deal", "new deal"). */
const DEAL_MODIFIERS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PART", "PRON"]);

/** How far before a passive "supported" the occasion may stand ("Future Technology Week in Dubai is supported"). */
const OCCASION_SUBJECT_WINDOW = 6;

/** The noun phrase at `from` is headed by one of `words` ("the Governor's Inaugural Ball"). */
function occasionAfter(tokens: Token[], from: number, end: number, words: ReadonlySet<string>): boolean {
  let k = from;
  while (k < end && ["DET", "ADJ", "NUM", "PROPN", "NOUN", "PART"].includes(tokens[k].pos) && k < from + 6)
    k++;
  const head = tokens[k - 1];
  return k > from && !!head && (words.has(head.norm) || words.has(head.lemma));
}

/** How far after "threw" the thing thrown may stand ("threw two hand grenades"). */
const THROWN_OBJECT_WINDOW = 5;

/** How far after "agree with" its "that" may stand ("agrees with the mayor that"). */
const AGREE_WITH_WINDOW = 6;

/**
 * "agreed with the mayor that …", "agreed with accusations that …": the thing agreed with is a
 * view, its "that" clause says which.
 */
function agreedWithView(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < Math.min(end, from + AGREE_WITH_WINDOW); k++) {
    if (tokens[k].norm === "that") return true;
    if (tokens[k].pos === "VERB" || tokens[k].text === ",") return false;
  }
  return false;
}

/** Relative pronouns that may stand for a thing ("which", "that"); "who" stands for people. */
const RELATIVE_FOR_THINGS = new Set(["which", "that"]);

function passiveSubjectEnd(tokens: readonly Token[], verb: number, sentenceStart: number): number {
  let k = verb - 1;
  while (
    k > sentenceStart &&
    (tokens[k].pos === "AUX" || tokens[k].pos === "ADV" || tokens[k].pos === "PART")
  )
    k--;
  return k;
}

/**
 * "a Czech-made explosive called Semtex", "a group called the Popular Front": "called" right after a
 * noun and before a name, with a verb earlier in the sentence (so the noun is no subject), names
 * the thing ("Police called Smith a liar" opens its sentence with its subject).
 */
function namingParticiple(tokens: Token[], i: number, sentenceStart: number): boolean {
  const before = tokens[i - 1];
  if (
    tokens[i].norm !== "called" ||
    (before?.pos !== "NOUN" && before?.pos !== "ADJ") ||
    i - 1 <= sentenceStart
  )
    return false;
  const next = tokens[i + 1];
  if (!next || (next.pos !== "PROPN" && !/^["“'‘`]/.test(next.text))) return false;
  return tokens.slice(sentenceStart, i - 1).some((t) => t.pos === "VERB");
}

/** Who a product or a text is released to: "to the (general) public", "to the market", "to reporters". */
const RELEASE_AUDIENCES = new Set([
  "public",
  "market",
  "markets",
  "press",
  "media",
  "reporters",
  "retailers",
  "stores",
]);

/** "due to be released to the general public Oct. 26": what is released is made available, not freed. */
function releasedToPublic(tokens: Token[], i: number, end: number): boolean {
  if (tokens[i + 1]?.norm !== "to") return false;
  for (let k = i + 2; k < Math.min(end, i + 5); k++) {
    if (RELEASE_AUDIENCES.has(tokens[k].norm)) return true;
    if (tokens[k].pos !== "DET" && tokens[k].pos !== "ADJ") return false;
  }
  return false;
}
