import { lookupPlace } from "../geo/index.ts";
import type { Doc } from "../nlp/types.ts";
import { actorCandidates } from "./actor-candidates.ts";
import { type ActorCandidate, institutionCountry } from "./actors.ts";
import {
  aspectualHost,
  betweenPair,
  betweenSides,
  gerundDoer,
  IMPERSONAL_PRONOUNS,
  isFiniteVerb,
  isObjectOfVerb,
  isSubjectPosition,
  PERSONAL_PRONOUNS,
  passivePatient,
  pronounBefore,
  protestTarget,
  purposeOf,
  speakerOfIt,
  subjectOfNextClause,
} from "./argument-clauses.ts";
import type { SentenceAttribution } from "./attribution.ts";
import { agreesWith } from "./gender.ts";
import { nounAgent, operationAgent, passiveAgent, placeModifier, possessedParty } from "./noun-parties.ts";
import { pairReference, residentBefore, sourceParty } from "./party-references.ts";
import {
  prepositionalParty,
  splitCoordination,
  subjectIsNonParty,
  subjectOrSpeaker,
} from "./phrase-parties.ts";
import { inTime, objectPhrase } from "./phrases.ts";
import { subjectPhrase } from "./subject-phrase.ts";
import type { Trigger } from "./triggers.ts";
import {
  type Candidate,
  MOVEMENT_TYPES,
  OF_IS_RECIPIENT,
  type SentenceContext,
  SYMMETRIC,
  TAKES_RECIPIENT,
  VERBAL_CONFLICT,
} from "./types.ts";
import { isPassive, lightVerbBefore, passiveAgentIndex, subjectSlot } from "./verb-forms.ts";
import {
  ACTING_ON_EVENT_VERBS,
  ACTOR_NOUNS,
  ANSWER_VERBS,
  CAUSING_VERBS,
  COMPANY_HEADS,
  CONVERSE_VERBS,
  DECISION_NOUNS,
  ENDING_VERBS,
  LOCATIVE_PREPOSITIONS,
  MUTUAL_TRIGGERS,
  NO_PREPOSITIONS,
  NON_SUBJECT_PREPOSITIONS,
  OBJECT_PREPOSITIONS,
  PATIENT_NOUNS,
  POSSESSIVE_MARK,
  POSSESSIVE_PRONOUNS,
  POSSESSIVE_S,
  PROCEEDING_NOUNS,
  RECIPIENT_PREPOSITIONS,
  RECIPIENT_PREPOSITIONS_FROM,
  RECIPIENT_PREPOSITIONS_VERBAL,
  RECIPIENT_PREPOSITIONS_VISIT,
  RECIPIENT_PREPOSITIONS_WHERE,
  STANCE_VERBS,
  SUBJECT_PRONOUNS,
  UNOWNED_STRIFE_NOUNS,
  WEAPON_WORDS,
} from "./words.ts";

/**
 * Who did it and to whom: the trigger's clause decides (passive "by" agent, light verb's subject,
 * a noun's "of"/"by" phrases, or an active clause's subject and object).
 */

/** How far after the trigger that party may be named. */
const PARTY_WINDOW = 12;
/** How far after a verb its object may start ("arrested the former minister"). */
export const OBJECT_WINDOW = 4;

/** Words that may stand between a preposition and the party its phrase names ("in central Athens"). */
const MODIFIER_POS: ReadonlySet<string> = new Set(["DET", "ADJ"]);

/** Types whose that-clause's subject is who the act is aimed at: a demand, an accusation. */
const THAT_CLAUSE_RECIPIENT: ReadonlySet<string> = new Set(["REQUEST", "ACCUSE"]);

/** An actor can receive an act; "concessions" or "refuge" cannot. */
export function isParty(a: ActorCandidate, doc?: Doc): boolean {
  // "offered its troops": the actor's own people are what is offered, not who receives it.
  if (doc && POSSESSIVE_PRONOUNS.has(doc.tokens[a.firstToken - 1]?.norm ?? "")) return false;
  // "will send 1,200 additional troops": a counted force is what is sent, not who receives it.
  if (doc?.quantities.some((q) => q.start <= a.start && a.start < q.end && a.kind === "military"))
    return false;
  if (a.kind !== "unknown" || a.entity) return true;
  // "charged the activist", "freed the hostages": a person or group noun heads a party; "his
  // local doctor", "her husband" are someone's private relations, not a party to political events.
  const head = doc?.tokens[a.lastToken];
  if (!doc || !head || POSSESSIVE_PRONOUNS.has(doc.tokens[a.firstToken].norm)) return false;
  // A firm named by a common noun ("foreign firms") is a business, whom business news concerns.
  const lemma = head.lemma.toLowerCase();
  if (COMPANY_HEADS.has(lemma) || COMPANY_HEADS.has(head.norm)) return false;
  return head.pos === "NOUN" && (ACTOR_NOUNS.has(lemma) || ACTOR_NOUNS.has(head.norm));
}

