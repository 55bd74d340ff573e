/**
 * Location spans from NER that no gazetteer entry reads: each rule widens, keeps or drops one
 * before the span is placed by its document's context (index.ts). Rules are in the recogniser's
 * filters' shape: a name, and a judge that returns the span to go on with or undefined.
 */
import type { Span } from "../core/span.ts";
import { GENERIC_NAME_WORDS, SPAN_STOPWORDS } from "./aliases.ts";
import { actorContext } from "./recognize.ts";

export interface SpanRule {
  name: string;
  judge(span: Span, text: string): Span | undefined;
}

/** Words that end a road's name before its number ("County Road 35", "Highway 55", "Route 1"). */
const ROUTE_WORDS = /(?:^|\s)(?:Road|Highway|Hwy\.?|Route|Interstate|Freeway|Trunk Highway)$/;
/** The number after the road word, with an optional letter or bound ("Route 9A", "Interstate 64 West" not). */
const ROUTE_NUMBER = /^[ \u00a0]\d{1,4}[A-Z]?\b/;

/** "County Road 35", "Highway 55": a numbered road's name includes its number. */
export const numberedRoute: SpanRule = {
  name: "numbered-route",
  judge(span, text) {
    if (!ROUTE_WORDS.test(text.slice(span.start, span.end))) return span;
    const m = ROUTE_NUMBER.exec(text.slice(span.end, span.end + 8));
    return m ? { start: span.start, end: span.end + m[0].length } : span;
  },
};

/** Heads of street names: a generic word before one is the street's own name ("Bridge Street"). */
const STREET_HEADS = new Set(["Street", "Avenue", "Drive", "Lane", "Boulevard", "Square"]);

/**
 * "City Council", "County", "Wildlife Refuge", "State Tournament": a name of generic words alone
 * is an institution's, a facility's or an event's, unless a number ("Route 128") or a street's
 * head ("Bridge Street", "Court Square") makes it a road.
 */
export const genericWords: SpanRule = {
  name: "generic-words",
  judge(span, text) {
    const surface = text.slice(span.start, span.end);
    if (/\d/.test(surface)) return span;
    const words = surface.split(/[\s.'’-]+/).filter(Boolean);
    if (words.length > 1 && STREET_HEADS.has(words[words.length - 1])) return span;
    return words.every((w) => GENERIC_NAME_WORDS.has(w) || SPAN_STOPWORDS.has(w)) ? undefined : span;
  },
};

/** An all-capital name no gazetteer knows is mostly an agency or party ("AP", "APC"). */
const ACRONYM = /^[\p{Lu}\p{N}&.\s-]+$/u;
export const acronymName: SpanRule = {
  name: "acronym",
  judge: (span, text) => (ACRONYM.test(text.slice(span.start, span.end)) ? undefined : span),
};

/** Names of single buildings ("Fithian House", "Symphony Hall", "Lee Middle School"). */
const BUILDING = /\b(?:House|Hall|School|Museum)$/;
export const building: SpanRule = {
  name: "building",
  judge: (span, text) => (BUILDING.test(text.slice(span.start, span.end)) ? undefined : span),
};

/** Armed groups whose names read like places' ("the Islamic State", "Boko Haram", "al-Shabaab"). */
const ARMED_GROUPS =
  /^(?:the\s+)?(?:Islamic\s+State|ISIS|ISIL|Daesh|Taliban|Boko\s+Haram|al-Shabaa?b|al-Qaeda|al-Qaida)\b/i;
/** "battling the Islamic State": an armed group the tagger read as a place is no place. */
export const armedGroup: SpanRule = {
  name: "armed-group",
  judge: (span, text) => (ARMED_GROUPS.test(text.slice(span.start, span.end)) ? undefined : span),
};

/** "The Ministry of X said": an unknown name acting has no place to stand for. */
export const acting: SpanRule = {
  name: "acting",
  judge: (span, text) => (actorContext(text, span.start, span.end) ? undefined : span),
};

export const nerSpanRules: SpanRule[] = [
  acronymName,
  armedGroup,
  building,
  numberedRoute,
  genericWords,
  acting,
];

/** The span to place by context, or undefined when the rules say it names no place. */
export function judgeNerSpan(span: Span, text: string, rules = nerSpanRules): Span | undefined {
  let s: Span | undefined = span;
  for (const rule of rules) {
    s = rule.judge(s, text);
    if (!s) return undefined;
  }
  return s;
}
