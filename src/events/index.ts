import { createHash } from "node:crypto";
import { locateEvent, lookupPlace } from "../geo/index.ts";
import type { GeoResult } from "../geo/types.ts";
import type { Doc, Quantity, TimeExpression } from "../nlp/types.ts";
import { acledType } from "./acled.ts";
import { type ActorCandidate, actorCandidates, agentKind, toActor } from "./actors.ts";
import {
  findAttribution,
  isContested,
  modalityOf,
  type SentenceAttribution,
  SPEECH_VERBS,
} from "./attribution.ts";
import { instrumentOf } from "./instruments.ts";
import { WEAPON_NOUNS } from "./lexicon.ts";
import {
  objectPhrase,
  prepositionalParty,
  splitCoordination,
  subjectIsNonParty,
  subjectOrSpeaker,
  subjectPhrase,
} from "./phrases.ts";
import { anchorOnReference, reportedTime as reportedOnReference } from "./reference.ts";
import type { Count, EventMention, EventTime, Evidence, Place } from "./schema.ts";
import { DEMAND_SPEECH, findObligations, findTriggers, OBLIGATION_CUES, type Trigger } from "./triggers.ts";

/**
 * The event coder, shaped like chrono: trigger rules propose candidates (triggers.ts); refiners
 * attach arguments, retype, merge and drop. Each refiner is a small named function over the list.
 */

interface Candidate {
  trigger: Trigger;
  actor?: ActorCandidate;
  recipient?: ActorCandidate;
  time?: EventTime;
  place?: Place;
  counts: Count[];
  attribution?: SentenceAttribution;
  modality: EventMention["modality"];
  contested: boolean;
  intended?: EventMention["type"];
  also: Evidence[];
}

interface SentenceContext {
  actors: ActorCandidate[];
  attribution?: SentenceAttribution;
}

/** Types whose recipient is the object of the verb (PLOVER "requires recipient" plus obvious targets). */
const TAKES_RECIPIENT = new Set([
  "AGREE",
  "CONCEDE",
  "RETREAT",
  "ACCUSE",
  "ASSAULT",
  "COERCE",
  "CONSULT",
  "SUPPORT",
  "AID",
  "COOPERATE",
  "SANCTION",
  "THREATEN",
  "REQUEST",
  "REJECT",
  "PROTEST",
  "MOBILIZE",
]);
/** Types whose noun form names the affected party with "of" ("the arrest of 12,000 people"). */
const OF_IS_RECIPIENT = new Set(["COERCE", "ASSAULT", "SANCTION"]);
const MOVEMENT_TYPES = new Set(["MOBILIZE", "RETREAT"]);
const VIOLENT = (c: Candidate) =>
  c.trigger.type === "ASSAULT" || (c.trigger.type === "PROTEST" && c.trigger.mode === "riot");
/** Vague violence words that, in an article about riots, are the riots. */
const GENERIC_VIOLENCE = new Set(["violence", "unrest", "clash", "clashes", "turmoil"]);
/** Prepositions after which an actor phrase is a place or an adjunct, not a subject. */
const NON_SUBJECT_PREPOSITIONS = new Set([
  "in",
  "at",
  "near",
  "to",
  "from",
  "into",
  "across",
  "of",
  "for",
  "with",
  "on",
  "against",
  "over",
  "under",
  "through",
  "toward",
  "towards",
  "around",
  "outside",
  "inside",
  "via",
  "along",
  "past",
  "between",
  "among",
  "during",
  "after",
  "before",
  "since",
  "within",
  "without",
  "by",
]);
/** How far after a passive verb or a noun "by X" names the agent ("was arrested by police"). */
const AGENT_WINDOW = 3;
/** "were called foreign terrorist assaults by the president": a complement may stand between verb and agent. */
const PASSIVE_BY_WINDOW = 8;
const PASSIVE_AUX = new Set(["was", "were", "been", "be", "is", "are", "being", "get", "got"]);
/** Events between two parties where "A and B" means A with B. */
const SYMMETRIC = new Set(["CONSULT", "AGREE", "COOPERATE"]);
/** Violence with two sides ("rioters and police clashed"). */
const MUTUAL_TRIGGERS = new Set(["clashed", "clash", "fought", "clashes", "signed", "sign", "agreed"]);
/** Prepositions that name the party an act is aimed at ("aid to Mozambique", "talks with Iran"). */
const RECIPIENT_PREPOSITIONS = new Set(["to", "with", "against", "on", "for", "toward", "towards"]);
/** An actor can receive an act; "concessions" or "refuge" cannot. */
function isParty(a: ActorCandidate, doc?: Doc): boolean {
  // "offered its troops": the actor's own people are what is offered, not who receives it.
  if (doc && POSSESSIVE_PRONOUNS.has(doc.tokens[a.firstToken - 1]?.norm ?? "")) return false;
  // "will send 1,200 additional troops": a counted force is what is sent, not who receives it.
  if (doc?.quantities.some((q) => q.start === a.start && a.kind === "military")) return false;
  return a.kind !== "unknown" || !!a.entity;
}
const POSSESSIVE_PRONOUNS = new Set(["its", "their", "his", "her", "our"]);

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
const RECIPIENT_PREPOSITIONS_FROM = new Set([...RECIPIENT_PREPOSITIONS, "from"]);
const RECIPIENT_PREPOSITIONS_WHERE = new Set([
  ...RECIPIENT_PREPOSITIONS,
  "from",
  "in",
  "into",
  "between",
  "by",
]);
/** Words after a protest that introduce what it is against ("to demand", "in protest against", "calling for"). */
const PROTEST_TARGET_CUES = new Set([
  "against",
  "demand",
  "demanding",
  "protest",
  "over",
  "calling",
  "removal",
  "resignation",
  "reinstated",
  "independence",
  "from",
]);

