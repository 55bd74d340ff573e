import { WEEKDAY } from "../nlp/time/words.ts";
import type { Doc } from "../nlp/types.ts";
import { agentKind } from "./actors.ts";
import {
  ACTS_ON_PERSONS,
  ADJECTIVAL_PARTICIPLES,
  ATTRIBUTING_VERBS,
  CLAUSE_COMPLEMENT_VERBS,
  CLAUSE_OPENING_VERBS,
  HEADLINE_PASSIVE_PREPOSITIONS,
  INTENT_PARTICIPLES,
  IRREGULAR_PARTICIPLES,
  JOINING_IN_VERBS,
  LAWFUL_ACTS_ON_PERSONS,
  LIGHT_VERBS,
  PARTICIPLE_SUBORDINATORS,
  PASSIVE_AUX,
  POSSESSIVE_PRONOUNS,
  RESULTATIVES,
} from "./words.ts";

/**
 * The verb structures the argument finder and the refiners read: light verbs that carry an event
 * noun ("held talks"), passives, full or reduced ("was arrested", "tariffs imposed by China"), and
 * the clauses of participles and relatives that describe a noun ("the policeman charged with …").
 */

/** "were called foreign terrorist assaults by the president": a complement may stand between verb and agent. */
const PASSIVE_BY_WINDOW = 8;
/** How far before a nominal trigger its light verb may stand ("held a telephone conversation"). */
const LIGHT_VERB_WINDOW = 7;

/** Particles of phrasal verbs that take an event as object ("carry out", "step up", "call off"). */
const PHRASAL_PARTICLES: ReadonlySet<string> = new Set(["out", "up", "off"]);

/** Index of a light verb governing the noun at `i` ("held a telephone conversation"), or -1. */

export function lightVerbBefore(tokens: Doc["tokens"], i: number): number {
  for (
    let k = i - 1;
    k >= Math.max(0, i - LIGHT_VERB_WINDOW) && tokens[k].sentence === tokens[i].sentence;
    k--
  ) {
    const t = tokens[k];
    // "have not disclosed how Saturday's shooting unfolded": a wh-word opens a clause of its own.
    if (WH_OPENERS.has(t.norm)) return -1;
    // "growing terrorist threats", "mounting attacks": a participle of change describes the noun
    // ("deepening the cooperation", with its determiner, is a verb).
    const next = tokens[k + 1];
    if (
      t.pos === "VERB" &&
      ADJECTIVAL_PARTICIPLES.has(t.norm) &&
      next.pos !== "DET" &&
      !POSSESSIVE_PRONOUNS.has(next.norm)
    )
      continue;
    // "on a charge of aggravated assault", "an attempted coup": a participle right after a
    // preposition or a determiner modifies the noun; no verb takes it as its object there.
    // "a deliberately targeted attack": so after the participle's own adverbs.
    if (t.pos === "VERB" && /ed$/.test(t.norm)) {
      let d = k - 1;
      while (d > 0 && tokens[d].pos === "ADV") d--;
      if (["ADP", "DET"].includes(tokens[d]?.pos ?? "")) continue;
    }
    // Any verb whose object the event noun is ("opened a hearing", "launched a mediation effort"),
    // except a verb of saying, after which a new clause begins ("said the protest had been peaceful").
    if (t.pos === "VERB") return CLAUSE_OPENING_VERBS.has(t.lemma.toLowerCase()) ? -1 : k;
    if (t.pos === "AUX") return LIGHT_VERBS.has(t.lemma.toLowerCase()) ? k : -1;
    // "carried out attacks", "stepped up raids": a particle joins the verb to its object.
    if (
      PHRASAL_PARTICLES.has(t.norm) &&
      tokens[k - 1]?.pos === "VERB" &&
      tokens[k - 1].sentence === t.sentence
    )
      return CLAUSE_OPENING_VERBS.has(tokens[k - 1].lemma.toLowerCase()) ? -1 : k - 1;
    // "a 24-hour hunger strike", "artillery, mortar, and rocket fire": hyphens and lists stay inside the object.
    const listed = t.text === "-" || t.text === "," || t.pos === "CCONJ" || POSSESSIVE_PRONOUNS.has(t.norm);
    if (!listed && !["DET", "ADJ", "NOUN", "NUM", "PROPN", "ADV"].includes(t.pos)) return -1;
  }
  return -1;
}

