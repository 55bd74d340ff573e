import type { Doc, Token } from "../nlp/types.ts";
import { type ActorCandidate, agentKind } from "./actors.ts";
import { DETERMINER, describe, inTime, PRONOUN_POS, phraseStart, SKIP_BEFORE_VERB } from "./phrases.ts";
import { adjunctParticipleHost, describedNoun, reducedRelativeHost } from "./verb-forms.ts";
import {
  ANTECEDENT_VERBS,
  APPROXIMATORS,
  CLAUSE_PREPOSITIONS,
  INSTRUMENT_HEADS,
  PARTY_LABEL,
  PEOPLE_PLURAL,
  SUBJECT_PLACE_PREPOSITIONS,
  SUBJECT_PRONOUNS,
} from "./words.ts";

/** The subject phrase of a verb, found walking back from it over auxiliaries, asides, adjuncts, appositions, relative clauses and coordinated predicates. */

/** How far a subject may stand before its verb once auxiliaries and adverbs are skipped. */
const MAX_GAP = 6;

const RELATIVE_PRONOUNS = new Set(["which", "who", "that"]);

/** Longest apposition between commas that is still read as part of the subject. */
const MAX_APPOSITION = 16;

/** How long an apposition that is only a name may be ("Karim Massimov", "Kassym-Jomart Tokayev"). */
const MAX_NAME_TOKENS = 4;

/** How many prepositional adjuncts may stand between a subject and its verb. */
const MAX_ADJUNCTS = 2;

/** How many words an aside between commas may have ("in fact", "however", "for its part"). */
const MAX_ASIDE = 3;

/**
 * For a comma at `close` that ends a short aside of lower-case words without a verb (", in fact,"),
 * the index of the comma that opens it; -1 for anything else (an apposition names someone).
 */
function asideStart(tokens: Doc["tokens"], close: number, sentenceStart: number): number {
  const label = partyLabelStart(tokens, close, sentenceStart);
  if (label >= 0) return label;
  for (let k = close - 1; k >= Math.max(sentenceStart, close - MAX_ASIDE - 1); k--) {
    const t = tokens[k];
    if (t.text === ",") return k < close - 1 ? k : -1;
    if (t.pos === "VERB" || t.pos === "AUX" || t.pos === "PROPN" || !/^[a-z]/.test(t.text)) return -1;
  }
  return -1;
}

