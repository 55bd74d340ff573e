import { CARDINAL_WORDS } from "./time/words.ts";
import type { Quantity, Sentence, Token } from "./types.ts";

/**
 * Counts of people and things ("2,030 soldiers", "at least 12,000 people", "dozens of dead").
 * Vague quantities follow ACLED's convention: keep the stated words as the qualifier and use the
 * lowest defensible number as the value.
 */

/** Vague count words and their lowest defensible reading (ACLED: "dozens" = 12, "hundreds" = 100). */
const VAGUE_COUNTS: Record<string, { value: number; min?: number }> = {
  dozen: { value: 12 },
  dozens: { value: 12, min: 12 },
  scores: { value: 20, min: 20 },
  hundreds: { value: 100, min: 100 },
  thousands: { value: 1000, min: 1000 },
  "tens of thousands": { value: 10000, min: 10000 },
  "hundreds of thousands": { value: 100000, min: 100000 },
  millions: { value: 1000000, min: 1000000 },
  several: { value: 3, min: 3 },
  "a few": { value: 2, min: 2 },
  few: { value: 2, min: 2 },
  many: { value: 2, min: 2 },
};

/** Cardinal words: the shared one-word cardinals, plus "hundred"/"thousand" standing alone. */
const NUMBER_WORDS: Readonly<Record<string, number>> = { ...CARDINAL_WORDS, hundred: 100, thousand: 1000 };

const MULTIPLIERS: Record<string, number> = { hundred: 100, thousand: 1000, million: 1e6, billion: 1e9 };

/** Words before a number that bound it; "lower" means the number is a minimum. */
const QUALIFIERS: { words: string[]; bound: "lower" | "upper" | "approx" }[] = [
  { words: ["at", "least"], bound: "lower" },
  { words: ["more", "than"], bound: "lower" },
  { words: ["over"], bound: "lower" },
  { words: ["upwards", "of"], bound: "lower" },
  { words: ["no", "fewer", "than"], bound: "lower" },
  { words: ["at", "most"], bound: "upper" },
  { words: ["up", "to"], bound: "upper" },
  { words: ["fewer", "than"], bound: "upper" },
  { words: ["less", "than"], bound: "upper" },
  { words: ["nearly"], bound: "upper" },
  { words: ["almost"], bound: "upper" },
  { words: ["about"], bound: "approx" },
  { words: ["around"], bound: "approx" },
  { words: ["approximately"], bound: "approx" },
  { words: ["roughly"], bound: "approx" },
  { words: ["some"], bound: "approx" },
  { words: ["an", "estimated"], bound: "approx" },
  { words: ["between"], bound: "approx" },
];

/** How far (in tokens) the counted noun may follow the number: "2,030 Russian, Belarusian and Kyrgyz soldiers". */
const MAX_NOUN_DISTANCE = 12;

/** Tokens that may sit between a number and its noun: adjectives, demonyms, list commas, "of". */
const MODIFIER_POS = new Set(["ADJ", "PROPN", "PUNCT", "CCONJ", "NUM", "ADV"]);

/** Counted words that wink tags as ADJ or VERB but that are the head of a casualty count. */
const PARTICIPLE_HEADS = new Set([
  "dead",
  "injured",
  "wounded",
  "killed",
  "arrested",
  "detained",
  "missing",
  "displaced",
  "hurt",
]);

function parseNumeral(tokens: Token[], i: number): { value: number; end: number } | undefined {
  const t = tokens[i];
  let value: number | undefined;
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$/.test(t.text)) {
    value = Number(t.text.replace(/,/g, ""));
  } else if (t.norm in NUMBER_WORDS) {
    value = NUMBER_WORDS[t.norm];
  }
  if (value === undefined) return undefined;
  let end = i + 1;
  const next = tokens[end];
  if (next && next.sentence === t.sentence && next.norm in MULTIPLIERS) {
    value *= MULTIPLIERS[next.norm];
    end++;
  }
  return { value, end };
}

function matchWords(tokens: Token[], i: number, words: string[]): boolean {
  return words.every((w, k) => tokens[i + k]?.norm === w);
}

