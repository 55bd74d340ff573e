import type { TokenSpan } from "./labels.ts";
import type { WordToken } from "./tokens.ts";

/**
 * Honorifics precede people only. Reuters copy (CoNLL-2003) almost never uses them, so the tagger
 * has not learnt "Mr." and may fold it into a MISC span ("Mr. Tokayev"); these rules put it right.
 */
const HONORIFIC = /^(?:mr|mrs|ms|dr|mm|messrs|mme|mlle)\.?$/i;
const POSSESSIVE = /^['’]s$/i;
/** Abbreviated ranks and offices written before a name ("Lt. Col. Alexander Vindman", "Rep. Ilhan Omar"); alone they name no one. */
export const TITLE_ABBREVIATION =
  /^(?:lt|col|gen|maj|capt|sgt|cpl|pvt|adm|cmdr|cdr|brig|rep|reps|sen|sens|gov|amb|supt|insp|det|prof|rev|hon|pres|atty)\.$/i;
/** "3:00 PM": a time-of-day marker after a number is not a name (emails and notices are full of them). */
const TIME_MARKER = /^(?:a\.?m\.?|p\.?m\.?)$/i;
/** Addresses and file names ("www.example.com", "minutes.htm", "jo@example.org") are not names. */
const ADDRESS = /@|:\/\/|^www\.|\.(?:html?|pdf|docx?|xlsx?|txt|jpe?g|png|com|org|net)$/i;
/** A lone letter ("X", "D" in a results table) is a name in under 1 of 5,000 CoNLL-2003 entities. */
const LONE_LETTER = /^\p{L}$/u;
/** A name starts and ends with a letter or digit: stray punctuation at a span's edge is dropped. */
const WORDLIKE = /[\p{L}\p{N}]/u;
/** A word all in lower case ("smuggling"), which ends no name. */
const LOWER_WORD = /^\p{Ll}+$/u;
/** A lower-case word of two letters or more, which ends no name that has a capital. */
const LOWER_TAIL = /^\p{Ll}{2,}$/u;
/** Words that join the parts of a name ("Bank of England", "Bosnia and Herzegovina"). */
const NAME_CONNECTORS = new Set(["of", "for", "and"]);
/** Longest run of capitalised words taken as the name after an honorific ("Mr. Kassym-Jomart Tokayev"). */
const MAX_NAME_AFTER_HONORIFIC = 4;

const capitalised = (w: string) => /^\p{Lu}/u.test(w) && !HONORIFIC.test(w);

/**
 * Spans of one sentence, corrected: a span loses a leading honorific (and becomes PER) and a
 * trailing possessive "'s" (and lower-case words after it) or punctuation at either edge;
 * capitalised words after an honorific that the tagger left out become PER; time-of-day markers
 * ("3:00 PM"), web or e-mail addresses and spans made only of abbreviated titles ("Lt.") are dropped.
 */
export function refineSpans(words: readonly WordToken[], spans: readonly TokenSpan[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const span of spans.flatMap((s) => splitAtBrackets(words, s))) {
    let { start, end, type } = span;
    // A name does not run past a possessive into lower-case words ("Nazarbayev's allies").
    const possessive = words.slice(start + 1, end).findIndex((w) => POSSESSIVE.test(w.text));
    if (possessive >= 0 && !/^\p{Lu}/u.test(words[start + possessive + 2]?.text ?? ""))
      end = start + possessive + 1;
    // A name does not end in a lower-case word ("the Boxer Rising which attempted", "El Al cargo
    // enquiry", "the Chicago PMI pulled gilts lower"): a greedy tagger that ran on past the name
    // is cut back to its last capitalised word (in CoNLL-2003 train 34 of 23,499 gold names end in
    // one, "Liberal Democratic party"). A lone letter stays ("Applebee s": a possessive without its
    // apostrophe), and so does a name written all in lower case. A span holding an address is
    // left whole, for the address rule below to drop ("RT @user" is no "RT").
    const address = words.slice(start, end).some((w) => ADDRESS.test(w.text));
    const capitalBefore = (e: number) =>
      !address && words.slice(start, e - 1).some((w) => /^\p{Lu}/u.test(w.text));
    while (
      end - start > 1 &&
      (POSSESSIVE.test(words[end - 1].text) ||
        !WORDLIKE.test(words[end - 1].text) ||
        (LOWER_TAIL.test(words[end - 1].text) && capitalBefore(end)))
    )
      end--;
    while (end - start > 1 && !WORDLIKE.test(words[start].text)) start++;
    // "accused Harbor Line Airlines of smuggling": a name does not end in a lower-case word after
    // "of", "for" or "and"; the phrase is the verb's complement.
    while (
      end - start > 2 &&
      LOWER_WORD.test(words[end - 1].text) &&
      NAME_CONNECTORS.has(words[end - 2].text.toLowerCase())
    )
      end -= 2;
    if (end - start > 1 && HONORIFIC.test(words[start].text)) {
      start++;
      type = "PER";
    }
    if (words.slice(start, end).some((w) => ADDRESS.test(w.text))) continue;
    // "Lt./ORG Col. Alexander Vindman": ranks and titles alone are no name.
    if (words.slice(start, end).every((w) => TITLE_ABBREVIATION.test(w.text))) continue;
    if (end - start === 1 && TIME_MARKER.test(words[start].text) && /\d/.test(words[start - 1]?.text ?? ""))
      continue;
    const only = words[start].text;
    if (
      end - start === 1 &&
      (HONORIFIC.test(only) || POSSESSIVE.test(only) || !WORDLIKE.test(only) || LONE_LETTER.test(only))
    )
      continue;
    out.push({ start, end, type });
  }
  const covered = (i: number) => out.some((s) => s.start <= i && i < s.end);
  for (let i = 0; i + 1 < words.length; i++) {
    if (!HONORIFIC.test(words[i].text) || covered(i + 1)) continue;
    let end = i + 1;
    while (
      end < words.length &&
      end - i - 1 < MAX_NAME_AFTER_HONORIFIC &&
      capitalised(words[end].text) &&
      !covered(end)
    ) {
      end++;
    }
    if (end > i + 1) out.push({ start: i + 1, end, type: "PER" });
  }
  return out.sort((a, b) => a.start - b.start);
}

const OPENING = /^[([{]$/;
const CLOSING = /^[)\]}]$/;

/**
 * A name holds a bracket only with its partner ("Ranyon ( Rangoon ) University"): a greedy tagger
 * that runs on through "Civic Democratic Party ( CDP" has read two names, which are split there.
 */
function splitAtBrackets(words: readonly WordToken[], span: TokenSpan): TokenSpan[] {
  const parts: TokenSpan[] = [];
  let from = span.start;
  let open = -1;
  for (let i = span.start; i < span.end; i++) {
    const w = words[i].text;
    if (OPENING.test(w)) {
      if (open >= 0) {
        parts.push({ ...span, start: from, end: open });
        from = open + 1;
      }
      open = i;
    } else if (CLOSING.test(w)) {
      if (open < 0) {
        parts.push({ ...span, start: from, end: i });
        from = i + 1;
      }
      open = -1;
    }
  }
  if (open >= 0) {
    parts.push({ ...span, start: from, end: open });
    from = open + 1;
  }
  parts.push({ ...span, start: from, end: span.end });
  return parts.filter(
    (p) => p.end > p.start && words.slice(p.start, p.end).some((w) => WORDLIKE.test(w.text)),
  );
}
