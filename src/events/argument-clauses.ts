import type { Doc } from "../nlp/types.ts";
import { type ActorCandidate, agentKind, namesParty } from "./actors.ts";
import { residentBefore } from "./party-references.ts";
import { cannotBeIt, isPluralNoun } from "./phrase-parties.ts";
import { describe } from "./phrases.ts";
import { subjectPhrase } from "./subject-phrase.ts";
import type { Trigger } from "./triggers.ts";
import {
  ACTOR_NOUNS,
  ASPECTUAL_VERBS,
  CLAUSE_COMPLEMENT_VERBS,
  NON_SUBJECT_PREPOSITIONS,
  OBJECT_CONTROL_VERBS,
  POSSESSIVE_MARK,
  POSSESSIVE_PRONOUNS,
  PROTEST_TARGET_CUES,
  SUBJECT_CONTROL_VERBS,
  TITLE_OR_DETERMINER,
} from "./words.ts";

/**
 * Where a clause's parties stand beyond its subject and object: the two sides after "between", the
 * verb whose subject does a purpose infinitive ("fired tear gas to disperse"), the doer of a gerund
 * after "of", "for" or "with", pronoun subjects ("he", "it"), the next clause's subject after "and",
 * and a passive's patient. assignArguments (arguments.ts) and assignSubjectAndObject (active-clause.ts)
 * call them.
 */
/** Words for the parties of a conflict that name none of them ("the two sides", "both parties"). */
const VAGUE_SIDES: ReadonlySet<string> = new Set(["side", "party", "camp"]);
/** How far after an event noun "between" may stand ("talks in Doha between …"). */
const BETWEEN_WINDOW = 4;

/** The "between" within BETWEEN_WINDOW after an event noun (the last one), or -1. */
function betweenAfter(doc: Doc, t: Trigger): number {
  const end = Math.min(doc.sentences[t.sentence].tokenEnd, t.lastToken + 1 + BETWEEN_WINDOW);
  let at = -1;
  for (let k = t.lastToken + 1; k < end; k++) if (doc.tokens[k].norm === "between") at = k;
  return at;
}

/** The two parties of "between X and Y" right after an event noun, or undefined. */
export function betweenPair(
  doc: Doc,
  t: Trigger,
  right: ActorCandidate[],
): [ActorCandidate, ActorCandidate] | undefined {
  const tokens = doc.tokens;
  const at = betweenAfter(doc, t);
  if (at < 0) return undefined;
  const first = right.find((a) => a.firstToken > at && a.firstToken <= at + 3);
  if (!first) return undefined;
  const and = first.lastToken + 1;
  if (tokens[and]?.norm !== "and") return undefined;
  const second = right.find((a) => a.firstToken > and && a.firstToken <= and + 3);
  return second ? [first, second] : undefined;
}

/**
 * The one plural party of "between the two groups" after an event noun (within BETWEEN_WINDOW, or
 * after the verb of "fighting broke out between"), when no "and" pairs two parties.
 */
export function betweenSides(doc: Doc, t: Trigger, right: ActorCandidate[]): ActorCandidate | undefined {
  const tokens = doc.tokens;
  const at = betweenAfter(doc, t);
  if (at < 0) return undefined;
  const named = right.find((a) => a.firstToken > at && a.firstToken <= at + 3);
  if (named)
    return tokens[named.lastToken + 1]?.norm === "and" || !isPluralNoun(tokens[named.lastToken])
      ? undefined
      : named;
  // "between the two main rebel groups", "between rival groups of militiamen": a plural group noun
  // heads the phrase, perhaps before "of" and its members.
  const sentenceEnd = doc.sentences[t.sentence].tokenEnd;
  let k = at + 1;
  while (k < sentenceEnd && ["DET", "NUM", "ADJ"].includes(tokens[k].pos)) k++;
  while (
    k + 1 < sentenceEnd &&
    (tokens[k + 1].pos === "NOUN" || tokens[k + 1].pos === "PROPN") &&
    tokens[k].pos !== "PUNCT"
  )
    k++;
  const head = tokens[k];
  if (!head || k >= sentenceEnd || !isPluralNoun(head) || tokens[k + 1]?.norm === "and") return undefined;
  if (!ACTOR_NOUNS.has(head.lemma.toLowerCase()) && agentKind(head.norm) === undefined) return undefined;
  // "talks between the two sides": the sides are named elsewhere; the phrase names no one.
  if (VAGUE_SIDES.has(head.lemma.toLowerCase())) return undefined;
  let last = k;
  if (tokens[k + 1]?.norm === "of" && (tokens[k + 2]?.pos === "NOUN" || tokens[k + 2]?.pos === "PROPN"))
    last = k + 2;
  return describe(doc, at + 1, last);
}

