/**
 * V8 shares the characters of a substring of 13 or more characters with the string it was cut
 * from: a word sliced out of an article keeps the whole article alive for as long as the word
 * lives. Caches that outlive their document (the tagger's word caches, the gazetteer's spellings)
 * keep a copy of their own instead.
 */
const SHARED_SLICE_MIN = 13;

/** `s` as a string that does not hold on to the text it was cut from. */
export function detach(s: string): string {
  // Concatenation gives a new flat string; cutting one character off it shares only that string.
  return s.length < SHARED_SLICE_MIN ? s : ` ${s}`.slice(1);
}
