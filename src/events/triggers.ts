import { isJoiningHyphen, wordBefore } from "../nlp/offsets.ts";
import type { Doc, Token } from "../nlp/types.ts";
import { TRIGGER_RULES, type TriggerRule } from "./lexicon.ts";
import type { PloverType } from "./schema.ts";
import { conditionHolds, hasNear } from "./trigger-conditions.ts";
import { isPassive } from "./verb-forms.ts";
import { DISCOURSE_PARTICIPLES, NOUNS_AFTER_EVENT_MODIFIER, RESULTATIVES } from "./words.ts";

/** A word (or verb + particle) that names an event, before any argument is attached. */
export interface Trigger {
  type: PloverType;
  mode?: string;
  sentence: number;
  firstToken: number;
  lastToken: number;
  start: number;
  end: number;
  text: string;
  nominal: boolean;
  /** "the withdrawal", "their cooperation": may refer back to an event told before. */
  definite: boolean;
  /** A nominal inside a temporal or causal adjunct ("during the violence"): background, not news. */
  background: boolean;
  /** Proposed by the obligation parser ("X said Y must V") rather than by a lexicon rule. */
  obligation?: boolean;
  /** The rule that proposed it ("trigger:call for", "trigger:obligation"), for --explain. */
  rule: string;
}

const DEFINITE_OR_ARTICLE = new Set([
  "the",
  "a",
  "an",
  "its",
  "their",
  "his",
  "her",
  "our",
  "this",
  "these",
  "that",
  "those",
]);
/** Subordinators after which an "-ing" word opens a participle clause ("after meeting the king"). */
const PARTICIPLE_SUBORDINATORS = new Set([
  "before",
  "after",
  "while",
  "since",
  "when",
  "without",
  "upon",
  "whilst",
]);
/** Tags that open a verb's object ("meeting the king", "visiting Montenegro"). */
const OBJECT_START_POS = new Set(["DET", "PROPN", "PRON", "NUM"]);
/** Words after which a word is a noun whatever its tag ("the kidnap", "a murder", "its withdrawal"). */
const ARTICLES_AND_POSSESSIVES = new Set(["the", "a", "an", "its", "their", "his", "her", "our"]);
const DEFINITE = new Set(["the", "these", "this", "those", "its", "their", "his", "her", "our", "such"]);
/** Prepositions that make a following event a time or cause anchor ("during the violence"). */
const ANCHOR_PREPOSITIONS = new Set([
  "during",
  "after",
  "before",
  "since",
  "following",
  "amid",
  "despite",
  "until",
  "wake",
]);
/** "a sign of their cooperation", "thanked them for its support": a possessed event after these is a state, not news. */
const POSSESSIVE_PREPOSITIONS = new Set(["of", "for"]);
/** "in the wake of", "in the aftermath of", "as a result of", "because of". */
const ANCHOR_HEADS = new Set(["wake", "aftermath", "result", "because", "spite", "light", "course"]);
const POSSESSIVES = new Set(["its", "their", "his", "her", "our"]);
/** Objects that turn a violent verb into something else ("seize power" is a coup claim, not a seizure). */
const NON_EVENT_OBJECTS: Partial<Record<PloverType, Set<string>>> = {
  COERCE: new Set([
    "power",
    "opportunity",
    "chance",
    "initiative",
    "moment",
    // "carbon dioxide that is captured", "captured the imagination of": no seizure of anything held.
    "carbon",
    "dioxide",
    "emissions",
    "imagination",
    "attention",
    "essence",
    "spirit",
    "mood",
  ]),
  SUPPORT: new Set([
    "claim",
    "claims",
    "argument",
    "arguments",
    "allegation",
    "allegations",
    "theory",
    "view",
    "assertion",
    "case",
    "hypothesis",
    "notion",
    // "signed a confession", "signed a lease", "recognized Lincoln's profile".
    "confession",
    "confessions",
    "lease",
    "autograph",
    "autographs",
    "profile",
    "face",
    "voice",
  ]),
  CONSULT: new Set([
    "goal",
    "goals",
    "target",
    "targets",
    "demand",
    "demands",
    "expectations",
    "requirements",
    "needs",
    "deadline",
    "criteria",
  ]),
  // "shot down rumors of a V8": rejecting a claim, not downing an aircraft.
  ASSAULT: new Set([
    "record",
    "records",
    "speech",
    "rumors",
    "rumours",
    "rumor",
    "rumour",
    "idea",
    "ideas",
    "suggestion",
    "suggestions",
    "proposal",
    "proposals",
    "claims",
  ]),
  // "seeking chances to exhibit", "sought medical treatment": a person's pursuit, not a demand on a
  // party ("demanding jobs" is one).
  REQUEST: new Set(["chance", "chances", "opportunity", "opportunities", "treatment", "fortune"]),
  // "must surrender his passport", "handed over their licences": papers given up under bail terms;
  // "witnesses have withdrawn their statements": words taken back.
  RETREAT: new Set([
    "passport",
    "passports",
    "license",
    "licenses",
    "licence",
    "licences",
    "statement",
    "statements",
    "complaint",
    "complaints",
    "remarks",
    "comments",
    "lawsuit",
    "suit",
  ]),
};

