import { wordBefore } from "../../nlp/offsets.ts";
import { ingLemma } from "../../nlp/tokenize.ts";
import type { Doc } from "../../nlp/types.ts";
import type { Candidate, Refiner } from "../types.ts";
import { lightVerbBefore } from "../verb-forms.ts";
import {
  ADJECTIVAL_PARTICIPLES,
  ASPECTUAL_VERBS,
  HELPING_VERBS,
  IMPLICATIVE_BEFORE_TO,
  KEPT_VERBS,
  NONFACTUAL_GOVERNORS,
  PASSIVE_AUX,
  PERSUADING_VERBS,
  PERSUASION_VERBS,
  POSSESSIVE_MARK,
  POSSIBILITY_NOUNS,
  PROPOSED_OR_OPPOSED,
  PROTECTION_WORDS,
  PURPOSE_NOUNS,
  RESULT_CLAUSE_VERBS,
  SOUGHT_OR_AVERTED,
  TOPIC_VERBS,
  WANTING_FOR,
} from "../words.ts";

/** Speech acts whose "to V" is their content: a demand, a threat, a promise, a refusal. */
const SPEECH_ACTS = new Set(["REQUEST", "THREATEN", "AGREE", "REJECT"]);

/**
 * "called on the government to withdraw its units", "urged Kyiv to investigate", "refused to
 * release the prisoners", "is eager to withdraw": an act named by an infinitive that is the
 * content of a demand, threat, promise or refusal, or that follows an adjective, did not happen.
 * It goes, and the speech act keeps it as its `intended` act. A purpose ("fired tear gas to
 * disperse the crowd") stays: news tells such aims as done more often than not, and so does an
 * attempt ("tried to hack"). An act that is only wanted, needed, allowed or expected ("want Congress
 * to investigate", "requiring employees to sign", NONFACTUAL_GOVERNORS) goes. Stated intentions
 * ("plans to send") were coded already by code-intentions and are not touched. An event kept away
 * ("to protect the Kurds from attack", PROTECTION_WORDS) or a gerund that is opposed or proposed
 * ("the opposition to lifting the ban", PROPOSED_OR_OPPOSED) did not happen either.
 */
export const dropAims: Refiner = {
  name: "drop-aims",
  refine(candidates, { doc }) {
    const aims = new Set<Candidate>();
    for (const c of candidates) {
      if (c.intended) continue;
      // "a reward for information leading to the arrest": what a reward is offered for; "the
      // possibility of a ground assault", "the threat of torture": what may come.
      const first = c.trigger.firstToken;
      if (
        averted(doc, first) ||
        proposedGerund(doc, first) ||
        rewardedOutcome(doc, first) ||
        possibleAfterOf(doc, first)
      ) {
        aims.add(c);
        continue;
      }
      if (c.trigger.nominal) {
        // "wants a deal", "pursuing an agreement", "hopes for talks": an event wanted or sought;
        // "discussed investigations", "citing Taliban violence": an event talked about.
        const verb = governingVerb(doc, c.trigger.firstToken);
        const lemma = verb < 0 ? "" : verbLemma(doc.tokens[verb]);
        // A possessed event ("considering Russia's request") is one that was made: only a want makes it an aim.
        const topic = TOPIC_VERBS.has(lemma) && !possessed(doc, verb, c.trigger.firstToken);
        if (NONFACTUAL_GOVERNORS.has(lemma) || SOUGHT_OR_AVERTED.has(lemma) || topic || foiledSubject(doc, c))
          aims.add(c);
        // "a movement calling for Israel's withdrawal", "pressed for talks": what is called for.
        else if (wantedAfterFor(doc, c.trigger.firstToken)) {
          const act = speechActBefore(candidates, c);
          if (act && !act.intended) act.intended = c.trigger.type;
          aims.add(c);
        }
        // "will ask the court to open an investigation", "urged Ukraine to launch investigations":
        // the noun is the object of an infinitive that a demand or a want governs.
        else if (verb >= 0 && requestedInfinitive(doc, candidates, c, verb)) aims.add(c);
        // "no deadline was set for the two firms to strike a deal": the light verb's own "for … to".
        else if (verb >= 0 && forSubjectOfLightVerb(doc, verb)) aims.add(c);
        continue;
      }
      // "want to see the officers punished": a result wished for, not one that came; "scared the
      // leaders into supporting him": what a pressure aims at.
      if (wishedResult(doc, first) || pressedInto(doc, first)) {
        aims.add(c);
        continue;
      }
      const before = wordBeforeTo(doc, aspectualHead(doc, c.trigger.firstToken));
      if (before === undefined || (before >= 0 && IMPLICATIVE_BEFORE_TO.has(doc.tokens[before].norm)))
        continue;
      const governor = speechActBefore(candidates, c);
      if (!governor && before >= 0 && (nonfactualGovernor(doc, before) || forSubject(doc, before)))
        aims.add(c);
      else if (governor && keptWord(doc, governor)) {
        // "Kidnappers kept their promise to kill a store owner": the act was done; the promise is
        // no news of its own.
        governor.intended = undefined;
        if (governor.actor) c.actor = governor.actor;
        aims.add(governor);
      } else if (governor) {
        if (!governor.intended) governor.intended = c.trigger.type;
        aims.add(c);
      } else if (before >= 0 && doc.tokens[before].pos === "ADJ") aims.add(c);
    }
    return candidates.filter((c) => !aims.has(c));
  },
};

