import { MONTH, WEEKDAY } from "../../nlp/time/words.ts";
import type { Token } from "../../nlp/types.ts";
import { gatheredThing, hasPartner, SUBJECT_WINDOW } from "../trigger-objects.ts";
import { isPassive } from "../verb-forms.ts";
import {
  AID_WORDS,
  BUILDING_WORDS,
  CONDITION_WORDS,
  CROWD_WORDS,
  EVACUATED_PLACES,
  LABEL_WORDS,
  PEOPLE_OBJECT_WORDS,
  PHONE_WORDS,
  PREVENTED_GATHERINGS,
  PRIVATE_PERSON_NOUNS,
  PROTEST_PARTICIPANTS,
  PROTEST_PURPOSE,
  SPORTS_WORDS,
} from "../words.ts";
import { type ConditionTable, hasNear, passiveSubjectEnd, STAFF_OBJECTS } from "./site.ts";

/** Conditions on who is acted on or gathers: aid and its receivers, crowds and protesters, guests, captives, staff, private persons. */

/** How far a name may stand inside a verb's object ("defended the right of Russia"). */
const NAMED_OBJECT_WINDOW = 6;

/** A label ("terrorists") must follow "called" closely to make an accusation. */
const LABEL_WINDOW = 7;

/** How far after "suspend" its person or its "from her job" may stand. */
const STAFF_WINDOW = 6;

/** The subject of a passive "was suspended" that is a person: a pronoun or "who". */
const STAFF_SUBJECTS: ReadonlySet<string> = new Set(["she", "he", "i", "who"]);

/** What a person is suspended from ("from her job", "from school", "from the team"). */
const SUSPENDED_FROM: ReadonlySet<string> = new Set([
  "job",
  "post",
  "duties",
  "duty",
  "position",
  "work",
  "school",
  "team",
  "club",
  "league",
  "office",
  "force",
  "practice",
]);

/** How far after "visit" the friend or relative visited may stand ("visiting a former next-door neighbour"). */
const PRIVATE_VISIT_WINDOW = 5;

/** Month and weekday names, which the tagger marks as proper nouns but which name nobody. */
const CALENDAR = new RegExp(`^(?:${MONTH}|${WEEKDAY})$`);

/** Relative pronouns that may stand for a thing ("which", "that"); "who" stands for people. */
const RELATIVE_FOR_THINGS = new Set(["which", "that"]);

/**
 * "a Czech-made explosive called Semtex", "a group called the Popular Front": "called" right after a
 * noun and before a name, with a verb earlier in the sentence (so the noun is no subject), names
 * the thing ("Police called Smith a liar" opens its sentence with its subject).
 */