const VERB_POS = new Set(["VERB"]);
const NOUN_POS = new Set(["NOUN", "PROPN"]);

function matches(
  rule: TriggerRule,
  tokens: Token[],
  i: number,
  s: { tokenStart: number; tokenEnd: number },
  asNoun = false,
  singular?: string,
): number {
  const t = tokens[i];
  if (rule.words[0] !== t.lemma.toLowerCase() && rule.words[0] !== t.norm && rule.words[0] !== singular)
    return -1;
  if (asNoun) {
    // A gerund used as a noun matches noun rules ("the shelling") and no verb rule.
    if (rule.pos === "v") return -1;
  } else if (rule.pos === "v" && !VERB_POS.has(t.pos)) return -1;
  if (rule.pos === "n" && !NOUN_POS.has(t.pos) && !asNoun) return -1;
  if (rule.pos === "*" && !VERB_POS.has(t.pos) && !NOUN_POS.has(t.pos)) return -1;
  if (t.pos === "PROPN" && rule.pos !== "a" && /^[A-Z]/.test(t.text) && t.start > 0) {
    // A capitalised trigger word inside a name ("Relief Coordinator", "Cooperation Council") names an organisation.
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (
      (prev && prev.pos === "PROPN" && prev.sentence === t.sentence) ||
      (next && next.pos === "PROPN" && next.sentence === t.sentence)
    )
      return -1;
  }
  let last = i;
  for (let k = 1; k < rule.words.length; k++) {
    if (tokens[i + k]?.norm !== rule.words[k] || i + k >= s.tokenEnd) return -1;
    last = i + k;
  }
  if (rule.condition && !conditionHolds(rule.condition, tokens, i, s)) return -1;
  const blocked = NON_EVENT_OBJECTS[rule.type];
  if (blocked && hasNear(tokens, last + 1, Math.min(s.tokenEnd, last + 3), blocked)) return -1;
  // A passive's patient stands before it: "the carbon dioxide that is captured".
  if (
    rule.type === "COERCE" &&
    blocked &&
    isPassive(tokens, i) &&
    hasNear(tokens, Math.max(s.tokenStart, i - 4), i, blocked)
  )
    return -1;
  return last;
}

/**
 * A participle that follows a noun inside a prepositional phrase and takes no object
 * ("the funeral of a guard killed during the riots") describes a participant, not news;
 * "the president thanked Russia" and "protesters gathered in the square" are finite verbs.
 */
function isReducedRelative(tokens: Token[], i: number, sentenceStart: number): boolean {
  const t = tokens[i];
  if (t.pos !== "VERB" || !/ed$|en$/.test(t.norm) || i === sentenceStart) return false;
  const prev = tokens[i - 1];
  if (prev.pos !== "NOUN" && prev.pos !== "PROPN") return false;
  const next = tokens[i + 1];
  if (
    next &&
    next.sentence === t.sentence &&
    next.pos !== "ADP" &&
    next.pos !== "PUNCT" &&
    next.pos !== "ADV"
  )
    return false;
  let k = i - 1;
  while (k > sentenceStart && ["NOUN", "PROPN", "ADJ", "DET", "NUM"].includes(tokens[k - 1].pos)) k--;
  if (!(k > sentenceStart && tokens[k - 1].pos === "ADP")) return false;
  // "Hundreds of dockworkers marched …" has no other finite verb: there "marched" is the main verb.
  return hasOtherFiniteVerb(tokens, i);
}

