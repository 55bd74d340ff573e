import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";
import type { Block } from "../extract/types.ts";
import type { Sentence, Token } from "./types.ts";

/** Titles that end in a full stop but never end a sentence ("MM. Putin and Tokayev"). */
const HONORIFIC = /^(mr|mrs|ms|mm|messrs|dr|gen|lt|col|capt|sgt|sen|rep|gov|prof|pres|st|mt)$/i;

/**
 * Offices whose title ends in a post-positive "general" ("the attorney general", "the UN
 * secretary-general", "the inspector general"): there "general" is the noun that heads the title,
 * which the tagger reads as an adjective.
 */
const OFFICES_BEFORE_GENERAL = new Set(
  `attorney secretary surgeon inspector solicitor governor director consul postmaster adjutant
  procurator prosecutor auditor comptroller receiver vicar`.split(/\s+/),
);

/** wink-nlp's model takes ~100 ms to load; load it once, on first use. */
let nlp: ReturnType<typeof winkNLP> | undefined;
function engine(): ReturnType<typeof winkNLP> {
  nlp ??= winkNLP(model);
  return nlp;
}

/** The sentence ends in a title ("Sen.") or an initial ("F."), after which the tagger cut it wrongly. */
function endsWithAbbreviation(tokens: Token[], s: Sentence, next: number): boolean {
  const last = tokens[s.tokenEnd - 1];
  const beforeLast = tokens[s.tokenEnd - 2];
  const word =
    last.text === "." ? beforeLast?.text : /\.$/.test(last.text) ? last.text.slice(0, -1) : undefined;
  if (word === undefined) return false;
  // "No. 3" abbreviates a number; "he said no. The vote failed" ends a sentence.
  if (/^no$/i.test(word)) return /^\d/.test(tokens[next]?.text ?? "");
  return HONORIFIC.test(word) || INITIAL.test(word);
}

/**
 * "Rep. Jane Doe (D-Calif.) demanded": an abbreviation's full stop inside brackets, and the words go
 * on in lower case. A sentence of edited news opens with a capital; the split is the tagger's.
 */
function goesOnAfterBracket(tokens: Token[], s: Sentence, next: number): boolean {
  const last = tokens[s.tokenEnd - 1];
  const beforeLast = tokens[s.tokenEnd - 2];
  return (
    last.text === ")" && /\.$/.test(beforeLast?.text ?? "") && /^\p{Ll}{2,}$/u.test(tokens[next]?.text ?? "")
  );
}

/**
 * A single capital before a full stop is an initial ("John F. Kennedy", "R-W.Va." for West
 * Virginia), which news never ends a sentence with; the split after it is the tagger's mistake.
 */
const INITIAL = /^(?:\p{Lu}|.*-\p{Lu})$/u;

/**
 * Where a word glued together by a scrape that lost the punctuation between two words splits
 * ("stabilizingKremlin" from 'is stabilizing," Kremlin'): a lower-case word of three letters or
 * more running into a capitalised one. Names written in camel case start with a capital or have
 * a one- or two-letter head ("McDonald", "iPhone", "eBay", "YouTube"), so they stay whole.
 * Returns the offset of the second word, or -1.
 */
export function gluedBoundary(word: string): number {
  const m = /^\p{Ll}{3,}(?=\p{Lu}\p{Ll}{2,}$)/u.exec(word);
  return m ? m[0].length : -1;
}

/** wink read the glued pair as one word; the head's part of speech is guessed from its ending. */
function headPos(head: string): string {
  if (/(?:ing|ed)$/.test(head)) return "VERB";
  if (/ly$/.test(head)) return "ADV";
  return "NOUN";
}

/** Modal verbs, after which the verb stands in its base form. */
const MODALS = new Set(["will", "would", "can", "could", "shall", "should", "may", "might", "must"]);

/** Forms of "be" before a progressive "-ing" verb. */
const PROGRESSIVE_BE = new Set([
  "is",
  "are",
  "was",
  "were",
  "am",
  "been",
  "being",
  "be",
  "'s",
  "’s",
  "'re",
  "’re",
]);
/** Parts of speech that open a verb's object ("bombing Gaza", "training the militias"). */
const OBJECT_START = new Set(["DET", "PROPN", "NOUN", "PRON", "NUM", "ADJ"]);