/** The "by" of a passive's agent: after the verb and its complement, before the next comma. */
export function passiveAgentIndex(tokens: Doc["tokens"], verb: number): number {
  for (
    let i = verb + 1;
    i < Math.min(tokens.length, verb + 1 + PASSIVE_BY_WINDOW) && tokens[i].sentence === tokens[verb].sentence;
    i++
  ) {
    if (tokens[i].text === "," || tokens[i].text === ";") return -1;
    // "was called off after a grenade was thrown by terrorists": another clause's "by" is its own.
    if (tokens[i].pos === "AUX" || tokens[i].pos === "SCONJ") return -1;
    if (tokens[i].norm === "by") return i;
  }
  return -1;
}

/** "meet", "meets", "reaches": a verb's present form, its lemma or the lemma with -s or -es ("met" is not). */
export function isPresentForm(t: Doc["tokens"][number]): boolean {
  const lemma = t.lemma.toLowerCase();
  return t.norm === lemma || t.norm === `${lemma}s` || t.norm === `${lemma}es`;
}

/** "arrested", "taken", "shown", "shot": a past participle by its ending or from the list of irregular ones. */
export function isParticiple(norm: string): boolean {
  return /ed$|en$|wn$/.test(norm) || IRREGULAR_PARTICIPLES.has(norm);
}

/** "was arrested", "had also been arrested", "were swiftly detained". */
/** Forces whose acts on persons (arrests, shootings) are theirs, not done to them. */
const ENFORCING_KINDS: ReadonlySet<string> = new Set(["police", "military"]);

/** A day named right after a verb: "arrested Tuesday", "killed yesterday". */
const DAY_AFTER = new RegExp(`^(?:${WEEKDAY}|yesterday|today|overnight)$`);