function afterBeAuxiliary(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3) && tokens[k].sentence === tokens[i].sentence; k--) {
    if (["was", "were", "been", "be", "is", "are", "being"].includes(tokens[k].norm)) return true;
    if (tokens[k].pos !== "ADV") return false;
  }
  return false;
}

function hasOtherFiniteVerb(tokens: Token[], i: number): boolean {
  const sentence = tokens[i].sentence;
  // Only the participle's own clause counts: stop at "unless", "that", "which", "who", ";".
  for (let k = i - 1; k >= 0 && tokens[k].sentence === sentence && !isClauseBoundary(tokens[k]); k--)
    if (isFiniteVerb(tokens, k)) return true;
  for (
    let k = i + 1;
    k < tokens.length && tokens[k].sentence === sentence && !isClauseBoundary(tokens[k]);
    k++
  )
    if (isFiniteVerb(tokens, k)) return true;
  return false;
}

/** Words that open a new clause (wink tags some of them ADP: "unless", "until"). */
const CLAUSE_OPENERS = new Set([
  "where",
  "whereby",
  "which",
  "who",
  "whom",
  "that",
  "whose",
  "unless",
  "if",
  "because",
  "while",
  "although",
  "though",
  "when",
  "whereas",
  "until",
]);

function isClauseBoundary(t: Token): boolean {
  return t.pos === "SCONJ" || t.text === ";" || CLAUSE_OPENERS.has(t.norm);
}

function isFiniteVerb(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t.pos === "AUX") return true;
  if (t.pos !== "VERB" || t.norm === "according" || /ing$/.test(t.norm)) return false;
  return tokens[k - 1]?.norm !== "to" && !isAttributiveParticiple(tokens, k);
}

/**
 * "the detained fishermen", "a wounded soldier", "the recently imposed Sharia law", "its newly
 * elected leader": a past participle between a determiner (adverbs between) and its noun (adjectives
 * between) is an adjective. It describes the thing by an earlier event; it neither tells that event
 * nor is the clause's verb.
 */
function isAttributiveParticiple(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.pos !== "VERB" || !/ed$|en$/.test(t.norm)) return false;
  const k = wordBefore(tokens, i);
  if (k < 0 || !DEFINITE_OR_ARTICLE.has(tokens[k].norm)) return false;
  let j = i + 1;
  while (tokens[j]?.pos === "ADJ" && tokens[j].sentence === t.sentence) j++;
  return NOUN_POS.has(tokens[j]?.pos ?? "") && tokens[j].sentence === t.sentence;
}

/** Event words that also name gear or units ("riot police", "strike force"). */
const MODIFIER_OF_FORCES = new Set(["riot", "strike", "protest", "assault"]);
const FORCE_NOUNS = new Set([
  "police",
  "policemen",
  "officers",
  "gear",
  "squad",
  "squads",
  "shields",
  "control",
  "unit",
  "units",
  "force",
  "forces",
  "rifle",
  "rifles",
  "vehicle",
  "vehicles",
  "troops",
]);

const NO_RULES: readonly TriggerRule[] = [];

/** Rules indexed by their first word, so each token looks at a handful of rules instead of all of them. */
const RULES_BY_WORD = new Map<string, TriggerRule[]>();
for (const rule of TRIGGER_RULES) {
  const list = RULES_BY_WORD.get(rule.words[0]) ?? [];
  list.push(rule);
  RULES_BY_WORD.set(rule.words[0], list);
}

/** A noun follows: tagged so, or an adjective standing as the phrase's head ("a convicted terrorist,"). */
function headNounAfter(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next) return false;
  if (next.pos === "NOUN") return true;
  return next.pos === "ADJ" && !["NOUN", "ADJ", "PROPN"].includes(tokens[i + 2]?.pos ?? "");
}

/**
 * The participle stands where a noun's modifier does: at the sentence's start or after an article,
 * adjective, number or preposition, with adverbs between ("the previously signed agreements",
 * "Unjustly imprisoned journalists"); after a noun it is a finite verb ("Police also confiscated").
 */
function attributiveSlot(tokens: Token[], i: number, sentenceStart: number): boolean {
  let k = i - 1;
  while (k >= sentenceStart && tokens[k].pos === "ADV") k--;
  return k < sentenceStart || ["DET", "ADJ", "NUM", "ADP"].includes(tokens[k].pos);
}