/** How many words the object between a verb and a purpose infinitive may have ("fired tear gas to"). */
const PURPOSE_OBJECT_WINDOW = 20;

/**
 * For an infinitive after a verb and its object ("police fired tear gas to disperse the crowd"),
 * the verb whose subject does the infinitive's act, unless that verb hands the act to its object
 * (OBJECT_CONTROL_VERBS: "urged Kyiv to investigate", "led the workers to strike") and its object
 * is a party; "led a march to the square to protest" hands nothing to the march.
 */
export function purposeOf(doc: Doc, verb: number): number | undefined {
  const tokens = doc.tokens;
  const to = verb - 1;
  if (tokens[to]?.norm !== "to" || tokens[to].sentence !== tokens[verb].sentence) return undefined;
  let k = to - 1;
  let object = 0;
  while (k >= 0 && object < PURPOSE_OBJECT_WINDOW && tokens[k].sentence === tokens[verb].sentence) {
    const p = tokens[k].pos;
    // "led a march to the headquarters of the commission and the police in Abuja on Friday to
    // protest": the object may carry prepositional phrases and a coordination.
    // "using firearms, water cannons and tear gas to disperse": a list's commas stay inside the object.
    // "deployed in Nigeria's commercial capital Lagos, to break up": a possessive stays inside too.
    if (!PURPOSE_OBJECT_POS.has(p) && tokens[k].text !== "," && !POSSESSIVE_MARK.test(tokens[k].text)) break;
    object++;
    k--;
  }
  const governor = tokens[k];
  if (!object || !governor || governor.pos !== "VERB" || governor.sentence !== tokens[verb].sentence)
    return undefined;
  return OBJECT_CONTROL_VERBS.has(governor.lemma.toLowerCase()) && objectIsParty(doc, k, to) ? undefined : k;
}

/** Parts of speech inside a verb's object and its prepositional phrases, before a purpose's "to". */
const PURPOSE_OBJECT_POS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP", "CCONJ"]);

/** Is the head of the object right after `verb` (before any preposition) a party: a name or a word for people? */
export function objectIsParty(doc: Doc, verb: number, end: number): boolean {
  let head: (typeof doc.tokens)[number] | undefined;
  for (let k = verb + 1; k < end; k++) {
    const t = doc.tokens[k];
    if (t.pos === "ADP" || t.pos === "CCONJ") break;
    if (t.pos === "NOUN" || t.pos === "PROPN") head = t;
  }
  // "police deployed in the capital, to break up a rally": with no object, the subject does the purpose.
  return head !== undefined && namesParty(head);
}

/** Prepositions after which a gerund's doer is the phrase before them ("suspected of killing"). */
const GERUND_PREPOSITIONS = new Set(["of", "for", "with"]);

/** The phrase that does the act of a gerund after "of"/"for"/"with" ("a man suspected of committing"), if a noun ends it. */
export function gerundDoer(doc: Doc, verb: number): ActorCandidate | undefined {
  const tokens = doc.tokens;
  if (!/ing$/.test(tokens[verb].norm) || !GERUND_PREPOSITIONS.has(tokens[verb - 1]?.norm ?? ""))
    return undefined;
  // "a man suspected of", "two men charged with": a participle may stand between the phrase and the preposition.
  let end = verb - 2;
  if (tokens[end]?.pos === "VERB" && ["NOUN", "PROPN"].includes(tokens[end - 1]?.pos ?? "")) end--;
  const last = tokens[end];
  if (!last || last.sentence !== tokens[verb].sentence) return undefined;
  if (last.pos !== "NOUN" && last.pos !== "PROPN") return undefined;
  return subjectPhrase(doc, end + 1);
}

/**
 * One of `pronouns` is the verb's subject (past auxiliaries and adverbs); with `clauseInitial`, only
 * when it opens the sentence or follows a colon, semicolon or dash.
 */
