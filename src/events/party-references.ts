import type { Doc } from "../nlp/types.ts";
import type { ActorCandidate } from "./actors.ts";
import { prepositionalParty } from "./phrase-parties.ts";
import type { Trigger } from "./triggers.ts";

/**
 * Parties a clause names away from the subject and object slots: the pair "the former" and "the
 * latter" stand for, the person whose home stands between a name and its verb, and whom an event
 * noun's "from" names. assignArguments (arguments.ts), assignSubjectAndObject (active-clause.ts) and
 * passivePatient (argument-clauses.ts) call them.
 */

/** Parts of speech between "from" and its party ("from the main opposition parties"). */
const MODIFIER_POS: ReadonlySet<string> = new Set(["DET", "ADJ"]);
/** Event nouns whose "from" names where someone or something is taken or moved from, not who acts. */
const FROM_IS_SOURCE: ReadonlySet<string> = new Set(["COERCE", "RETREAT", "MOBILIZE"]);

/**
 * "despite boycotts from opposition groups", "warnings from Moscow", "criticism from rights
 * groups": a party in the "from" phrase right after an event noun is whom the act comes from, as
 * with "by". Not so where "from" names a source ("the release from prison", "the withdrawal from
 * Iraq", "expulsion from the party") or a span ("protests from Paris to Berlin").
 */
export function sourceParty(
  doc: Doc,
  t: Trigger,
  right: ActorCandidate[],
  isParty: (a: ActorCandidate) => boolean,
): ActorCandidate | undefined {
  const tokens = doc.tokens;
  if (FROM_IS_SOURCE.has(t.type) || tokens[t.lastToken + 1]?.norm !== "from") return undefined;
  const party =
    right.find((a) => a.firstToken > t.lastToken + 1 && a.firstToken <= t.lastToken + 3) ??
    prepositionalParty(doc, t.lastToken + 1, 1, FROM);
  if (!party || !isParty(party) || tokens[party.lastToken + 1]?.norm === "to") return undefined;
  return tokens.slice(t.lastToken + 2, party.firstToken).every((x) => MODIFIER_POS.has(x.pos))
    ? party
    : undefined;
}
const FROM: ReadonlySet<string> = new Set(["from"]);

/** "the former", "the latter": which of a pair named just before each stands for. */
const PAIR_REFERENCES: ReadonlyMap<string, 0 | 1> = new Map([
  ["former", 0],
  ["latter", 1],
]);

/**
 * "Clashes broke out between the crowd and police when the former attacked the bank": "the former"
 * and "the latter" stand for the first and the second of the last pair of parties joined by "and"
 * before them, in their sentence or the one before, never for the party named just before them.
 * `at` is the index of "former" or "latter"; undefined when it is neither or no pair precedes it.
 */
export function pairReference(
  doc: Doc,
  at: number,
  candidatesOf: (sentence: number) => ActorCandidate[],
): ActorCandidate | undefined {
  const tokens = doc.tokens;
  const which = PAIR_REFERENCES.get(tokens[at]?.norm ?? "");
  if (which === undefined || tokens[at - 1]?.norm !== "the") return undefined;
  const sentence = tokens[at].sentence;
  for (const s of [sentence, sentence - 1]) {
    if (s < 0) break;
    const parties = candidatesOf(s).filter((a) => a.lastToken < at - 1);
    for (let i = parties.length - 2; i >= 0; i--) {
      const [first, second] = [parties[i], parties[i + 1]];
      const between = tokens.slice(first.lastToken + 1, second.firstToken).map((x) => x.norm);
      if (between[0] === "and" && between.length <= 2 && (between.length === 1 || between[1] === "the"))
        return which === 0 ? first : second;
    }
  }
  return undefined;
}

/** How many words a residence after "of" may have ("of Newton Street, Millom"). */
const RESIDENCE_WINDOW = 8;

/**
 * "Peter Hall, 31, of Leeds, was charged", "John Smith, 23, of Station Road, Millom was arrested":
 * crime news names a person with an age and where the person lives, set off by commas. The place
 * after "of" is that person's home, not the subject of the verb: the subject is the person named
 * before the commas. `phrase` is the phrase found right before the verb; returns the party it
 * describes the home of, or undefined when it is no such residence.
 */
export function residentOf(
  doc: Doc,
  phrase: ActorCandidate,
  parties: ActorCandidate[],
): ActorCandidate | undefined {
  const tokens = doc.tokens;
  const sentenceStart = doc.sentences[tokens[phrase.firstToken].sentence].tokenStart;
  let k = phrase.firstToken - 1;
  const limit = Math.max(sentenceStart, phrase.firstToken - RESIDENCE_WINDOW);
  while (k > limit && tokens[k].norm !== "of" && RESIDENCE_POS.has(tokens[k].pos)) k--;
  if (tokens[k]?.norm !== "of" || tokens[k - 1]?.text !== ",") return undefined;
  let end = k - 2;
  // ", 31, of": an age between the name and its residence.
  if (tokens[end]?.pos === "NUM" && tokens[end - 1]?.text === ",") end -= 2;
  return parties.find((a) => a.lastToken === end && a.kind === "person");
}
const RESIDENCE_POS = new Set(["PROPN", "NOUN", "NUM", "PUNCT"]);

/**
 * The person whose residence ends right before a verb: the verb's subject phrase, or the phrase
 * before the comma that closes the residence ("of Leeds, was charged").
 */
export function residentBefore(
  doc: Doc,
  verb: number,
  subject: ActorCandidate | undefined,
  parties: ActorCandidate[],
): ActorCandidate | undefined {
  const tokens = doc.tokens;
  if (subject) return residentOf(doc, subject, parties);
  let k = verb - 1;
  while (k >= 0 && (tokens[k].pos === "AUX" || tokens[k].pos === "ADV")) k--;
  if (tokens[k]?.text !== ",") return undefined;
  const home = parties.find((a) => a.lastToken === k - 1);
  return home ? residentOf(doc, home, parties) : undefined;
}
