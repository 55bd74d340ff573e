import type { Doc } from "../nlp/types.ts";
import { actorCandidates } from "./actor-candidates.ts";
import type { ActorCandidate } from "./actors.ts";
import {
  aspectualHost,
  gerundDoer,
  IMPERSONAL_PRONOUNS,
  isFiniteVerb,
  isObjectOfVerb,
  isSubjectPosition,
  PERSONAL_PRONOUNS,
  pronounBefore,
  protestTarget,
  purposeOf,
  speakerOfIt,
  subjectOfNextClause,
} from "./argument-clauses.ts";
import { agreesWith } from "./gender.ts";
import { possessedParty } from "./noun-parties.ts";
import { countryOfPhrase, isParty } from "./parties.ts";
import { pairReference, residentBefore } from "./party-references.ts";
import {
  prepositionalParty,
  splitCoordination,
  subjectIsNonParty,
  subjectOrSpeaker,
} from "./phrase-parties.ts";
import { objectPhrase } from "./phrases.ts";
import type { Trigger } from "./triggers.ts";
import { type Candidate, SYMMETRIC, TAKES_RECIPIENT, VERBAL_CONFLICT } from "./types.ts";
import { subjectSlot } from "./verb-forms.ts";
import {
  LOCATIVE_PREPOSITIONS,
  MUTUAL_TRIGGERS,
  NO_PREPOSITIONS,
  NON_SUBJECT_PREPOSITIONS,
  OBJECT_PREPOSITIONS,
  RECIPIENT_PREPOSITIONS,
  RECIPIENT_PREPOSITIONS_FROM,
  RECIPIENT_PREPOSITIONS_VERBAL,
  RECIPIENT_PREPOSITIONS_VISIT,
  RECIPIENT_PREPOSITIONS_WHERE,
  SUBJECT_PRONOUNS,
  WEAPON_WORDS,
} from "./words.ts";

/** The actor and recipient of an active clause: its subject (or the speaker, the person a pronoun stands for, the first of a pair) and its object (or the party a preposition, a that-clause or a place names). */

/** How far after the trigger that party may be named. */
const PARTY_WINDOW = 12;

/** How far after a verb its object may start ("arrested the former minister"). */
export const OBJECT_WINDOW = 4;

/** Words that may stand between a preposition and the party its phrase names ("in central Athens"). */
const MODIFIER_POS: ReadonlySet<string> = new Set(["DET", "ADJ"]);

/** Types whose that-clause's subject is who the act is aimed at: a demand, an accusation. */
const THAT_CLAUSE_RECIPIENT: ReadonlySet<string> = new Set(["REQUEST", "ACCUSE"]);

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

/** Active clause: subject on the left, object on the right. */
export function assignSubjectAndObject(
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
          : speakerOfIt(doc, verb, left.filter(isSubjectPositionFor(doc, governed)).at(-1));
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
