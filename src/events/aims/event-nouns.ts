import { ingLemma } from "../../nlp/tokenize.ts";
import type { Doc } from "../../nlp/types.ts";
import type { Candidate } from "../types.ts";
import { lightVerbBefore } from "../verb-forms.ts";
import {
  ADJECTIVAL_PARTICIPLES,
  NONFACTUAL_GOVERNORS,
  PASSIVE_AUX,
  POSSESSIVE_MARK,
  POSSIBILITY_NOUNS,
  PROPOSED_OR_OPPOSED,
  PROTECTION_WORDS,
  SOUGHT_OR_AVERTED,
  TOPIC_VERBS,
  WANTING_FOR,
} from "../words.ts";

/** Event nouns that name what is wanted, sought, feared, foiled, talked about, possible or kept away rather than what happened: the verb or word that governs them. Read by drop-aims. */

/** A verb's lemma; an "-ing" verb the tagger reads as a noun is lemmatised here ("commemorating"). */
export function verbLemma(t: Doc["tokens"][number]): string {
  if (t.pos !== "NOUN" || !/ing$/.test(t.norm)) return t.lemma.toLowerCase();
  const base = ingLemma(t.norm);
  // "commemorating" → "commemorat": the base lost an "e" the rules of ingLemma cannot restore.
  const withE = `${base}e`;
  return [NONFACTUAL_GOVERNORS, SOUGHT_OR_AVERTED, TOPIC_VERBS].some((set) => set.has(withE)) ? withE : base;
}

/** How far before an event noun the verb whose object it is may stand ("fear a new wave of attacks"). */
const OBJECT_VERB_WINDOW = 6;

/**
 * The verb whose object the event noun is, past its determiners, adjectives and compound nouns:
 * lightVerbBefore, and also a verb of saying or feeling, which lightVerbBefore leaves out because a
 * clause may follow it ("fear an attack" here; "said the protest was peaceful" is a clause).
 */
export function governingVerb(doc: Doc, first: number): number {
  const misread = seekingVerbReadAsNoun(doc, first);
  if (misread >= 0) return misread;
  // "kept his party out pending meetings with Blair": "pending", whatever its tag, awaits the event.
  const pending = doc.tokens[first - 1];
  if (pending?.norm === "pending" && pending.sentence === doc.tokens[first].sentence) return first - 1;
  const light = lightVerbBefore(doc.tokens, first);
  if (light >= 0) return light;
  const sentence = doc.tokens[first].sentence;
  for (let k = first - 1; k >= Math.max(0, first - OBJECT_VERB_WINDOW); k--) {
    const t = doc.tokens[k];
    if (t.sentence !== sentence) return -1;
    // "each other's road-blocking protests": a verb joined by a hyphen modifies the noun.
    if (t.pos === "VERB" && doc.tokens[k - 1]?.text === "-") continue;
    if (t.pos === "VERB") return k;
    // "a ceremony commemorating the executions": an "-ing" word before a determiner is a verb, whatever its tag.
    if (t.pos === "NOUN" && /ing$/.test(t.norm) && doc.tokens[k + 1]?.pos === "DET") return k;
    // "demanded Israel's withdrawal": a possessor is part of the object.
    if (!OBJECT_WORDS.has(t.pos) && t.text !== "-" && !POSSESSIVE_MARK.test(t.text)) return -1;
  }
  return -1;
}

/**
 * "to hear leaders demand negotiations": a verb of seeking right after its subject that the tagger
 * read as a noun ("demand", "fear") governs the event noun after it; its index, or −1.
 */
function seekingVerbReadAsNoun(doc: Doc, first: number): number {
  const tokens = doc.tokens;
  let k = first - 1;
  while (k > 0 && (tokens[k].pos === "DET" || tokens[k].pos === "ADJ") && k > first - 4) k--;
  const t = tokens[k];
  const subject = tokens[k - 1];
  if (!t || !subject || t.sentence !== tokens[first].sentence || subject.sentence !== t.sentence) return -1;
  return t.pos === "NOUN" && SOUGHT_OR_AVERTED.has(t.norm) && /^(?:NOUN|PROPN|PRON)$/.test(subject.pos)
    ? k
    : -1;
}

/** Words joining the items of a list ("of detention, and even deportation"). */
const LIST_JOINERS = new Set(["and", "or", "even", ","]);

/** How long the list item before may be ("of detention, and even …"). */
const LIST_ITEM = 4;

