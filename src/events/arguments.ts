import type { Doc } from "../nlp/types.ts";
import { assignSubjectAndObject } from "./active-clause.ts";
import type { ActorCandidate } from "./actors.ts";
import { betweenPair, betweenSides, passivePatient } from "./argument-clauses.ts";
import type { SentenceAttribution } from "./attribution.ts";
import { nounAgent, operationAgent, passiveAgent, placeModifier } from "./noun-parties.ts";
import { isParty } from "./parties.ts";
import { sourceParty } from "./party-references.ts";
import { inTime } from "./phrases.ts";
import { subjectPhrase } from "./subject-phrase.ts";
import type { Trigger } from "./triggers.ts";
import {
  type Candidate,
  MOVEMENT_TYPES,
  OF_IS_RECIPIENT,
  type SentenceContext,
  SYMMETRIC,
  TAKES_RECIPIENT,
} from "./types.ts";
import { isPassive, lightVerbBefore, passiveAgentIndex } from "./verb-forms.ts";
import {
  ACTING_ON_EVENT_VERBS,
  ANSWER_VERBS,
  CAUSING_VERBS,
  CONVERSE_VERBS,
  DECISION_NOUNS,
  ENDING_VERBS,
  PATIENT_NOUNS,
  POSSESSIVE_MARK,
  POSSESSIVE_PRONOUNS,
  POSSESSIVE_S,
  PROCEEDING_NOUNS,
  STANCE_VERBS,
  UNOWNED_STRIFE_NOUNS,
} from "./words.ts";

/**
 * Who did it and to whom: the trigger's clause decides (passive "by" agent, light verb's subject,
 * a noun's "of"/"by" phrases, or an active clause's subject and object).
 */

/**
 * The trigger is the infinitive of the attribution's own verb ("claimed to have shot down", "says
 * to have seen"): the speaker is its subject, not a source apart from it.
 */
function claimedByCue(doc: Doc, first: number, attribution?: SentenceAttribution): boolean {
  if (!attribution) return false;
  let k = first - 1;
  if (doc.tokens[k]?.norm === "have") k--;
  return doc.tokens[k]?.norm === "to" && k - 1 === attribution.cueToken;
}

function insideAttribution(a: ActorCandidate, attribution?: SentenceAttribution): boolean {
  return !!attribution && a.start >= attribution.start && a.end <= attribution.end;
}

