import type { Token } from "../nlp/types.ts";
import {
  ACTOR_NOUNS,
  ANONYMITY_WORDS,
  CONDITION_WORDS,
  DISCLOSED_THINGS,
  DISCLOSURE_VERBS,
  HAZARDS,
  INFORMATION_GIVING_VERBS,
  PARTY_PLURALS,
  PROTEST_PARTICIPANTS,
  SUBJECT_PRONOUNS,
  UNNAMED_PARTICIPLES,
  WARNING_COMPOUND_HEADS,
  WILL_MODALS,
} from "./words.ts";

/**
 * What stands around a trigger that its conditions read (trigger-conditions.ts): a partner to talk
 * with, what a threat endangers, a warning's act, a source's wish not to be named, what is told.
 */

/** How far before a verb its subject noun may stand ("the last Russian troops left"). */
export const SUBJECT_WINDOW = 4;
/** How far after a verb of talking "with" its partner may stand ("discussed the border dispute with"). */
const PARTNER_WINDOW = 10;
/**
 * "discussed the border with Ethiopia", "Putin and Erdogan discussed Syria", "the two leaders
 * discussed trade": talking is a consultation when a second party takes part; "Egyptians online
 * have been discussing the allegations" is public talk.
 */
export function hasPartner(tokens: Token[], i: number, s: { tokenStart: number; tokenEnd: number }): boolean {
  if (tokens.slice(i + 1, Math.min(s.tokenEnd, i + PARTNER_WINDOW + 1)).some((t) => t.norm === "with"))
    return true;
  const from = Math.max(s.tokenStart, i - SUBJECT_WINDOW - 2);
  return tokens.slice(from, i).some((t) => t.norm === "and" || PARTY_PLURALS.has(t.norm));
}

/** Words between a threat and what it endangers: "threaten the physical", "a threat to Ukraine's". */
const RISK_SKIP = new Set(["DET", "ADJ", "ADV", "PROPN", "PART", "NUM"]);

/**
 * "threaten the physical viability of", "a threat to peace", "threatened Ukraine's independence":
 * the threat's object is a state of things (CONDITION_WORDS["not-risk"]), so it tells a risk, not
 * a party's threat. The first noun of the object decides; "threatened to quit the peace talks" has
 * a verb there and is a threat.
 */
export function endangers(tokens: Token[], i: number, hi: number): boolean {
  let k = i + 1;
  if (tokens[i].pos === "NOUN" && tokens[k]?.norm === "to") k++;
  while (k < hi && RISK_SKIP.has(tokens[k].pos) && tokens[k].norm !== "to") k++;
  const head = tokens[k];
  if (!head || k >= hi || head.pos !== "NOUN") return false;
  const risks = CONDITION_WORDS["not-risk"] ?? new Set();
  return risks.has(head.norm) || risks.has(head.lemma);
}

/**
 * Verbs whose object "threat" is a danger met, not a party's threat: "help eliminate threats to
 * it", "poses a threat to the region", "faces growing threats", "to counter the terrorist threat".
 */
const THREAT_FACING_VERBS = new Set([
  "eliminate",
  "remove",
  "reduce",
  "face",
  "pose",
  "counter",
  "combat",
  "address",
  "tackle",
  "neutralise",
  "neutralize",
  "assess",
  "perceive",
  "see",
]);
/** Words between such a verb and its "threat": "poses a serious threat", "eliminate any threats". */
const FACED_THREAT_SKIP = new Set(["DET", "ADJ", "ADV", "NUM", "PRON"]);

/** The noun "threat" is the object of a verb of meeting or removing a danger. */
export function facedThreat(tokens: Token[], i: number, sentenceStart: number): boolean {
  if (tokens[i].pos !== "NOUN") return false;
  // "the grave threat posed by weapons of mass destruction", "the threats faced by": a danger.
  if (["posed", "faced"].includes(tokens[i + 1]?.norm ?? "")) return true;
  let k = i - 1;
  while (k > sentenceStart && FACED_THREAT_SKIP.has(tokens[k].pos)) k--;
  const verb = tokens[k];
  return (
    k >= sentenceStart &&
    verb.pos === "VERB" &&
    (THREAT_FACING_VERBS.has(verb.lemma.toLowerCase()) || THREAT_FACING_VERBS.has(verb.norm))
  );
}

/** Objects of a warning "against" that make it travel advice ("a warning against travel to Kenya"). */
const ADVISED_AGAINST = new Set(["travel", "travelling", "traveling", "trips", "visits", "visiting"]);

/** A participle after a noun that is no protest participant, followed by its source or agent. */
export function gatheredThing(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return (
    !!before &&
    before.sentence === tokens[i].sentence &&
    before.pos === "NOUN" &&
    !PROTEST_PARTICIPANTS.has(before.norm) &&
    /ed$/.test(tokens[i].norm) &&
    (after?.norm === "from" || after?.norm === "by")
  );
}