/** Verb forms whose lemma the tagger gets wrong ("raped" → "rap"), with the right one. */
const LEMMA_FIXES: ReadonlyMap<string, string> = new Map([
  ["raped", "rape"],
  ["raping", "rape"],
]);

/** Past forms the tagger reads as nouns after a subject ("Police shot a protester"), with their lemmas. */
const PAST_FORMS_READ_AS_NOUNS: ReadonlyMap<string, string> = new Map([["shot", "shoot"]]);
/** What may follow such a verb: its object, or "dead", "at", "down", "and" ("shot dead", "shot at the crowd"). */
const AFTER_PAST_VERB = new Set(["DET", "PRON", "NUM", "PROPN"]);
const AFTER_PAST_VERB_WORDS = new Set(["dead", "at", "down", "and", "him", "her", "them"]);
/** Words of a subject noun phrase, walked back over to its start. */
const SUBJECT_PHRASE = new Set(["NOUN", "PROPN", "ADJ", "DET", "NUM"]);

/**
 * The token at `k` is a past form read as a noun (PAST_FORMS_READ_AS_NOUNS) that follows a subject
 * and takes an object: the noun phrase before it is not the object of a verb or a preposition ("fired
 * a warning shot at him", "a shot at goal" keep the noun), and what follows is an object or "dead".
 */
function pastVerbReadAsNoun(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t.pos !== "NOUN" || !PAST_FORMS_READ_AS_NOUNS.has(t.norm)) return false;
  const next = tokens[k + 1];
  if (!next || next.sentence !== t.sentence) return false;
  if (!AFTER_PAST_VERB.has(next.pos) && !AFTER_PAST_VERB_WORDS.has(next.norm)) return false;
  return afterSubject(tokens, k);
}

/** What may follow a past verb the tagger read as an adjective or a noun: its object. */
const OBJECT_AFTER_ED = new Set(["DET", "NUM", "PRON", "PROPN", "NOUN"]);
/** A day or month after the word makes it a reduced relative ("protesters wounded Tuesday were …"). */
const DAY_WORDS =
  /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$|^(?:january|february|march|april|may|june|july|august|september|october|november|december|yesterday|today|overnight)$/;

/**
 * "Rebels looted shops", "Soldiers tortured the men", "The army fortified positions": a regular past
 * form the tagger did not know as a verb (it tags it ADJ or NOUN and leaves it unlemmatised) after a
 * subject and before its object is the clause's verb. Its lemma is the form without "-ed" (the
 * doubled consonant undone, "-ied" back to "-y"); a silent "e" it may have lost ("tortur") is for
 * whoever matches the lemma against a word list.
 */
function edVerbReadAsAdjective(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if ((t.pos !== "ADJ" && t.pos !== "NOUN") || !/^\p{Ll}{3,}ed$/u.test(t.text) || t.lemma !== t.norm)
    return false;
  const next = tokens[k + 1];
  if (!next || next.sentence !== t.sentence || !OBJECT_AFTER_ED.has(next.pos) || DAY_WORDS.test(next.norm))
    return false;
  return afterSubject(tokens, k);
}

/** The lemma of a regular past form: "looted" → loot, "kidnapped" → kidnap, "fortified" → fortify, "tortured" → tortur. */
export function edStem(word: string): string {
  if (word.endsWith("ied")) return `${word.slice(0, -3)}y`;
  const stem = word.slice(0, -2);
  if (/([bdgkmnprt])\1$/.test(stem)) return stem.slice(0, -1);
  return stem;
}

/**
 * The token at `k` follows a subject: a noun, name or pronoun right before it, whose phrase opens the
 * sentence or follows punctuation, a conjunction or a relative pronoun (not the object of a verb or a
 * preposition, as in "fired a warning shot").
 */
function afterSubject(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const previous = tokens[k - 1];
  if (!previous || !["NOUN", "PROPN", "PRON"].includes(previous.pos) || previous.sentence !== t.sentence)
    return false;
  for (let j = k - 1; j >= 0 && tokens[j].sentence === t.sentence; j--) {
    if (tokens[j].pos === "PRON") return true;
    if (!SUBJECT_PHRASE.has(tokens[j].pos)) return tokens[j].pos === "PUNCT" || tokens[j].pos === "CCONJ";
  }
  return true;
}

/** Lemmas of progressive verbs the tagger read as nouns, by word (few words; bounded anyway). */
const progressiveLemmas = new Map<string, string>();
const MAX_PROGRESSIVE_LEMMAS = 10_000;