export function assignArguments(doc: Doc, c: Candidate, ctx: SentenceContext): string {
  const t = c.trigger;
  const tokens = doc.tokens;
  // "Rebels claimed to have stormed the base": who claims to have done it is who did it.
  const claimed = claimedByCue(doc, t.firstToken, ctx.attribution);
  const actors = ctx.actors.filter(
    (a) =>
      (claimed || !insideAttribution(a, ctx.attribution)) &&
      (a.lastToken < t.firstToken || a.firstToken > t.lastToken),
  );
  const left = actors.filter((a) => a.lastToken < t.firstToken);
  const right = actors.filter((a) => a.firstToken > t.lastToken);

  // Passive: "was arrested by police", "were called … by President X".
  const byIndex = passiveAgentIndex(tokens, t.lastToken);
  const passive = !t.nominal && isPassive(tokens, t.firstToken);
  if (passive) {
    const agent = byIndex >= 0 ? passiveAgent(doc, byIndex, right) : operationAgent(doc, t.lastToken);
    if (agent) c.actor = agent;
    c.passive = true;
    const patient = passivePatient(
      doc,
      t.firstToken,
      left,
      MOVEMENT_TYPES.has(t.type) && t.mode !== "release",
    );
    if (patient) {
      // "troops were withdrawn" moved themselves; "two hostages were released" were let go by someone.
      if (MOVEMENT_TYPES.has(t.type) && t.mode !== "release") c.actor ??= patient;
      else c.recipient = patient;
    }
    return "arguments:passive";
  }
  // "held talks", "launched an attack", "staged a protest": the light verb's subject is the actor.
  let light = t.nominal ? lightVerbBefore(tokens, t.firstToken) : -1;
  // "police dispersed the protest": a verb that acts on the event is no light verb; its subject did not protest.
  // "the rebels ended their offensive": a possessive in the object gives the event back to the subject.
  // "police cannot end the violence": strife no side owns is not the doing of who ends it.
  const lightLemma = light >= 0 ? tokens[light].lemma.toLowerCase() : "";
  // "backed his threat of force": a stance toward another's act, possessive or not.
  const actedOn =
    light >= 0 &&
    (STANCE_VERBS.has(lightLemma) ||
      ((ACTING_ON_EVENT_VERBS.has(lightLemma) ||
        (ENDING_VERBS.has(lightLemma) && UNOWNED_STRIFE_NOUNS.has(tokens[t.firstToken].norm))) &&
        !tokens.slice(light + 1, t.firstToken).some((x) => POSSESSIVE_PRONOUNS.has(x.norm))));
  // "the killing that sparked nationwide riots": who or what causes a protest does not protest.
  const caused = light >= 0 && t.type === "PROTEST" && CAUSING_VERBS.has(lightLemma);
  if (actedOn || caused) light = -1;
  // "The version has received the support of Putin": with a converse verb the "of"/"from" phrase acts.
  if (
    light >= 0 &&
    (CONVERSE_VERBS.has(lightLemma) ||
      (t.type === "REQUEST" && ANSWER_VERBS.has(lightLemma)) ||
      // "Lopez had a previous arrest": one has an arrest or a conviction done to one.
      (lightLemma === "have" && PATIENT_NOUNS.has(tokens[t.firstToken].lemma.toLowerCase())))
  ) {
    // "the support of Putin", "a request from the US", "a request by the prosecutors".
    const giver = right.find((a) => {
      let k = a.firstToken - 1;
      while (k > t.lastToken && tokens[k].pos === "DET") k--;
      return ["of", "from", "by"].includes(tokens[k]?.norm ?? "") && a.firstToken <= t.lastToken + 3;
    });
    if (giver) c.actor = giver;
    const receiver = subjectPhrase(doc, light);
    if (receiver) c.recipient = receiver;
    return "arguments:converse-verb";
  }
  if (light >= 0) {
    assignSubjectAndObject(
      doc,
      c,
      left.filter((a) => a.lastToken < light),
      right,
      light,
    );
    // "held out against attacks by government troops": the noun's own "by" agent did it.
    c.actor = nounAgent(doc, t, right, c.recipient) ?? c.actor;
    return "arguments:light-verb";
  }
  if (t.nominal) {
    // "the arrest of 12,000 people", "the withdrawal of Russian troops", "Russia's withdrawal".
    const ofTok = tokens[t.lastToken + 1];
    const ofActor = ofTok?.norm === "of" ? right.find((a) => a.firstToken <= t.lastToken + 3) : undefined;
    // "the threat of force", "threats of reprisals": a threat's "of" is what it threatens.
    if (ofActor && t.type !== "THREATEN") {
      if (OF_IS_RECIPIENT.has(t.type)) c.recipient = ofActor;
      else c.actor = ofActor;
    }
    c.actor = nounAgent(doc, t, right) ?? c.actor ?? sourceParty(doc, t, right, (a) => isParty(a, doc));
    // "talks between the rebels and the government", "clashes between police and protesters".
    const between = betweenPair(doc, t, right);
    if (between && !c.actor && !c.recipient) [c.actor, c.recipient] = between;
    // "fighting broke out between the two main rebel groups", "a gun battle between rival groups of
    // militiamen": one plural phrase after "between" names both sides; it is the actor.
    const sides = between ? undefined : betweenSides(doc, t, right);
    if (sides && !c.actor) c.actor = sides;
    // "Russia's withdrawal", "Israeli raids": a party right before the noun, joined by no preposition
    // ("rioting in Greece in protest": Greece is where, not who).
    // "Trump's July 25 phone call": after a possessive, the noun's date and modifiers may come between.
    const adjacent = actedOn
      ? undefined
      : (left.find(
          (a) =>
            a.lastToken >= t.firstToken - 2 &&
            !tokens
              .slice(a.lastToken + 1, t.firstToken)
              .some((x) => x.pos === "ADP" || (x.pos === "PUNCT" && !POSSESSIVE_MARK.test(x.text))),
        ) ?? possessorBefore(doc, t, left));
    // "Assange's arrest", "the journalist's release": the possessor of these nouns is who it was done to.
    const patientPossessor =
      adjacent &&
      POSSESSIVE_S.test(tokens[adjacent.lastToken + 1]?.norm ?? "") &&
      PATIENT_NOUNS.has(tokens[t.firstToken].lemma.toLowerCase());
    // "the Bin Laden investigation": a bare name before a noun of proceedings is who is looked into.
    const investigated =
      adjacent &&
      !POSSESSIVE_S.test(tokens[adjacent.lastToken + 1]?.norm ?? "") &&
      PROCEEDING_NOUNS.has(tokens[t.lastToken].norm);
    if ((patientPossessor || investigated) && !c.recipient) c.recipient = adjacent;
    else if (!c.actor && adjacent && !placeModifier(doc, adjacent, t)) c.actor = adjacent;
    if (!c.actor && MOVEMENT_TYPES.has(t.type)) c.actor = ctx.actors.find((a) => a.kind === "military");
    // "In a meeting with Yang Jiechi last week, President Moon said …": the other side of a meeting
    // told in a fronted phrase is the subject of the clause after it.
    if (!c.actor && SYMMETRIC.has(t.type)) c.actor = frontedMeetingHost(doc, t);
    if (!c.recipient && TAKES_RECIPIENT.has(t.type)) {
      const against = right.find((a) =>
        ["against", "with", "on"].includes(tokens[a.firstToken - 1]?.norm ?? ""),
      );
      if (against) c.recipient = against;
    }
    return "arguments:nominal";
  }
  assignSubjectAndObject(doc, c, left, right);
  // "agree with the Judge's decision to sentence him", "Moscow's move to expel the diplomats": the
  // one whose decision it is does the act.
  c.actor = decidingPossessor(doc, t, left) ?? c.actor;
  return "arguments:active";
}
/** Prepositions that open a phrase fronted before its clause's subject ("In a meeting with …, Moon said"). */
const FRONTING_PREPOSITIONS = new Set(["in", "during", "at", "after"]);