export function pronounBefore(
  doc: Doc,
  verb: number,
  pronouns: ReadonlySet<string>,
  clauseInitial = false,
): boolean {
  let k = verb - 1;
  while (k >= 0 && (doc.tokens[k].pos === "AUX" || doc.tokens[k].pos === "ADV")) k--;
  const t = doc.tokens[k];
  if (!t || t.sentence !== doc.tokens[verb].sentence || !pronouns.has(t.norm) || t.pos !== "PRON")
    return false;
  if (!clauseInitial) return true;
  const before = doc.tokens[k - 1];
  return !before || before.sentence !== t.sentence || MAIN_CLAUSE_OPENERS.has(before.text);
}

/**
 * "The union announced that it has called off the strike": "it" after a speaker is the speaker, a
 * body. "Newspapers said it killed two women", "Witnesses said it hit the market": "it" cannot
 * stand for people or for a plural, so it is a thing named before (the bomb) and no party.
 */
export function speakerOfIt(
  doc: Doc,
  verb: number,
  chosen: ActorCandidate | undefined,
): ActorCandidate | undefined {
  if (!chosen || !pronounBefore(doc, verb, IMPERSONAL_PRONOUNS)) return chosen;
  return cannotBeIt(doc, chosen) ? undefined : chosen;
}

/** Punctuation after which a main clause starts (": It allows him …"). */
const MAIN_CLAUSE_OPENERS = new Set([":", ";", "—", "–"]);

/** Pronouns that stand for one person. */
export const PERSONAL_PRONOUNS = new Set(["he", "she"]);
/** Pronouns that stand for a thing or a situation as often as for a party. */
export const IMPERSONAL_PRONOUNS = new Set(["it"]);

/**
 * "McAleenan resigned and Chad Wolf has been named": a name after "and" that a verb follows is the
 * subject of a clause of its own, not the object of the verb before. ("attacked and burned the
 * village" shares its object.)
 */
export function subjectOfNextClause(doc: Doc, verb: number, a: ActorCandidate): boolean {
  const between = doc.tokens.slice(verb + 1, a.firstToken);
  const next = doc.tokens[a.lastToken + 1];
  return (
    between.some((x) => x.pos === "CCONJ") &&
    !!next &&
    next.sentence === doc.tokens[verb].sentence &&
    (next.pos === "AUX" || next.pos === "VERB")
  );
}

/**
 * The subject of a passive verb is the phrase right before its auxiliary ("the minister was
 * arrested"), in the verb's own clause: in "police said the man was arrested" the man was arrested,
 * not the police, so a party named before a verb of saying or a comma is not the patient. When the
 * subject is a pronoun or a phrase that is no candidate, there is no patient here (a pronoun is left
 * to resolve-pronoun-actors).
 */
export function passivePatient(
  doc: Doc,
  verb: number,
  left: ActorCandidate[],
  movement: boolean,
): ActorCandidate | undefined {
  // "The hostages, released by the rebels on Monday, …": a participle set off by a comma after its noun.
  const comma = doc.tokens[verb - 1]?.text === "," ? verb - 1 : -1;
  const subject = subjectPhrase(doc, verb) ?? (comma > 0 ? subjectPhrase(doc, comma) : undefined);
  // "Peter Hall, 31, of Leeds, was charged": the person, not the home.
  const resident = residentBefore(doc, verb, subject, left);
  if (resident) return resident;
  if (!subject) return undefined;
  // Inside the subject phrase, a party that does not hang on a preposition: "two deputies of Mr.
  // Massimov" were arrested, not Mr. Massimov; in "one of the allies, Karim Massimov" the name after
  // the comma is.
  const inside = left.filter(
    (a) =>
      a.firstToken >= subject.firstToken && a.lastToken <= subject.lastToken && isSubjectPosition(doc, a),
  );
  const candidate =
    inside.find((a) => a.lastToken === subject.lastToken) ??
    inside.find((a) => doc.tokens[a.lastToken + 1]?.norm === "of") ??
    left.find((a) => a.firstToken < subject.firstToken && a.lastToken >= subject.lastToken);
  if (candidate) return candidate;
  // "These men had been deployed": for a movement a bare phrase is left to carry-movement-actors,
  // which names the force from the sentences before.
  return movement || !isSubjectPosition(doc, subject) ? undefined : subject;
}

