import { entityActor } from "../actor-candidates.ts";
import type { ActorCandidate } from "../actors.ts";
import { isSubjectPosition } from "../argument-clauses.ts";
import { agreesWith } from "../gender.ts";
import { isPluralNoun } from "../phrase-parties.ts";
import { MOVEMENT_TYPES, type Refiner } from "../types.ts";
import { lightVerbBefore, subjectSlot } from "../verb-forms.ts";
import { CONVERSE_VERBS } from "../words.ts";

/** How many sentences back the person a "he" or "she" refers to may have been named (news paragraphs are often one sentence). */
const LOOK_BACK = 2;

/**
 * "He urged Vietnam and others to push back": a news story's "he" or "she" that opens a clause is,
 * far more often than not, the person most recently named before it (the story's subject in the
 * sentences just before). When a verbal trigger's subject is such a pronoun ("made it to Gwinnett
 * County, where he kidnapped a woman") and the clause names no
 * actor, the actor is the last person named since the start of the sentence two before; the
 * actor's offsets are that name's, so the evidence points to the characters it came from. So for
 * a noun's light verb ("She then lavished praise") and after "that" ("announced that he will
 * withdraw"). In a passive clause ("He was convicted of fraud") the pronoun is the recipient, not the actor.
 */
export const resolvePronounActors: Refiner = {
  name: "resolve-pronoun-actors",
  refine(candidates, ctx) {
    const { doc } = ctx;
    for (const c of candidates) {
      const tokens = doc.tokens;
      // "She then lavished praise on the staff": a noun's light verb has the pronoun as subject.
      const verb = c.trigger.nominal ? lightVerbBefore(tokens, c.trigger.firstToken) : c.trigger.firstToken;
      if (verb < 0) continue;
      // "he had been receiving death threats": the subject of a converse verb is the one it is done to.
      if (c.trigger.nominal && CONVERSE_VERBS.has(tokens[verb].lemma.toLowerCase())) continue;
      // "He was convicted of fraud": the subject of a passive is who the act was done to.
      const patient = c.passive && (!MOVEMENT_TYPES.has(c.trigger.type) || c.trigger.mode === "release");
      if (patient ? c.recipient : c.actor) continue;
      const sentence = doc.sentences[c.trigger.sentence];
      const k = subjectSlot(tokens, verb, sentence.tokenStart);
      const pronoun = tokens[k]?.norm;
      if (k < 0 || (pronoun !== "he" && pronoun !== "she" && pronoun !== "they")) continue;
      // The pronoun opens its clause: the sentence, or after a comma, "and", "but", "as", "when".
      const before = tokens[k - 1];
      if (
        k > sentence.tokenStart &&
        !/^(,|;|and|but|as|when|where|while|after|before|because|until|said|says|that)$/.test(before.norm)
      )
        continue;
      if (pronoun === "they") {
        // A sentence that opens with "They" goes on about the subject of the sentence before.
        const opens = k === sentence.tokenStart;
        if (opens && c.trigger.sentence === 0) continue;
        const from = opens ? c.trigger.sentence - 1 : c.trigger.sentence;
        const group = pluralSubject(doc, ctx.sentence(from).actors, opens ? doc.sentences[from].tokenEnd : k);
        if (group && patient) c.recipient = group;
        else if (group) c.actor = group;
        continue;
      }
      const from = doc.sentences[Math.max(0, c.trigger.sentence - LOOK_BACK)].start;
      // "Mr. Gomes was accused … after she accused him": a person the text calls Mr. is no "she".
      const named = doc.entities.filter(
        (e) =>
          e.label === "PER" && e.end <= tokens[k].start && e.start >= from && agreesWith(doc, e, pronoun),
      );
      // "Vasquez admitted to police that he had stabbed Welch": after "that", the pronoun is the
      // speaker, the sentence's first person, not the last one named.
      const inSentence = named.filter((e) => e.start >= sentence.start);
      const person =
        (before?.norm === "that" && inSentence.length > 0 ? inSentence[0] : named.at(-1)) ??
        onlyPersonBefore(doc, c.trigger.sentence, tokens[k].start, pronoun);
      if (!person) continue;
      const party = entityActor(doc, person);
      if (party && patient) c.recipient = party;
      else if (party) c.actor = party;
    }
    return candidates;
  },
};

/** How many sentences back a "he" or "she" may reach when only one person is named there. */
const FAR_LOOK_BACK = 6;

/**
 * "Taylor Swift … (three sentences about her catalogue) … She also accused Big Machine": past the
 * near window, the person a pronoun stands for when the sentences before name only one person
 * who agrees with it (by surname); undefined when they name none or several.
 */
function onlyPersonBefore(
  doc: Parameters<typeof isSubjectPosition>[0],
  sentence: number,
  end: number,
  pronoun: string,
): Parameters<typeof entityActor>[1] | undefined {
  const from = doc.sentences[Math.max(0, sentence - FAR_LOOK_BACK)].start;
  const people = doc.entities.filter((e) => e.label === "PER" && e.end <= end && e.start >= from);
  const surnames = new Set(people.map((e) => e.text.split(/\s+/).at(-1)));
  if (surnames.size !== 1 || !agreesWith(doc, people[0], pronoun)) return undefined;
  return people.at(-1);
}

/** Collective nouns that news refers back to with "they" ("Police said they …"). */
const COLLECTIVE_HEADS: ReadonlySet<string> = new Set(["police", "military", "government", "staff"]);

/**
 * "Thousands of students marched on parliament before they were dispersed by police", "Villagers
 * said they were attacked by soldiers": a "they" that opens a clause inside a sentence stands for
 * the plural party that is the sentence's subject before it — the main clause's subject or the
 * speaker. A "They" that opens a sentence stands for the plural subject of the sentence before
 * ("Rioters burned cars in the city centre. They also attacked a fire station").
 */
function pluralSubject(
  doc: Parameters<typeof isSubjectPosition>[0],
  actors: ActorCandidate[],
  pronoun: number,
): ActorCandidate | undefined {
  const first = actors.find(
    (a) => a.lastToken < pronoun && (isSubjectPosition(doc, a) || countedSubject(doc, a)),
  );
  if (!first) return undefined;
  const head = doc.tokens[first.lastToken];
  return isPluralNoun(head) || COLLECTIVE_HEADS.has(head.norm) ? first : undefined;
}

/** "Thousands of students", "dozens of protesters": a count before "of" opening the sentence. */
function countedSubject(doc: Parameters<typeof isSubjectPosition>[0], a: ActorCandidate): boolean {
  const tokens = doc.tokens;
  const of = tokens[a.firstToken - 1];
  const count = tokens[a.firstToken - 2];
  if (of?.norm !== "of" || !count || count.sentence !== tokens[a.firstToken].sentence) return false;
  const opens = a.firstToken - 2 === doc.sentences[count.sentence].tokenStart;
  return opens && (count.pos === "NUM" || COUNT_WORDS.has(count.norm));
}
const COUNT_WORDS: ReadonlySet<string> = new Set([
  "thousands",
  "hundreds",
  "dozens",
  "scores",
  "tens",
  "millions",
]);
