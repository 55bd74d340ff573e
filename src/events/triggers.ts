import { isJoiningHyphen } from "../nlp/offsets.ts";
import type { Doc } from "../nlp/types.ts";
import { TRIGGER_RULES, type TriggerRule } from "./lexicon.ts";
import { inTime } from "./phrases.ts";
import type { PloverType } from "./schema.ts";
import {
  afterBeAuxiliary,
  attributiveSlot,
  DEFINITE_OR_ARTICLE,
  headNounAfter,
  isAttributiveParticiple,
  isReducedRelative,
  matches,
  NOUN_POS,
  namesVictims,
} from "./trigger-match.ts";
import { partOfName, titleCase } from "./trigger-names.ts";
import {
  DISCOURSE_PARTICIPLES,
  GEAR_AFTER_ING,
  NOUNS_AFTER_EVENT_MODIFIER,
  PARTICIPLE_SUBORDINATORS,
  RESULTATIVES,
} from "./words.ts";

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
// "to mark the anniversary of the shooting": an event of the past that dates another.
const ANCHOR_HEADS = new Set([
  "wake",
  "aftermath",
  "result",
  "because",
  "spite",
  "light",
  "course",
  "anniversary",
]);
const POSSESSIVES = new Set(["its", "their", "his", "her", "our"]);

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

export function findTriggers(doc: Doc): Trigger[] {
  const out: Trigger[] = [];
  const publishedYear = Number(doc.reference.date.slice(0, 4));
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
      // A past form lemmatised by its spelling may have lost a silent "e" ("tortured" → tortur).
      const rules =
        RULES_BY_WORD.get(t0.lemma.toLowerCase()) ??
        (t0.pos === "VERB" && t0.norm.endsWith("ed")
          ? RULES_BY_WORD.get(`${t0.lemma.toLowerCase()}e`)
          : undefined) ??
        [];
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
        // Longer rules first; among equals, a rule whose condition asks for something is more specific
        // ("withdraw inspectors" is a sanction) than one whose condition only rules a sense out
        // ("not-filing"), which is no more specific than a rule with none.
        const better =
          !best ||
          rule.words.length > best.rule.words.length ||
          (rule.words.length === best.rule.words.length && selective(rule) && !selective(best.rule));
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
      // "detonating cord", "the firing range": an "-ing" word that names gear with its noun.
      if (
        /ing$/.test(t.norm) &&
        best.last === i &&
        tokens[i + 1]?.sentence === t.sentence &&
        GEAR_AFTER_ING.has(tokens[i + 1]?.norm ?? "")
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
      // "despite boycotts from the opposition", "amid protests": a verb's "-s" form never follows a
      // preposition, so there the word is a plural noun.
      // "how Saturday's shooting unfolded": after a possessive "'s" an "-ing" word is a noun too.
      // So after a determiner, past the noun's date and adjectives ("the Friday night shooting").
      const possessedGerund =
        t.pos === "VERB" && best.last === i && /ing$/.test(t.norm) && determinedGerund(doc, i);
      const taggedVerbNoun =
        t.pos === "VERB" &&
        best.last === i &&
        !/(?:ed|ing)$/.test(t.norm) &&
        (ARTICLES_AND_POSSESSIVES.has(tokens[i - 1]?.norm ?? "") ||
          // "NATO's grant offer": so after a possessive "'s".
          /^['’]s$/.test(tokens[i - 1]?.norm ?? "") ||
          (tokens[i - 1]?.pos === "ADP" && tokens[i - 1].norm !== "to" && /[^s]s$/.test(t.norm))) &&
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
        !resultative &&
        !participle &&
        (NOUN_POS.has(t.pos) ||
          gerund ||
          taggedAdjective ||
          taggedVerbNoun ||
          possessedGerund ||
          // "fired tear gas": a compound the lexicon lists as a noun, whatever its first word's tag.
          (best.rule.pos === "n" && best.last > i));
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

/** A rule whose condition asks for something near ("personnel", "protest"), not one that only rules a sense out ("not-filing"). */
function selective(rule: { condition?: string }): boolean {
  return !!rule.condition && !rule.condition.startsWith("not-");
}

/** How many dates and adjectives may stand between a determiner and the "-ing" noun it opens. */
const GERUND_MODIFIERS = 3;

/**
 * The "-ing" word at `i` follows a possessive "'s" or a determiner, past a few dates and adjectives
 * ("Saturday's shooting", "the Friday night shooting", "the Tucson shooting"): a noun ("the men
 * shooting at police" has a noun between, and stays a verb).
 */
function determinedGerund(doc: Doc, i: number): boolean {
  const tokens = doc.tokens;
  let k = i - 1;
  // ("the Tucson shooting", "the Friday night shooting": a name or a date before it modifies it.)
  for (
    let m = 0;
    m < GERUND_MODIFIERS &&
    k > 0 &&
    (tokens[k].pos === "ADJ" || tokens[k].pos === "PROPN" || inTime(doc, tokens[k]));
    m++
  )
    k--;
  const w = tokens[k];
  if (!w || w.sentence !== tokens[i].sentence) return false;
  return /^['’]s$/.test(w.norm) || ["the", "a", "an"].includes(w.norm);
}