/** The subject phrase of the verb at `verb`, if one stands just before it. */
export function subjectPhrase(doc: Doc, verb: number): ActorCandidate | undefined {
  const tokens = doc.tokens;
  const sentence = doc.sentences[tokens[verb].sentence];
  // "Rosati will meet Milosevic in Belgrade, before visiting Montenegro", "attacked the convoy after
  // crossing the border": a participle after a subordinator of time or manner has the main clause's
  // subject, not the object before it.
  const main = adjunctParticipleHost(doc, verb, sentence.tokenStart);
  if (main !== undefined) return subjectPhrase(doc, main);
  // "The Latest on teachers rallying for higher pay", "fired at protesters demanding reforms": an
  // "-ing" verb right after a noun has that noun as its subject, whatever governs the noun.
  const host = tokens[verb - 1];
  if (
    tokens[verb].pos === "VERB" &&
    /ing$/.test(tokens[verb].norm) &&
    verb - 1 >= sentence.tokenStart &&
    (host.pos === "NOUN" || host.pos === "PROPN") &&
    (agentKind(host.norm) !== undefined || PEOPLE_PLURAL.test(host.norm)) &&
    // ("an office Christmas party shooting.": with nothing after it the "-ing" word is a noun.)
    verb + 1 < sentence.tokenEnd &&
    tokens[verb + 1].pos !== "PUNCT"
  )
    return describe(doc, phraseStart(tokens, verb, sentence.tokenStart), verb - 1);
  let k = verb - 1;
  let gap = 0;
  while (k >= sentence.tokenStart && gap < MAX_GAP) {
    const t = tokens[k];
    if (
      SKIP_BEFORE_VERB.has(t.pos) ||
      inTime(doc, t) ||
      (t.pos === "ADP" && tokens[k + 1] && inTime(doc, tokens[k + 1])) ||
      // "The jury on March 3, 2004, convicted": the comma that closes a date between the subject and its verb.
      (t.text === "," &&
        k > sentence.tokenStart &&
        inTime(doc, tokens[k - 1]) &&
        tokens.slice(k + 1, verb).every((x) => x.pos === "AUX" || x.pos === "ADV"))
    ) {
      k--;
      gap++;
      continue;
    }
    // "Sondland did, in fact, discuss", "the army, however, denied": a short aside between commas.
    // "North Side United -- which has been trying to negotiate -- criticized": an aside between dashes.
    const aside =
      t.text === ","
        ? asideStart(tokens, k, sentence.tokenStart)
        : DASH.test(t.text)
          ? dashAsideStart(tokens, k, sentence.tokenStart)
          : t.text === ")"
            ? bracketAsideStart(tokens, k, sentence.tokenStart)
            : -1;
    if (aside >= 0) {
      k = aside - 1;
      gap++;
      continue;
    }
    break;
  }
  // "Myanmar's military, which rights groups say has used air strikes": a relative clause's subject is
  // the phrase it hangs on, also when a "they say" is inserted.
  let rel = k;
  if (tokens[rel] && ANTECEDENT_VERBS.has(tokens[rel].lemma.toLowerCase())) {
    const speaker = phraseStart(tokens, rel, sentence.tokenStart);
    rel = speaker - 1;
  }
  if (tokens[rel] && RELATIVE_PRONOUNS.has(tokens[rel].norm) && rel > sentence.tokenStart) {
    let end = rel - 1;
    // "The Palestinian Authority - which considers …": a dash opens the clause as a comma does.
    if (tokens[end]?.text === "," || /^(?:[-–—]|--)$/.test(tokens[end]?.text ?? "")) end--;
    // The tagger reads some agent nouns as adjectives ("Myanmar's military").
    const headLike =
      tokens[end]?.pos === "NOUN" ||
      tokens[end]?.pos === "PROPN" ||
      agentKind(tokens[end]?.norm ?? "") !== undefined;
    if (end >= sentence.tokenStart && headLike) {
      return describe(doc, phraseStart(tokens, end + 1, sentence.tokenStart), end);
    }
  }
  // "Kyrgyzstan accused Tajik guards …, wounding two soldiers, and warned that …": a verb joined by
  // "and" to an earlier one shares its subject.
  // "The police barred the crowd …, but allowed them to demonstrate": so after "but".
  if (
    // ("had no option but to surrender": "but to" is "except to", no coordination.)
    (tokens[k]?.norm === "and" || (tokens[k]?.norm === "but" && tokens[k + 1]?.norm !== "to")) &&
    (tokens[k - 1]?.text === "," ||
      // "condemned the invasion on Aug. 2 but also criticized": a date ends the first predicate.
      (tokens[k - 1] && inTime(doc, tokens[k - 1])) ||
      tokens[k - 1]?.pos === "NOUN" ||
      tokens[k - 1]?.pos === "PROPN" ||
      // "…, pinning 800 students inside and threatened to …": an adverb or a stranded particle ends
      // the first predicate.
      tokens[k - 1]?.pos === "ADV" ||
      // "which considers the US biased and has rejected": an object's predicate adjective too.
      (tokens[k - 1]?.pos === "ADJ" && tokens[k + 1]?.pos === "AUX") ||
      // ("homes he owned there and arrested": "there" read as a pronoun is an adverb here.)
      tokens[k - 1]?.norm === "there" ||
      tokens[k - 1]?.pos === "ADP")
  ) {
    for (let j = k - 1; j >= sentence.tokenStart; j--) {
      if (tokens[j].pos === "VERB" && !/ing$/.test(tokens[j].norm) && tokens[j - 1]?.norm !== "to") {
        // "raided several homes he owned there and arrested X": a relative clause's verb, with or
        // without its "that", is not the one "and" joins.
        if (inRelativeClause(tokens, j)) continue;
        return subjectPhrase(doc, j);
      }
    }
  }
  // "Pakistan, a key U.S. ally in the war on terror, has refused", "the rebels, who attacked the town,
  // withdrew": the subject before its apposition or relative clause.
  if (tokens[k]?.text === "," && k > sentence.tokenStart) {
    let open = k - 1;
    while (open > sentence.tokenStart && open > k - MAX_APPOSITION && tokens[open].text !== ",") open--;
    // "state Sen. Tony Strickland, R-Moorpark, along with …,": the phrase ends before its party label.
    const label = tokens[open].text === "," ? partyLabelStart(tokens, open, sentence.tokenStart) : -1;
    if (label >= 0) open = label;
    if (
      tokens[open].text === "," &&
      open - 1 >= sentence.tokenStart &&
      (tokens[open - 1].pos === "NOUN" || tokens[open - 1].pos === "PROPN")
    ) {
      const first = phraseStart(tokens, open, sentence.tokenStart);
      const before = tokens[first - 1];
      // "Sen. Tony Strickland, R-Moorpark, is launching a group, asking donors": what stands between
      // the commas is the main clause's predicate, and the participle after it has its subject.
      const predicate = tokens[open + 1];
      const finite =
        predicate.pos === "AUX" || (predicate.pos === "VERB" && !/(?:ing|ed)$/.test(predicate.norm));
      if (finite && /ing$/.test(tokens[verb].norm)) {
        for (let j = open + 1; j < k; j++) if (tokens[j].pos === "VERB") return subjectPhrase(doc, j);
      }
      // The actor is the phrase itself; the apposition or relative clause only describes it. An
      // apposition that is only a name names the actor the phrase describes ("One of Mr.
      // Nazarbayev's allies, Karim Massimov, was arrested").
      if (!(first > sentence.tokenStart && before.pos === "ADP" && before.norm !== "of")) {
        const name = tokens.slice(open + 1, k);
        if (name.length > 0 && name.length <= MAX_NAME_TOKENS && name.every((t) => t.pos === "PROPN"))
          return describe(doc, open + 1, k - 1);
        return describe(doc, first, open - 1);
      }
    }
    return undefined;
  }
  let adjuncts = 0;
  // Whether every adjunct passed over so far was a place ("after rioters in Greece set fire").
  let placesOnly = true;
  // The phrase of the last adjunct passed over, which a participle's "by" makes its agent.
  let agentPhrase: ActorCandidate | undefined;
  for (let nearest = true; adjuncts < MAX_ADJUNCTS && k >= sentence.tokenStart; nearest = false) {
    // "Two officers involved in the shooting were arrested": past the adjunct, the participle's noun.
    const participleHost = reducedRelativeHost(tokens, k, sentence.tokenStart);
    // "The missile fired by the army destroyed the warship": who used the weapon did it.
    if (participleHost >= 0 && INSTRUMENT_HEADS.has(tokens[participleHost].norm) && agentPhrase)
      return tokens[k + 1].norm === "by" ? agentPhrase : undefined;
    if (participleHost >= 0) {
      k = participleHost;
      continue;
    }
    const last = tokens[k];
    // "after the military crushed the protests": the tagger reads some agent nouns as adjectives;
    // after a determiner and right before the verb, such a word is the subject's head.
    const agentAdjective =
      last.pos === "ADJ" && agentKind(last.norm) !== undefined && DETERMINER.has(tokens[k - 1]?.norm ?? "");
    // "when police killed a teenager": right before the verb, an agent noun the tagger read as a verb.
    const agentVerb = nearest && last.pos === "VERB" && agentKind(last.norm) !== undefined;
    if (
      last.pos === PRONOUN_POS ||
      !(last.pos === "NOUN" || last.pos === "PROPN" || last.text === ")" || agentAdjective || agentVerb)
    )
      return undefined;
    if (agentVerb) return describe(doc, k, k);
    const first = phraseStart(tokens, k + 1, sentence.tokenStart);
    const before = tokens[first - 1];
    // "The policeman charged with killing the boy has been jailed": the phrase is the object of a
    // clause describing the subject.
    const described = describedNoun(tokens, first - 1, sentence.tokenStart);
    if (described >= 0) {
      k = described;
      continue;
    }
    // "… has in any case received": a phrase after a preposition is an adjunct; the subject is further
    // left. But a subordinator the tagger reads as a preposition opens a clause whose subject the
    // phrase is ("after American troops leave", "since the war began").
    // "after rioters in Greece set fire": past the subject's own place, too.
    // "as thousands took to the streets" opens a clause; "as well as a strip", "such as rebels" and
    // "as" before a participle ("as well as … prior to transporting") do not.
    const asPreposition =
      before?.norm === "as" &&
      (["well", "such", "so"].includes(tokens[first - 2]?.norm ?? "") || /ing$/.test(tokens[verb].norm));
    const opensClause =
      (nearest || placesOnly) && CLAUSE_PREPOSITIONS.has(before?.norm ?? "") && !asPreposition;
    // "About 4,000 farmers from Belgium, France and the Netherlands drove …": a list after a
    // preposition is one adjunct too; the subject is the phrase before the preposition.
    const listStart =
      before?.pos === "CCONJ" ? listAfterPreposition(tokens, first - 1, sentence.tokenStart) : -1;
    if (listStart > sentence.tokenStart) {
      adjuncts++;
      k = listStart - 2;
      while (k >= sentence.tokenStart && (tokens[k].text === "," || SKIP_BEFORE_VERB.has(tokens[k].pos))) k--;
      continue;
    }
    // "About 4,000 farmers": a preposition of approximation before a number belongs to the phrase.
    const approximate = APPROXIMATORS.has(before?.norm ?? "") && tokens[first].pos === "NUM";
    if (
      first > sentence.tokenStart &&
      before.pos === "ADP" &&
      before.norm !== "of" &&
      !opensClause &&
      !approximate
    ) {
      adjuncts++;
      placesOnly &&= SUBJECT_PLACE_PREPOSITIONS.has(before.norm);
      agentPhrase = describe(doc, first, k);
      k = first - 2;
      while (k >= sentence.tokenStart && (tokens[k].text === "," || SKIP_BEFORE_VERB.has(tokens[k].pos))) k--;
      continue;
    }
    // "Morocco was the first country to recognize …": the predicate's infinitive is its subject's act.
    const copular = tokens[verb - 1]?.norm === "to" && k === verb - 2 ? copulaSubject(doc, first) : undefined;
    return copular ?? describe(doc, first, k);
  }
  return undefined;
}