/** How far after "warned" its "of", "to", "against" or "that" may stand ("warned Israel on Monday not to"). */
const MENACE_WINDOW = 6;
/** How long the subject of what a warning says may be ("that the Chinese government will"). */
const COMPLEMENT_SUBJECT_WINDOW = 8;

/**
 * A warning threatens when it names an act: "warned of retaliation", "warned Kyiv not to …",
 * "warned the rebels against …", or an act that a party will do ("warned that it would strike",
 * "warned the government will not sit on its hands"). A warning that something is so or will
 * be ("warned that staff shortages have taken their toll", "a warning that voters are entitled
 * to transparency", "warned that prices could rise") forecasts; it threatens nothing.
 */
export function menaces(tokens: Token[], i: number, end: number): boolean {
  // "fired warning shots", "warning signs", "a warning label": the noun modifies another and warns no one.
  if (WARNING_COMPOUND_HEADS.has(tokens[i + 1]?.norm ?? "")) return false;
  for (let k = i + 1; k < Math.min(end, i + 1 + MENACE_WINDOW); k++) {
    const w = tokens[k].norm;
    // "warned against expecting her to", "warned against assuming": advice, not a threat.
    if (w === "against" && /ing$/.test(tokens[k + 1]?.norm ?? "") && tokens[k + 1]?.pos === "VERB")
      return false;
    // "lifted a warning against travel to Kenya", "warned against all non-essential travel": advice.
    if (w === "against") {
      let j = k + 1;
      while (j < end && (tokens[j].pos === "DET" || tokens[j].pos === "ADJ" || tokens[j].text === "-")) j++;
      if (ADVISED_AGAINST.has(tokens[j]?.norm ?? "")) return false;
    }
    // "warning residents of the fire", "warned of a storm": an alert about a hazard threatens no one.
    if (w === "of" || w === "about") {
      let j = k + 1;
      while (j < end && (tokens[j].pos === "DET" || tokens[j].pos === "ADJ" || tokens[j].pos === "NUM")) j++;
      if (HAZARDS.has(tokens[j]?.norm ?? "")) return false;
    }
    if (w === "of" || w === "against" || w === "to" || w === "not") return true;
    if (w === "that") return partyWill(tokens, k + 1, end);
    if (k === i + 1 && SUBJECT_PRONOUNS.has(w)) return partyWill(tokens, k, end);
    if (tokens[k].pos === "PUNCT" || tokens[k].pos === "VERB") return false;
  }
  // "issued a warning", "warned the army": the object or nothing follows, and the threat is the act.
  return true;
}

/** A clause at `start` whose subject is a party (a pronoun, a name, a person or group noun) and whose verb has a modal. */
export function partyWill(tokens: Token[], start: number, end: number): boolean {
  for (let k = start; k < Math.min(end, start + COMPLEMENT_SUBJECT_WINDOW); k++) {
    const t = tokens[k];
    if (WILL_MODALS.has(t.norm)) {
      const subject = tokens.slice(start, k).filter((x) => x.pos !== "PUNCT");
      const head = subject[subject.length - 1];
      return (
        !!head &&
        (head.pos === "PRON" ||
          subject.some((x) => x.pos === "PROPN") ||
          ACTOR_NOUNS.has(head.lemma.toLowerCase()))
      );
    }
    if (t.pos === "VERB" || t.pos === "AUX" || t.text === "," || t.text === ";") return false;
  }
  return false;
}

/** The infinitive from k on says what is told ("to comment", "to be named", "to publicly identify"). */
/** How far after "investigating" its "cause" may stand ("an investigation into the cause of"). */
export const CAUSE_WINDOW = 4;
/** How far after "requested" or "asked" a source's wish not to be named may end. */
const ANONYMITY_WINDOW = 8;

/**
 * "who requested anonymity", "asked not to be identified", "requested that his name not be used":
 * what follows the verb is a source's wish not to be named, a formula of attribution and no request.
 */
export function asksAnonymity(tokens: Token[], i: number, end: number): boolean {
  const hi = Math.min(end, i + 1 + ANONYMITY_WINDOW);
  for (let k = i + 1; k < hi; k++) {
    if (ANONYMITY_WORDS.has(tokens[k].norm)) return true;
    if (tokens[k].norm !== "not") continue;
    let j = k + 1;
    if (tokens[j]?.norm === "to") j++;
    if (tokens[j]?.norm === "be" && j + 1 < end && UNNAMED_PARTICIPLES.has(tokens[j + 1].norm)) return true;
  }
  return false;
}

export function disclosure(tokens: Token[], k: number, end: number): boolean {
  let j = k;
  while (j < end && (tokens[j].norm === "be" || tokens[j].pos === "ADV")) j++;
  if (j >= end) return false;
  if (DISCLOSURE_VERBS.has(tokens[j].lemma.toLowerCase())) return true;
  // "declined to give his name", "refused to provide details": giving information is telling.
  if (!INFORMATION_GIVING_VERBS.has(tokens[j].lemma.toLowerCase())) return false;
  for (let n = j + 1; n < Math.min(end, j + 4); n++) if (DISCLOSED_THINGS.has(tokens[n].norm)) return true;
  return false;
}
