import type { Doc } from "../../nlp/types.ts";
import { agentKind } from "../actors.ts";
import { subjectPhrase } from "../subject-phrase.ts";
import type { Candidate, Refiner } from "../types.ts";
import {
  ACCIDENT_ADVERBS,
  ACCIDENT_VERBS,
  ACCIDENT_WORDS,
  ARMED_ACTOR_KINDS,
  ARSON_WORDS,
  DELIBERATE_WORDS,
  EVACUATION_CAUSES,
  FIRE_WORDS,
  MOTORISTS,
  NATURAL_DISASTERS,
  VIOLENT_AGENTS,
} from "../words.ts";

/** How far after the trigger "in"/"after" may stand ("were killed on Tuesday in a crash"). */
const PREPOSITION_WINDOW = 4;
/** How far after "in" the accident word may stand ("in a military helicopter crash"). */
const ACCIDENT_WINDOW = 4;
const CAUSE_PREPOSITIONS = new Set(["in", "after", "during", "by"]);
/** The candidate's actor is an armed force or group, or someone named by the harm they do. */
function armed(doc: Doc, c: Candidate): boolean {
  if (!c.actor) return false;
  if (ARMED_ACTOR_KINDS.has(c.actor.kind)) return true;
  return VIOLENT_AGENTS.has(doc.tokens[c.actor.lastToken]?.lemma.toLowerCase() ?? "");
}

/**
 * "Two service members were killed in a helicopter crash", "died in floods": deaths in an accident
 * or a disaster have no attacker, and no event data set codes them as violence. An ASSAULT with no
 * actor and no weapon whose trigger is followed by "in/after/during/by" and an accident word is
 * dropped; an attack that names its attacker or weapon stays. A sentence that says the harm was
 * accidental ("a neighbor accidentally hit her while backing out") or tells a vehicle out of
 * control ("another car veered into the crowd, killing two", ACCIDENT_VERBS) is dropped unless an armed
 * force or group did it, whatever the weapon ("a shot fired … may have been accidental"). So is harm
 * done by a motorist or a driver, unless the sentence says it was meant ("rammed", "deliberately"). In a story
 * whose lead tells a natural disaster, harm with no attacker and no weapon is the disaster's.
 */
export const dropAccidents: Refiner = {
  name: "drop-accidents",
  refine: (candidates, { doc }) =>
    candidates.filter((c) => {
      const t = c.trigger;
      // "residents nearby were evacuated as a precaution" from a fire, a flood or a gas leak: safety,
      // no aid from one party to another.
      if (t.type === "AID" && doc.tokens[t.firstToken].lemma.toLowerCase() === "evacuate")
        return !(sentenceNames(doc, t.sentence, EVACUATION_CAUSES) || disasterStory(doc) || fireStory(doc));
      if (t.type !== "ASSAULT") return true;
      const s = doc.sentences[t.sentence];
      // "was killed when a neighbor accidentally hit her while backing out": the sentence says so.
      // Armed men's mishaps stay ("two suicide bombers accidentally blew themselves up").
      if (!armed(doc, c))
        for (let k = s.tokenStart; k < s.tokenEnd; k++)
          if (
            ACCIDENT_ADVERBS.has(doc.tokens[k].norm) ||
            (doc.tokens[k].pos === "VERB" && ACCIDENT_VERBS.has(doc.tokens[k].lemma.toLowerCase()))
          )
            return false;
      // "A fire destroyed the roof", "the storm killed three", "a blaze gutted the home, injuring
      // two firefighters": a disaster as the subject of the clause or of the sentence.
      // ("riot police fire tear gas": the tagger may read the verb "fire" as the head of its subject.)
      if (c.actor && disaster(doc, c.actor.firstToken, c.actor.lastToken)) return false;
      // "A woman hit and killed by a motorist": a road death, unless the driver meant it ("rammed").
      if (c.actor && MOTORISTS.has(doc.tokens[c.actor.lastToken]?.norm ?? "") && !deliberate(doc, s))
        return false;
      if (!c.actor && disasterSubject(doc, s.tokenStart, t.firstToken)) return false;
      // "A strong earthquake struck southern Iran … Tonban was all but destroyed": in a story whose
      // lead tells a natural disaster, harm with no weapon and no armed party is the disaster's.
      if (!c.weapon && !armed(doc, c) && disasterStory(doc)) return false;
      // "A fire destroyed the supermarket … the store is almost totally destroyed": in a fire's
      // story, destruction with no one who did it is the fire's (arson names its arsonist).
      if (!c.actor && !c.weapon && t.mode === "destroy" && fireStory(doc) && !arson(doc, t.sentence))
        return false;
      if (c.actor || c.weapon) return true;
      for (let k = t.lastToken + 1; k < Math.min(s.tokenEnd, t.lastToken + 1 + PREPOSITION_WINDOW); k++) {
        if (doc.tokens[k].text === "," || doc.tokens[k].text === ";") return true;
        // "was killed when a blaze swept through her apartment": the subject of a "when" clause.
        if (doc.tokens[k].norm === "when" && accidentSubject(doc, k + 1, s.tokenEnd)) return false;
        if (!CAUSE_PREPOSITIONS.has(doc.tokens[k].norm)) continue;
        for (let j = k + 1; j < Math.min(s.tokenEnd, k + 1 + ACCIDENT_WINDOW); j++)
          if (ACCIDENT_WORDS.has(doc.tokens[j].norm)) return false;
      }
      return true;
    }),
};