/** How far before "into" the verb of pressure may stand ("to pressure the city council into"). */
const PRESSURE_WINDOW = 6;

/**
 * "tried to scare other leaders into supporting him", "a bid to pressure the council into approving":
 * the "-ing" act after a verb of pressure and "into", when the pressure is itself only an aim (an
 * infinitive). Pressure exerted makes the act happen: "she talked him into surrendering" tells a
 * surrender.
 */
function pressedInto(doc: Doc, first: number): boolean {
  const tokens = doc.tokens;
  if (tokens[first - 1]?.norm !== "into" || !/ing$/.test(tokens[first].norm)) return false;
  for (let k = first - 2; k >= Math.max(0, first - 1 - PRESSURE_WINDOW); k--) {
    const w = tokens[k];
    if (w.sentence !== tokens[first].sentence || w.text === "," || w.text === ";") return false;
    if (w.pos === "VERB" && (PERSUASION_VERBS.has(w.lemma.toLowerCase()) || PERSUASION_VERBS.has(w.norm)))
      return tokens[k - 1]?.norm === "to";
  }
  return false;
}

/** How far before a promise or threat its "kept" may stand ("kept their solemn promise"). */
const KEPT_WINDOW = 4;

/**
 * The speech act is a promise, pledge, vow or threat noun that was kept ("kept their promise",
 * "carried out its threat", "made good on the pledge", "fulfilled his vow"): its act was done.
 */
function keptWord(doc: Doc, act: Candidate): boolean {
  const t = act.trigger;
  if (!t.nominal) return false;
  const tokens = doc.tokens;
  for (let k = t.firstToken - 1; k >= Math.max(0, t.firstToken - KEPT_WINDOW); k--) {
    const w = tokens[k];
    if (w.sentence !== tokens[t.firstToken].sentence) return false;
    if (w.pos === "VERB" || w.pos === "ADP") {
      const lemma = w.lemma.toLowerCase();
      if (KEPT_VERBS.has(lemma) || KEPT_VERBS.has(w.norm)) return true;
      // "carried out", "followed through on", "made good on": the verb before its particle.
      const verb = tokens[k - 1];
      if (w.norm === "on" && verb?.norm === "good")
        return ["make", "made"].includes(tokens[k - 2]?.norm ?? "");
      return (
        !!verb &&
        (w.norm === "out" || w.norm === "on" || w.norm === "through") &&
        KEPT_VERBS.has(verb.lemma.toLowerCase())
      );
    }
  }
  return false;
}

/** The verb at `verb` is "to V" whose "to" a speech act before it or a nonfactual governor governs. */
function requestedInfinitive(doc: Doc, candidates: Candidate[], c: Candidate, verb: number): boolean {
  const before = wordBeforeTo(doc, verb);
  if (before === undefined || (before >= 0 && IMPLICATIVE_BEFORE_TO.has(doc.tokens[before].norm)))
    return false;
  const act = speechActBefore(candidates, c);
  if (act && act.trigger.end <= doc.tokens[verb].start) return true;
  return before >= 0 && nonfactualGovernor(doc, before);
}

/**
 * "for US troops to begin leaving", "a deal to start withdrawing", "to continue to shell": the act
 * after a verb of beginning or going on is an aim when that verb is one; the index of that verb, or
 * the trigger's own.
 */
