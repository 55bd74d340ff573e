import type { NameFilter } from "./types.ts";

/** Words that end a street's name and that some town also bears (Terrace, British Columbia; Parkway). */
const STREET_WORDS = new Set([
  "Terrace",
  "Place",
  "Court",
  "Lane",
  "Drive",
  "Road",
  "Avenue",
  "Boulevard",
  "Way",
  "Circle",
  "Parkway",
  "Crescent",
  "Close",
  "Row",
  "Square",
  "Street",
  "Highway",
  "Pike",
  "Trail",
]);

/** Capitalised at a sentence's start, these open no street's name ("In Terrace, police said"). */
const FUNCTION_WORDS = new Set([
  "in",
  "at",
  "to",
  "from",
  "near",
  "the",
  "of",
  "for",
  "on",
  "by",
  "and",
  "outside",
  "into",
]);

/**
 * "618 S.W. Second Terrace", "Elm Court": a street's last word after the street's own name or
 * number is part of the address, not the town of that name.
 */
export const streetSuffix: NameFilter = {
  name: "street-suffix",
  judge(span, { text, tokens }) {
    if (!span.single || !STREET_WORDS.has(tokens[span.first].text)) return span;
    const { prev } = span;
    if (!prev || !/^ $/.test(text.slice(prev.end, span.start))) return span;
    const named = prev.cap && !FUNCTION_WORDS.has(prev.text.toLowerCase());
    return named || /^\d+(?:st|nd|rd|th)?$/.test(prev.text) ? undefined : span;
  },
};