/** The party a protest is aimed at: the first named party after its purpose ("to demand reforms by Suharto's government"). */
function protestTarget(doc: Doc, t: Trigger, right: ActorCandidate[]): ActorCandidate | undefined {
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
const RECIPIENT_PREPOSITIONS_VERBAL = new Set([...RECIPIENT_PREPOSITIONS, "from", "by", "over"]);
const VERBAL_CONFLICT = new Set(["REQUEST", "REJECT", "ACCUSE", "THREATEN"]);
const RECIPIENT_PREPOSITIONS_VISIT = new Set([...RECIPIENT_PREPOSITIONS, "in", "between"]);
const NO_PREPOSITIONS: ReadonlySet<string> = new Set();
const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "at", "of", "into", "inside"]);
/** How far after the trigger that party may be named. */
const PARTY_WINDOW = 12;
/** Prepositions that introduce the other party ("met with X", "protested against X"). */
const OBJECT_PREPOSITIONS = new Set(["with", "against", "on"]);
/** Words before a verb that state an actor's intention ("will visit", "is ready to send", "vowed to retaliate"). */
const INTENT_CUES = new Set([
  "will",
  "would",
  "shall",
  "'ll",
  "going",
  "plans",
  "plan",
  "planned",
  "intends",
  "intend",
  "intended",
  "ready",
  "willing",
  "prepared",
  "offered",
  "offers",
  "vowed",
  "promised",
  "pledged",
  "threatened",
  "threatens",
  "decided",
]);
const INTENT_WINDOW = 4;
/** PLOVER's cooperative types: their future form is AGREE; the others' is THREATEN. */
const COOPERATIVE = new Set(["CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE"]);
/** Verbs that report a clause; "announced a ceasefire" still makes the ceasefire the speaker's act. */
const REPORTING_VERBS = new Set([
  "say",
  "tell",
  "report",
  "claim",
  "add",
  "write",
  "note",
  "insist",
  "explain",
  "believe",
  "think",
]);
/** Verbs whose subject receives the event named by their object ("received the support of X"). */
const CONVERSE_VERBS = new Set(["receive", "get", "win", "obtain", "gain", "secure", "enjoy", "accept"]);
/** Words that make a stated intention conditional, the mark of a threat ("unless", "if"). */
const CONDITIONAL_CUES = new Set(["unless", "otherwise"]);
/** Verbs that only carry a nominal event: the event's actor is their subject. */
const LIGHT_VERBS = new Set([
  "have",
  "hold",
  "launch",
  "carry",
  "stage",
  "conduct",
  "make",
  "mount",
  "organise",
  "organize",
  "begin",
  "start",
  "lead",
  "continue",
  "resume",
  "announce",
  "order",
  "provide",
  "give",
  "deliver",
  "send",
  "offer",
  "impose",
  "complete",
]);
const LIGHT_VERB_WINDOW = 7;
/** How far after a verb its object may start ("arrested the former minister"). */
const OBJECT_WINDOW = 4;
/** Events whose "without evidence" marks the claim itself. */
const CLAIM_TYPES = new Set(["ACCUSE", "THREATEN", "REJECT", "REQUEST", "DEMAND"]);
/** How many tokens after "called"/"described as" the label runs ("called the riots terrorist assaults"). */
const LABEL_SPAN = 6;
/** How many sentences back a military actor named earlier ("These men had been deployed") may be found. */
const ACTOR_CARRY_SENTENCES = 3;
const TITLE_OR_DETERMINER = /^(mr|mrs|ms|mm|dr|the|a|an|\.)\.?$/i;
/** How many sentences back a troop figure or a casualty toll may be carried to its event. */
const COUNT_CARRY_SENTENCES = 2;

const COUNT_NOUNS: Record<string, Count["what"]> = {
  dead: "killed",
  killed: "killed",
  death: "killed",
  deaths: "killed",
  fatality: "killed",
  fatalities: "killed",
  body: "killed",
  life: "killed",
  injured: "injured",
  wounded: "injured",
  hurt: "injured",
  injury: "injured",
  arrested: "arrested",
  detained: "arrested",
  detainee: "arrested",
  arrest: "arrested",
  soldier: "troops",
  troop: "troops",
  troops: "troops",
  serviceman: "troops",
  servicemen: "troops",
  peacekeeper: "troops",
  personnel: "troops",
  marine: "troops",
  paratrooper: "troops",
  protester: "protesters",
  protestor: "protesters",
  demonstrator: "protesters",
  marcher: "protesters",
  displaced: "displaced",
  refugee: "displaced",
  evacuee: "displaced",
};
const COUNT_VERBS: Record<string, Count["what"]> = {
  kill: "killed",
  die: "killed",
  injure: "injured",
  wound: "injured",
  arrest: "arrested",
  detain: "arrested",
  displace: "displaced",
  flee: "displaced",
};

function countWhat(doc: Doc, q: Quantity, eventType?: string, mode?: string): Count["what"] {
  const direct = q.noun ? COUNT_NOUNS[q.noun] : undefined;
  if (direct) return direct;
  // "14 people were killed": the verb after the counted noun says what happened to them.
  const from = tokenAtOrAfter(doc, q.nounSpan?.end ?? q.end);
  const after = doc.tokens.slice(from, from + 3).filter((t) => t.sentence === q.sentence);
  for (const t of after) {
    const what = COUNT_VERBS[t.lemma.toLowerCase()];
    if (what) return what;
  }
  if (eventType === "COERCE" && mode === "arrest") return "arrested";
  if (eventType === "PROTEST") return "protesters";
  return "people";
}

function toCount(q: Quantity, what: Count["what"], source?: string): Count {
  return {
    ...(source ? { source } : {}),
    what,
    value: q.value,
    ...(q.min !== undefined ? { min: q.min } : {}),
    ...(q.max !== undefined ? { max: q.max } : {}),
    ...(q.qualifier ? { qualifier: q.qualifier } : {}),
    text: q.text,
    start: q.start,
    end: q.end,
  };
}

/** Verbs followed by a bare infinitive ("help defend", "let them leave"). */
const BARE_INFINITIVE_AFTER = new Set(["help", "let", "make"]);

function triggerForm(doc: Doc, t: Trigger): Evidence["trigger"]["form"] {
  if (t.nominal) return "noun";
  const tok = doc.tokens[t.firstToken];
  // "is willing to send", "is ready to contribute": the intention is the clause's predicate.
  if (tok.pos === "ADJ" && doc.tokens[t.firstToken + 1]?.norm === "to") return "finite";
  if (tok.pos !== "VERB") return "other";
  // "to halt", "to hold a general strike", "continue to send": an embedded act, not the clause's own.
  let k = t.firstToken - 1;
  while (k >= 0 && doc.tokens[k].pos === "ADV" && doc.tokens[k].sentence === t.sentence) k--;
  const before = doc.tokens[k];
  const embedded =
    before &&
    before.sentence === t.sentence &&
    (before.norm === "to" || BARE_INFINITIVE_AFTER.has(before.lemma.toLowerCase()));
  return embedded ? "infinitive" : "finite";
}

function evidenceOf(doc: Doc, docId: string, t: Trigger): Evidence {
  const s = doc.sentences[t.sentence];
  return {
    docId,
    sentence: t.sentence,
    start: s.start,
    end: s.end,
    text: doc.text.slice(s.start, s.end),
    trigger: { start: t.start, end: t.end, text: t.text, form: triggerForm(doc, t) },
  };
}

// ---------------------------------------------------------------- time