/**
 * The capitalised word at `i` is part of a name, not a trigger, unless the sentence is a headline in
 * title case, which capitalises its verbs too ("Blast Injures Three in Abkhazia"):
 * - inside a named entity ("Grant County", "said advocate James Grant", "the Six-Day War"; at a
 *   sentence's start only inside a name of several words);
 * - right after a name, whatever its tag ("GiveWell Incubation Grant funding");
 * - a proper noun before "of" and another capitalised word ("the Pledge of Allegiance").
 */
function partOfName(
  doc: Doc,
  i: number,
  s: { tokenStart: number; tokenEnd: number },
  titled: () => boolean,
): boolean {
  const { tokens } = doc;
  const t = tokens[i];
  const capital = /^\p{Lu}/u.test(t.text);
  const inside = capital && inName(doc, t, i === s.tokenStart);
  const afterName =
    capital && i > s.tokenStart && tokens[i - 1].pos === "PROPN" && /^\p{Lu}/u.test(tokens[i - 1].text);
  const beforeOfName =
    t.pos === "PROPN" &&
    i > s.tokenStart &&
    tokens[i + 1]?.norm === "of" &&
    /^\p{Lu}/u.test(tokens[i + 2]?.text ?? "") &&
    tokens[i + 2].sentence === t.sentence;
  return (inside || afterName || beforeOfName) && !titled();
}

/**
 * The participle at `i` names the victims of an act told elsewhere, if at all: after "those" ("the
 * names of those killed", "relatives of those arrested"), or after "the" with no noun to qualify
 * ("None of the injured were British", "among the wounded").
 */
function namesVictims(tokens: Token[], i: number, last: number): boolean {
  const t = tokens[i];
  const before = tokens[i - 1];
  if (!before || before.sentence !== t.sentence || !t.norm.endsWith("ed")) return false;
  if (before.norm === "those") return true;
  return (
    before.norm === "the" && last === i && !["NOUN", "PROPN", "ADJ", "NUM"].includes(tokens[i + 1]?.pos ?? "")
  );
}

/** The token lies inside a named entity (with `longOnly`, one of more than one word). */
function inName(doc: Doc, t: Token, longOnly: boolean): boolean {
  return doc.entities.some(
    (e) => e.start <= t.start && t.end <= e.end && (!longOnly || e.start < t.start || t.end < e.end),
  );
}

/** Most words of the sentence are capitalised, as in a headline ("Murmansk's Governor Resigns"). */
function titleCase(tokens: Token[], s: { tokenStart: number; tokenEnd: number }): boolean {
  let words = 0;
  let capitalised = 0;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    if (!/^\p{L}{4,}/u.test(tokens[k].text)) continue;
    words++;
    if (/^\p{Lu}/u.test(tokens[k].text)) capitalised++;
  }
  return words > 0 && capitalised >= 0.6 * words;
}

