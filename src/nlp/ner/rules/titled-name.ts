import type { TokenSpan } from "../labels.ts";
import type { WordToken } from "../tokens.ts";
import { TITLE_HEADS, TITLE_MODIFIERS } from "./words.ts";

/** What the rule needs to know of a phrase: is it a nationality adjective, or a country's name? */
export interface NationLists {
  demonym(phrase: string): boolean;
  country(phrase: string): boolean;
}

/** Longest nationality phrase read before a title ("South African", "Bosnian Serb"). */
const MAX_LEAD_WORDS = 2;

const capitalised = (w: string) => /^\p{Lu}/u.test(w);

/**
 * A person's name written after a nationality and an office, which the tagger took as one span:
 * "Kazakh President Kassym-Jomart Tokayev". As CoNLL-2003 annotates it, the nationality is MISC
 * (a country's name, "U.S. President …", is LOC), the office is outside any entity and the name
 * is PER. Applies to PER spans, and to MISC spans that begin with a nationality and an office
 * (the tagger reads a nationality first as MISC). The title must end in an office word
 * (TITLE_HEADS, after any modifiers: "Foreign Minister") and be followed by a capitalised word.
 * Returns the spans that replace `span`, or undefined when the rule does not apply.
 */
export function splitTitledName(
  words: readonly WordToken[],
  span: TokenSpan,
  nations: NationLists,
): TokenSpan[] | undefined {
  if (span.type !== "PER" && span.type !== "MISC") return undefined;
  const text = (i: number) => words[i].text;
  let lead: TokenSpan | undefined;
  for (let n = Math.min(MAX_LEAD_WORDS, span.end - span.start - 2); n >= 1 && !lead; n--) {
    const phrase = words
      .slice(span.start, span.start + n)
      .map((w) => w.text)
      .join(" ");
    if (nations.demonym(phrase)) lead = { start: span.start, end: span.start + n, type: "MISC" };
    else if (nations.country(phrase)) lead = { start: span.start, end: span.start + n, type: "LOC" };
  }
  if (span.type === "MISC" && !lead) return undefined;
  let i = lead ? lead.end : span.start;
  let lastHead = -1;
  for (; i < span.end - 1 && capitalised(text(i)); i++) {
    const w = text(i).toLowerCase();
    if (TITLE_HEADS.has(w)) lastHead = i;
    else if (!TITLE_MODIFIERS.has(w)) break;
  }
  // The title is the words up to its last office word; the name starts right after it.
  if (lastHead < 0) return undefined;
  const name = lastHead + 1;
  if (name >= span.end || !capitalised(text(name)) || TITLE_HEADS.has(text(name).toLowerCase()))
    return undefined;
  return [...(lead ? [lead] : []), { start: name, end: span.end, type: "PER" }];
}