function namingParticiple(tokens: Token[], i: number, sentenceStart: number): boolean {
  const before = tokens[i - 1];
  if (
    tokens[i].norm !== "called" ||
    (before?.pos !== "NOUN" && before?.pos !== "ADJ") ||
    i - 1 <= sentenceStart
  )
    return false;
  const next = tokens[i + 1];
  if (!next || (next.pos !== "PROPN" && !/^["“'‘`]/.test(next.text))) return false;
  return tokens.slice(sentenceStart, i - 1).some((t) => t.pos === "VERB");
}

/** Who a product or a text is released to: "to the (general) public", "to the market", "to reporters". */
const RELEASE_AUDIENCES = new Set([
  "public",
  "market",
  "markets",
  "press",
  "media",
  "reporters",
  "retailers",
  "stores",
]);

/** "due to be released to the general public Oct. 26": what is released is made available, not freed. */
function releasedToPublic(tokens: Token[], i: number, end: number): boolean {
  if (tokens[i + 1]?.norm !== "to") return false;
  for (let k = i + 2; k < Math.min(end, i + 5); k++) {
    if (RELEASE_AUDIENCES.has(tokens[k].norm)) return true;
    if (tokens[k].pos !== "DET" && tokens[k].pos !== "ADJ") return false;
  }
  return false;
}

export const PARTY_CONDITIONS: ConditionTable = {
  aid: ({ tokens, i, hi }) => {
    // "provides that asylum can only be granted": a law's terms; "gave him first aid": first aid.
    if (tokens[i + 1]?.norm === "that") return false;
    for (let k = i + 1; k < hi; k++)
      if (AID_WORDS.has(tokens[k].norm) && !(tokens[k].norm === "aid" && tokens[k - 1]?.norm === "first"))
        return true;
    return false;
  },
  phone: ({ tokens, lo, hi }) => {
    return hasNear(tokens, lo, hi, PHONE_WORDS);
  },
  label: ({ tokens, i, s }) => {
    // "a plastic explosive called Semtex used by terrorist groups": a participle that names a thing.
    if (namingParticiple(tokens, i, s.tokenStart)) return false;
    return hasNear(tokens, i + 1, Math.min(s.tokenEnd, i + LABEL_WINDOW + 1), LABEL_WORDS);
  },
  people: ({ tokens, i, hi }) => {
    return hasNear(tokens, i + 1, hi, PEOPLE_OBJECT_WORDS);
  },
  crowd: ({ tokens, i, hi }) => {
    // "crushed the protests", "quelled the unrest": crowd control; "crushed the rebellion's army" is not.
    return hasNear(tokens, i + 1, hi, CROWD_WORDS);
  },
  protest: ({ tokens, i, s, lo }) => {
    // "information gathered from activists", "evidence gathered by the police": a participle after
    // a noun of things, with its source or agent, is the verb's other sense.
    if (gatheredThing(tokens, i)) return false;
    return (
      hasNear(tokens, lo, i, PROTEST_PARTICIPANTS) ||
      tokens.slice(lo, i).some((t) => t.norm.endsWith("workers")) ||
      // The purpose may come late: "blocked roads leading to the city centre on Sunday to press their demands".
      hasNear(tokens, i + 1, s.tokenEnd, PROTEST_PURPOSE)
    );
  },
  building: ({ tokens, i, hi }) => {
    return hasNear(tokens, i + 1, hi, BUILDING_WORDS);
  },
  "not-festive": ({ tokens, i, s }) => {
    // "a campaign rally", "an annual biker rally", "rallied behind the president": a gathering
    // of supporters or a show, not a protest.
    return (
      !hasNear(tokens, Math.max(s.tokenStart, i - 2), i, CONDITION_WORDS["not-festive"] ?? new Set()) &&
      !["behind", "around", "round"].includes(tokens[i + 1]?.norm ?? "")
    );
  },
  guest: ({ tokens, i, hi }) => {
    // "hosted talks", "will host the Chinese president", "hosted Putin"; "host an annual biker
    // rally", "host a Walk for Victims" are events of another kind.
    return (
      hasNear(tokens, i + 1, hi, CONDITION_WORDS.guest ?? new Set()) ||
      (tokens[i + 1]?.pos === "PROPN" && !CALENDAR.test(tokens[i + 1].text))
    );
  },
  protesters: ({ tokens, i, lo }) => {
    // "Striking unions prevented ferries from leaving": the stoppage is the protest.
    return (
      !gatheredThing(tokens, i) &&
      (hasNear(tokens, lo, i, PROTEST_PARTICIPANTS) ||
        tokens.slice(lo, i).some((t) => t.norm.endsWith("workers")))
    );
  },
  "not-private": ({ condition, tokens, i, s }) => {
    // "killed while visiting a former neighbour", "a visit to her grandmother": the person
    // visited is a friend or a relative, a private call.
    return !hasNear(
      tokens,
      i + 1,
      Math.min(s.tokenEnd, i + 1 + PRIVATE_VISIT_WINDOW),
      CONDITION_WORDS[condition] ?? new Set(),
    );
  },
  "not-staff": ({ tokens, i, s }) => {
    // "She was suspended from her job", "the supervisor who suspended her", "a worker who had been
    // suspended", "was suspended for the season": an employer's, a school's or a league's act on
    // a person, not one party's sanction on another.
    const after = tokens.slice(i + 1, Math.min(s.tokenEnd, i + 1 + STAFF_WINDOW)).map((t) => t.norm);
    if (STAFF_OBJECTS.has(after[0] ?? "")) return false;
    const from = after.indexOf("from");
    if (from >= 0 && after.slice(from + 1, from + 3).some((w) => SUSPENDED_FROM.has(w))) return false;
    if (after.some((w) => SPORTS_WORDS.has(w))) return false;
    if (!isPassive(tokens, i)) return true;
    const subject = tokens[passiveSubjectEnd(tokens, i, s.tokenStart)];
    return !(STAFF_SUBJECTS.has(subject.norm) || PRIVATE_PERSON_NOUNS.has(subject.lemma.toLowerCase()));
  },
  "not-building": ({ tokens, i, s, hi }) => {
    // "the bank was evacuated", "evacuated the building": a building emptied as a precaution is
    // no aid to a party ("evacuated 2,000 residents" may be).
    const passive = isPassive(tokens, i);
    const [from, to] = passive ? [Math.max(s.tokenStart, i - SUBJECT_WINDOW - 2), i] : [i + 1, hi];
    return !hasNear(tokens, from, to, EVACUATED_PLACES);
  },
  from: ({ tokens, i, s }) => {
    // "prevented a few hundred Protestants, many waving flags, from interfering": to the clause's end.
    // "… by violence that might come from a thousand sources": "from" before no "-ing" act is no
    // prevention's.
    for (let k = i + 1; k < s.tokenEnd && tokens[k].text !== ";"; k++)
      if (tokens[k].norm === "from" && /ing$/.test(tokens[k + 1]?.norm ?? "")) return true;
    // "police prevented the demonstration": a gathering stopped is restricted too.
    let k = i + 1;
    while (k < s.tokenEnd && (tokens[k].pos === "DET" || tokens[k].pos === "ADJ")) k++;
    return PREVENTED_GATHERINGS.has(tokens[k]?.norm ?? "");
  },
  "named-object": ({ tokens, i, s }) => {
    // "defended the right of Russia": the name may sit inside the object phrase.
    return tokens.slice(i + 1, Math.min(s.tokenEnd, i + NAMED_OBJECT_WINDOW)).some((t) => t.pos === "PROPN");
  },
  captives: ({ tokens, i, s, hi }) => {
    // "released to the general public", "released to the market": a product or a text made
    // available, whoever is named near.
    if (releasedToPublic(tokens, i, s.tokenEnd)) return false;
    // "two hostages were released", "Ms Diaz was freed": a passive's captive is its subject; "the
    // transcript was released on September 25" frees nobody.
    const passive = isPassive(tokens, i);
    // "according to records released by the clerk's office": a reduced passive after a thing.
    const host = tokens[i - 1];
    // ("according to records released": a plural after "to" read as a verb is a noun.)
    const thing =
      host?.pos === "NOUN" ||
      (host?.pos === "VERB" &&
        /s$/.test(host.norm) &&
        ["ADP", "PART", "DET"].includes(tokens[i - 2]?.pos ?? ""));
    // ("police records released under a Freedom of Information request": any preposition.)
    if (
      !passive &&
      thing &&
      tokens[i + 1]?.pos === "ADP" &&
      !(CONDITION_WORDS.captives ?? new Set()).has(host.norm)
    )
      return false;
    // "Taylor Swift's first six albums were released", "U.S. aid might be freed": the subject's head
    // is a thing; a name inside the subject before it is only its owner.
    if (passive) {
      let h = passiveSubjectEnd(tokens, i, s.tokenStart);
      // "results of autopsies, which should be released today": a relative pronoun stands for the
      // noun before it.
      if (RELATIVE_FOR_THINGS.has(tokens[h].norm) && h > s.tokenStart)
        h -= tokens[h - 1].text === "," ? 2 : 1;
      // "Twenty-one members of pro-government forces were released": the head may stand before "of".
      let head = tokens[h];
      for (let k = h - 1; k > Math.max(s.tokenStart, h - SUBJECT_WINDOW - 2); k--) {
        if (tokens[k].norm === "of" && tokens[k - 1]?.pos === "NOUN") {
          head = tokens[k - 1];
          break;
        }
        if (!["NOUN", "ADJ", "PROPN", "DET", "NUM"].includes(tokens[k].pos) && tokens[k].text !== "-") break;
      }
      const captives = CONDITION_WORDS.captives ?? new Set();
      if (head.pos === "NOUN" && !captives.has(head.norm) && !captives.has(head.lemma)) return false;
    }
    const [from, to] = passive ? [Math.max(s.tokenStart, i - SUBJECT_WINDOW - 2), i] : [i + 1, hi];
    return (
      hasNear(tokens, from, to, CONDITION_WORDS.captives ?? new Set()) ||
      tokens
        .slice(from, passive ? to : Math.min(s.tokenEnd, i + 4))
        .some((t) => t.pos === "PROPN" && !CALENDAR.test(t.text))
    );
  },
  state: ({ tokens, i }) => {
    return tokens[i - 2]?.norm === "state" && tokens[i - 1]?.norm === "of";
  },
  partner: ({ tokens, i, s }) => {
    return hasPartner(tokens, i, s);
  },
};