export function findTriggers(doc: Doc): Trigger[] {
  const out: Trigger[] = [];
  const tokens = doc.tokens;
  doc.sentences.forEach((s, sentence) => {
    // Whether the sentence is a title-case headline, read once and only if a trigger asks.
    let headline: boolean | undefined;
    const titled = () => {
      headline ??= titleCase(tokens, s);
      return headline;
    };
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      // Longer rules first, so "call for" wins over "call".
      let best: { rule: TriggerRule; last: number } | undefined;
      const t0 = tokens[i];
      // "the reopening of shops", "Shelling killed 14": a gerund after a determiner, or opening the sentence before its verb, is a noun.
      // "gave a warm welcome to", "on alert in": a word after a determiner or preposition and before a preposition is a noun, whatever the tagger says.
      const taggedAdjective =
        t0.pos === "ADJ" &&
        (tokens[i - 1]?.pos === "DET" || tokens[i - 2]?.pos === "DET" || tokens[i - 1]?.pos === "ADP") &&
        tokens[i + 1]?.pos === "ADP";
      const gerund =
        t0.pos === "VERB" &&
        /ing$/.test(t0.norm) &&
        (DEFINITE_OR_ARTICLE.has(tokens[i - 1]?.norm ?? "") ||
          (i === s.tokenStart && tokens[i + 1]?.pos === "VERB"));
      const rules = RULES_BY_WORD.get(t0.lemma.toLowerCase()) ?? [];
      // "Clashes erupted …": the tagger reads a capitalised plural opening a sentence as a name, unlemmatised.
      const singular =
        i === s.tokenStart && t0.pos === "PROPN" && /s$/.test(t0.norm)
          ? [t0.norm.replace(/es$/, ""), t0.norm.replace(/s$/, "")].find((w) => RULES_BY_WORD.has(w))
          : undefined;
      const normRules =
        t0.norm !== t0.lemma.toLowerCase() ? (RULES_BY_WORD.get(t0.norm) ?? NO_RULES) : NO_RULES;
      // Arrays are built only for the rare token that has both (this loop runs on every token).
      const byNorm = singular ? [...normRules, ...(RULES_BY_WORD.get(singular) ?? NO_RULES)] : normRules;
      for (const rule of rules.length && byNorm.length
        ? [...rules, ...byNorm]
        : rules.length
          ? rules
          : byNorm) {
        const last = matches(rule, tokens, i, s, gerund || taggedAdjective, singular);
        // Longer rules first; among equals, a rule with a condition is more specific ("withdraw inspectors" is a sanction).
        const better =
          !best ||
          rule.words.length > best.rule.words.length ||
          (rule.words.length === best.rule.words.length && !!rule.condition && !best.rule.condition);
        if (last >= 0 && better) best = { rule, last };
      }
      if (!best) continue;
      const t = tokens[i];
      // "riot police", "riot gear": a word naming equipment or units, not an event.
      if (MODIFIER_OF_FORCES.has(t.norm) && FORCE_NOUNS.has(tokens[i + 1]?.norm ?? "")) continue;
      // "the detention center", "aid workers", "an arrest warrant": an event noun modifying a noun of things or people.
      if (
        NOUN_POS.has(t.pos) &&
        best.last === i &&
        tokens[i + 1]?.sentence === t.sentence &&
        NOUNS_AFTER_EVENT_MODIFIER.has(tokens[i + 1]?.norm ?? "")
      )
        continue;
      // "carrying a grenade-launcher", "a kidnap-murder": the first word of a hyphenated compound
      // modifies the next; the compound's head decides.
      if (
        NOUN_POS.has(t.pos) &&
        isJoiningHyphen(tokens, best.last + 1) &&
        tokens[best.last + 2]?.pos === "NOUN" &&
        tokens[best.last + 2].sentence === t.sentence
      )
        continue;
      // "a March 21 phone call", "in May": a word inside a time expression names a date, not an event.
      if (doc.times.some((x) => x.start <= t.start && t.end <= x.end)) continue;
      if (partOfName(doc, i, s, titled)) continue;
      // "hundreds injured", "dozens of dead": the head of a count names its victims, not a new event.
      if (doc.quantities.some((q) => q.nounSpan && q.nounSpan.start <= t.start && t.end <= q.nounSpan.end))
        continue;
      // "Gunmen shot dead 12 people": the tagger often reads the verb of "shot dead" or "gunned down"
      // as a noun; a resultative phrase is a verb whatever its tag.
      const resultative = best.last > i && RESULTATIVES.has(tokens[i + 1]?.norm ?? "");
      // "the paedophile kidnap and murder scandal", "a murder": the tagger reads some event nouns
      // as verbs; after an article or a possessive ("the", "a", "its"; not "that", a conjunction
      // as often) the word is a noun.
      const taggedVerbNoun =
        t.pos === "VERB" &&
        best.last === i &&
        !/(?:ed|ing)$/.test(t.norm) &&
        ARTICLES_AND_POSSESSIVES.has(tokens[i - 1]?.norm ?? "") &&
        tokens[i - 1]?.sentence === t.sentence;
      // "after meeting the prime minister", "before visiting Montenegro": an "-ing" word after a
      // subordinator and before its object is a participle, the verb of its clause, whatever its tag.
      const participle =
        NOUN_POS.has(t.pos) &&
        best.last === i &&
        /ing$/.test(t.norm) &&
        PARTICIPLE_SUBORDINATORS.has(tokens[i - 1]?.norm ?? "") &&
        OBJECT_START_POS.has(tokens[i + 1]?.pos ?? "") &&
        tokens[i + 1]?.sentence === t.sentence;
      const nominal =
        !resultative && !participle && (NOUN_POS.has(t.pos) || gerund || taggedAdjective || taggedVerbNoun);
      if (namesVictims(tokens, i, best.last)) continue;
      // "Jailed journalist Aziz Orujov released", "unjustly imprisoned journalists", "a convicted
      // terrorist": a participle of custody or conviction before a noun says who someone is, not
      // that someone was arrested or convicted now.
      if (
        (t.pos === "VERB" || t.pos === "ADJ") &&
        t.norm.endsWith("ed") &&
        best.last === i &&
        headNounAfter(tokens, i) &&
        tokens[i + 1].sentence === t.sentence &&
        attributiveSlot(tokens, i, s.tokenStart)
      )
        continue;
      // "Granted, he should never have been arrested": a concession opening the sentence.
      if (i === s.tokenStart && tokens[i + 1]?.text === "," && DISCOURSE_PARTICIPLES.has(t.norm)) continue;
      // "… on Thursday shortened the curfew": a date is not a noun a participle could modify.
      const afterDate = doc.times.some((x) => x.end === tokens[i - 1]?.end);
      if (!nominal && !afterDate && isReducedRelative(tokens, i, s.tokenStart)) continue;
      // "the detained fishermen", "the recently imposed Sharia law": an adjective, not an event told.
      if (!nominal && isAttributiveParticiple(tokens, i)) continue;
      // "its long-threatened invasion": a participle inside a compound adjective modifies a noun.
      if (!nominal && tokens[i - 1]?.text === "-" && tokens[i - 1].sentence === t.sentence) continue;
      // "its goals were met": a passive meeting verb is an outcome, not a meeting ("Putin is
      // meeting Erdogan" is the progressive, active).
      if (best.rule.type === "CONSULT" && !nominal && !/ing$/.test(t.norm) && afterBeAuxiliary(tokens, i))
        continue;
      let d = i - 1;
      // "since the Ben Guerdane attack", "after the 2016 bombing": names and years right before the
      // noun modify it too ("the Nigerian military fight": a name before a noun is that noun's).
      let named = nominal;
      while (
        d > s.tokenStart &&
        (tokens[d].pos === "ADJ" ||
          tokens[d].pos === "ADV" ||
          tokens[d].pos === "NOUN" ||
          (named && (tokens[d].pos === "PROPN" || tokens[d].pos === "NUM")))
      ) {
        if (tokens[d].pos !== "PROPN" && tokens[d].pos !== "NUM") named = false;
        d--;
      }
      const determiner = d >= s.tokenStart ? tokens[d] : undefined;
      const definite = nominal && !!determiner && DEFINITE.has(determiner.norm);
      const before = tokens[d - 1];
      // "the 1949 agreement", "the 1991 Gulf War": an event noun dated by an earlier year names a
      // past event as a reference point; "amid mounting violence", "because of clashes": context.
      const publishedYear = Number(doc.reference.date.slice(0, 4));
      const datedEarlier =
        nominal &&
        tokens
          .slice(d + 1, i)
          .some((x) => /^(?:1[5-9]|20)\d\d$/.test(x.text) && Number(x.text) < publishedYear);
      const contextAnchor =
        nominal &&
        !!before &&
        before.sentence === sentence &&
        (before.norm === "amid" || (before.norm === "of" && tokens[d - 2]?.norm === "because"));
      const background =
        datedEarlier ||
        contextAnchor ||
        (definite &&
          !!before &&
          before.sentence === sentence &&
          (ANCHOR_PREPOSITIONS.has(before.norm) ||
            (before.norm === "of" && ANCHOR_HEADS.has(tokens[d - 2]?.norm ?? "")) ||
            (POSSESSIVE_PREPOSITIONS.has(before.norm) && !!determiner && POSSESSIVES.has(determiner.norm))));
      const end = tokens[best.last].end;
      out.push({
        type: best.rule.type,
        ...(best.rule.mode ? { mode: best.rule.mode } : {}),
        sentence,
        firstToken: i,
        lastToken: best.last,
        start: t.start,
        end,
        text: doc.text.slice(t.start, end),
        nominal,
        definite,
        background,
        rule: `trigger:${best.rule.words.join(" ")}${best.rule.condition ? `:${best.rule.condition}` : ""}`,
      });
      i = best.last;
    }
  });
  return out;
}