export function isPassive(tokens: Doc["tokens"], i: number): boolean {
  if (!isParticiple(tokens[i].norm)) return false;
  // "is prepared to lift", "is committed to opening": an adjective of intention, not a passive.
  if (tokens[i + 1]?.norm === "to" && INTENT_PARTICIPLES.has(tokens[i].norm)) return false;
  // "US Chinook helicopter shot down and destroyed last night": "shoot down", "gun down" and "shoot
  // dead" take an object when active ("shot down the plane"); with none after them, as in headlines
  // and captions, the participle is passive.
  if (RESULTATIVES.has(tokens[i + 1]?.norm ?? "")) {
    const next = tokens[i + 2];
    if (!next || next.sentence !== tokens[i].sentence || !OBJECT_OPENERS.has(next.pos)) return true;
  }
  // "DeKalb man arrested in attempted robbery", "Chiefland man, 19, stabbed in the back": a verb that
  // always takes its victim as object, with a preposition where the object would be, is a
  // headline's or caption's passive; so after an apposition and an adverb ("his son, Andrew, also
  // convicted of racketeering").
  let victim = i - 1;
  while (victim > 0 && tokens[victim].pos === "ADV" && tokens[victim].sentence === tokens[i].sentence)
    victim--;
  // "A gang leader detained Friday in a police raid": the day the act took place may come first.
  const prep = DAY_AFTER.test(tokens[i + 1]?.text ?? "") ? i + 2 : i + 1;
  if (
    ACTS_ON_PERSONS.has(tokens[i].lemma.toLowerCase()) &&
    HEADLINE_PASSIVE_PREPOSITIONS.has(tokens[prep]?.norm ?? "") &&
    tokens[prep].sentence === tokens[i].sentence &&
    (tokens[victim]?.pos === "NOUN" ||
      tokens[victim]?.pos === "PROPN" ||
      tokens[victim]?.text === "," ||
      nounReadAsAdjective(tokens, victim)) &&
    tokens[victim].sentence === tokens[i].sentence &&
    // "Police arrested in Lagos a man …": the forces that do such acts are their subject (but "the
    // officer accused of shooting him" was accused, and "an officer killed while on duty" was killed:
    // only an act of the law is the forces' own with an adjunct before its object).
    !(
      ENFORCING_KINDS.has(agentKind(tokens[victim].norm) ?? "unknown") &&
      tokens[prep].norm !== "of" &&
      LAWFUL_ACTS_ON_PERSONS.has(tokens[i].lemma.toLowerCase())
    )
  )
    return true;
  // "a teenager shot and killed by police": a participle joined by "and" to another, with an agent
  // after it, is a reduced passive like the first.
  if (
    tokens[i + 1]?.norm === "by" &&
    tokens[i - 1]?.norm === "and" &&
    isParticiple(tokens[i - 2]?.norm ?? "") &&
    tokens[i - 2].sentence === tokens[i].sentence
  )
    return true;
  // "tariffs imposed by China", "protesters detained by police": a participle between a noun and its
  // agent is a reduced passive relative.
  // "the money recently released by the department": an adverb may stand between them.
  let b = i - 1;
  while (b > 0 && tokens[b].pos === "ADV" && tokens[b].sentence === tokens[i].sentence) b--;
  const before = tokens[b];
  // "a statement released Wednesday by the ministry": the day may stand before the agent.
  const by = DAY_AFTER.test(tokens[i + 1]?.text ?? "") && tokens[i + 2]?.norm === "by" ? i + 2 : i + 1;
  const after = tokens[by + 1];
  // "their joint statement, released by the Kremlin,": also set off by a comma after its noun.
  const at = before?.text === "," ? b - 1 : b;
  const noun = tokens[at];
  // "a northern partisan seized by the South": a noun the tagger read as an adjective, after its determiner.
  const nounLike =
    noun?.pos === "NOUN" ||
    noun?.pos === "PROPN" ||
    (noun?.pos === "ADJ" && ["DET", "ADJ"].includes(tokens[at - 1]?.pos ?? ""));
  if (
    tokens[by]?.norm === "by" &&
    noun?.sentence === tokens[i].sentence &&
    nounLike &&
    after &&
    after.pos !== "NUM"
  )
    return true;
  for (let k = i - 1; k >= Math.max(0, i - 3) && tokens[k].sentence === tokens[i].sentence; k--) {
    if (PASSIVE_AUX.has(tokens[k].norm)) return true;
    // "was evicted in April and sentenced to 50 weeks": a participle joined to a passive one shares its auxiliary.
    if (tokens[k].norm === "and") return coordinatedWithPassive(tokens, k);
    // "who was found fatally shot", "were left badly beaten": a passive of finding or leaving
    // whose complement is the participle.
    if (STATE_FINDING_VERBS.has(tokens[k].lemma.toLowerCase()) && PASSIVE_AUX.has(tokens[k - 1]?.norm ?? ""))
      return true;
    if (tokens[k].pos !== "ADV") return false;
  }
  return false;
}

/** Verbs whose passive takes a participle of the state someone was found in ("was found shot"). */
const STATE_FINDING_VERBS = new Set(["find", "leave"]);

/** Parts of speech that open an object. */
const OBJECT_OPENERS = new Set(["DET", "NOUN", "PROPN", "NUM", "PRON", "ADJ"]);

/** How far before "and" the first participle of a coordinated passive may stand. */
const COORDINATED_PASSIVE_WINDOW = 10;