/**
 * The base form of an "-ing" word used as a verb: the tagger's own lemma of it in a verb's place
 * ("They were announcing it" → announce), else ingLemma's spelling rules.
 */
function progressiveLemma(word: string): string {
  const known = progressiveLemmas.get(word);
  if (known) return known;
  const its = engine().its;
  const frame = engine().readDoc(`They were ${word} it.`).tokens() as unknown as { out(f: unknown): unknown };
  const pos = frame.out(its.pos) as string[];
  const lemma = (frame.out(its.lemma) as string[])[2];
  const base = pos[2] === "VERB" && lemma && lemma !== word ? lemma : ingLemma(word);
  if (progressiveLemmas.size >= MAX_PROGRESSIVE_LEMMAS) progressiveLemmas.clear();
  progressiveLemmas.set(word, base);
  return base;
}

/**
 * The base form of an "-ing" verb: "bombing" → bomb, "shelling" → shell, "cutting" → cut,
 * "firing" → fire, "making" → make, "training" → train.
 */
export function ingLemma(word: string): string {
  const stem = word.slice(0, -3);
  // A doubled final consonant is the spelling's, except l, s and z ("shell", "press", "buzz").
  if (/([b-df-hj-km-np-rtvw])\1$/.test(stem)) return stem.slice(0, -1);
  // "dying", "lying": the "ie" of the base became "y".
  if (stem.length === 2 && stem.endsWith("y")) return `${stem[0]}ie`;
  // A short stem ending consonant-vowel-consonant lost its "e" ("fir" → fire, "mak" → make, "us" →
  // use), as did stems ending in a soft c, g, v or z and a few other endings ("forc", "charg",
  // "leav", "seiz", "strik", "releas").
  if (
    (stem.length <= 3 && /(?:^|[^aeiou])[aeiou][^aeiouwxy]$/.test(stem)) ||
    /(?:[aeiounr]c|rg|[aeiou]v|[aeiou]z|[^aeiou]ik|[^aeiou]os|(?:ea|ai|oi|au)s)$/.test(stem)
  )
    return `${stem}e`;
  return stem;
}

/**
 * Sentences and tokens with offsets into `text`. Each block is read on its own so that a sentence
 * never runs from a heading into the paragraph below it.
 */
