/**
 * Where the text itself puts a name the gazetteer cannot place: a building, a company's branch, a
 * street, or an institution named after some other place ("Washington University in St. Louis").
 * News says where such a thing is by joining it to a place it has just named or is about to
 * name: "the Bambino Hospital in Rome", "London's Guildhall School". Each locator is one such
 * join; the first that finds a neighbouring mention places the name there.
 */
import type { Span } from "../core/span.ts";
import {
  type Gazetteer,
  KIND_ADMIN1,
  KIND_ADMIN2,
  KIND_CITY,
  KIND_COUNTRY,
  KIND_COUNTY,
} from "./gazetteer.ts";
import { within } from "./resolve.ts";

/** A mention already read: its span and the gazetteer row it resolved to. */
export interface ReadMention extends Span {
  row: number;
}

/** Lower-case words for the kind of place a name is, written after it ("Belmarsh prison"). */
const NAMED_PLACE_KINDS =
  "prison|jail|camp|refugee|detention|settlement|bloc|base|air|military|naval|airport|airfield|crossing|border|checkpoint|hospital|compound|estate|mosque|church|shrine|temple|market|square|district|neighbou?rhood|suburb|township|village|quarter|station";

export interface Locator {
  name: string;
  /** Which neighbour the join points to: the mention right after the name, or right before it. */
  side: "after" | "before";
  /** What must stand between the name and that neighbour, and nothing else. */
  between: RegExp;
  /** What must follow the neighbour, when the join alone is ambiguous. */
  followedBy?: RegExp;
}

/**
 * "the Fenwick Cancer Centre in Leeds", "a rally at the Marlowe Arena in Dover", "the plant
 * outside Gdansk": a locative right after the name says where the thing named is. So it does
 * after the name and the kind of place it names ("Belmarsh prison in London", "the Gush Halav
 * settlement bloc near Safed", "the Kakuma refugee camp in Kenya").
 */
export const locativeAfter: Locator = {
  name: "locative-after",
  side: "after",
  between: new RegExp(
    `^(?:\\s+(?:${NAMED_PLACE_KINDS})){0,2},?\\s+(?:in|at|near|outside)\\s+(?:the\\s+)?(?:(?:city|town|village|suburb|borough) of\\s+)?$`,
    "i",
  ),
};

/** "Leeds's Fenwick Cancer Centre", "Dover’s Marlowe Arena": the possessor is the place. */
export const possessivePlace: Locator = {
  name: "possessive-place",
  side: "before",
  between: /^['’]s?\s+(?:new\s+|old\s+)?$/i,
};

/**
 * "Quarry Lane Circuit, Kent", "the Palace Hotel, Madrid": a name written with its town or region
 * after a comma, as an address is. An address ends there: at a stop, a bracket, a dash, a
 * preposition or a comma that goes on in lower case ("Quarry Lane Circuit, Kent, on Sunday"). A
 * list goes on with its next member ("Hamburg, Bremen and Kiel"), and a clause with its verb
 * ("Beyond Harlow, Arsenal have …").
 */
export const addressAfter: Locator = {
  name: "address-after",
  side: "after",
  between: /^,\s*$/,
  followedBy: /^(?:\s*$|\s*[.;:)!?—–]|\s+-\s|,\s+\p{Ll}|\s+(?:on|in|at|from|to|for|with|by|near)\s)/u,
};

export const locators: Locator[] = [locativeAfter, possessivePlace, addressAfter];

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
    if (!locator.between.test(between)) continue;
    if (locator.followedBy && !locator.followedBy.test(text.slice(neighbour.end, neighbour.end + 8)))
      continue;
    return neighbour.row;
  }
  return undefined;
}

/** Kinds of place a qualifier names: the region a town lies in ("Croft, Yorkshire", "Paris, Texas"). */
const QUALIFIER_KINDS = new Set([KIND_COUNTRY, KIND_ADMIN1, KIND_COUNTY, KIND_ADMIN2]);

/**
 * "Croft, Yorkshire" when the gazetteer knows no Croft in Yorkshire: the region the text names is
 * where the town is, and a namesake elsewhere is not it. Returns the qualifier's row when none of
 * the town's readings lies in it (the resolver already prefers one that does).
 */
export function placedByQualifier(
  g: Gazetteer,
  text: string,
  town: Span & { rows: number[] },
  mentions: ReadMention[],
): number | undefined {
  const next = mentions.find((m) => m.start >= town.end);
  if (!next || !addressAfter.between.test(text.slice(town.end, next.start))) return undefined;
  if (!addressAfter.followedBy?.test(text.slice(next.end, next.end + 8))) return undefined;
  if (!QUALIFIER_KINDS.has(g.idx.kind[next.row])) return undefined;
  if (!town.rows.every((r) => g.idx.kind[r] === KIND_CITY || g.idx.kind[r] === KIND_ADMIN2)) return undefined;
  return town.rows.some((r) => within(g, r, next.row)) ? undefined : next.row;
}