/**
 * "the threat of detention, and even deportation": for a later item of a list, the "of" before the
 * item ahead of it (when `k`, the word before the noun, joins the list); `k` otherwise.
 */
function ofBeforeList(doc: Doc, k: number, first: number): number {
  if (k <= 0 || !LIST_JOINERS.has(doc.tokens[k].norm)) return k;
  let m = k;
  while (m > 0 && LIST_JOINERS.has(doc.tokens[m].norm)) m--;
  let o = m;
  while (o > 0 && o > m - LIST_ITEM && doc.tokens[o].norm !== "of") o--;
  return doc.tokens[o]?.norm === "of" && sameSentence(doc, o, first) ? o : k;
}

/**
 * An event noun after "of" that a noun of possibility governs ("the possibility of a ground
 * assault"), directly or as the object of a gerund that brings it about ("the option of having a
 * bigger deal", "the prospect of reaching an agreement").
 */
export function possibleAfterOf(doc: Doc, first: number): boolean {
  let k = ofBeforeList(doc, wordBeforeObject(doc, first), first);
  const light = lightVerbBefore(doc.tokens, first);
  if (doc.tokens[k]?.norm !== "of" && light >= 0 && /ing$/.test(doc.tokens[light].norm))
    k = doc.tokens[light - 1]?.norm === "of" ? light - 1 : k;
  return (
    doc.tokens[k]?.norm === "of" &&
    POSSIBILITY_NOUNS.has(doc.tokens[k - 1]?.norm ?? "") &&
    sameSentence(doc, k - 1, first)
  );
}

/**
 * "information leading to the arrest and conviction", "information that leads to a fugitive's
 * capture": the formula of rewards names an outcome sought ("information that led to" one that came).
 */
export function rewardedOutcome(doc: Doc, first: number): boolean {
  const tokens = doc.tokens;
  const k = wordBeforeObject(doc, first);
  if (tokens[k]?.norm !== "to") return false;
  const lead = tokens[k - 1];
  if (!lead || !["leading", "leads", "lead"].includes(lead.norm)) return false;
  for (let j = k - 2; j >= Math.max(0, k - 5); j--)
    if (tokens[j].norm === "information") return sameSentence(doc, j, first);
  return false;
}

/** A possessive mark stands between the governing verb and the event noun ("discussed Russia's request"). */
export function possessed(doc: Doc, verb: number, first: number): boolean {
  for (let k = verb + 1; k < first; k++) if (POSSESSIVE_MARK.test(doc.tokens[k].text)) return true;
  return false;
}

/** Parts of speech inside an event noun's object phrase, before the noun. */
const OBJECT_WORDS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON"]);

/**
 * "a movement calling for Israel's unilateral withdrawal", "pressed for talks", "the calls for an
 * inquiry": an event noun after "for" that a word of asking, pressing or hoping governs is what
 * someone wants, not what happened.
 */
export function wantedAfterFor(doc: Doc, first: number): boolean {
  const k = wordBeforeObject(doc, first);
  const w = doc.tokens[k - 1];
  if (doc.tokens[k]?.norm !== "for" || !w || !sameSentence(doc, k - 1, first)) return false;
  return WANTING_FOR.has(verbLemma(w)) || WANTING_FOR.has(w.norm) || PROPOSED_OR_OPPOSED.has(w.norm);
}

/**
 * The index of the word before the noun phrase an event noun at `first` ends ("calling for
 * Israel's unilateral withdrawal" → "for"; "the prospect of renewed attacks" → "of"), past its
 * determiners, adjectives, compounds, possessors and participles of change; −1 at the sentence's
 * start or past OBJECT_VERB_WINDOW words.
 */
function wordBeforeObject(doc: Doc, first: number): number {
  const tokens = doc.tokens;
  for (let k = first - 1; k >= Math.max(0, first - OBJECT_VERB_WINDOW); k--) {
    const t = tokens[k];
    if (t.sentence !== tokens[first].sentence) return -1;
    const inside =
      OBJECT_WORDS.has(t.pos) ||
      t.text === "-" ||
      POSSESSIVE_MARK.test(t.text) ||
      ADJECTIVAL_PARTICIPLES.has(t.norm);
    if (!inside) return k;
  }
  return -1;
}

function sameSentence(doc: Doc, a: number, b: number): boolean {
  return a >= 0 && doc.tokens[a].sentence === doc.tokens[b].sentence;
}

