import { isNationalCapital, namesScene } from "../../geo/index.ts";
import type { Doc } from "../../nlp/types.ts";
import type { ActorCandidate } from "../actors.ts";
import type { Place } from "../schema.ts";
import { type CoderContext, type Refiner, STATEMENT_TYPES } from "../types.ts";
import { BUILDING_HEADS, FACILITY_HEADS, PLACE_PREPOSITIONS, VISITED_PLACE_NOUNS } from "../words.ts";

/** Prepositions that make even a capital the scene rather than the government. */
const SCENE_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "at", "near", "inside", "outside"]);

import { placeOf } from "../places.ts";
import { headOf } from "./drop-non-party-arguments.ts";

/**
 * "rallied at Republic Square", "marched into Goma": a location named as the object of an event is
 * where it happened, not who received it. A street or square name is always a location; a town or
 * province is one after a preposition of place; a country or capital stays a party, as PLOVER codes
 * it ("sent troops to Lithuania", "visited Amman").
 * The location becomes the event's place when the sentence named none of its own.
 */
export const locationAsPlace: Refiner = {
  name: "location-as-place",
  refine(candidates, ctx) {
    for (const c of candidates) {
      for (const role of ["recipient", "actor"] as const) {
        const a = c[role];
        if (!a) continue;
        // A planned visit is coded as AGREE with the visit intended ("will visit Yugoslavia").
        const visit =
          c.trigger.mode === "visit" ||
          (c.intended === "CONSULT" && /^trigger:(?:visit|tour)\b/.test(c.trigger.rule));
        const visited = visit && role === "recipient";
        // "The president visited Kyiv on Monday, after meeting the prime minister in Warsaw": the
        // country or city visited stays the host and is also where the visit was, over a locative
        // of another clause that puts it in another country.
        const host = visited ? hostPlace(ctx, a) : undefined;
        if (host && (!c.place || c.place.fromFocus || c.place.country !== host.country)) c.place = host;
        const where = locationOf(ctx, a, visited);
        if (!where) continue;
        c[role] = undefined;
        // "recognised the disputed city of Kirkuk as the region's capital": what a statement is
        // about is its topic, not where it was made, unless a locative makes it the scene.
        const topic = STATEMENT_TYPES.has(c.trigger.type) && !where.scene;
        if (where.place && (!c.place || c.place.fromFocus) && !topic) c.place = where.place;
      }
    }
    return candidates;
  },
};

/** The toponym that is the whole of a visit's object ("visited Kyiv", "a visit to Montenegro"). */
function hostPlace(ctx: CoderContext, a: ActorCandidate): Place | undefined {
  const mention = ctx.geo.places.find((m) => m.start === a.start && m.end === a.end && m.role === "place");
  return mention ? placeOf(mention) : undefined;
}

/** A location that is an event's object: its place, and whether a locative names it as a scene. */
interface Location {
  place?: Place;
  scene: boolean;
}

function locationOf(ctx: CoderContext, a: ActorCandidate, visited = false): Location | undefined {
  const found = bareLocationOf(ctx, a, visited);
  if (!found) return undefined;
  const mention = ctx.geo.places.find((m) => m.start >= a.start && m.end <= a.end && m.role === "place");
  const scene =
    !!mention && (namesScene(ctx.doc.text, mention) || SCENE_PREPOSITIONS.has(prepositionBefore(ctx.doc, a)));
  return { ...found, scene };
}