/**
 * The subject of the main clause when the event noun stands in a fronted phrase with "with" ("In
 * a meeting with Yang Jiechi last week, Moon Jae-in said …", "During talks with the rebels, the
 * envoy proposed …"): that subject met the other side. Undefined elsewhere.
 */
function frontedMeetingHost(doc: Doc, t: Trigger): ActorCandidate | undefined {
  const tokens = doc.tokens;
  const s = doc.sentences[t.sentence];
  if (!FRONTING_PREPOSITIONS.has(tokens[s.tokenStart]?.norm ?? "") || t.firstToken > s.tokenStart + 3)
    return undefined;
  if (tokens[t.lastToken + 1]?.norm !== "with") return undefined;
  let comma = t.lastToken + 1;
  while (comma < s.tokenEnd && tokens[comma].text !== ",") {
    if (tokens[comma].pos === "VERB") return undefined;
    comma++;
  }
  for (let k = comma + 1; k < s.tokenEnd; k++) if (tokens[k].pos === "VERB") return subjectPhrase(doc, k);
  return undefined;
}

/** Modifiers a possessive may have between it and the event noun it owns ("Trump's July 25 phone call"). */
const POSSESSED_MODIFIERS = 2;

/**
 * The party whose possessive opens the event noun's phrase, past the noun's date and up to
 * POSSESSED_MODIFIERS modifiers ("Trump's July 25 phone call", "Iran's recent missile attack").
 */
function possessorBefore(doc: Doc, t: Trigger, left: ActorCandidate[]): ActorCandidate | undefined {
  const tokens = doc.tokens;
  let k = t.firstToken - 1;
  let modifiers = 0;
  while (k >= 0 && tokens[k].sentence === t.sentence) {
    const x = tokens[k];
    if (inTime(doc, x)) k--;
    else if ((x.pos === "NOUN" || x.pos === "ADJ") && modifiers < POSSESSED_MODIFIERS) {
      modifiers++;
      k--;
    } else break;
  }
  if (!POSSESSIVE_MARK.test(tokens[k]?.text ?? "")) return undefined;
  return left.find((a) => a.lastToken === k - 1);
}

/** The possessor of a noun of decision right before the trigger's "to" ("the Judge's decision to sentence"). */
function decidingPossessor(doc: Doc, t: Trigger, left: ActorCandidate[]): ActorCandidate | undefined {
  const tokens = doc.tokens;
  const first = t.firstToken;
  if (tokens[first - 1]?.norm !== "to" || !DECISION_NOUNS.has(tokens[first - 2]?.norm ?? ""))
    return undefined;
  return left.find(
    (a) => a.lastToken + 2 === first - 2 && POSSESSIVE_S.test(tokens[a.lastToken + 1]?.norm ?? ""),
  );
}