const DATE_VALUE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2}))?/;

function eventTime(t: TimeExpression, doc: Doc): EventTime | undefined {
  // "two days later" is tagged as the duration it counts; the date it points to dates the event.
  const date = t.type === "DURATION" ? t.date : t.type === "DATE" || t.type === "TIME" ? t.value : undefined;
  if (!date) return undefined;
  const m = DATE_VALUE.exec(date);
  if (!m) return undefined;
  let value: string;
  let precision: EventTime["precision"];
  if (m[3]) {
    value = `${m[1]}-${m[2]}-${m[3]}`;
    precision = "day";
  } else if (m[4]) {
    value = `${m[1]}-W${m[4]}`;
    precision = "week";
  } else if (m[2]) {
    value = `${m[1]}-${m[2]}`;
    precision = "month";
  } else {
    value = m[1];
    precision = "year";
  }
  const time: EventTime = {
    value,
    precision,
    acledPrecision: precision === "day" ? 1 : precision === "week" ? 2 : 3,
    text: t.text,
    start: t.start,
    end: t.end,
    anchor: t.anchor === "explicit" ? "explicit" : "published",
    relation: directlyOn(doc, t) ? "on" : (t.relation ?? "on"),
  };
  return anchorOnReference(time, doc.reference);
}

/** "announced Thursday that …", "said on Monday that …": the date of the statement, not of the event told. */
function datesSpeech(doc: Doc, t: TimeExpression): boolean {
  const first = tokenAtOrAfter(doc, t.start);
  for (let k = first - 1; k >= Math.max(0, first - 2); k--) {
    const tok = doc.tokens[k];
    if (tok.pos === "VERB" && SPEECH_VERBS.has(tok.lemma.toLowerCase())) return true;
    if (tok.norm !== "on") return false;
  }
  return false;
}

/** "after demonstrations on January 2": the preposition right before the date dates the event itself. */
function directlyOn(doc: Doc, t: TimeExpression): boolean {
  const before = doc.tokens[tokenAtOrAfter(doc, t.start) - 1];
  return !!before && ON_PREPOSITIONS.has(before.norm) && t.start - before.end <= 1;
}
const ON_PREPOSITIONS = new Set(["on", "in", "at"]);

/** The time expression governing a trigger: nearest in the sentence with no other trigger between. */
function governingTime(doc: Doc, trigger: Trigger, triggers: Trigger[]): EventTime | undefined {
  const times = doc.times.filter(
    (t) => t.start >= doc.sentences[trigger.sentence].start && t.end <= doc.sentences[trigger.sentence].end,
  );
  let best: { time: EventTime; distance: number } | undefined;
  for (const t of times) {
    const time = eventTime(t, doc);
    if (!time || (t.end <= trigger.start && datesSpeech(doc, t))) continue;
    const lo = Math.min(t.start, trigger.start);
    const hi = Math.max(t.end, trigger.end);
    const blocked = triggers.some(
      (o) =>
        o !== trigger && o.sentence === trigger.sentence && !o.background && o.start >= lo && o.end <= hi,
    );
    if (blocked) continue;
    const distance = t.start > trigger.end ? t.start - trigger.end : trigger.start - t.end;
    if (!best || distance < best.distance) best = { time, distance };
  }
  return best?.time;
}

function reportedTime(doc: Doc): EventTime {
  return reportedOnReference(doc.reference);
}

// ---------------------------------------------------------------- actors

function countryOfPhrase(text: string): string | undefined {
  for (const word of text.split(/[\s-]+/)) {
    if (!/^[A-Z]/.test(word)) continue;
    const place = lookupPlace(word);
    if (place && place.precision === "country") return place.country;
  }
  return undefined;
}

/** Not after a preposition ("in Almaty", "deputies of Mr. Massimov"), looking past a title or determiner. */
function isSubjectPosition(doc: Doc, a: ActorCandidate): boolean {
  let k = a.firstToken - 1;
  while (
    k >= 0 &&
    k >= a.firstToken - 3 &&
    doc.tokens[k].sentence === doc.tokens[a.firstToken].sentence &&
    TITLE_OR_DETERMINER.test(doc.tokens[k].text)
  )
    k--;
  const prev = doc.tokens[k];
  return (
    !prev || prev.sentence !== doc.tokens[a.firstToken].sentence || !NON_SUBJECT_PREPOSITIONS.has(prev.norm)
  );
}

function insideAttribution(a: ActorCandidate, attribution?: SentenceAttribution): boolean {
  return !!attribution && a.start >= attribution.start && a.end <= attribution.end;
}

function assignArguments(doc: Doc, c: Candidate, ctx: SentenceContext): void {
  const t = c.trigger;
  const tokens = doc.tokens;
  const actors = ctx.actors.filter(
    (a) =>
      !insideAttribution(a, ctx.attribution) && (a.lastToken < t.firstToken || a.firstToken > t.lastToken),
  );
  const left = actors.filter((a) => a.lastToken < t.firstToken);
  const right = actors.filter((a) => a.firstToken > t.lastToken);

  // Passive: "was arrested by police", "were called … by President X".
  const byIndex = passiveAgentIndex(tokens, t.lastToken);
  const passive = !t.nominal && isPassive(tokens, t.firstToken);
  if (passive) {
    const agent =
      byIndex >= 0
        ? right.find((a) => a.firstToken > byIndex && a.firstToken <= byIndex + AGENT_WINDOW)
        : undefined;
    if (agent) c.actor = agent;
    const patient = left.filter(isSubjectPositionFor(doc)).at(-1);
    if (patient) {
      if (MOVEMENT_TYPES.has(t.type)) c.actor ??= patient;
      else c.recipient = patient;
    }
    return;
  }
  // "held talks", "launched an attack", "staged a protest": the light verb's subject is the actor.
  const light = t.nominal ? lightVerbBefore(tokens, t.firstToken) : -1;
  // "The version has received the support of Putin": with a converse verb the "of"/"from" phrase acts.
  if (light >= 0 && CONVERSE_VERBS.has(tokens[light].lemma.toLowerCase())) {
    const giver = right.find(
      (a) => ["of", "from"].includes(tokens[a.firstToken - 1]?.norm ?? "") && a.firstToken <= t.lastToken + 3,
    );
    if (giver) c.actor = giver;
    const receiver = subjectPhrase(doc, light);
    if (receiver) c.recipient = receiver;
    return;
  }
  if (light >= 0) {
    assignSubjectAndObject(
      doc,
      c,
      left.filter((a) => a.lastToken < light),
      right,
      light,
    );
    return;
  }
  if (t.nominal) {
    // "the arrest of 12,000 people", "the withdrawal of Russian troops", "Russia's withdrawal".
    const ofTok = tokens[t.lastToken + 1];
    const ofActor = ofTok?.norm === "of" ? right.find((a) => a.firstToken <= t.lastToken + 3) : undefined;
    const byActor = right.find(
      (a) => tokens[a.firstToken - 1]?.norm === "by" && a.firstToken <= t.lastToken + AGENT_WINDOW,
    );
    if (ofActor) {
      if (OF_IS_RECIPIENT.has(t.type)) c.recipient = ofActor;
      else c.actor = ofActor;
    }
    if (byActor) c.actor = byActor;
    const adjacent = left.find((a) => a.lastToken >= t.firstToken - 2);
    if (!c.actor && adjacent) c.actor = adjacent;
    if (!c.actor && MOVEMENT_TYPES.has(t.type)) c.actor = ctx.actors.find((a) => a.kind === "military");
    if (!c.recipient && TAKES_RECIPIENT.has(t.type)) {
      const against = right.find((a) =>
        ["against", "with", "on"].includes(tokens[a.firstToken - 1]?.norm ?? ""),
      );
      if (against) c.recipient = against;
    }
    return;
  }
  assignSubjectAndObject(doc, c, left, right);
}