export function tokenize(text: string, blocks: readonly Block[]): { sentences: Sentence[]; tokens: Token[] } {
  const nlp = engine();
  const its = nlp.its;
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  const spans = blocks.length ? blocks : [{ start: 0, end: text.length, kind: "paragraph" as const }];
  for (const block of spans) {
    const blockText = text.slice(block.start, block.end);
    if (!blockText.trim()) continue;
    const doc = nlp.readDoc(blockText);
    let cursor = 0;
    doc.sentences().each((s: { tokens(): { out(f: unknown): unknown } }) => {
      const values = s.tokens().out(its.value) as string[];
      const pos = s.tokens().out(its.pos) as string[];
      const lemmas = s.tokens().out(its.lemma) as string[];
      const tokenStart = tokens.length;
      const push = (offset: number, word: string, tag: string, lemma: string) =>
        tokens.push({
          start: block.start + offset,
          end: block.start + offset + word.length,
          text: word,
          pos: tag,
          lemma,
          norm: word.toLowerCase(),
          sentence: sentences.length,
        });
      for (let k = 0; k < values.length; k++) {
        const value = values[k];
        const at = blockText.indexOf(value, cursor);
        // wink reports every token verbatim; a miss would mean a normalised token, which we skip
        // rather than give it wrong offsets.
        if (at < 0 || pos[k] === "SPACE" || !value.trim()) continue;
        cursor = at + value.length;
        const glued = gluedBoundary(value);
        if (glued > 0) {
          // Two words: the tail is a name, the head's part of speech is guessed from its ending.
          const head = value.slice(0, glued);
          const tail = value.slice(glued);
          push(at, head, headPos(head), head);
          push(at + glued, tail, "PROPN", tail.toLowerCase());
        } else push(at, value, pos[k], lemmas[k]);
      }
      for (let k = tokenStart + 1; k < tokens.length; k++) {
        if (tokens[k].norm === "general" && OFFICES_BEFORE_GENERAL.has(tokens[k - 1].norm))
          tokens[k].pos = "NOUN";
        // "President-elect Barack Obama": "elect" joined to a title is part of it, not the verb.
        if (
          tokens[k].norm === "elect" &&
          tokens[k - 1].text === "-" &&
          tokens[k - 1].start === tokens[k - 2]?.end &&
          tokens[k].start === tokens[k - 1].end
        )
          tokens[k].pos = "ADJ";
        // "Moon Jae-in", "Kim Dae-jung": a lower-case part joined by a hyphen to a name's capitalised
        // part, the hyphen touching both, is the name's, not a preposition or an article.
        if (
          k >= 2 &&
          tokens[k - 1].text === "-" &&
          tokens[k - 1].start === tokens[k - 2].end &&
          tokens[k].start === tokens[k - 1].end &&
          tokens[k - 2].pos === "PROPN" &&
          /^\p{Lu}/u.test(tokens[k - 2].text) &&
          /^\p{Ll}{2,4}$/u.test(tokens[k].text) &&
          ["ADP", "DET", "PRON", "CCONJ", "SCONJ", "PART"].includes(tokens[k].pos)
        )
          tokens[k].pos = "PROPN";
        // "Israel has been bombing Gaza", "the army is training militias": after a form of "be", an
        // "-ing" word with an object is the progressive verb, not the noun ("the bombing").
        if (
          tokens[k].pos === "NOUN" &&
          /^\p{Ll}+ing$/u.test(tokens[k].text) &&
          PROGRESSIVE_BE.has(tokens[k - 1].norm) &&
          OBJECT_START.has(tokens[k + 1]?.pos ?? "") &&
          tokens[k + 1].sentence === tokens[k].sentence
        ) {
          tokens[k].pos = "VERB";
          tokens[k].lemma = progressiveLemma(tokens[k].norm);
        }
        // "Russia will close the consulate", "Kyiv would free the prisoners": right after a modal, a
        // lower-case word the tagger read as an adjective, with an object after it, is the verb.
        if (
          tokens[k].pos === "ADJ" &&
          /^\p{Ll}+$/u.test(tokens[k].text) &&
          tokens[k - 1].pos === "AUX" &&
          MODALS.has(tokens[k - 1].norm) &&
          OBJECT_START.has(tokens[k + 1]?.pos ?? "") &&
          tokens[k + 1].sentence === tokens[k].sentence
        )
          tokens[k].pos = "VERB";
        // "Police shot a protester", "A gunman shot and killed two people": the tagger reads "shot"
        // after a subject as a noun; with an object or "dead" after it, it is the verb.
        if (pastVerbReadAsNoun(tokens, k)) {
          tokens[k].pos = "VERB";
          tokens[k].lemma = PAST_FORMS_READ_AS_NOUNS.get(tokens[k].norm) as string;
        } else if (edVerbReadAsAdjective(tokens, k)) {
          tokens[k].pos = "VERB";
          tokens[k].lemma = edStem(tokens[k].norm);
        }
        // wink's lemmatiser strips "raped" to "rap"; the verb is "rape".
        const fixed = LEMMA_FIXES.get(tokens[k].norm);
        if (fixed && tokens[k].pos === "VERB") tokens[k].lemma = fixed;
        // "Prosecutors alleged that …": before "that", "alleged" is the verb, not the adjective of "the alleged plot".
        if (tokens[k].norm === "alleged" && tokens[k].pos === "ADJ" && tokens[k + 1]?.norm === "that") {
          tokens[k].pos = "VERB";
          tokens[k].lemma = "allege";
        }
      }
      const previous = sentences.at(-1);
      if (
        tokens.length > tokenStart &&
        previous &&
        previous.start >= block.start &&
        (endsWithAbbreviation(tokens, previous, tokenStart) ||
          goesOnAfterBracket(tokens, previous, tokenStart))
      ) {
        // Join with the sentence cut after a title or an initial.
        for (let k = tokenStart; k < tokens.length; k++) tokens[k].sentence = sentences.length - 1;
        previous.end = tokens[tokens.length - 1].end;
        previous.tokenEnd = tokens.length;
      } else if (tokens.length > tokenStart) {
        sentences.push({
          start: tokens[tokenStart].start,
          end: tokens[tokens.length - 1].end,
          tokenStart,
          tokenEnd: tokens.length,
        });
      }
    });
  }
  return { sentences, tokens };
}