/** Prepositions that name the recipient, by type: one withdraws from a place, visits in one. */
function recipientPrepositions(t: Trigger): ReadonlySet<string> {
  if (t.type === "RETREAT") return RECIPIENT_PREPOSITIONS_FROM;
  // "suspended aid deliveries in Baghdad", "imposed a curfew in Cizre", "strengthened its forces in Lebanon".
  if (t.type === "SANCTION" || t.type === "COERCE" || t.type === "MOBILIZE")
    return RECIPIENT_PREPOSITIONS_WHERE;
  // "rejected an offer from Kabul", "dismissed calls by the rulers", "complained over Israeli raids".
  if (VERBAL_CONFLICT.has(t.type)) return RECIPIENT_PREPOSITIONS_VERBAL;
  if (t.type === "CONSULT") return RECIPIENT_PREPOSITIONS_VISIT;
  return RECIPIENT_PREPOSITIONS;
}

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

/** Active clause: subject on the left, object on the right. */
function assignSubjectAndObject(
  doc: Doc,
  c: Candidate,
  leftOfVerb: ActorCandidate[],
  right: ActorCandidate[],
  verb = c.trigger.firstToken,
): void {
  const t = c.trigger;
  const tokens = doc.tokens;
  let left = leftOfVerb;
  // The phrase standing right before the verb is its subject; a named candidate ending there keeps its kind.
  // "would continue to protest", "keep rallying": the verb that governs the act has its subject.
  const governed = aspectualHost(doc, verb) ?? verb;
  const purpose = purposeOf(doc, governed);
  const phrase = subjectOrSpeaker(doc, purpose ?? governed);
  if (purpose !== undefined) left = left.filter((a) => a.lastToken < purpose);
  const named = phrase
    ? left.find(
        (a) =>
          a.lastToken === phrase.lastToken ||
          (a.firstToken >= phrase.firstToken && a.lastToken <= phrase.lastToken && a.kind !== "state"),
      )
    : undefined;
  // A named candidate replaces the phrase only when it spans all of it ("Osama bin Laden's al-Qaeda" stays whole).
  c.actor = phrase
    ? named && named.firstToken <= phrase.firstToken && named.lastToken >= phrase.lastToken
      ? named
      : phrase.kind === "unknown" && named
        ? { ...phrase, kind: named.kind, ...(named.country ? { country: named.country } : {}) }
        : phrase
    : subjectIsNonParty(doc, verb)
      ? undefined
      : pronounBefore(doc, verb, PERSONAL_PRONOUNS)
        ? // "questions about Trump's call when he asked …": "he" or "she" stands for a person
          // named before, whatever that person's place in the sentence.
          left
            .filter(
              (a) =>
                a.kind === "person" &&
                agreesWith(
                  doc,
                  a,
                  tokens[subjectSlot(tokens, verb, doc.sentences[t.sentence].tokenStart)]?.norm ?? "",
                ),
            )
            .at(-1)
        : pronounBefore(doc, verb, IMPERSONAL_PRONOUNS, true)
          ? // "A trade war offers Mr. Trump advantages: it allows him to …": "it" opening a main
            // clause is the subject, and the name before it is no actor of the verb ("the union
            // announced that it has called off", reported speech, is read as before).
            undefined
          : speakerOfIt(doc, verb, left.filter(isSubjectPositionFor(doc, verb)).at(-1));
  // "Peter Hall, 31, of Leeds, stabbed …": the person, not the home named after the name.
  const resident = residentBefore(doc, purpose ?? governed, phrase, left);
  if (resident) c.actor = resident;
  // "when the former attacked the bank": the first of the pair named before, not the last party.
  const sentenceStart = doc.sentences[t.sentence].tokenStart;
  const candidatesOf = (s: number) =>
    s === t.sentence ? leftOfVerb : actorCandidates(doc, s, countryOfPhrase);
  const former = pairReference(doc, subjectSlot(tokens, governed, sentenceStart), candidatesOf);
  if (former) c.actor = former;
  // "arrested a man suspected of committing the murder", "accused Russia of launching the attack":
  // the doer of a gerund after "of", "for" or "with" is the phrase just before it, not the clause's subject.
  const doer = gerundDoer(doc, verb);
  if (doer) c.actor = doer;
  // "Putin and Tokayev held talks": for meetings and agreements, the second of a pair is the recipient.
  const mutual = SYMMETRIC.has(t.type) || MUTUAL_TRIGGERS.has(t.text.toLowerCase());
  const pair = mutual && c.actor ? splitCoordination(doc, c.actor as ActorCandidate) : undefined;
  if (pair) {
    [c.actor, c.recipient] = pair;
    return;
  }
  if (c.actor && mutual) {
    const second = c.actor;
    const pairedFirst = left.find((a) => {
      const between = tokens.slice(a.lastToken + 1, second.firstToken).map((x) => x.norm);
      return (
        between[0] === "and" &&
        between.length <= 2 &&
        (between.length === 1 || ["the", "a", "an"].includes(between[1]))
      );
    });
    if (pairedFirst) {
      c.recipient = c.actor;
      c.actor = pairedFirst;
      return;
    }
  }
  // "warned that the Chinese government will not sit on its hands", "denied that he and the envoy
  // formed a channel": the parties inside a that-clause are its own; only a demand's or an
  // accusation's that-clause names whom the act concerns.
  const thatFollows = tokens[t.lastToken + 1]?.norm === "that";
  if (TAKES_RECIPIENT.has(t.type) && !(thatFollows && !THAT_CLAUSE_RECIPIENT.has(t.type))) {
    const object = right.find((a) => {
      // "marched through central Athens": the preposition may stand before the party's modifiers
      // ("expelled inspectors of the IAEA": an "of" gives the object its party).
      let before = a.firstToken - 1;
      while (before > t.lastToken && MODIFIER_POS.has(tokens[before].pos)) before--;
      const prev = (tokens[before]?.norm === "of" ? tokens[a.firstToken - 1] : tokens[before])?.norm ?? "";
      return (
        a.firstToken <= t.lastToken + OBJECT_WINDOW &&
        (!NON_SUBJECT_PREPOSITIONS.has(prev) || OBJECT_PREPOSITIONS.has(prev)) &&
        !subjectOfNextClause(doc, t.lastToken, a)
      );
    });
    let recipient =
      (object && possessedParty(doc, object, right)) ??
      object ??
      (t.nominal ? undefined : objectPhrase(doc, t.lastToken, OBJECT_PREPOSITIONS));
    // "send arms to Pakistan", "offered its troops to Lebanon's new president": when the object is a
    // thing, the party is named in a prepositional phrase further on; a thing is never the recipient.
    // "sent U.S. troops and planes to Saudi Arabia": the force a mobilisation moves, its direct
    // object, is what it moves ("mobilized alongside the army" keeps its ally).
    const movedForce =
      t.type === "MOBILIZE" &&
      !!recipient &&
      (recipient.kind === "military" || recipient.kind === "police") &&
      !tokens.slice(t.lastToken + 1, recipient.firstToken).some((x) => x.pos === "ADP");
    if (!recipient || !isParty(recipient, doc) || movedForce) {
      // "demanded that the Sudanese government end …", "alleged that the guards beat …": the party
      // demanded of or accused is the subject of the that-clause. Not so for a pledge or a warning
      // ("pledged that his country would double …", "warned that the Chinese government will not
      // sit on its hands"), whose that-clause tells what the speaker's side will do.
      const that = thatFollows ? objectPhrase(doc, t.lastToken + 1, NO_PREPOSITIONS) : undefined;
      const party =
        that && isParty(that, doc)
          ? that
          : prepositionalParty(doc, t.lastToken + 1, PARTY_WINDOW, recipientPrepositions(t));
      recipient = party && party.firstToken !== c.actor?.firstToken ? party : undefined;
      if (!recipient && t.type === "PROTEST") recipient = protestTarget(doc, t, right);
      // Last resort, as PLOVER coders do: the named place or body the act happened in or to
      // ("lifted a curfew in Montenegro", "its invasion of South Lebanon", "fired at targets in Jericho").
      if (!recipient) {
        const where = prepositionalParty(doc, t.lastToken + 1, PARTY_WINDOW, LOCATIVE_PREPOSITIONS);
        if (
          where &&
          doc.entities.some((e) => e.start >= where.start && e.end <= where.end) &&
          where.firstToken !== c.actor?.firstToken
        )
          recipient = where;
      }
    }
    // "the former attacked the latter"
    recipient = pairReference(doc, t.lastToken + 2, candidatesOf) ?? recipient;
    // "clashed with automatic weapons": an instrument is not a party.
    if (recipient && WEAPON_WORDS.has(doc.tokens[recipient.lastToken].norm)) recipient = undefined;
    if (recipient) c.recipient = recipient;
  }
}

/**
 * A party that may be the subject of the verb at `verb`: after no preposition, and, when the verb
 * has a subject of its own to find, no other verb's object ("talked Nichols into surrendering",
 * "asked her to help" and "strangle Iraq until it retreats" hand the act to the object).
 */
function isSubjectPositionFor(doc: Doc, verb: number) {
  const ownSubject =
    isFiniteVerb(doc, verb) &&
    !pronounBefore(doc, verb, SUBJECT_PRONOUNS) &&
    !pronounBefore(doc, verb, IMPERSONAL_PRONOUNS);
  return (a: ActorCandidate) => isSubjectPosition(doc, a) && !(ownSubject && isObjectOfVerb(doc, a));
}

export function countryOfPhrase(text: string): string | undefined {
  const institution = institutionCountry(text);
  if (institution) return institution;
  for (const word of text.split(/[\s-]+/)) {
    if (!/^[A-Z]/.test(word)) continue;
    const place = lookupPlace(word);
    if (place && place.precision === "country") return place.country;
  }
  return undefined;
}