function coordinatedWithPassive(tokens: Doc["tokens"], and: number): boolean {
  // "an employee who was fired last week shot and killed a woman": the participle right before
  // "and" is the first conjunct, whatever the tagger made of it ("shot" read as a noun); the passive
  // of a relative clause before it is not its auxiliary.
  const first = tokens[and - 1];
  if (first && first.pos !== "VERB" && IRREGULAR_PARTICIPLES.has(first.norm))
    return PASSIVE_AUX.has(tokens[and - 2]?.norm ?? "");
  for (let k = and - 1; k >= Math.max(0, and - COORDINATED_PASSIVE_WINDOW); k--) {
    if (tokens[k].sentence !== tokens[and].sentence || tokens[k].text === ";") return false;
    if (tokens[k].pos === "VERB") {
      return isParticiple(tokens[k].norm) && PASSIVE_AUX.has(tokens[k - 1]?.norm ?? "");
    }
  }
  return false;
}

/** Words that open a clause of their own before an event noun ("disclosed how the shooting unfolded"). */
const WH_OPENERS = new Set(["how", "why", "whether", "what", "when", "where", "if"]);

/** How far back a participle joined by "and" looks for the participle it is joined to. */
const COORDINATED_PARTICIPLE_WINDOW = 16;

/**
 * "a French national charged with lying", "a Kenyan official accused of": a phrase's last word the
 * tagger reads as an adjective, after a determiner and an adjective, heads the phrase as a noun.
 */
function nounReadAsAdjective(tokens: Doc["tokens"], k: number): boolean {
  return (
    tokens[k]?.pos === "ADJ" &&
    (tokens[k - 1]?.pos === "ADJ" || tokens[k - 1]?.pos === "PROPN") &&
    tokens[k - 2]?.pos === "DET"
  );
}

/** Parts of speech that may stand between a subject and its verb: "he also urged", "we have not met". */
const BEFORE_VERB = new Set(["AUX", "ADV", "PART"]);

/** The token right before the verb at `verb` once auxiliaries and adverbs are skipped (its subject's last word), or -1. */
export function subjectSlot(tokens: Doc["tokens"], verb: number, sentenceStart: number): number {
  let k = verb - 1;
  while (k >= sentenceStart && BEFORE_VERB.has(tokens[k].pos)) k--;
  return k >= sentenceStart ? k : -1;
}

/** Words that open a relative clause on the noun before them. */
const RELATIVE_OPENERS = new Set(["that", "who", "which"]);

/**
 * "officers involved in the shooting", "the man accused of": a participle right after a noun and
 * before a preposition opens a reduced relative clause that describes the noun; the noun's index, or -1.
 */
export function reducedRelativeHost(tokens: Doc["tokens"], k: number, sentenceStart: number): number {
  const t = tokens[k];
  if (!t || k - 1 < sentenceStart || (t.pos !== "VERB" && t.pos !== "ADJ")) return -1;
  if (!isParticiple(t.norm) && !t.norm.endsWith("ing")) return -1;
  const host = tokens[k - 1];
  return (host.pos === "NOUN" || host.pos === "PROPN") && isPrepositionLike(tokens[k + 1]) ? k - 1 : -1;
}

/**
 * A preposition, also where the tagger reads one as a subordinator before a gerund ("wanted for
 * violating his parole", "jailed after robbing a bank").
 */
function isPrepositionLike(t: Doc["tokens"][number] | undefined): boolean {
  return !!t && (t.pos === "ADP" || (t.pos === "SCONJ" && GERUND_PREPOSITIONS.has(t.norm)));
}

/** Prepositions the tagger may read as subordinators when a gerund follows. */
const GERUND_PREPOSITIONS = new Set(["for", "after", "before", "since", "without", "with", "by"]);

/**
 * The noun described by a clause whose object ends right after `at`: "the policeman charged with
 * killing X", "protesters carrying banners", "the fighters of the revolution that brought X to
 * power". A verb after that clause has the noun as its subject, not X. -1 when no such clause ends there.
 */