const DASH = /^(?:[–—]|--)$/;

/** How far back the dash that opens an aside may stand. */
const DASH_ASIDE = 25;

/** The index of the dash that opens the aside a dash at `k` closes, or -1. */
function dashAsideStart(tokens: Token[], k: number, sentenceStart: number): number {
  for (let j = k - 2; j >= Math.max(sentenceStart + 1, k - DASH_ASIDE); j--)
    if (DASH.test(tokens[j].text)) return j;
  return -1;
}

/**
 * "Rep. Jane Doe (D-Calif.) demanded", "the ministry (which oversees the police) denied": a short
 * aside in brackets between the subject and its verb.
 */
function bracketAsideStart(tokens: Token[], k: number, sentenceStart: number): number {
  for (let j = k - 1; j >= Math.max(sentenceStart + 1, k - BRACKET_ASIDE); j--) {
    if (tokens[j].text === "(") return j;
    if (tokens[j].text === ")") return -1;
  }
  return -1;
}
/** How many words a bracketed aside may hold. */
const BRACKET_ASIDE = 12;

/**
 * "state Sen. Tony Strickland, R-Moorpark, is launching": for a comma that closes a party label
 * after a name, the index of the comma that opens it; -1 otherwise.
 */
function partyLabelStart(tokens: Doc["tokens"], close: number, sentenceStart: number): number {
  for (let k = close - 1; k >= Math.max(sentenceStart, close - 6); k--) {
    if (tokens[k].text !== ",") continue;
    const label = tokens
      .slice(k + 1, close)
      .map((t) => t.text)
      .join("");
    return PARTY_LABEL.test(label) ? k : -1;
  }
  return -1;
}