/** How far before "from" the protecting word may stand ("protect Iraqi Kurds from attack"). */
const PROTECTION_WINDOW = 5;

/** "to protect Iraqi Kurds from attack", "safe from arrest": the event after "from" is kept away. */
export function averted(doc: Doc, first: number): boolean {
  const tokens = doc.tokens;
  let k = first - 1;
  // "from bullets and grenades": past determiners, adjectives and the nouns coordinated before it.
  while (
    k >= 0 &&
    (tokens[k].pos === "DET" ||
      tokens[k].pos === "ADJ" ||
      tokens[k].pos === "CCONJ" ||
      tokens[k].text === "," ||
      (tokens[k].pos === "NOUN" && tokens[k - 1]?.norm !== "to"))
  )
    k--;
  // "banned from holding rallies": the gerund whose object the event noun is.
  // (Only when the noun is the gerund's object: "from reaching the embassy, but allowed" is another clause.)
  if (
    k < first &&
    tokens[k]?.pos === "VERB" &&
    /ing$/.test(tokens[k].norm) &&
    tokens[k - 1]?.norm === "from" &&
    tokens.slice(k + 1, first).every((t) => t.text !== "," && t.pos !== "CCONJ")
  )
    k--;
  // "to stop the pirates from boarding and hijacking": the second of two gerunds after "from".
  if (
    /ing$/.test(tokens[first].norm) &&
    tokens[first - 1]?.pos === "CCONJ" &&
    /ing$/.test(tokens[first - 2]?.norm ?? "") &&
    tokens[first - 3]?.norm === "from"
  )
    k = first - 3;
  if (tokens[k]?.norm !== "from" || tokens[k].sentence !== tokens[first].sentence) return false;
  for (let j = k - 1; j >= Math.max(0, k - PROTECTION_WINDOW); j--) {
    const t = tokens[j];
    if (t.sentence !== tokens[first].sentence || t.text === "," || t.text === ";") return false;
    if (PROTECTION_WORDS.has(t.norm) || PROTECTION_WORDS.has(t.lemma.toLowerCase())) return true;
  }
  return false;
}

/** "the opposition to lifting the ban", "plans for withdrawing troops": a gerund after such a noun. */
export function proposedGerund(doc: Doc, first: number): boolean {
  const tokens = doc.tokens;
  const t = tokens[first];
  if (!t.norm.endsWith("ing")) return false;
  const prep = tokens[first - 1];
  // "heard him talk about killing the prime minister", "thinking about leaving": an act talked or
  // thought about.
  if (prep?.norm === "about" && prep.sentence === t.sentence) return true;
  // "capable of deploying 300,000 troops": an ability, not an act.
  if (prep?.norm === "of" && ["capable", "incapable"].includes(tokens[first - 2]?.norm ?? "")) return true;
  if (!prep || !["to", "for", "against"].includes(prep.norm)) return false;
  let k = first - 2;
  while (k >= 0 && tokens[k].pos === "ADJ") k--;
  const noun = tokens[k];
  return (
    noun !== undefined &&
    noun.sentence === t.sentence &&
    noun.pos === "NOUN" &&
    (PROPOSED_OR_OPPOSED.has(noun.norm) || PROPOSED_OR_OPPOSED.has(noun.lemma.toLowerCase()))
  );
}

/** Verbs whose passive subject did not happen: "the attack was foiled", "a hijacking was prevented". */
const FOILING = new Set(["foil", "thwart", "prevent", "avert"]);

/**
 * "A five-boat pirate attack on merchant vessels was foiled by an Indian warship": an event noun
 * whose clause's verb is a passive of foiling is the subject of that passive, and did not happen.
 */
export function foiledSubject(doc: Doc, c: Candidate): boolean {
  const tokens = doc.tokens;
  const s = doc.sentences[c.trigger.sentence];
  for (let k = c.trigger.lastToken + 1; k < Math.min(s.tokenEnd, c.trigger.lastToken + 12); k++) {
    const t = tokens[k];
    if (t.text === "," || t.text === ";") return false;
    // The tagger reads "was foiled" as an adjective as often as a verb.
    const participle = t.pos === "ADJ" && t.norm.endsWith("ed");
    if (t.pos !== "VERB" && !participle) continue;
    const lemma = participle ? t.norm.slice(0, -2) : verbLemma(t);
    return FOILING.has(lemma) && PASSIVE_AUX.has(tokens[k - 1]?.norm ?? "");
  }
  return false;
}