/** Active clause: subject on the left, object on the right. */
function assignSubjectAndObject(
  doc: Doc,
  c: Candidate,
  left: ActorCandidate[],
  right: ActorCandidate[],
  verb = c.trigger.firstToken,
): void {
  const t = c.trigger;
  const tokens = doc.tokens;
  // The phrase standing right before the verb is its subject; a named candidate ending there keeps its kind.
  const phrase = subjectOrSpeaker(doc, verb);
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
      : left.filter(isSubjectPositionFor(doc)).at(-1);
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
  if (TAKES_RECIPIENT.has(t.type)) {
    const object = right.find((a) => {
      const prev = tokens[a.firstToken - 1]?.norm ?? "";
      return (
        a.firstToken <= t.lastToken + OBJECT_WINDOW &&
        (!NON_SUBJECT_PREPOSITIONS.has(prev) || OBJECT_PREPOSITIONS.has(prev))
      );
    });
    let recipient = object ?? (t.nominal ? undefined : objectPhrase(doc, t.lastToken, OBJECT_PREPOSITIONS));
    // "send arms to Pakistan", "offered its troops to Lebanon's new president": when the object is a
    // thing, the party is named in a prepositional phrase further on; a thing is never the recipient.
    if (!recipient || !isParty(recipient, doc)) {
      // "demanded that the Sudanese government end …": the party is the subject of the that-clause.
      const that =
        tokens[t.lastToken + 1]?.norm === "that"
          ? objectPhrase(doc, t.lastToken + 1, NO_PREPOSITIONS)
          : undefined;
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
    // "clashed with automatic weapons": an instrument is not a party.
    if (recipient && WEAPON_OBJECTS.has(doc.tokens[recipient.lastToken].norm)) recipient = undefined;
    if (recipient) c.recipient = recipient;
  }
}

/** Index of a light verb governing the noun at `i` ("held a telephone conversation"), or -1. */
function lightVerbBefore(tokens: Doc["tokens"], i: number): number {
  for (
    let k = i - 1;
    k >= Math.max(0, i - LIGHT_VERB_WINDOW) && tokens[k].sentence === tokens[i].sentence;
    k--
  ) {
    const t = tokens[k];
    // Any verb whose object the event noun is ("opened a hearing", "launched a mediation effort"),
    // except a verb of saying, after which a new clause begins ("said the protest had been peaceful").
    if (t.pos === "VERB") return REPORTING_VERBS.has(t.lemma.toLowerCase()) ? -1 : k;
    if (t.pos === "AUX") return LIGHT_VERBS.has(t.lemma.toLowerCase()) ? k : -1;
    // "a 24-hour hunger strike", "artillery, mortar, and rocket fire": hyphens and lists stay inside the object.
    const listed = t.text === "-" || t.text === "," || t.pos === "CCONJ" || POSSESSIVE_PRONOUNS.has(t.norm);
    if (!listed && !["DET", "ADJ", "NOUN", "NUM", "PROPN", "ADV"].includes(t.pos)) return -1;
  }
  return -1;
}

/** The "by" of a passive's agent: after the verb and its complement, before the next comma. */
function passiveAgentIndex(tokens: Doc["tokens"], verb: number): number {
  for (
    let i = verb + 1;
    i < Math.min(tokens.length, verb + 1 + PASSIVE_BY_WINDOW) && tokens[i].sentence === tokens[verb].sentence;
    i++
  ) {
    if (tokens[i].text === "," || tokens[i].text === ";") return -1;
    if (tokens[i].norm === "by") return i;
  }
  return -1;
}

/** "its demand today that …": a date or adverb may stand between a demand and its that-clause. */
const DEMAND_THAT_WINDOW = 5;
const INTENT_PARTICIPLES = new Set([
  "prepared",
  "committed",
  "determined",
  "resolved",
  "obliged",
  "supposed",
  "inclined",
  "pledged",
]);

/** "was arrested", "had also been arrested", "were swiftly detained". */
function isPassive(tokens: Doc["tokens"], i: number): boolean {
  if (!/ed$|en$|wn$/.test(tokens[i].norm)) return false;
  // "is prepared to lift", "is committed to opening": an adjective of intention, not a passive.
  if (tokens[i + 1]?.norm === "to" && INTENT_PARTICIPLES.has(tokens[i].norm)) return false;
  for (let k = i - 1; k >= Math.max(0, i - 3) && tokens[k].sentence === tokens[i].sentence; k--) {
    if (PASSIVE_AUX.has(tokens[k].norm)) return true;
    if (tokens[k].pos !== "ADV") return false;
  }
  return false;
}

function isSubjectPositionFor(doc: Doc) {
  return (a: ActorCandidate) => isSubjectPosition(doc, a);
}

// ---------------------------------------------------------------- refiners

/** In an article about riots, vague "violence" and "clashes" without armed parties are the riots. */
function retypeGenericViolence(candidates: Candidate[]): void {
  const riots = candidates.some(
    (c) =>
      c.trigger.type === "PROTEST" &&
      c.trigger.mode === "riot" &&
      !GENERIC_VIOLENCE.has(c.trigger.text.toLowerCase()),
  );
  if (!riots) return;
  for (const c of candidates) {
    const generic = GENERIC_VIOLENCE.has(c.trigger.text.toLowerCase());
    const armed =
      [c.actor, c.recipient].filter((a) => a && (a.kind === "military" || a.kind === "police")).length === 2;
    if (generic && c.trigger.type === "ASSAULT" && !armed) {
      c.trigger.type = "PROTEST";
      c.trigger.mode = "riot";
    }
  }
}

/** "marched through Gdansk to demand higher wages": the demand is what the protest is about, not another event. */
function isProtestPurpose(doc: Doc, t: Trigger, triggers: Trigger[]): boolean {
  if (t.type !== "REQUEST") return false;
  // "to demand", "demanding that …", "to press their demands": what the protest is for.
  const tok = doc.tokens[t.firstToken];
  const purposive =
    doc.tokens[t.firstToken - 1]?.norm === "to" ||
    /ing$/.test(tok.norm) ||
    (t.nominal && doc.tokens.slice(Math.max(0, t.firstToken - 4), t.firstToken).some((x) => x.norm === "to"));
  if (!purposive) return false;
  return triggers.some((o) => o.type === "PROTEST" && o.sentence === t.sentence && o.start < t.start);
}

/**
 * PLOVER codes intentions by their direction: a promise of future cooperation is AGREE, a stated
 * intention of future conflict is THREATEN, and so is a cooperative act offered on a condition
 * ("will withdraw … unless"). The intended act is kept in `intended`.
 */
function codeIntentions(doc: Doc, candidates: Candidate[]): void {
  for (const c of candidates) {
    if (
      c.trigger.type === "AGREE" ||
      c.trigger.type === "THREATEN" ||
      c.trigger.type === "REQUEST" ||
      c.trigger.type === "REJECT"
    )
      continue;
    if (!hasIntentCue(doc, c.trigger)) continue;
    // "will withdraw … unless": a condition turns even a cooperative act into a threat.
    const cooperative = COOPERATIVE.has(c.trigger.type) && !hasConditional(doc, c.trigger);
    c.intended = c.trigger.type;
    c.trigger.type = cooperative ? "AGREE" : "THREATEN";
    c.trigger.mode = undefined;
  }
}

function hasConditional(doc: Doc, t: Trigger): boolean {
  const s = doc.sentences[t.sentence];
  return doc.tokens.slice(s.tokenStart, s.tokenEnd).some((tok) => CONDITIONAL_CUES.has(tok.norm));
}

function hasIntentCue(doc: Doc, t: Trigger): boolean {
  const s = doc.sentences[t.sentence];
  // For "will extend the night-time curfew" the cue stands before the verb that governs the noun.
  const light = t.nominal ? lightVerbBefore(doc.tokens, t.firstToken) : -1;
  const from = light >= 0 ? light : t.firstToken;
  const conditional = doc.tokens
    .slice(s.tokenStart, s.tokenEnd)
    .some((x) => x.norm === "if" || x.norm === "unless");
  for (let k = from - 1; k >= Math.max(s.tokenStart, from - INTENT_WINDOW); k--) {
    const tok = doc.tokens[k];
    if (tok.text === "," || tok.text === ";") return false;
    // "its long-threatened invasion": a cue inside a compound adjective states no intention.
    if (doc.tokens[k - 1]?.text === "-") continue;
    if (INTENT_CUES.has(tok.norm)) return true;
    // "may halt mediation if …": a possibility tied to a condition is a warning.
    if (conditional && CONDITIONAL_MODALS.has(tok.norm)) return true;
  }
  return false;
}
const CONDITIONAL_MODALS = new Set(["may", "might", "could"]);

/**
 * "Police seized 50 rifles and a grenade launcher", "troops destroyed caches of IEDs": the weapons
 * are what was taken, not an attack. Weapon nouns next to a seizure are dropped, and destruction of
 * weapons is a seizure.
 */
function dropSeizedWeapons(doc: Doc, candidates: Candidate[]): void {
  const hasWeaponWord = (c: Candidate) => {
    const s = doc.sentences[c.trigger.sentence];
    return doc.tokens
      .slice(c.trigger.lastToken + 1, Math.min(s.tokenEnd, c.trigger.lastToken + 1 + MEANS_WINDOW))
      .some((t) => WEAPON_OBJECTS.has(t.norm));
  };
  for (const c of candidates) {
    if (
      c.trigger.type === "ASSAULT" &&
      c.trigger.mode === "destroy" &&
      !c.trigger.nominal &&
      hasWeaponWord(c)
    ) {
      c.trigger.type = "COERCE";
      c.trigger.mode = "seize";
    }
  }
  const seizures = new Set(
    candidates
      .filter((c) => c.trigger.type === "COERCE" && c.trigger.mode === "seize")
      .map((c) => c.trigger.sentence),
  );
  for (let i = candidates.length - 1; i >= 0; i--) {
    const c = candidates[i];
    if (
      c.trigger.type === "ASSAULT" &&
      c.trigger.nominal &&
      seizures.has(c.trigger.sentence) &&
      WEAPON_OBJECTS.has(c.trigger.text.toLowerCase())
    )
      candidates.splice(i, 1);
  }
}

/**
 * "Russia said that Sudan must return the helicopter": a speaker stating what another party must do
 * is making a demand (REQUEST), with the obliged party as recipient. The act demanded is `intended`.
 */
function codeObligations(
  doc: Doc,
  candidates: Candidate[],
  contextOf: (sentence: number) => SentenceContext,
): void {
  for (const c of candidates) {
    if (c.trigger.type === "REQUEST" && !c.trigger.obligation) continue;
    // "reiterated its demand that Israel ease restrictions": the act in a demand's that-clause is what is demanded.
    const demand = candidates.find(
      (d) =>
        d !== c &&
        d.trigger.type === "REQUEST" &&
        d.trigger.sentence === c.trigger.sentence &&
        d.trigger.end < c.trigger.start &&
        doc.tokens
          .slice(d.trigger.lastToken + 1, d.trigger.lastToken + DEMAND_THAT_WINDOW)
          .some((x) => x.norm === "that"),
    );
    if (demand && !c.trigger.nominal) {
      c.intended = c.trigger.type;
      c.trigger.type = "REQUEST";
      c.trigger.mode = undefined;
      c.actor = demand.actor ?? c.actor;
      const obligedParty = subjectPhrase(doc, c.trigger.firstToken);
      if (obligedParty) c.recipient = obligedParty;
      continue;
    }
    const s = doc.sentences[c.trigger.sentence];
    // "must reach an agreement": a noun's obligation sits before the verb that governs it.
    const light = c.trigger.nominal
      ? lightVerbBefore(doc.tokens, c.trigger.firstToken)
      : c.trigger.firstToken;
    if (light < 0) continue;
    let k = light - 1;
    while (k > s.tokenStart && (doc.tokens[k].pos === "ADV" || doc.tokens[k].norm === "be")) k--;
    if (!OBLIGATION_CUES.has(doc.tokens[k]?.norm ?? "")) continue;
    const obliged = subjectPhrase(doc, k);
    // The demand is made by someone else: a speech verb before the obliged party ("X said that Y must").
    const speech = doc.tokens
      .slice(s.tokenStart, obliged ? obliged.firstToken : k)
      .findIndex((t) => t.pos === "VERB" && DEMAND_SPEECH.has(t.lemma.toLowerCase()));
    if (!obliged || speech < 0) continue;
    const speaker = subjectPhrase(doc, s.tokenStart + speech);
    if (!c.trigger.obligation) c.intended = c.trigger.type;
    c.trigger.type = "REQUEST";
    c.trigger.mode = undefined;
    if (speaker) c.actor = speaker;
    c.recipient = obliged;
    void contextOf;
  }
}

/** Words inside a label ("called the riots terrorist assaults") name no event of their own. */
function dropLabelWords(candidates: Candidate[]): void {
  const labels = candidates.filter(
    (c) => c.trigger.type === "ACCUSE" && c.trigger.mode === "allege" && !c.trigger.nominal,
  );
  for (let i = candidates.length - 1; i >= 0; i--) {
    const c = candidates[i];
    const inLabel = labels.some(
      (l) =>
        l !== c &&
        l.trigger.sentence === c.trigger.sentence &&
        c.trigger.firstToken > l.trigger.lastToken &&
        c.trigger.firstToken <= l.trigger.lastToken + LABEL_SPAN,
    );
    if (inLabel) candidates.splice(i, 1);
  }
}

/** "These men had been deployed": a movement with no named mover takes the force named just before. */
function carryMovementActors(
  candidates: Candidate[],
  contextOf: (sentence: number) => SentenceContext,
): void {
  for (const c of candidates) {
    if (c.actor || !MOVEMENT_TYPES.has(c.trigger.type)) continue;
    const forces: ActorCandidate[] = [];
    for (let s = c.trigger.sentence; s >= Math.max(0, c.trigger.sentence - ACTOR_CARRY_SENTENCES); s--) {
      forces.push(
        ...contextOf(s).actors.filter((a) => a.kind === "military" || (a.kind === "igo" && a.entity)),
      );
    }
    c.actor = forces.find((a) => a.entity) ?? forces[0];
  }
}

const PERSON_NOUNS = new Set([
  "people",
  "person",
  "persons",
  "civilian",
  "resident",
  "villager",
  "child",
  "children",
  "woman",
  "women",
  "man",
  "men",
  "student",
  "worker",
  "member",
  "supporter",
  "migrant",
  "refugee",
  "journalist",
  "activist",
  "opponent",
  "official",
  "officer",
  "passenger",
  "pilgrim",
  "farmer",
  "fighter",
  "militant",
  "rebel",
  "suspect",
  "individual",
  "inmate",
  "prisoner",
  "hostage",
  "family",
  "families",
  "demonstrator",
  "protester",
  "soldier",
  "troop",
  "policeman",
  "guard",
  "teacher",
  "doctor",
  "nurse",
  "employee",
  "national",
]);

function isPersonNoun(noun: string | undefined): boolean {
  return (
    !!noun &&
    (PERSON_NOUNS.has(noun) || PERSON_NOUNS.has(noun.replace(/s$/, "")) || agentKind(noun) !== undefined)
  );
}

const OUTCOME_COUNTS = new Set<Count["what"]>(["killed", "injured", "arrested", "displaced"]);

function tokensBetween(doc: Doc, from: number, to: number): number {
  let n = 0;
  for (let i = tokenAtOrAfter(doc, from); i < doc.tokens.length && doc.tokens[i].end <= to; i++) n++;
  return n;
}

/** Index of the first token starting at or after `offset` (tokens are in text order), or tokens.length. */
function tokenAtOrAfter(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** What a count that is the object of an event's verb counts. */
function OBJECT_COUNTS(c: Candidate): Count["what"] | undefined {
  const lemma = c.trigger.text.toLowerCase();
  if (c.trigger.type === "COERCE" && c.trigger.mode === "arrest") return "arrested";
  if (c.trigger.type === "ASSAULT" && /^(kill|shot|shoot)/.test(lemma)) return "killed";
  if (c.trigger.type === "ASSAULT" && /^(wound|injur)/.test(lemma)) return "injured";
  if (MOVEMENT_TYPES.has(c.trigger.type)) return "troops";
  return undefined;
}

/** Attaches each count to the event it measures: same sentence first, then a recent event. */
function attachCounts(
  doc: Doc,
  candidates: Candidate[],
  sourceOf: (sentence: number) => string | undefined,
): void {
  for (const q of doc.quantities) {
    const here = candidates.filter((c) => c.trigger.sentence === q.sentence);
    // "detained at least 25 protesters", "killed 12 villagers": a count right after the verb is its object.
    const object = here
      .filter(
        (c) =>
          !c.trigger.nominal &&
          q.start > c.trigger.end &&
          tokensBetween(doc, c.trigger.end, q.start) <= OBJECT_WINDOW,
      )
      .sort((a, b) => b.trigger.end - a.trigger.end)[0];
    // The verb decides what happened to the people counted ("detained 25 protesters" → arrested),
    // unless the count names an outcome itself ("killed 12 and dozens wounded" → injured).
    const objectWhat = object && !OUTCOME_COUNTS.has(countWhat(doc, q)) ? OBJECT_COUNTS(object) : undefined;
    if (object && objectWhat) {
      object.counts.push(toCount(q, objectWhat, sourceOf(q.sentence)));
      continue;
    }
    const nounWhat = countWhat(doc, q);
    // "for several days", "three projects": only counts of people are event counts.
    if (nounWhat === "people" && !isPersonNoun(q.noun)) continue;
    const fits = (c: Candidate, what: Count["what"]) => {
      if (what === "killed" || what === "injured") return VIOLENT(c);
      if (what === "troops") return MOVEMENT_TYPES.has(c.trigger.type);
      if (what === "arrested") return c.trigger.type === "COERCE";
      if (what === "protesters") return c.trigger.type === "PROTEST";
      return true;
    };
    const byDistance = (a: Candidate, b: Candidate) =>
      Math.abs(a.trigger.start - q.start) - Math.abs(b.trigger.start - q.start);
    const target = here
      .filter((c) =>
        fits(c, nounWhat === "people" ? countWhat(doc, q, c.trigger.type, c.trigger.mode) : nounWhat),
      )
      .sort(byDistance)[0];
    if (target) {
      const what = countWhat(doc, q, target.trigger.type, target.trigger.mode);
      if (what !== "people" || nounWhat === "people")
        target.counts.push(toCount(q, what, sourceOf(q.sentence)));
      continue;
    }
    // A casualty toll or force size told in a sentence of its own ("It left dozens dead").
    if (nounWhat === "killed" || nounWhat === "injured" || nounWhat === "troops") {
      const nearby = candidates
        .filter(
          (c) =>
            Math.abs(c.trigger.sentence - q.sentence) <= COUNT_CARRY_SENTENCES &&
            fits(c, nounWhat) &&
            !c.counts.some((k) => k.what === nounWhat),
        )
        .sort(
          (a, b) => Math.abs(a.trigger.sentence - q.sentence) - Math.abs(b.trigger.sentence - q.sentence),
        );
      const targets = nounWhat === "troops" ? nearby : nearby.slice(0, 1);
      for (const c of targets) c.counts.push(toCount(q, nounWhat));
    }
  }
}

function placeRank(p?: Place): number {
  if (!p) return 0;
  if (p.fromFocus) return 1;
  return { region: 1, natural: 1, country: 2, admin1: 3, city: 4, facility: 4, "sub-city": 5 }[p.precision];
}

function compatibleTimes(a?: EventTime, b?: EventTime): boolean {
  if (!a || !b || a.precision === "reported" || b.precision === "reported") return true;
  return a.value.startsWith(b.value) || b.value.startsWith(a.value) || a.precision !== b.precision;
}

/** One real event told in several places of the article becomes one event with several evidence spans. */
function mergeMentions(doc: Doc, docId: string, candidates: Candidate[]): Candidate[] {
  // First within each sentence ("The shelling killed 9"), then across sentences, so that a sentence's
  // words for one event travel together.
  return mergeInto(doc, docId, mergeInto(doc, docId, candidates, true), false);
}

function mergeInto(doc: Doc, docId: string, candidates: Candidate[], sentenceOnly: boolean): Candidate[] {
  const kept: Candidate[] = [];
  // Within a sentence the verb speaks for the event: "aircraft using missiles killed 4" is told by "killed".
  const ordered = sentenceOnly
    ? [...candidates].sort(
        (a, b) =>
          a.trigger.sentence - b.trigger.sentence ||
          Number(a.trigger.nominal) - Number(b.trigger.nominal) ||
          a.trigger.start - b.trigger.start,
      )
    : candidates;
  for (const c of ordered) {
    const same = kept.find((k) => {
      if (k.trigger.type !== c.trigger.type) return false;
      const sameSentence = k.trigger.sentence === c.trigger.sentence;
      if (sentenceOnly && !sameSentence) return false;
      // "violence erupted after demonstrations": a riot and a march in one sentence stay two events.
      if (
        k.trigger.mode &&
        c.trigger.mode &&
        k.trigger.mode !== c.trigger.mode &&
        (!sameSentence || k.trigger.type === "PROTEST")
      )
        return false;
      if (!compatibleTimes(k.time, c.time)) return false;
      if (k.modality !== c.modality && (k.modality === "planned" || c.modality === "planned")) return false;
      if (sameSentence) return true;
      if (c.trigger.definite) return true;
      // Two verbs with the same actor are one event only when they share an explicit date.
      const sameActor =
        !!k.actor && !!c.actor && (k.actor.entity ?? k.actor.text) === (c.actor.entity ?? c.actor.text);
      const sameExplicitTime =
        !!k.time && !!c.time && k.time.precision !== "reported" && k.time.value === c.time.value;
      return sameActor && sameExplicitTime;
    });
    if (!same) {
      kept.push(c);
      continue;
    }
    if (same.trigger.sentence !== c.trigger.sentence)
      same.also.push(evidenceOf(doc, docId, c.trigger), ...c.also);
    same.trigger.mode ??= c.trigger.mode;
    // A sentence that refers back ("The shelling killed 9") may join an earlier event as a whole.
    if (sentenceOnly && c.trigger.definite) same.trigger.definite = true;
    same.actor ??= c.actor;
    same.recipient ??= c.recipient;
    same.attribution ??= c.attribution;
    if (placeRank(c.place) > placeRank(same.place)) same.place = c.place;
    if (c.time && (!same.time || same.time.precision === "reported")) same.time = c.time;
    // Conflicting figures from different sources are all kept, each with its source (ACLED practice).
    for (const count of c.counts) {
      if (same.counts.some((k) => k.start === count.start)) continue;
      const known = same.counts.filter((k) => k.what === count.what);
      const conflicting =
        !!count.source &&
        known.every((k) => !!k.source && k.value !== count.value && k.source !== count.source);
      if (!known.length || conflicting) same.counts.push(count);
    }
  }
  return kept;
}

/** Territory words after a seizure verb: "captured the town", "took control of three villages". */
const TERRITORY_OBJECTS = new Set([
  "camp",
  "camps",
  "areas",
  "ground",
  "town",
  "towns",
  "city",
  "cities",
  "village",
  "villages",
  "territory",
  "territories",
  "district",
  "districts",
  "area",
  "areas",
  "region",
  "province",
  "stronghold",
  "strongholds",
  "base",
  "bases",
  "hill",
  "hills",
  "positions",
  "airport",
  "border",
  "crossing",
  "neighbourhood",
  "neighborhood",
  "suburb",
  "suburbs",
  "control",
  "outskirts",
  "county",
  "port",
]);
/** Weapon words after a seizure verb: named arms plus the kinds police list in a haul. */
const WEAPON_OBJECTS = new Set([
  ...WEAPON_NOUNS,
  "ammunitions",
  "landmines",
  "grenade",
  "missiles",
  "rifle",
  "gun",
  "pistol",
  "revolver",
  "revolvers",
  "firearms",
  "cartridges",
  "rounds",
  "kalashnikov",
  "launcher",
  "launchers",
  "mortars",
  "shells",
  "detonators",
  "munitions",
]);
const MEANS_WINDOW = 10;

const ACT_MODES = new Set(["abduct", "sexual", "torture", "beat", "targeted"]);

/** PLOVER contexts and the weapon of an event, from its trigger's surroundings. */
function describeMeans(doc: Doc, c: Candidate): { contexts: string[]; weapon?: string } {
  const t = c.trigger;
  const contexts: string[] = [];
  const s = doc.sentences[t.sentence];
  const after = doc.tokens
    .slice(t.lastToken + 1, Math.min(s.tokenEnd, t.lastToken + 1 + MEANS_WINDOW))
    .map((x) => x.norm);
  const around = doc.tokens
    .slice(
      Math.max(s.tokenStart, t.firstToken - MEANS_WINDOW),
      Math.min(s.tokenEnd, t.lastToken + 1 + MEANS_WINDOW),
    )
    .map((x) => x.norm);
  if (t.type === "COERCE" && t.mode === "seize") {
    if (around.some((w) => WEAPON_OBJECTS.has(w))) return { contexts: ["military"], weapon: "weapons" };
    if (after.some((w) => TERRITORY_OBJECTS.has(w))) contexts.push("territory");
    // A named place right after "captured"/"seized" is territory ("rebels seized Goma").
    else if (
      doc.entities.some(
        (e) => e.label === "LOC" && e.sentence === t.sentence && e.start > t.end && e.start - t.end <= 12,
      )
    )
      contexts.push("territory");
    return { contexts };
  }
  if (
    t.type === "MOBILIZE" &&
    (t.text.toLowerCase().startsWith("set") || t.text.toLowerCase().startsWith("establish"))
  )
    contexts.push("base");
  if (t.type === "ASSAULT" || t.type === "PROTEST") {
    const means = instrumentOf(doc, t.sentence, t.start);
    if (means) {
      // The act itself (abduction, rape, torture, beating) says more than the weapon used in it.
      if (t.type === "ASSAULT" && !ACT_MODES.has(t.mode ?? "")) t.mode = means.mode;
      return { contexts, weapon: means.weapon };
    }
  }
  return { contexts };
}

function confidenceOf(c: Candidate): number {
  // Starting points: a verb names an event more reliably than a noun; each argument found raises it.
  let score = c.trigger.nominal ? 0.55 : 0.65;
  if (c.actor) score += 0.1;
  if (c.recipient) score += 0.05;
  if (c.place && !c.place.fromFocus) score += 0.05;
  if (c.time && c.time.precision !== "reported") score += 0.05;
  if (c.also.length) score += 0.05;
  if (c.modality === "hypothetical") score -= 0.15;
  return Math.round(Math.min(0.95, Math.max(0.05, score)) * 100) / 100;
}

function eventId(docId: string, e: Evidence, type: string): string {
  return createHash("sha1")
    .update(`${docId}:${e.trigger.start}:${e.trigger.end}:${type}`)
    .digest("hex")
    .slice(0, 16);
}

export function codeEvents(doc: Doc, geo: GeoResult, docId: string): EventMention[] {
  const lexical = findTriggers(doc);
  const triggers = [...lexical, ...findObligations(doc, lexical)].sort((a, b) => a.start - b.start);
  const contexts = new Map<number, SentenceContext>();
  const contextOf = (sentence: number): SentenceContext => {
    let ctx = contexts.get(sentence);
    if (!ctx) {
      const actors = actorCandidates(doc, sentence, countryOfPhrase);
      ctx = { actors, attribution: findAttribution(doc, sentence, actors) };
      contexts.set(sentence, ctx);
    }
    return ctx;
  };
  const dct = doc.reference.date;
  const candidates: Candidate[] = [];
  const headings = doc.article.blocks.filter((b) => b.kind === "heading");
  for (const trigger of triggers) {
    if (trigger.background) continue;
    // Sub-headings summarise the story; the sentences below them tell it.
    if (headings.some((h) => trigger.start >= h.start && trigger.end <= h.end)) continue;
    if (isProtestPurpose(doc, trigger, triggers)) continue;
    const ctx = contextOf(trigger.sentence);
    // A speech verb that only carries attribution is not itself an event.
    if (ctx.attribution && ctx.attribution.cueToken === trigger.firstToken) continue;
    const time = governingTime(doc, trigger, triggers);
    const future = !!time && time.precision === "day" && time.value > dct;
    const located = locateEvent(doc, geo, { start: trigger.start, end: trigger.end }, trigger.sentence);
    const place: Place | undefined = located
      ? {
          text: located.mention?.text ?? located.place.name,
          ...(located.mention ? { start: located.mention.start, end: located.mention.end } : {}),
          name: located.place.name,
          ...(located.place.geonameId ? { geonameId: located.place.geonameId } : {}),
          ...(located.place.country ? { country: located.place.country } : {}),
          ...(located.place.admin1 ? { admin1: located.place.admin1 } : {}),
          lat: located.place.lat,
          lon: located.place.lon,
          precision: located.place.precision,
          fromFocus: located.fromFocus,
        }
      : undefined;
    const c: Candidate = {
      trigger,
      ...(time ? { time } : {}),
      ...(place ? { place } : {}),
      counts: [],
      ...(ctx.attribution ? { attribution: ctx.attribution } : {}),
      modality: modalityOf(doc, trigger.sentence, trigger.firstToken, ctx.attribution, future),
      contested: (CLAIM_TYPES.has(trigger.type) || !!ctx.attribution) && isContested(doc, trigger.sentence),
      also: [],
    };
    assignArguments(doc, c, ctx);
    candidates.push(c);
  }
  dropLabelWords(candidates);
  dropSeizedWeapons(doc, candidates);
  codeObligations(doc, candidates, contextOf);
  codeIntentions(doc, candidates);
  carryMovementActors(candidates, contextOf);
  retypeGenericViolence(candidates);
  attachCounts(doc, candidates, (sentence) => contextOf(sentence).attribution?.source);
  const merged = mergeMentions(doc, docId, candidates);
  return merged.map((c) => {
    const evidence = evidenceOf(doc, docId, c.trigger);
    const actor = c.actor ? toActor(c.actor) : undefined;
    const recipient = c.recipient ? toActor(c.recipient) : undefined;
    const attribution = c.attribution ? (({ cueToken: _c, ...a }) => a)(c.attribution) : undefined;
    const { contexts, weapon } = describeMeans(doc, c);
    const coded = {
      type: c.trigger.type,
      ...(c.trigger.mode ? { mode: c.trigger.mode } : {}),
      ...(actor ? { actor } : {}),
      ...(recipient ? { recipient } : {}),
      counts: c.counts,
      contexts,
      ...(weapon ? { weapon } : {}),
      evidence,
    };
    return {
      id: eventId(docId, evidence, c.trigger.type),
      type: c.trigger.type,
      ...(c.trigger.mode ? { mode: c.trigger.mode } : {}),
      ...(actor ? { actor } : {}),
      ...(recipient ? { recipient } : {}),
      ...(c.place ? { place: c.place } : {}),
      time: c.time ?? reportedTime(doc),
      counts: c.counts,
      ...(attribution ? { attribution } : {}),
      modality: c.modality,
      ...(c.intended ? { intended: c.intended } : {}),
      ...(c.contested ? { contested: true } : {}),
      evidence,
      also: c.also,
      confidence: confidenceOf(c),
      contexts,
      ...(weapon ? { weapon } : {}),
      acled: acledType(coded),
    };
  });
}