function bareLocationOf(
  ctx: CoderContext,
  a: ActorCandidate,
  visited: boolean,
): { place?: Place } | undefined {
  const { doc, geo } = ctx;
  const mention = geo.places.find((m) => m.start >= a.start && m.end <= a.end && m.role === "place");
  const place: Place | undefined = mention ? placeOf(mention) : undefined;
  const head = headOf(doc, a);
  if (FACILITY_HEADS.has(head.norm) && /^[A-Z]/.test(head.text)) return { place };
  // ("the leaders of the House and Senate": after "of" a house is a chamber, its members' body.)
  if (BUILDING_HEADS.has(head.norm) && afterPlacePreposition(doc, a) && prepositionBefore(doc, a) !== "of")
    return { place };
  // "Netanyahu visited the Gush Etzion settlement bloc", "the minister visited a camp near Goma":
  // what a visit's object names by a noun of places is where the visit was; a country or a capital
  // visited stays the host, as PLOVER codes it ("visited Amman").
  const after = doc.tokens[a.lastToken + 1];
  const placeNoun = (t?: (typeof doc.tokens)[number]) =>
    !!t && VISITED_PLACE_NOUNS.has(t.lemma.toLowerCase());
  if (visited && (placeNoun(head) || (after?.sentence === head.sentence && placeNoun(after))))
    return { place };
  if (!mention || mention.place.precision === "country" || mention.place.precision === "region")
    return undefined;
  // A capital stands for its government ("sent envoys to Amman", "the siege of Kabul"), as PLOVER
  // codes it, unless it is plainly the scene ("talks in Amman").
  // "in the capital, Ashgabat", "in central Athens": a locative before the name, past its place
  // noun or compass word, makes it the scene as surely as a preposition right before it.
  const scene = namesScene(doc.text, mention);
  if (
    isNationalCapital(mention.place) &&
    !SCENE_PREPOSITIONS.has(prepositionBefore(doc, a)) &&
    !CAPITAL_SCENE_BEFORE.test(doc.text.slice(Math.max(0, mention.start - 40), mention.start))
  )
    return undefined;
  // The mention must be the whole argument ("Goma", "the town of Kasai", "Paktia province"), not a
  // qualifier ("Goma's governor").
  if (
    !SETTLEMENT_SUFFIX.test(doc.text.slice(mention.end, a.end)) ||
    !SETTLEMENT_PREFIX.test(doc.text.slice(a.start, mention.start))
  )
    return undefined;
  return scene || afterPlacePreposition(doc, a) ? { place } : undefined;
}

/**
 * "in the capital, Ashgabat", "in central Kabul": a scene preposition before the capital's place
 * noun or compass word. Not "lines leading into Kabul": a movement's target capital stays a party.
 */
const CAPITAL_SCENE_BEFORE =
  /\b(?:in|at|near|inside|outside)\s+(?:the\s+)?(?:(?:central|downtown|northern|southern|eastern|western)\s+|(?:[\p{L}-]+\s+)?(?:capital|city),?\s+)$/iu;

/** What may stand before a place name inside an argument that is only that place. */
const SETTLEMENT_PREFIX =
  /^(?:the\s+)?(?:(?:town|city|village|district|province|region|state|county|capital)\s+of\s+)?$/i;

/** What may follow a place name inside an argument that is only that place ("Paktia province"). */
const SETTLEMENT_SUFFIX =
  /^(?:\s+(?:province|district|region|state|county|governorate|oblast|city|town|village))?$/i;

/** Words of a part of a place between a preposition and its name ("in downtown Istanbul", "in northern Mali"). */
const PART_OF_PLACE = new Set([
  "the",
  "a",
  "downtown",
  "central",
  "northern",
  "southern",
  "eastern",
  "western",
  "northeastern",
  "northwestern",
  "southeastern",
  "southwestern",
  "suburban",
  "rural",
]);

/** The word before an argument, past an article and a part of the place ("at the Europe Bridge", "in downtown Istanbul" → at, in), or "" at a sentence start. */
function prepositionBefore(doc: Doc, a: ActorCandidate): string {
  let k = a.firstToken - 1;
  while (k >= 0 && PART_OF_PLACE.has(doc.tokens[k].norm)) k--;
  const prev = doc.tokens[k];
  return prev && prev.sentence === doc.tokens[a.firstToken].sentence ? prev.norm : "";
}

function afterPlacePreposition(doc: Doc, a: ActorCandidate): boolean {
  return PLACE_PREPOSITIONS.has(prepositionBefore(doc, a));
}