function aspectualHead(doc: Doc, first: number): number {
  const tokens = doc.tokens;
  // "their intent to attack and hijack the ships": a bare verb joined by "and" to an infinitive is
  // that infinitive's.
  if (
    (tokens[first - 1]?.norm === "and" || tokens[first - 1]?.norm === "or") &&
    tokens[first - 2]?.pos === "VERB" &&
    tokens[first - 3]?.norm === "to" &&
    tokens[first - 3].sentence === tokens[first].sentence
  )
    return aspectualHead(doc, first - 2);
  let k = first - 1;
  if (tokens[k]?.norm === "to") k--;
  const verb = tokens[k];
  if (!verb || verb.sentence !== tokens[first].sentence) return first;
  const lemma = verb.lemma.toLowerCase();
  // "to help prevent its enemies from blocking": the tagger may read the bare "help" as a noun.
  if (HELPING_VERBS.has(verb.norm) || HELPING_VERBS.has(lemma))
    return tokens[k - 1]?.norm === "to" ? k : first;
  if (verb.pos !== "VERB") return first;
  return ASPECTUAL_VERBS.has(lemma) && tokens[k - 1]?.norm === "to" ? k : first;
}

/** A verb's lemma; an "-ing" verb the tagger reads as a noun is lemmatised here ("commemorating"). */
function verbLemma(t: Doc["tokens"][number]): string {
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
function governingVerb(doc: Doc, first: number): number {
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
function possibleAfterOf(doc: Doc, first: number): boolean {
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
function rewardedOutcome(doc: Doc, first: number): boolean {
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
function possessed(doc: Doc, verb: number, first: number): boolean {
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
function wantedAfterFor(doc: Doc, first: number): boolean {
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

/** How far before "to" the word governing the infinitive may stand ("want the House and the Senate to"). */
const GOVERNOR_WINDOW = 6;

/**
 * "want Congress to investigate", "requiring employees to sign", "efforts to get Ukraine to
 * investigate": the nearest verb, noun or adjective governing the "to" (past the infinitive's own
 * subject) wants, needs, allows or aims at the act. The first verb met decides; a comma ends the search.
 */
function nonfactualGovernor(doc: Doc, before: number): boolean {
  const sentence = doc.tokens[before].sentence;
  for (let k = before; k >= Math.max(0, before - GOVERNOR_WINDOW); k--) {
    const t = doc.tokens[k];
    if (t.sentence !== sentence || t.text === "," || t.text === ";") return false;
    // "looked forward to visiting Kenya": what is looked forward to has not come.
    if (t.norm === "forward" && doc.tokens[k + 1]?.norm === "to") return true;
    if (t.pos !== "VERB" && t.pos !== "NOUN" && t.pos !== "ADJ" && t.pos !== "AUX") continue;
    if (NONFACTUAL_GOVERNORS.has(t.lemma.toLowerCase()) || NONFACTUAL_GOVERNORS.has(t.norm)) return true;
    // "tried to persuade the gunman to surrender": a persuasion that is itself an aim; "persuaded
    // him to surrender" tells the surrender.
    if (PERSUADING_VERBS.has(t.lemma.toLowerCase()) && doc.tokens[k - 1]?.norm === "to") return true;
    // "in an attempt to shut down", "a bid to seize": the aim of an undertaking (a noun, whatever
    // the tagger made of "bid" after its determiner).
    if (PURPOSE_NOUNS.has(t.norm) && (t.pos === "NOUN" || doc.tokens[k - 1]?.pos === "DET")) return true;
    // "in order to be allowed to remain": a purpose stated as such.
    if (t.norm === "order" && doc.tokens[k - 1]?.norm === "in" && k === before) return true;
    // "wants Cuban diplomats based in Washington to meet him": a participle after a noun describes it.
    if (t.pos === "VERB" && /ed$/.test(t.norm) && ["NOUN", "PROPN"].includes(doc.tokens[k - 1]?.pos ?? ""))
      continue;
    // "has the authority to seize" ("the authorities to investigate" are officials).
    if (t.norm === "authority") return true;
    if (t.pos === "VERB") return false;
  }
  return false;
}

/** How far back from a participle its "see", "have" or "get" may stand ("see the two officers punished and the unit disarmed"). */
const RESULT_CLAUSE_WINDOW = 12;

/**
 * The participle at `first` is the result in "want to see X Ved" or "would like to have X Ved":
 * behind its object (with its modifiers, and any coordinated object and participle) stands "to see", "to have" or "to
 * get" after a want.
 */
function wishedResult(doc: Doc, first: number): boolean {
  const tokens = doc.tokens;
  const t = tokens[first];
  if (t.pos !== "VERB" || !/(ed|en|wn)$/.test(t.norm)) return false;
  let object = false;
  for (let k = first - 1; k >= Math.max(0, first - RESULT_CLAUSE_WINDOW); k--) {
    const w = tokens[k];
    if (w.sentence !== t.sentence) return false;
    if (w.pos === "VERB" && RESULT_CLAUSE_VERBS.has(w.lemma.toLowerCase()))
      return object && tokens[k - 1]?.norm === "to" && k - 2 >= 0 && nonfactualGovernor(doc, k - 2);
    if (["DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON"].includes(w.pos) || POSSESSIVE_MARK.test(w.norm))
      object = true;
    // "the officers involved in the shooting punished and the unit disarmed"
    else if (w.norm === "and" || w.pos === "ADP" || (w.pos === "VERB" && /(ed|en|wn)$/.test(w.norm)))
      continue;
    else return false;
  }
  return false;
}

/** The light verb at `verb` is "to V" with its own subject after "for" ("for the two firms to strike a deal"). */
function forSubjectOfLightVerb(doc: Doc, verb: number): boolean {
  const before = wordBeforeTo(doc, verb);
  return before !== undefined && before >= 0 && forSubject(doc, before);
}

/** Words that may make up the subject of a "for … to V" infinitive, and the words that join them. */
const SUBJECT_WORDS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON"]);
const SUBJECT_JOINERS = new Set(["of", "and"]);

/**
 * "the pressure must continue for Damascus to allow the U.N. to deliver aid", "time for the troops
 * to leave", "called for the government to resign": an infinitive with its own subject after "for"
 * names what someone wants or awaits, not what happened.
 */
function forSubject(doc: Doc, before: number): boolean {
  const sentence = doc.tokens[before].sentence;
  let k = before;
  while (k > before - GOVERNOR_WINDOW && k >= 0 && doc.tokens[k].sentence === sentence) {
    const t = doc.tokens[k];
    // "for a column of rebels to withdraw", "for Bre-X and Barrick to strike a deal".
    if (!SUBJECT_WORDS.has(t.pos) && !/^(?:['’]s|-|\.)$/.test(t.text) && !SUBJECT_JOINERS.has(t.norm)) break;
    k--;
  }
  return k < before && k >= 0 && doc.tokens[k].norm === "for" && doc.tokens[k].sentence === sentence;
}

/** For "to V" (adverbs between allowed): the index of the word before "to" (−1 at the sentence start); undefined when V has no "to". */
function wordBeforeTo(doc: Doc, first: number): number | undefined {
  const tokens = doc.tokens;
  let k = wordBefore(tokens, first);
  // "in order to be allowed to remain": a purpose's passive infinitive ("due to be released" is
  // a schedule, read by code-intentions).
  if (k > 1 && tokens[k].norm === "be" && tokens[k - 1].norm === "to" && tokens[k - 2].norm === "order") k--;
  if (k < 0 || tokens[k].norm !== "to") return undefined;
  const sentence = tokens[first].sentence;
  const before = k - 1 >= 0 && tokens[k - 1].sentence === sentence ? k - 1 : -1;
  // "began to prepare their equipment and to hand over the sites": a coordinated infinitive has
  // the governor of the first one.
  if (before >= 0 && (tokens[before].norm === "and" || tokens[before].norm === "or")) {
    for (let j = before - 1; j >= Math.max(0, before - COORDINATED_WINDOW); j--) {
      if (tokens[j].sentence !== sentence) break;
      if (tokens[j].norm === "to" && tokens[j + 1]?.pos === "VERB")
        return j - 1 >= 0 && tokens[j - 1].sentence === sentence ? j - 1 : -1;
    }
  }
  return before;
}

/** How far back the first of two coordinated infinitives may stand. */
const COORDINATED_WINDOW = 12;

/** The nearest demand, threat, promise or refusal before the candidate in its sentence, with no other event between. */
function speechActBefore(candidates: Candidate[], c: Candidate): Candidate | undefined {
  const before = candidates
    .filter((g) => g !== c && g.trigger.sentence === c.trigger.sentence && g.trigger.end <= c.trigger.start)
    .sort((a, b) => b.trigger.start - a.trigger.start)[0];
  return before && SPEECH_ACTS.has(before.trigger.type) ? before : undefined;
}

/** How far before "from" the protecting word may stand ("protect Iraqi Kurds from attack"). */
const PROTECTION_WINDOW = 5;

/** "to protect Iraqi Kurds from attack", "safe from arrest": the event after "from" is kept away. */
function averted(doc: Doc, first: number): boolean {
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
function proposedGerund(doc: Doc, first: number): boolean {
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
function foiledSubject(doc: Doc, c: Candidate): boolean {
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
