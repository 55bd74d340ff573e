/**
 * Where the text itself puts a name the gazetteer cannot place: a building, a company's branch, a
 * street, or an institution named after some other place ("Washington University in St. Louis").
 * News says where such a thing is by joining it to a place it has just named or is about to
 * name: "the Bambino Hospital in Rome", "London's Guildhall School". Each locator is one such
 * join; the first that finds a neighbouring mention places the name there.
 */
import type { Span } from "../core/span.ts";

/** A mention already read: its span and the gazetteer row it resolved to. */
export interface ReadMention extends Span {
  row: number;
}

export interface Locator {
  name: string;
  /** Which neighbour the join points to: the mention right after the name, or right before it. */
  side: "after" | "before";
  /** What must stand between the name and that neighbour, and nothing else. */
  between: RegExp;
}

/**
 * "the Fenwick Cancer Centre in Leeds", "a rally at the Marlowe Arena in Dover", "the plant
 * outside Gdansk": a locative right after the name says where the thing named is.
 */
export const locativeAfter: Locator = {
  name: "locative-after",
  side: "after",
  between: /^,?\s+(?:in|at|near|outside)\s+(?:the\s+)?(?:(?:city|town|village|suburb|borough) of\s+)?$/i,
};

/** "Leeds's Fenwick Cancer Centre", "Dover’s Marlowe Arena": the possessor is the place. */
export const possessivePlace: Locator = {
  name: "possessive-place",
  side: "before",
  between: /^['’]s?\s+(?:new\s+|old\s+)?$/i,
};

export const locators: Locator[] = [locativeAfter, possessivePlace];

/**
 * The row the text places `span` at by one of the locators, given the document's read mentions
 * sorted by start; undefined when no locator applies.
 */
export function locateByText(text: string, span: Span, mentions: ReadMention[]): number | undefined {
  for (const locator of locators) {
    const neighbour =
      locator.side === "after"
        ? mentions.find((m) => m.start >= span.end)
        : mentions.filter((m) => m.end <= span.start).at(-1);
    if (!neighbour) continue;
    const between =
      locator.side === "after"
        ? text.slice(span.end, neighbour.start)
        : text.slice(neighbour.end, span.start);
    if (locator.between.test(between)) return neighbour.row;
  }
  return undefined;
}