/** How many words a relative clause's own subject may have ("houses that the rebels used"). */
const RELATIVE_SUBJECT = 4;

/** Relative pronouns that may open a clause on a noun ("homes that he owned"). */
const RELATIVE_WORDS = new Set(["that", "which", "who", "whom"]);

/**
 * The verb at `verb` is in a relative clause with a subject of its own on the noun before it:
 * "homes he owned" (a pronoun subject right after a noun), "houses that the rebels used".
 */
function inRelativeClause(tokens: Token[], verb: number): boolean {
  let k = verb - 1;
  while (k > 0 && (tokens[k].pos === "AUX" || tokens[k].pos === "ADV")) k--;
  const isNoun = (t?: Token) => t?.pos === "NOUN" || t?.pos === "PROPN";
  // "an employee who was fired last week shot and killed": a clause whose relative pronoun is its
  // subject hangs on the subject of the verbs after it; it is read as such by subjectPhrase.
  if (RELATIVE_WORDS.has(tokens[k]?.norm ?? "")) return false;
  // "houses that rebels used": past the clause's own subject.
  let s = k;
  while (
    s > k - RELATIVE_SUBJECT &&
    ["NOUN", "PROPN", "ADJ", "DET", "NUM"].includes(tokens[s]?.pos ?? "") &&
    !RELATIVE_WORDS.has(tokens[s].norm)
  )
    s--;
  if (s < k && ["that", "which"].includes(tokens[s]?.norm ?? "") && isNoun(tokens[s - 1])) return true;
  return (
    tokens[k]?.pos === PRONOUN_POS &&
    (SUBJECT_PRONOUNS.has(tokens[k].norm) || tokens[k].norm === "it") &&
    (isNoun(tokens[k - 1]) || RELATIVE_WORDS.has(tokens[k - 1]?.norm ?? ""))
  );
}

