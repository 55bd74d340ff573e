import type { Token } from "../../nlp/types.ts";
import { CAUSE_WINDOW } from "../trigger-objects.ts";
import { isPassive } from "../verb-forms.ts";
import {
  ASSIGNED_TASKS,
  CAUSE_WORDS,
  CLAUSE_OPENERS,
  CONDITION_WORDS,
  COURT_WORDS,
  LEGAL_BEFORE_APPEAL,
  PASSIVE_AUX,
  POSSESSIVE_MARK,
  SATISFIED_OBJECTS,
  SENTENCE_WORDS,
} from "../words.ts";
import { type ConditionCheck, type ConditionTable, hasNear, REWARD_WINDOW } from "./site.ts";

/** Conditions on a trigger word's other senses: the object, modifier or form that makes it a film, a dismissal, a court's step, a document or a sport. */

/** Parts of speech that open a verb's object ("demonstrated its resolve", "demonstrated the danger"). */
const OBJECT_OPENERS = new Set(["DET", "PRON", "NOUN", "PROPN", "NUM"]);

/** How far after "charged" its "with" may stand ("charged the UN inspectors with"). */
const TASK_WINDOW = 5;

/** How far before a passive "shot" its film may stand ("the footage for the series was shot"). */
const FILM_BEFORE_PASSIVE = 5;

/** Particles that make "wound" the past of "wind" ("production wound down", "wound up in court"). */
const PHRASAL_PARTICLES = new Set(["down", "up"]);

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

/** How far before a passive verb the head of its subject may stand ("the €40 million loan signed"). */
const PASSIVE_SUBJECT_WINDOW = 3;

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

const objectSense: ConditionCheck = ({ condition, tokens, i, s, hi }) => {
  // "the council approved a resolution accepting a bid", "the Senate approved an amendment": a
  // body passing a text endorses no party (PLOVER's own gold codes such votes by what the text
  // does, never as SUPPORT).
  // "executed a search warrant", "abusing his office": the object gives the verb another sense;
  // so does a passive's subject ("the contract was signed", "a loan signed today by the bank").
  const senses = CONDITION_WORDS[condition] ?? new Set();
  if (hasNear(tokens, i + 1, hi, senses)) return false;
  // "the sentence imposed on McMahon": a reduced relative's noun right before the participle.
  if (/ed$/.test(tokens[i].norm) && senses.has(tokens[i - 1]?.norm ?? "")) return false;
  // "a statement he signed yesterday": a relative clause without "that", its noun before the subject pronoun.
  if (tokens[i - 1]?.pos === "PRON" && senses.has(tokens[i - 2]?.norm ?? "")) return false;
  return !(
    isPassive(tokens, i) && hasNear(tokens, Math.max(s.tokenStart, i - PASSIVE_SUBJECT_WINDOW), i, senses)
  );
};