/** Not after a preposition ("in Almaty", "deputies of Mr. Massimov"), looking past a title or determiner. */
export function isSubjectPosition(doc: Doc, a: ActorCandidate): boolean {
  let k = a.firstToken - 1;
  while (
    k >= 0 &&
    k >= a.firstToken - 3 &&
    doc.tokens[k].sentence === doc.tokens[a.firstToken].sentence &&
    // "the offensive in eastern Ghouta": past a modifier too.
    (TITLE_OR_DETERMINER.test(doc.tokens[k].text) || doc.tokens[k].pos === "ADJ")
  )
    k--;
  const prev = doc.tokens[k];
  return (
    !prev || prev.sentence !== doc.tokens[a.firstToken].sentence || !NON_SUBJECT_PREPOSITIONS.has(prev.norm)
  );
}

/** Words between a verb and the head of its object: determiners, modifiers, possessives. */
const OBJECT_MODIFIER_POS = new Set(["DET", "ADJ", "NUM"]);

/**
 * "He overpowered a female deputy, took her gun and shot the judge": a party right after a verb,
 * past its determiners and modifiers, is that verb's object, not the subject of a later verb. After
 * a verb that takes a clause it may be one ("said police had …").
 */
export function isObjectOfVerb(doc: Doc, a: ActorCandidate): boolean {
  const tokens = doc.tokens;
  const sentence = tokens[a.firstToken].sentence;
  let k = a.firstToken - 1;
  while (
    k >= 0 &&
    tokens[k].sentence === sentence &&
    (OBJECT_MODIFIER_POS.has(tokens[k].pos) || POSSESSIVE_PRONOUNS.has(tokens[k].norm))
  )
    k--;
  const verb = tokens[k];
  return (
    !!verb &&
    verb.sentence === sentence &&
    verb.pos === "VERB" &&
    !CLAUSE_COMPLEMENT_VERBS.has(verb.lemma.toLowerCase())
  );
}

/** Auxiliaries in -ing that make the verb after them non-finite ("as having donated"). */
const NONFINITE_AUX = new Set(["having", "being"]);

/** A verb that can have a subject of its own: not an "-ing" form, an infinitive or after "having". */
export function isFiniteVerb(doc: Doc, verb: number): boolean {
  const tokens = doc.tokens;
  if (tokens[verb].norm.endsWith("ing")) return false;
  let k = verb - 1;
  while (k >= 0 && tokens[k].pos === "ADV") k--;
  return tokens[k]?.norm !== "to" && !NONFINITE_AUX.has(tokens[k]?.norm ?? "");
}

/** The party a protest is aimed at: the first named party after its purpose ("to demand reforms by Suharto's government"). */
export function protestTarget(doc: Doc, t: Trigger, right: ActorCandidate[]): ActorCandidate | undefined {
  const s = doc.sentences[t.sentence];
  let cue = -1;
  for (let k = t.lastToken + 1; k < s.tokenEnd; k++) {
    if (PROTEST_TARGET_CUES.has(doc.tokens[k].norm)) {
      cue = k;
      break;
    }
  }
  if (cue < 0) return undefined;
  return right.find(
    (a) => a.firstToken > cue && a.kind !== "protesters" && (a.kind !== "unknown" || a.entity),
  );
}

/**
 * "The Cuban people would continue to protest", "exhorted citizens to keep rallying": an act after
 * a verb of beginning, continuing or stopping ("to V" or "V-ing") is done by that verb's subject;
 * the aspectual verb's index, or undefined.
 */
export function aspectualHost(doc: Doc, verb: number): number | undefined {
  const tokens = doc.tokens;
  const k = tokens[verb - 1]?.norm === "to" ? verb - 2 : tokens[verb].norm.endsWith("ing") ? verb - 1 : -1;
  const host = tokens[k];
  return host &&
    host.sentence === tokens[verb].sentence &&
    host.pos === "VERB" &&
    (ASPECTUAL_VERBS.has(host.lemma.toLowerCase()) ||
      (k === verb - 2 && SUBJECT_CONTROL_VERBS.has(host.lemma.toLowerCase())))
    ? k
    : undefined;
}
