import type { Doc, Token } from "../nlp/types.ts";

/**
 * Capitalised words that belong to names, not to the trigger lexicon: the trigger scan
 * (triggers.ts) skips a word inside a person's, place's or organisation's name, and reads a headline
 * in title case, which capitalises its verbs, as it reads any sentence.
 */

/**
 * The capitalised word at `i` is part of a name, not a trigger, unless the sentence is a headline in
 * title case, which capitalises its verbs too ("Blast Injures Three in Abkhazia"):
 * - inside a named entity ("Grant County", "said advocate James Grant", "the Six-Day War"; at a
 *   sentence's start only inside a name of several words);
 * - right after a name, whatever its tag ("GiveWell Incubation Grant funding");
 * - a proper noun before "of" and another capitalised word ("the Pledge of Allegiance");
 * - before a middle initial and a surname ("Grant W. Graham").
 */
export function partOfName(
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
  // "Grant W. Graham, 27, was stopped": a capitalised word before a middle initial and a name is
  // the first name, also where the tagger's name starts at the initial, and in a headline too.
  const beforeInitial =
    capital && INITIAL.test(tokens[i + 1]?.text ?? "") && /^\p{Lu}\p{Ll}/u.test(tokens[i + 2]?.text ?? "");
  return beforeInitial || ((inside || afterName || beforeOfName) && !titled());
}
/** A middle initial: "W.", "J.". */
const INITIAL = /^\p{Lu}\.$/u;

/** The token lies inside a named entity (with `longOnly`, one of more than one word). */
function inName(doc: Doc, t: Token, longOnly: boolean): boolean {
  return doc.entities.some(
    (e) =>
      e.start <= t.start &&
      t.end <= e.end &&
      (!longOnly || e.start < t.start || t.end < e.end || surnameOfNamed(e)),
  );
}

/**
 * A one-word person mention the article names in full elsewhere ("Lynch" after "Peter Lynch"): a
 * name even where a capital tells nothing, at the start of a sentence ("Lynch did not deny …").
 */
function surnameOfNamed(e: Doc["entities"][number]): boolean {
  return (
    e.label === "PER" && e.entity !== undefined && e.entity !== e.text && e.entity.endsWith(` ${e.text}`)
  );
}

/** Most words of the sentence are capitalised, as in a headline ("Murmansk's Governor Resigns"). */
export function titleCase(tokens: Token[], s: { tokenStart: number; tokenEnd: number }): boolean {
  let words = 0;
  let capitalised = 0;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    if (!/^\p{L}{4,}/u.test(tokens[k].text)) continue;
    words++;
    if (/^\p{Lu}/u.test(tokens[k].text)) capitalised++;
  }
  return words > 0 && capitalised >= 0.6 * words;
}