export const SENSE_CONDITIONS: ConditionTable = {
  "not-occasion": ({ condition, tokens, i, s }) => {
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
  },
  "not-recording": ({ condition, tokens, lo, hi }) => {
    // "The second video captured an apparent retaliation", "was captured on camera": recorded, not seized.
    return !hasNear(tokens, lo, hi, CONDITION_WORDS[condition] ?? new Set());
  },
  "not-film": ({ condition, tokens, i, s, hi }) => {
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
  },
  "not-phrasal": ({ tokens, i }) => {
    // "wound down", "wound up": the past of "wind" with its particle, no wounding.
    return !PHRASAL_PARTICLES.has(tokens[i + 1]?.norm ?? "");
  },
  "not-task": ({ tokens, i }) => {
    // "charged the inspectors with verifying that Iraq destroyed its missiles": "with" and a task's
    // gerund give a duty, not an accusation ("charged with killing his wife" is one).
    const w = tokens.findIndex((t, k) => k > i && k <= i + TASK_WINDOW && t.norm === "with");
    return w < 0 || !ASSIGNED_TASKS.has(tokens[w + 1]?.norm ?? "");
  },
  "not-court": ({ tokens, i, s }) => {
    // "a federal court appeal", "appealed to the Supreme Court", "appealed against the verdict": a
    // legal appeal, no request to a party ("appealed for calm", "an appeal to the UN" are).
    if (LEGAL_BEFORE_APPEAL.has(tokens[i - 1]?.norm ?? "")) return false;
    if (tokens[i + 1]?.norm === "against") return false;
    return !hasNear(tokens, i + 1, Math.min(s.tokenEnd, i + 1 + REWARD_WINDOW), COURT_WORDS);
  },
  "not-symptom": ({ tokens, i }) => {
    // "complained of breathing difficulties", "complaining of chest pains": what one suffers, no grievance against a party.
    return tokens[i + 1]?.norm !== "of";
  },
  "not-gerund": ({ tokens, i }) => {
    // "will begin hearing evidence", "after hearing the jury's ruling": a gerund with its object
    // is the verb, no court or committee hearing ("a hearing on Monday" is one). "Confirmation
    // hearings" weigh a nominee; they accuse no one.
    return !GERUND_OBJECT_START.has(tokens[i + 1]?.pos ?? "") && tokens[i - 1]?.norm !== "confirmation";
  },
  "not-satisfy": ({ tokens, i, s }) => {
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
  },
  "not-cause": ({ tokens, i, s }) => {
    return !hasNear(tokens, i + 1, Math.min(s.tokenEnd, i + 1 + CAUSE_WINDOW), CAUSE_WORDS);
  },
  intransitive: ({ tokens, i, s }) => {
    // "thousands demonstrated outside parliament", not "demonstrated its resolve", "as demonstrated by".
    // "was also demonstrated by": an adverb may stand between the auxiliary and the participle.
    let p = i - 1;
    while (p > s.tokenStart && tokens[p].pos === "ADV") p--;
    const prev = tokens[p]?.norm ?? "";
    const next = tokens[i + 1];
    if (tokens[i - 1]?.norm === "as" || PASSIVE_AUX.has(prev)) return false;
    return !next || !(OBJECT_OPENERS.has(next.pos) || CLAUSE_OPENERS.has(next.norm));
  },
  transitive: ({ tokens, i }) => {
    // "police dispersed the crowd", "the marchers were dispersed": an act on others; "the marchers
    // had dispersed by late afternoon" is a crowd going home ("dispersed pro-democracy protesters": an adjective opens an object too).
    const next = tokens[i + 1];
    return (
      isPassive(tokens, i) ||
      (!!next && next.sentence === tokens[i].sentence && (OBJECT_OPENERS.has(next.pos) || next.pos === "ADJ"))
    );
  },
  sentence: ({ tokens, i, s }) => {
    // "condemned him to death", "condemned the men to life in prison": a sentence passed.
    return sentencePassed(tokens, i, s.tokenEnd);
  },
  "not-sentence": ({ tokens, i, s }) => {
    return !sentencePassed(tokens, i, s.tokenEnd);
  },
  reopened: ({ tokens, i, hi }) => {
    // "reopened the border", "the crossing was reopened": something a party had closed opens
    // again; "shops reopened" tells daily life resuming, and a reopened case is no concession.
    if (hasNear(tokens, i + 1, hi, CONDITION_WORDS["not-proceedings"] ?? new Set())) return false;
    return isPassive(tokens, i) || OBJECT_OPENERS.has(tokens[i + 1]?.pos ?? "");
  },
  "not-document": objectSense,
  "not-plan": objectSense,
  "not-office": objectSense,
  "not-filing": objectSense,
  "not-decree": objectSense,
  "not-status": objectSense,
  "not-records": objectSense,
  "not-approval": objectSense,
  "not-computer": objectSense,
  "not-proceedings": objectSense,
  "not-will": objectSense,
  "not-role": objectSense,
  "not-tour": ({ condition, tokens, i, s }) => {
    // "Afghanistan was his third deployment": one soldier's tour of duty, past an ordinal.
    let k = i - 1;
    while (k > s.tokenStart && (tokens[k].pos === "ADJ" || tokens[k].pos === "NUM")) k--;
    return !(CONDITION_WORDS[condition] ?? new Set()).has(tokens[k]?.norm ?? "");
  },
  "not-sport": ({ condition, tokens, i }) => {
    // "took a two-handed shooting stance", "a shooting range": the noun modifies the next one.
    return !(CONDITION_WORDS[condition] ?? new Set()).has(tokens[i + 1]?.norm ?? "");
  },
};