export function describedNoun(tokens: Doc["tokens"], start: number, sentenceStart: number): number {
  // "wanted for violating his parole": a possessive pronoun opens the object phrase.
  const at = POSSESSIVE_PRONOUNS.has(tokens[start]?.norm ?? "") ? start - 1 : start;
  const t = tokens[at];
  if (!t || at <= sentenceStart) return -1;
  const before = tokens[at - 1];
  // "accused of beating the prisoner": a gerund after a preposition, whatever the tagger read it as.
  if (t.pos === "NOUN" && t.norm.endsWith("ing") && isPrepositionLike(before))
    return reducedRelativeHost(tokens, at - 2, sentenceStart);
  if (t.pos !== "VERB") return -1;
  if (t.norm.endsWith("ing")) {
    // "filed a brief arguing the agency cannot …": after a verb of saying a clause begins, whose
    // subject the phrase is.
    if (CLAUSE_COMPLEMENT_VERBS.has(t.lemma.toLowerCase())) return -1;
    if (before.pos === "NOUN" || before.pos === "PROPN") return at - 1;
    return isPrepositionLike(before) ? reducedRelativeHost(tokens, at - 2, sentenceStart) : -1;
  }
  let j = at - 1;
  while (j > sentenceStart && (tokens[j].pos === "AUX" || tokens[j].pos === "ADV")) j--;
  const host = tokens[j - 1];
  return RELATIVE_OPENERS.has(tokens[j].norm) &&
    (host?.pos === "NOUN" || host?.pos === "PROPN") &&
    j - 1 >= sentenceStart
    ? j - 1
    : -1;
}

/**
 * The main clause's verb, when `verb` is an "-ing" participle right after one of
 * PARTICIPLE_SUBORDINATORS that follows that clause: the nearest earlier verb not itself a participle
 * or infinitive of the sentence.
 */
export function adjunctParticipleHost(doc: Doc, verb: number, sentenceStart: number): number | undefined {
  const tokens = doc.tokens;
  if (!tokens[verb].norm.endsWith("ing") || verb - 1 <= sentenceStart) return undefined;
  // "campaigned with X in Roanoke, helping him raise $50,000 and praising him": a participle joined
  // by "and" to an adjunct participle has that participle's host.
  if (tokens[verb - 1].norm === "and" && tokens[verb].pos === "VERB") {
    for (let j = verb - 2; j > sentenceStart && j >= verb - COORDINATED_PARTICIPLE_WINDOW; j--) {
      if (tokens[j].text === ";" || tokens[j].pos === "SCONJ") break;
      if (tokens[j].pos === "VERB" && tokens[j].norm.endsWith("ing"))
        return adjunctParticipleHost(doc, j, sentenceStart);
    }
  }
  // "lashed out at his relatives on Sunday, accusing them of lying": after a comma too.
  const comma = tokens[verb - 1].text === "," && tokens[verb].pos === "VERB";
  // A fronted "By collaborating with X, the firm can …" has the clause after it: no host before.
  const manner = tokens[verb - 1].norm === "by" && tokens[verb - 2]?.pos !== "PUNCT";
  // "joined fellow Democrats in calling for": after a verb of joining, "in" and a gerund.
  const joining = tokens[verb - 1].norm === "in" && tokens[verb].pos === "VERB";
  if (!comma && !manner && !joining && !PARTICIPLE_SUBORDINATORS.has(tokens[verb - 1].norm)) return undefined;
  for (let j = verb - 2; j >= sentenceStart; j--) {
    const t = tokens[j];
    if (t.pos !== "VERB") continue;
    if (t.norm.endsWith("ing") || tokens[j - 1]?.norm === "to") continue;
    // "…, police said, asking officers not to cite her": an inserted attribution is no host.
    if (comma && j === verb - 2 && ATTRIBUTING_VERBS.has(t.lemma.toLowerCase())) continue;
    // "The mayor angered residents by threatening to close the market", "tried to scare voters into
    // backing him by calling on …": "by" and a gerund tell how the main clause's subject did what it
    // did, so that subject does the gerund's act, not the object before "by". A passive's subject
    // did nothing ("the crowd was dispersed by firing tear gas"): no host then.
    if (manner && isPassive(tokens, j)) return undefined;
    if (joining && !JOINING_IN_VERBS.has(t.lemma.toLowerCase())) return undefined;
    return j;
  }
  return undefined;
}