/**
 * The noun phrase at `from` (determiners, adjectives, compounds) ends in an accident word: "a blaze
 * swept through", "a house fire broke out"; not "a gunman opened fire", whose fire is his act.
 */
function accidentSubject(doc: Doc, from: number, end: number): boolean {
  let k = from;
  while (k < end && ["DET", "ADJ", "NUM"].includes(doc.tokens[k].pos)) k++;
  while (k + 1 < end && doc.tokens[k + 1].pos === "NOUN") k++;
  return k < end && doc.tokens[k].pos === "NOUN" && ACCIDENT_WORDS.has(doc.tokens[k].norm);
}

/** A sentence that says a driver meant the harm: "rammed his car into the crowd", "deliberately drove into". */
function deliberate(doc: Doc, s: Doc["sentences"][number]): boolean {
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const w = doc.tokens[k];
    if (DELIBERATE_WORDS.has(w.norm) || DELIBERATE_WORDS.has(w.lemma.toLowerCase())) return true;
  }
  return false;
}

/** Does sentence `i` name one of these words? */
function sentenceNames(doc: Doc, i: number, words: ReadonlySet<string>): boolean {
  const s = doc.sentences[i];
  for (let k = s.tokenStart; k < s.tokenEnd; k++) if (words.has(doc.tokens[k].norm)) return true;
  return false;
}

/** The sentence says someone set the fire: "destroyed by arsonists", "looted, set on fire and destroyed". */
function arson(doc: Doc, i: number): boolean {
  if (sentenceNames(doc, i, ARSON_WORDS)) return true;
  const s = doc.sentences[i];
  for (let k = s.tokenStart; k < s.tokenEnd; k++)
    if (doc.tokens[k].norm === "set" && [1, 2].some((d) => FIRE_WORDS.has(doc.tokens[k + d]?.norm ?? "")))
      return true;
  return false;
}

/** How many sentences open a story: its headline or dateline and lead. */
const LEAD_SENTENCES = 3;
/** Per document, the nouns of its first sentences, read once. */
const leadNouns = new WeakMap<Doc, Set<string>>();

/** One of the story's first sentences has one of these words as a noun ("tried to storm parliament" tells no storm). */
function leadNames(doc: Doc, words: ReadonlySet<string>): boolean {
  let nouns = leadNouns.get(doc);
  if (!nouns) {
    const end = doc.sentences[Math.min(doc.sentences.length, LEAD_SENTENCES) - 1]?.tokenEnd ?? 0;
    nouns = new Set(doc.tokens.slice(0, end).flatMap((t) => (t.pos === "NOUN" ? [t.norm] : [])));
    leadNouns.set(doc, nouns);
  }
  for (const w of nouns) if (words.has(w)) return true;
  return false;
}

/** The story's lead names a natural disaster (NATURAL_DISASTERS: "earthquake", "floods", "cyclone"). */
const disasterStory = (doc: Doc) => leadNames(doc, NATURAL_DISASTERS);
/** The story's lead tells a fire ("A fire destroyed a supermarket in Banstead"). */
const fireStory = (doc: Doc) => leadNames(doc, FIRE_WORDS);

/** The sentence's first verb before the trigger has a disaster as subject ("A fire destroyed …, injuring"). */
function disasterSubject(doc: Doc, sentenceStart: number, trigger: number): boolean {
  for (let k = sentenceStart; k < trigger; k++) {
    if (doc.tokens[k].pos !== "VERB") continue;
    const subject = subjectPhrase(doc, k);
    return !!subject && disaster(doc, subject.firstToken, subject.lastToken);
  }
  return false;
}

/** A phrase headed by a disaster word with no party in it ("a fire", not "riot police fire"). */
function disaster(doc: Doc, first: number, last: number): boolean {
  if (!ACCIDENT_WORDS.has(doc.tokens[last]?.norm ?? "")) return false;
  for (let k = first; k < last; k++) if (agentKind(doc.tokens[k].norm) !== undefined) return false;
  return true;
}
