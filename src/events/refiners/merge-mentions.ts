import type { Doc } from "../../nlp/types.ts";
import { evidenceOf } from "../mention.ts";
import type { EventTime, Place } from "../schema.ts";
import type { Candidate, Refiner } from "../types.ts";
import { ACT_CLAUSE_OPENERS, SEQUENCE_WORDS } from "../words.ts";

/** One real event told in several places of the article becomes one event with several evidence spans. */
export const mergeMentions: Refiner = {
  name: "merge-mentions",
  refine(candidates, { doc, docId }) {
    // First within each sentence ("The shelling killed 9"), then across sentences, so that a sentence's
    // words for one event travel together.
    return mergeInto(doc, docId, mergeInto(doc, docId, candidates, true), false);
  },
};

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
      // "officers who were killed" and a rape told elsewhere: sexual violence is another act than
      // a killing or a beating, whatever mode the other mention lacks.
      if ((k.trigger.mode === "sexual") !== (c.trigger.mode === "sexual")) return false;
      if (!compatibleTimes(k.time, c.time)) return false;
      // Within a sentence places are the clauses' own; across sentences a later reference often
      // carries a looser place.
      if (sameSentence && !compatiblePlaces(k.place, c.place)) return false;
      if (k.modality !== c.modality && (k.modality === "planned" || c.modality === "planned")) return false;
      // "youths hurled petrol bombs at the station where the officer who shot him was based": two
      // acts of one sentence by different named parties are two events.
      if (sameSentence) return !inSequence(doc, k, c) && !(otherParties(k, c) && ownClauses(doc, k, c));
      // "More than 2,500 civilians have been killed in the fighting so far this year": a definite
      // noun dated to a month or a year sums up a period; it does not refer back to one attack.
      if (c.trigger.definite) return !summarisesPeriod(c, k);
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
    if (!same.actor && c.actor && !sameParty(c.actor, same.recipient)) same.actor = c.actor;
    // No party acts on itself: a recipient joining from another mention must differ from the actor,
    // also when the other sentence names it again ("ethnic Albanians marched … to protest the
    // killings of ethnic Albanians").
    if (!same.recipient && c.recipient && !sameParty(c.recipient, same.actor)) same.recipient = c.recipient;
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

/** Both name an actor, and not the same one. */
function otherParties(a: Candidate, b: Candidate): boolean {
  if (!a.actor || !b.actor) return false;
  const key = (x: NonNullable<Candidate["actor"]>) => (x.entity ?? x.text).toLowerCase();
  return (
    key(a.actor) !== key(b.actor) &&
    !a.actor.text.toLowerCase().includes(b.actor.text.toLowerCase()) &&
    !b.actor.text.toLowerCase().includes(a.actor.text.toLowerCase())
  );
}

/**
 * Each act is a finite verb and a relative or subordinate clause separates them ("hurled petrol bombs
 * at the station where the officer who shot him was based", "killed five people before a policeman
 * killed the shooter"). A participle ("shot three co-workers, killing two") or a verb joined by
 * "and" ("raped and killed") tells the same act, whatever parties the readers found for each.
 */
function ownClauses(doc: Doc, a: Candidate, b: Candidate): boolean {
  if (a.trigger.nominal || b.trigger.nominal) return false;
  const tokens = doc.tokens;
  if (/ing$/.test(tokens[a.trigger.firstToken].norm) || /ing$/.test(tokens[b.trigger.firstToken].norm))
    return false;
  return wordBetween(doc, a, b, ACT_CLAUSE_OPENERS) >= 0;
}

/**
 * Two acts of one sentence told as one before the other ("was arrested Saturday after Walmart
 * employees detained him", "met the envoy before talking to the press"): a "after", "before",
 * "until" or "since" between them opens a clause of its own. Not so for violence, whose effects
 * follow it in one event ("two people were killed after a bomb exploded").
 */
function inSequence(doc: Doc, a: Candidate, b: Candidate): boolean {
  if (a.trigger.type === "ASSAULT" || a.trigger.nominal || b.trigger.nominal) return false;
  const k = wordBetween(doc, a, b, SEQUENCE_WORDS);
  if (k < 0) return false;
  // The word opens a clause: a verb follows it before the second act, or the second act is that verb.
  const second = Math.max(a.trigger.firstToken, b.trigger.firstToken);
  return doc.tokens.slice(k + 1, second + 1).some((t) => t.pos === "VERB");
}

/** The first token between two acts of a sentence that is one of `words`, or -1. */
function wordBetween(doc: Doc, a: Candidate, b: Candidate, words: ReadonlySet<string>): number {
  const [first, second] = a.trigger.start < b.trigger.start ? [a.trigger, b.trigger] : [b.trigger, a.trigger];
  for (let k = first.lastToken + 1; k < second.firstToken; k++) if (words.has(doc.tokens[k].norm)) return k;
  return -1;
}

/** The mention is dated only to a month or a year and the event it would join is not. */
function summarisesPeriod(c: Candidate, k: Candidate): boolean {
  const coarse = (t?: EventTime) => t?.precision === "month" || t?.precision === "year";
  return coarse(c.time) && !coarse(k.time);
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

/** "visited Kyiv … after meeting the prime minister in Warsaw": one event happens in one country. */
function compatiblePlaces(a?: Place, b?: Place): boolean {
  if (!a || !b || a.fromFocus || b.fromFocus || !a.country || !b.country) return true;
  return a.country === b.country;
}

/** The same mention, or the same words naming a party twice. */
function sameParty(a: { start: number; text: string }, b?: { start: number; text: string }): boolean {
  return !!b && (a.start === b.start || a.text.toLowerCase() === b.text.toLowerCase());
}