/** Verbs that join a subject to a noun phrase that names it ("was the first country", "became the only leader"). */
const COPULAS = new Set(["be", "become", "remain"]);

/**
 * The subject of a copula right before the noun phrase at `first` ("Morocco was the first country",
 * "she became the only senator"), when it names a party.
 */
function copulaSubject(doc: Doc, first: number): ActorCandidate | undefined {
  const tokens = doc.tokens;
  const copula = tokens[first - 1];
  if (!copula || !COPULAS.has(copula.lemma.toLowerCase()) || tokens[first].pos !== "DET") return undefined;
  const subject = subjectPhrase(doc, first - 1);
  return subject && subject.kind !== "unknown" ? subject : undefined;
}

/** Items a list of names after a preposition may have before it ("from Belgium, France and …"). */
const MAX_LIST_ITEMS = 6;

/**
 * The conjunction at `comma` joins the last item of a list of noun phrases ("Belgium, France and
 * the Netherlands") that a preposition other than "of" opens: the index of the list's first token
 * (the preposition is just before it), or -1. ("In a letter, the doctors pleaded": a comma alone
 * ends an introductory phrase, no list.)
 */
function listAfterPreposition(tokens: Token[], comma: number, sentenceStart: number): number {
  let j = comma;
  let items = 0;
  // "tantamount to indictment, and the US lawyers are demanding": two phrases with a comma before
  // "and" are two clauses, not a list of two.
  const clauseAnd = tokens[comma].pos === "CCONJ" && tokens[comma - 1]?.text === ",";
  while (
    j > sentenceStart &&
    (tokens[j].text === "," || tokens[j].pos === "CCONJ") &&
    items < MAX_LIST_ITEMS
  ) {
    // ", and": one separator.
    if (tokens[j].pos === "CCONJ" && tokens[j - 1]?.text === ",") j--;
    const end = tokens[j - 1];
    if (!end || (end.pos !== "NOUN" && end.pos !== "PROPN")) return -1;
    j = phraseStart(tokens, j, sentenceStart) - 1;
    items++;
  }
  if (items === 1 && clauseAnd) return -1;
  const prep = tokens[j];
  return items && prep && prep.pos === "ADP" && prep.norm !== "of" ? j + 1 : -1;
}