/** Vague count phrases as word lists, longest first ("tens of thousands" before "thousands"). */
const VAGUE_PHRASES = Object.keys(VAGUE_COUNTS)
  .map((key) => ({ key, words: key.split(" ") }))
  .sort((a, b) => b.words.length - a.words.length);

function vagueAt(tokens: Token[], i: number): { key: string; len: number } | undefined {
  for (const { key, words } of VAGUE_PHRASES) {
    if (matchWords(tokens, i, words)) return { key, len: words.length };
  }
  return undefined;
}

function findNoun(tokens: Token[], from: number, sentence: number): number | undefined {
  for (let j = from; j < Math.min(tokens.length, from + MAX_NOUN_DISTANCE); j++) {
    const t = tokens[j];
    if (t.sentence !== sentence) return undefined;
    if (t.pos === "NOUN" || PARTICIPLE_HEADS.has(t.norm)) return j;
    if (t.norm === "of" || t.norm === "and" || MODIFIER_POS.has(t.pos)) {
      if (t.pos === "PUNCT" && t.text !== "," && t.text !== "-") return undefined;
      continue;
    }
    return undefined;
  }
  return undefined;
}

/** A year or a day of the month is not a count of people. */
function looksLikeDate(tokens: Token[], i: number, value: number): boolean {
  const prev = tokens[i - 1]?.norm ?? "";
  const next = tokens[i + 1]?.norm ?? "";
  const months = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/;
  if (months.test(prev) || months.test(next)) return true;
  return value >= 1900 && value <= 2100 && !tokens[i].text.includes(",");
}

export function findQuantities(text: string, tokens: Token[], sentences: Sentence[]): Quantity[] {
  const out: Quantity[] = [];
  for (const s of sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      let start = i;
      let qualifier: string | undefined;
      let bound: "lower" | "upper" | "approx" | undefined;
      for (const q of QUALIFIERS) {
        if (matchWords(tokens, i, q.words)) {
          qualifier = q.words.join(" ");
          bound = q.bound;
          i += q.words.length;
          break;
        }
      }
      if (i >= s.tokenEnd) break;
      let value: number;
      let min: number | undefined;
      let max: number | undefined;
      let end: number;
      const vague = vagueAt(tokens, i);
      const numeral = vague ? undefined : parseNumeral(tokens, i);
      if (vague) {
        ({ value, min } = VAGUE_COUNTS[vague.key]);
        qualifier = qualifier ? `${qualifier} ${vague.key}` : vague.key;
        end = i + vague.len;
      } else if (numeral && !looksLikeDate(tokens, i, numeral.value)) {
        value = numeral.value;
        end = numeral.end;
        // "between 10 and 20", "10 to 20", "10-20"
        const sep = tokens[end]?.norm;
        if ((sep === "to" || sep === "and" || sep === "-") && tokens[end + 1]) {
          const upper = parseNumeral(tokens, end + 1);
          if (upper && upper.value > value) {
            min = value;
            max = upper.value;
            end = upper.end;
            qualifier = qualifier === "between" || !qualifier ? "range" : qualifier;
          }
        }
        if (bound === "lower") min = value;
        if (bound === "upper") max = value;
      } else {
        i = start;
        continue;
      }
      const noun = findNoun(tokens, end, tokens[i].sentence);
      if (noun === undefined) {
        i = start;
        continue;
      }
      const first = tokens[start];
      const nounToken = tokens[noun];
      out.push({
        start: first.start,
        end: nounToken.end,
        text: text.slice(first.start, nounToken.end),
        value,
        ...(min !== undefined ? { min } : {}),
        ...(max !== undefined ? { max } : {}),
        ...(qualifier ? { qualifier } : {}),
        noun: PARTICIPLE_HEADS.has(nounToken.norm) ? nounToken.norm : nounToken.lemma.toLowerCase(),
        nounSpan: { start: nounToken.start, end: nounToken.end },
        sentence: first.sentence,
      });
      i = noun;
      start = noun;
    }
  }
  return out;
}
