/**
 * Chronicle's offline geoparser: recognise toponyms (places, metonymic actors, demonyms),
 * resolve them against GeoNames-derived data in document context, find the document's country
 * focus, and place events at their clause's locative.
 */
import type { Span } from "../core/span.ts";
import { sentenceAt, tokenAtOrAfter } from "../nlp/offsets.ts";
import type { Doc } from "../nlp/types.ts";
import {
  AUSTRALIA_STATE_ABBREVIATIONS,
  CANADA_PROVINCE_ABBREVIATIONS,
  LEGISLATURES,
  US_STATE_ABBREVIATIONS,
} from "./aliases.ts";
import { kinNames, namesKin } from "./filters/kinName.ts";
import { seatAsInstitution } from "./filters/seatOfGovernment.ts";
import { namesShip } from "./filters/shipName.ts";
import { namesWeatherPattern } from "./filters/weatherPattern.ts";
import {
  admin1Of,
  demonymRow,
  distanceKm,
  type Gazetteer,
  gazetteer,
  KIND_ADMIN1,
  KIND_CITY,
  KIND_COUNTRY,
  KIND_FEATURE,
  normalizeName,
  placeAt,
} from "./gazetteer.ts";
import { locateByText, placedByQualifier, type ReadMention } from "./locators.ts";
import { judgeNerSpan } from "./nerSpans.ts";
import {
  type Candidate,
  candidateForSpan,
  demonymBeats,
  isCommonWord,
  isCountryOrRegion,
  isPrefixedFeature,
  recognize,
  SHORT_ACRONYM,
  STRONG_LOCATIVE,
  withoutCityRegions,
} from "./recognize.ts";
import {
  contextRow,
  focusCountry,
  METROPOLIS_POPULATION,
  prior,
  type Resolution,
  resolveCandidates,
  within,
} from "./resolve.ts";
import type { GeoPlace, GeoResult, PlaceMention } from "./types.ts";

export { normalizeName } from "./names.ts";
export type { GeoPlace, GeoResult, PlaceMention } from "./types.ts";

/** Loads the gazetteer now rather than on the first document (it builds the index if missing). */
export function loadGazetteer(): void {
  gazetteer();
}

export function geoparse(doc: Doc): GeoResult {
  const g = gazetteer();
  const starts = doc.sentences.length ? doc.sentences.map((s) => s.start) : [0];
  const cands = recognize(g, { text: doc.text, sentenceStarts: starts, entities: doc.entities });
  // NER's location spans the gazetteer scan missed: rivers, streets, regions, or names it
  // rejected; read through the gazetteer where it can, else placed by context.
  const unread: Span[] = [];
  for (const e of doc.entities) {
    if (e.label !== "LOC" || cands.some((c) => c.start < e.end && e.start < c.end)) continue;
    // "Of course", "Feb. 3": a function word or month that NER took for a location.
    // "North", "West": a compass word alone is no place NER could mean ("the North's peace process").
    // "the Duma", "Union soldiers": a lone common word or institution, as the recogniser judges it.
    if (isCommonWord(e.text) || namesWeatherPattern(e.text)) continue;
    // "INS Mysore", "the Mysore": a ship, as the recogniser's own filter judges it.
    if (namesShip(doc.text, e.start, e.end)) continue;
    // "her daughter, Brittany": a relative's first name, as the recogniser's own filter judges it.
    if (namesKin(doc.text, e.start)) continue;
    const c = candidateForSpan(g, doc.text, e.start, e.end);
    // "UN: 70% of youth…", "the EU": a short word in capitals is an acronym unless it names a
    // country or region, as the recogniser's own filter judges it (Ūn is a town in India).
    // A known abbreviation ("NY") reads as the place it shortens, not as a town of that name.
    if (c && SHORT_ACRONYM.test(e.text) && c.rows.every((r) => townNamed(g, r, e.text))) continue;
    // "White House aides": the institution, as the recogniser's own filter judges it.
    const cue = STRONG_LOCATIVE.test(doc.text.slice(Math.max(0, e.start - 12), e.start));
    if (c && seatAsInstitution(c.text, c.role, cue)) continue;
    if (c) cands.push(c);
    else {
      const s = judgeNerSpan({ start: e.start, end: e.end }, doc.text);
      if (s) unread.push(s);
    }
  }
  cands.sort((a, b) => a.start - b.start);
  // "her daughter, Brittany … giving Brittany a lethal dose": a name the article gives a relative
  // is that person wherever it stands without a place cue (one sense per discourse).
  const kin = kinNames(doc.text);
  const read = kin.size ? cands.filter((c) => !kin.has(c.text) || c.strongCue) : cands;
  return resolveInDoc(doc, starts, read, unread);
}

/** The gazetteer row is a town or village whose own name is the word (Ūn for "UN"). */
function townNamed(g: Gazetteer, row: number, word: string): boolean {
  return !isCountryOrRegion(g, row) && g.primaryKey[row] === normalizeName(word);
}

/**
 * Resolves toponym spans found elsewhere (another recogniser, or gold spans in evaluation) in
 * their document's context. A span with no gazetteer reading is placed at the document's
 * most-named locality with low confidence, or left out when the document names no place.
 */
export function resolveSpans(doc: Doc, spans: Span[]): GeoResult {
  const g = gazetteer();
  const starts = doc.sentences.length ? doc.sentences.map((s) => s.start) : [0];
  const cands: Candidate[] = [];
  const unread: Span[] = [];
  for (const s of spans) {
    const c = candidateForSpan(g, doc.text, s.start, s.end);
    if (c) cands.push(c);
    else unread.push(s);
  }
  return resolveInDoc(doc, starts, cands, unread);
}

/**
 * Does a feature lie outside the region of the document's places: a lake or mountain named after
 * another country ("Mount Kenya" in a Georgia story), or another state's highway ("KY 90" in a
 * West Virginia story)?
 */
function namedAfterOtherCountry(g: Gazetteer, c: Candidate, fallback: number): boolean {
  const { idx } = g;
  if (!c.rows.length) return false;
  if (c.rows.every((r) => idx.kind[r] === KIND_ADMIN1)) {
    const home = admin1Of(g, fallback);
    return home !== undefined && !c.rows.includes(home) && /\d$/.test(c.text);
  }
  return (
    isPrefixedFeature(c.text) &&
    c.rows.every((r) => idx.kind[r] === KIND_COUNTRY && idx.country[r] !== idx.country[fallback])
  );
}

/** Feature codes of waters that many places share a name with: rivers, lakes, reservoirs. */
const SHARED_WATER_CODES = new Set(["STM", "LK", "RSV"]);
/** How far a river's or lake's point may lie from a town or region the document names (a long river's middle is far from its towns). */
const WATER_NEAR_KM = 1000;
/** The same from a country's point (a river crosses a large country). */
const WATER_NEAR_COUNTRY_KM = 2500;

/**
 * Is a resolved river or lake a namesake: an imported water with one reading, far from every
 * place the document names (as a scene, an actor or a people)? Rivers and lakes share names across a continent ("James River",
 * "Lake Cumberland"); the gazetteer holds one, and a local story means its own.
 */
function isStrayWater(g: Gazetteer, r: Resolution, resolved: Resolution[]): boolean {
  const { idx } = g;
  if (idx.kind[r.row] !== KIND_FEATURE || !SHARED_WATER_CODES.has(idx.fcode[r.row])) return false;
  const others = resolved.filter((o) => o.row !== r.row);
  if (!others.length) return false;
  return others.every((o) => {
    const limit = idx.kind[o.row] === KIND_COUNTRY ? WATER_NEAR_COUNTRY_KM : WATER_NEAR_KM;
    return distanceKm(idx.lat[r.row], idx.lon[r.row], idx.lat[o.row], idx.lon[o.row]) > limit;
  });
}

/**
 * Names of buildings and institutions read through a town inside them ("Carnegie Library",
 * "Rogers Centre") whose town lies outside the country the story's own places are in, or far from
 * every town the story names: the name honours a person ("the Beaumont Memorial Library" in a
 * Washington State story is not in Beaumont, Texas) or a namesake, and the building stands where the story
 * is. Not a capital or a city of millions: events and missions there carry its name ("the Dubai
 * World Cup", "British Embassy Tokyo"). Likewise a country given only by its people's adjective
 * ("the French Quarter", "the British International School"): named after the people, it lies
 * where the story is. And a name that opens an organisation's ("Peel Regional Police" in an
 * Ontario story) when its only reading is a small town abroad (Peel, Isle of Man).
 */
function namedAfterDistantPlace(g: Gazetteer, text: string, resolved: Resolution[]): Resolution[] {
  const { idx } = g;
  // One reading and the opening of a longer name: no evidence of where the story is.
  const soleOpening = (r: Resolution) =>
    r.cand.role === "place" &&
    r.cand.rows.length === 1 &&
    OPENS_NAME.test(text.slice(r.cand.end, r.cand.end + 7));
  const own = resolved.filter((r) => !r.cand.embedded);
  const focus = focusCountry(
    g,
    own.filter((r) => !soleOpening(r)),
  );
  const abroad = (row: number) => focus !== undefined && idx.country[row] !== focus;
  const smallTown = (row: number) =>
    idx.kind[row] === KIND_CITY && idx.fcode[row] !== "PPLC" && idx.pop[row] < METROPOLIS_POPULATION;
  const towns = own.filter((r) => idx.kind[r.row] === KIND_CITY);
  const farFromTowns = (row: number) =>
    towns.length > 0 &&
    towns.every(
      (o) => distanceKm(idx.lat[row], idx.lon[row], idx.lat[o.row], idx.lon[o.row]) > EMBEDDED_TOWN_NEAR_KM,
    );
  return resolved.filter((r) => {
    const row = r.row;
    if (!r.cand.embedded) return soleOpening(r) && smallTown(row) && abroad(row);
    if (idx.kind[row] === KIND_CITY) return smallTown(row) && (abroad(row) || farFromTowns(row));
    // "the Cascade Motel" in a Tennessee story is not in Cascade, Seychelles: a building named
    // after a region abroad stands where the story is.
    if (idx.kind[row] === KIND_ADMIN1) return abroad(row) && NAMED_BUILDING.test(r.cand.text);
    return idx.kind[row] === KIND_COUNTRY && abroad(row) && namedByDemonym(g, r.cand.text, row);
  });
}

/** A single building a business or a congregation keeps, by the last word of its name. */
const NAMED_BUILDING =
  /\s(?:Motel|Hotel|Inn|Lodge|Apartments|Restaurant|Diner|Tavern|Bar|Mall|Plaza|Church|Chapel|Theatre|Theater)$/;

/**
 * How far from every town a story names a town inside an institution's name may lie and still
 * be what it is named after (150–300 km alike on GWN's analysis half; 500 km kept one namesake).
 */
const EMBEDDED_TOWN_NEAR_KM = 300;

/** Does a word of the name give the country only as its people's adjective ("French Quarter", not "Vatican Gardens")? */
function namedByDemonym(g: Gazetteer, name: string, country: number): boolean {
  return name
    .split(/\s+/)
    .some(
      (w) =>
        g.demonyms.get(w) === g.idx.country[country] && !g.byName.get(normalizeName(w))?.includes(country),
    );
}

/** "Bourbon and Royal streets", "Elm Street": the name is one of the streets named after it. */
const STREETS_AFTER =
  /^(?:\s*(?:and|&|,)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)?\s+(?:streets|avenues|roads|boulevards|drives|lanes)\b/u;
/** "at the corner of Elm and Savannah", "the intersection of Oak": a street crossing another. */
const CORNER_BEFORE = /\b(?:corner|intersection) of\s+(?:\p{Lu}[\p{L}.'’-]*\s+(?:and|&)\s+)?$/u;
/** "the Oak/Savannah intersection": two streets joined by a slash before "intersection" or "corner". */
const SLASHED_CROSSING_AFTER = /^\s*\/\s*\p{Lu}[\p{L}'’-]*\s+(?:intersection|corner)\b/u;
const SLASHED_CROSSING_BEFORE = /\p{Lu}[\p{L}'’-]*\s*\/\s*$/u;
const CROSSING_AFTER = /^\s+(?:intersection|corner)\b/;

/**
 * Is a name the street the text says it is: listed before "streets", at a corner or intersection
 * ("the corner of Elm and Savannah", "the Oak/Savannah intersection")? A street named after
 * a town or a person lies among the story's places, not in a namesake town.
 */
function namesStreet(text: string, span: Span): boolean {
  const after = text.slice(span.end, span.end + 60);
  const before = text.slice(Math.max(0, span.start - 40), span.start);
  return (
    STREETS_AFTER.test(after) ||
    CORNER_BEFORE.test(before) ||
    SLASHED_CROSSING_AFTER.test(after) ||
    (SLASHED_CROSSING_BEFORE.test(before) && CROSSING_AFTER.test(after))
  );
}

/** Confidence of a legislature placed at its capital (the country may be the story's guess). */
const SEAT_CONFIDENCE = 0.5;

/**
 * The capital where a legislature named by one word sits: the country the word names ("the
 * Knesset"), else the story's country ("Congress" in an American story, "Parliament" in a Kenyan one).
 */
function legislatureSeat(g: Gazetteer, surface: string, resolved: Resolution[]): number | undefined {
  const word = surface.replace(/^the\s+/i, "");
  if (!Object.hasOwn(LEGISLATURES, word)) return undefined;
  const country = LEGISLATURES[word] || focusCountry(g, resolved);
  return country ? g.capitalRow.get(country) : undefined;
}

/** Confidence of a name placed only by its document's context (the gazetteer does not know it). */
const CONTEXT_CONFIDENCE = 0.2;
/** Confidence of a name the text places beside a mention ("the Marlowe Arena in Dover"). */
const LOCATED_CONFIDENCE = 0.5;

/**
 * Where the text puts a span (see locators.ts), else `guess`; a guess that lies inside the region
 * the text names is finer and kept ("the Tijuana River in Baja California" near Tijuana).
 */
function placedByText(
  g: Gazetteer,
  text: string,
  span: Span,
  read: ReadMention[],
  guess: number | undefined,
): number | undefined {
  const located = locateByText(text, span, read);
  if (located === undefined) return guess;
  return guess !== undefined && within(g, guess, located) ? guess : located;
}

/**
 * "He is held at Belmarsh prison in London. … He was due to be released from HMP Belmarsh": a name
 * the gazetteer does not know, placed by the text once, is in the same place when the document
 * names it again (whole, or as the last words of the longer name), before any guess from context.
 */
function namesakeRow(
  text: string,
  span: Span,
  located: { span: Span; row: number | undefined }[],
): number | undefined {
  const name = text.slice(span.start, span.end);
  const same = (other: string) => other === name || name.endsWith(` ${other}`) || other.endsWith(` ${name}`);
  return located.find(
    (l) => l.row !== undefined && l.span !== span && same(text.slice(l.span.start, l.span.end)),
  )?.row;
}

/**
 * `unread` are spans known to be toponyms that no gazetteer entry names: each is placed at the
 * document's most-named locality (see contextRow), with low confidence.
 */
function resolveInDoc(doc: Doc, starts: number[], cands: Candidate[], unread: Span[] = []): GeoResult {
  const g = gazetteer();
  // Streets and rivers named after a place lie among the document's places, not in the namesake.
  const features = cands.filter((c) => c.feature);
  let resolved = resolveCandidates(
    g,
    doc.text,
    cands.filter((c) => !c.feature),
  );
  // "The James River" in a Virginia story is not Natural Earth's James River in the Dakotas.
  // "Bourbon and Royal streets": read with the rest (a street named after a nearby town still
  // says where the story is), then placed among the story's places.
  const strays = resolved.filter((r) => isStrayWater(g, r, resolved) || namesStreet(doc.text, r.cand));
  if (strays.length) {
    resolved = resolved.filter((r) => !strays.includes(r));
    unread = [...unread, ...strays.map((r) => r.cand)];
  }
  // "the Carnegie Library" in a Pittsburgh story: a town abroad or far away inside a building's
  // or institution's name is a person's name or a namesake; the building lies among the story's places.
  const distant = namedAfterDistantPlace(g, doc.text, resolved);
  if (distant.length) {
    resolved = resolved.filter((r) => !distant.includes(r));
    unread = [...unread, ...distant.map((r) => r.cand)];
  }
  // "Congress passed", "the Knesset voted": a legislature given as a place sits in its capital
  // (added after the fallback is chosen: a capital named only through its parliament is not
  // where the story's streets and buildings are).
  const seated: Resolution[] = [];
  unread = unread.filter((s) => {
    const text = doc.text.slice(s.start, s.end);
    const row = legislatureSeat(g, text, resolved);
    if (row === undefined) return true;
    const cand: Candidate = {
      ...s,
      text,
      rows: [row],
      role: "place",
      evidence: SEAT_CONFIDENCE,
      tokStart: 0,
      tokEnd: 0,
    };
    seated.push({ cand, row, confidence: SEAT_CONFIDENCE });
    return false;
  });
  const fallback = unread.length || features.length ? contextRow(g, resolved) : undefined;
  if (fallback !== undefined) {
    // "Mount Kenya" in a story set in Georgia: a feature named after a country the document's
    // places are not in lies in that country.
    const abroad = features.filter((c) => namedAfterOtherCountry(g, c, fallback));
    unread = [...unread, ...features.filter((c) => !abroad.includes(c))];
    for (const c of abroad) resolved.push({ cand: c, row: c.rows[0], confidence: c.evidence });
  } else if (features.length)
    // A feature with no namesake ("Lake Lanier") in a document that names no place stays unplaced.
    resolved = resolveCandidates(
      g,
      doc.text,
      cands.filter((c) => c.rows.length),
    );
  resolved.push(...seated);
  const sentenceOf = (offset: number) => (doc.sentences.length ? sentenceAt(starts, offset) : 0);
  // "Washington University in St. Louis", "the Marlowe Arena in Dover": where the text puts a
  // name the gazetteer cannot place, or one named after a place, beats the document's context.
  const read: ReadMention[] = resolved
    .filter((r) => r.cand.role !== "demonym" && !r.cand.embedded && !r.cand.feature)
    .map((r) => ({ start: r.cand.start, end: r.cand.end, row: r.row }))
    .sort((a, b) => a.start - b.start);
  const places: PlaceMention[] = resolved.map((r) => ({
    start: r.cand.start,
    end: r.cand.end,
    text: r.cand.text,
    place: placeAt(
      g,
      (r.cand.embedded
        ? placedByText(g, doc.text, r.cand, read, r.row)
        : placedByQualifier(g, doc.text, r.cand, read)) ?? r.row,
    ),
    confidence: r.confidence,
    role: r.cand.role,
    sentence: sentenceOf(r.cand.start),
  }));
  const located = unread.map((s) => ({ span: s, row: locateByText(doc.text, s, read) }));
  for (const s of unread) {
    const row = placedByText(g, doc.text, s, read, namesakeRow(doc.text, s, located) ?? fallback);
    if (row === undefined) continue;
    places.push({
      start: s.start,
      end: s.end,
      text: doc.text.slice(s.start, s.end),
      place: placeAt(g, row),
      confidence: row === fallback ? CONTEXT_CONFIDENCE : LOCATED_CONFIDENCE,
      role: "place",
      sentence: sentenceOf(s.start),
    });
  }
  places.sort((a, b) => a.start - b.start);
  const focus = focusCountry(g, resolved);
  const result: GeoResult = { places };
  if (focus) {
    const f = countryPlace(focus);
    if (f) result.focus = f;
  }
  return result;
}

/** Weight of a matching context country when looking a bare name up (a qualifier, in effect). */
const LOOKUP_COUNTRY_BONUS = 3;

export function lookupPlace(
  name: string,
  context?: { country?: string; admin1?: string },
): GeoPlace | undefined {
  const g = gazetteer();
  const trimmed = name.trim();
  const abbr = g.abbreviations.get(trimmed);
  if (abbr) return countryPlace(abbr);
  const dem = g.demonyms.get(trimmed);
  const key = normalizeName(trimmed);
  const found = g.byName.get(key);
  if (dem && demonymBeats(g, found)) {
    const row = demonymRow(g, dem);
    return row === undefined ? undefined : placeAt(g, row);
  }
  if (!found) return undefined;
  const rows = withoutCityRegions(g, found);
  let best = rows[0];
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const r of rows) {
    let s = prior(g, r, key);
    if (context?.country && g.idx.country[r] === context.country) s += LOOKUP_COUNTRY_BONUS;
    if (context?.admin1 && `${g.idx.country[r]}.${g.idx.admin1[r]}` === context.admin1)
      s += LOOKUP_COUNTRY_BONUS;
    if (s > bestScore) {
      bestScore = s;
      best = r;
    }
  }
  return placeAt(g, best);
}

/**
 * Every place a name can stand for, for filters: the country an abbreviation names ("DRC", "UK")
 * and each gazetteer entry with that name or alias, in any spelling normalizeName folds together.
 */
export function placesNamed(name: string): GeoPlace[] {
  const g = gazetteer();
  const places = (g.byName.get(normalizeName(name.trim())) ?? []).map((row) => placeAt(g, row));
  const abbr = g.abbreviations.get(name.trim());
  const country = abbr ? countryPlace(abbr) : undefined;
  return country ? [country, ...places] : places;
}

export function countryPlace(iso3: string): GeoPlace | undefined {
  const g = gazetteer();
  const row = g.countryRow.get(iso3.toUpperCase());
  return row === undefined ? undefined : placeAt(g, row);
}

/** "20 miles west of", "south of the capital": a place named as a reference point for another. */
const REFERENCE_WORDS =
  "(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)? of|(?:kilometres|kilometers|miles|km)\\)? (?:from|of|off|away from)";
/** "northern", "south-eastern", "central": where in a country or city, which news puts before its name. */
const COMPASS_ADJECTIVE = "(?:(?:north|south)-?(?:east|west)?(?:ern)?|east(?:ern)?|west(?:ern)?|central|far)";
/** Nouns of a place or a part of one that a locative reaches through "of" ("in the town of", "in a suburb of"). */
const PLACE_NOUNS_OF =
  "city|town|village|port|border town|province|region|state|capital|district|county|neighbou?rhood|suburbs?|area|parts?|outskirts|north|south|east|west|centre|center|heart|middle|coast|shores?|streets";
/**
 * What may stand between a locative and its toponym: "in the town of", "in the capital,", "in
 * northern Iraq", "in the western Mexican state of Michoacan", "in the Afghan capital Kabul", "in
 * the coastal city of", "in a Catholic neighbourhood of south Belfast", "in the north of".
 */
const PLACE_NOUN_BEFORE = `\\s+(?:(?:the|a|an)\\s+)?(?:${COMPASS_ADJECTIVE}\\s+)?(?:(?:[\\p{L}'’-]+\\s+){0,2}(?:(?:${PLACE_NOUNS_OF}) of\\s+(?:the\\s+)?(?:${COMPASS_ADJECTIVE}\\s+)?|(?:capital|city|town|village),?\\s+))?$`;
/**
 * Prepositions that make a toponym the scene of the clause's event ("took place in Almaty",
 * "marched along Havana's seafront", "seized off the coast of Somalia", "a camp outside of the city of
 * Saida"). Not "over": as often a
 * topic ("a dispute over Kashmir") as a place.
 */
const LOCATIVE_BEFORE = new RegExp(
  `\\b(?:in|at|near|outside(?:\\s+of)?|inside(?:\\s+of)?|across|through|throughout|around|within|into|along|off|on the outskirts of|${REFERENCE_WORDS})${PLACE_NOUN_BEFORE}`,
  "iu",
);
const REFERENCE_BEFORE = new RegExp(`\\b(?:${REFERENCE_WORDS})${PLACE_NOUN_BEFORE}`, "iu");
/** How much less a reference point counts than a place the event is "in": more than any precision bonus. */
const REFERENCE_PENALTY = 0.5;
/** "from X" is where movement starts: a weaker cue than "in X" but still the event's place. */
const SOURCE_BEFORE = /\bfrom\s+(?:the\s+)?$/i;

/**
 * "on the Seattle campus of the university", "on the Gaza coast": "on" is a locative only before a
 * toponym that names a part of a place, not a topic ("talks on Kashmir") nor a day.
 */
const ON_BEFORE = /\bon\s+(?:the\s+|a\s+)?$/i;
const PART_AFTER = /^\s+(?:campus|base|grounds|coast|outskirts|streets|waterfront|border)\b/i;

/**
 * "in the country's southern Zabul province", "in Afghanistan's eastern Nangarhar province", "in
 * Syria's al-Tanf": a locative reaches a toponym past the country or region it belongs to, named
 * in the possessive. Not past a person's or an office's ("at the Sheriff's Lakewood Station").
 */
const POSSESSED_BEFORE = new RegExp(
  `\\b(?:[Ii]n|at|near|outside|inside|across|throughout|around|within|into|along|off)\\s+(?:the\\s+(?:country|nation|region|province|state|territory|island)|(\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*)?))['’]s?${PLACE_NOUN_BEFORE}`,
  "u",
);
/** Precisions of a possessor that owns the places in it: a country or a region of one. */
const POSSESSOR_PRECISIONS: ReadonlySet<string> = new Set(["country", "admin1", "region"]);

function possessedByPlace(before: string): boolean {
  const possessed = POSSESSED_BEFORE.exec(before);
  if (!possessed) return false;
  if (!possessed[1]) return true;
  const owner = lookupPlace(possessed[1]);
  return !!owner && POSSESSOR_PRECISIONS.has(owner.precision);
}

/**
 * "engulfed the streets of Athens", "reached the outskirts of Kabul": a part of a place that a
 * deed fills or reaches is its scene without a preposition of place.
 */
const PART_OF_BEFORE = /\bthe\s+(?:streets|outskirts|suburbs|centre|center|heart)\s+of\s+(?:the\s+)?$/i;

/** A locative governs the mention from before it, or "on" with a part of the place after it. */
function locativeAround(text: string, m: PlaceMention, before: string): boolean {
  return (
    LOCATIVE_BEFORE.test(before) ||
    PART_OF_BEFORE.test(before) ||
    possessedByPlace(before) ||
    (ON_BEFORE.test(before) && PART_AFTER.test(text.slice(m.end, m.end + 20)))
  );
}

/** "a Kyiv-based charity": where an actor is based, not where its deed happened. */
const BASED_AFTER = /^-based\b/i;

/** "in the Texas Tribune": a place opening an organisation's name is not a scene. */
const OPENS_NAME = /^ \p{Lu}\p{Ll}/u;
/**
 * "captured in the Nebraska Sandhills", "a ranch in the Texas Panhandle", "in the Colorado
 * Rockies": a state or country opening the name of a stretch of land within it is the scene's
 * wider place, not an organisation's name.
 */
const LAND_FEATURE_AFTER =
  /^ (?:Sandhills|Panhandle|Rockies|Highlands|Lowlands|Uplands|Plains|Badlands|Hill Country|Outback|Bush|Delta|Valley|Desert|Mountains|Hills|Keys|Everglades|Interior|Countryside|Backcountry|Heartland|Borderlands?)\b/u;

function opensName(text: string, m: PlaceMention): boolean {
  const after = text.slice(m.end, m.end + 20);
  if (!OPENS_NAME.test(after)) return false;
  const wide = m.place.precision === "admin1" || m.place.precision === "country";
  return !(wide && LAND_FEATURE_AFTER.test(after));
}

/** The Arabic article joining the words of a name ("al-", "el ", "ash-"). */
const ARABIC_ARTICLE = "(?:al|el|ad|ar|as|ash|at|az|an)[-\\s]";
const OPENS_ARABIC_NAME = new RegExp(`^\\s+${ARABIC_ARTICLE}\\p{Lu}`, "u");
const ENDS_ARABIC_NAME = new RegExp(`\\p{Lu}[\\p{L}'’]*\\s+${ARABIC_ARTICLE}$`, "u");

/**
 * "Maghawir al-Thawra", "Liwa al-Quds", "Ahrar al-Sham": a toponym joined by the Arabic article to
 * the other words of a name is part of that name, mostly an armed group's, and says nothing about
 * where the group acts. (A place of such a shape, "Deir al-Zor", is matched whole.)
 */
export function insideArabicName(text: string, m: Span): boolean {
  return (
    OPENS_ARABIC_NAME.test(text.slice(m.end, m.end + 8)) ||
    ENDS_ARABIC_NAME.test(text.slice(Math.max(0, m.start - 40), m.start))
  );
}

/**
 * The mention is governed by a locative ("in Kassala", "on the outskirts of Goma"), so it names
 * where something happened; "U.S. Defense Secretary", "a Kyiv-based charity" or "talks with
 * Moscow" name no scene.
 */
export function namesScene(text: string, m: PlaceMention): boolean {
  const after = text.slice(m.end, m.end + 7);
  if (BASED_AFTER.test(after) || opensName(text, m) || insideArabicName(text, m)) return false;
  const before = text.slice(Math.max(0, m.start - 60), m.start);
  return (
    locativeAround(text, m, before) && !qualifiesFinerPlace(before) && !INTENDED_GOAL_BEFORE.test(before)
  );
}

/** "20 miles west of Kabul", "south of the capital": the mention only locates another place. */
export function namesReferencePoint(text: string, m: PlaceMention): boolean {
  return REFERENCE_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start));
}

/** "the Crown Heights neighborhood of", "the Karrada district of": a finer place named before its town. */
const FINER_PLACE_BEFORE =
  /(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})\s+(?:neighbou?rhood|district|suburb|section|area) of\s+(?:the\s+)?$/u;

/**
 * "in the Crown Heights neighborhood of Brooklyn": the town after "of" only says where the
 * neighbourhood named before it is, and that finer place is the scene. (Not "a Catholic
 * neighbourhood of Belfast": no place is named before.)
 */
function qualifiesFinerPlace(before: string): boolean {
  const finer = FINER_PLACE_BEFORE.exec(before);
  const place = finer ? lookupPlace(finer[1]) : undefined;
  return !!place && place.precision !== "country" && place.precision !== "region";
}

/** Score of a locative cue; a bare toponym in the sentence scores nothing and is never chosen. */
const LOCATIVE_SCORE = 2;
const SOURCE_SCORE = 1;
/** Precision preferred among equally cued places: the finest the text gives. */
const PRECISION_BONUS: Record<string, number> = {
  "sub-city": 0.3,
  city: 0.3,
  admin1: 0.2,
  country: 0.1,
  region: 0,
};
/** Characters of distance from the trigger that cost one locative step. */
const DISTANCE_SCALE = 400;

/**
 * Where the clause of an event's trigger says it happened: the sentence's best locative, else the
 * document's focus. `skip` leaves out mentions a caller knows to be another event's place.
 */
export function locateEvent(
  doc: Doc,
  geo: GeoResult,
  trigger: Span,
  sentence: number,
  skip: (m: PlaceMention) => boolean = () => false,
): { place: GeoPlace; mention?: PlaceMention; fromFocus: boolean } | undefined {
  const text = doc.text;
  let best: PlaceMention | undefined;
  let bestScore = 0;
  const inSentence = geo.places
    .filter((m) => m.sentence === sentence)
    .map((m) => (m.role === "place" ? m : capitalNamedByDemonym(text, m)))
    .filter((m): m is PlaceMention => !!m);
  const asides = relativeAsides(doc, sentence);
  const triggerToken = doc.tokens[tokenAtOrAfter(doc.tokens, trigger.start)];
  // "the Tucson shooting": a tagger may read the -ing noun as a verb; a determiner before the town says noun.
  const triggerIsNoun = (m: PlaceMention) =>
    triggerToken?.pos === "NOUN" ||
    (/ing$/i.test(triggerToken?.text ?? "") &&
      DETERMINER_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)));
  const asideOf = (offset: number) => asides.findIndex(([from, to]) => from <= offset && offset < to);
  const triggerAside = asideOf(trigger.start);
  for (const m of inSentence) {
    // "Assange, who denies the accusation, has avoided extradition … at the embassy in London": a
    // relative clause between commas is a proposition of its own, and the main clause's places are
    // not its scene. (The other way round they often are: "shot down the helicopter, which crashed
    // in Logar province".)
    if (triggerAside >= 0 && asideOf(m.start) !== triggerAside) continue;
    if (skip(m)) continue;
    // "files about the wars in Afghanistan": a place inside what something is about is the topic's.
    if (TOPIC_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start))) continue;
    // The qualifier of "Almaty, Kazakhstan" is not a second scene.
    const prev = inSentence.find((o) => o.end <= m.start && /^\s*,\s*$/.test(text.slice(o.end, m.start)));
    if (prev) continue;
    // "three Atlanta attacks", "the bombing of a Birmingham, Ala., abortion clinic": a town that
    // qualifies the event's own noun or its object is where it happened.
    if (qualifiesEventNoun(text, m, trigger) && triggerIsNoun(m)) {
      const s = LOCATIVE_SCORE + QUALIFIER_BONUS + (PRECISION_BONUS[m.place.precision] ?? 0);
      if (s > bestScore) {
        bestScore = s;
        best = m;
      }
      continue;
    }
    const after = text.slice(m.end, m.end + 7);
    if (BASED_AFTER.test(after) || opensName(text, m) || insideArabicName(text, m)) continue;
    // "explosions near U.S. embassies in Kenya and Tanzania": a toponym that qualifies the noun a
    // later locative places names whose the thing is, not where it is.
    if (inSentence.some((o) => o.start > m.end && QUALIFIED_THING_AT.test(text.slice(m.end, o.start))))
      continue;
    const before = text.slice(Math.max(0, m.start - 60), m.start);
    if (qualifiesFinerPlace(before)) continue;
    if (goalOfIntendedMove(before, m.start, trigger)) continue;
    let s =
      locativeAround(text, m, before) || overAfterFlight(text, m, before, trigger)
        ? LOCATIVE_SCORE
        : SOURCE_BEFORE.test(before)
          ? SOURCE_SCORE
          : 0;
    if (s === 0) continue;
    // "in Logar province south of the capital Kabul": a reference point locates a place named
    // before it; it is the scene only when the sentence names no other.
    if (REFERENCE_BEFORE.test(before)) s -= REFERENCE_PENALTY;
    s += PRECISION_BONUS[m.place.precision] ?? 0;
    s -= Math.abs(m.start - trigger.start) / DISTANCE_SCALE;
    if (s > bestScore) {
      bestScore = s;
      best = m;
    }
  }
  if (best) return { place: best.place, mention: best, fromFocus: false };
  if (geo.focus) return { place: geo.focus, fromFocus: true };
  return undefined;
}

/** "over" before a toponym: where an aircraft was, when the event is a flight's. */
const OVER_BEFORE = /\bover\s+(?:the\s+)?$/i;
/** Events of aircraft: downing, crashing, exploding, flying, vanishing, bombing from the air. */
const FLIGHT_TRIGGER =
  /^(?:shot\s+down|shoot\s+down|shooting\s+down|down(?:ed|ing)?|crash(?:ed|es|ing)?|explod(?:ed|es|ing)|fl(?:ew|y|ying|own)|vanish(?:ed|ing)?|disappear(?:ed|ing)?|intercept(?:ed|ing)?|bomb(?:ed|ing)?)$/i;
/** How far after the trigger "over" may name the aircraft's place ("shot down in his Navy jet over Hanoi"). */
const OVER_REACH = 60;

/**
 * "shot down in his Navy jet over Hanoi", "the plane crashed over the Atlantic": "over" is no
 * locative in general ("a dispute over Kashmir"), but after the event of an aircraft it says where
 * the aircraft was.
 */
function overAfterFlight(text: string, m: PlaceMention, before: string, trigger: Span): boolean {
  return (
    OVER_BEFORE.test(before) &&
    FLIGHT_TRIGGER.test(text.slice(trigger.start, trigger.end)) &&
    m.start > trigger.end &&
    m.start - trigger.end <= OVER_REACH
  );
}

/** A determiner or number before a town that qualifies a noun ("the Tucson shooting", "three Atlanta attacks"). */
const DETERMINER_BEFORE = /\b(?:the|a|an|this|that|last|two|three|four|five|several|\d+)\s+$/i;
/** A town right before an event's noun outranks any other locative of the sentence. */
const QUALIFIER_BONUS = 1;
/** Places fine enough for a noun they qualify to have happened or stood there (not a country: "US attacks"). */
const QUALIFYING_PRECISIONS: ReadonlySet<string> = new Set(["sub-city", "city", "admin1", "facility"]);
/** Between a town and the event noun it qualifies: a space, or its state set off by commas ("Birmingham, Ala., bombing"). */
const QUALIFIER_TO_NOUN = /^(?:,\s+\p{Lu}[\p{L}.]*,)?\s+$/u;
/** Between an event noun and the town qualifying its object ("bombing of a", "shooting at the"). */
const NOUN_TO_OBJECT = /^\s+(?:of|at|on)\s+(?:a|an|the)\s+$/;
/** After that town: its state, then a lower-case noun ("Birmingham, Ala., abortion clinic"). */
const OBJECT_NOUN_AFTER = /^(?:,\s+\p{Lu}[\p{L}.]*,)?\s+\p{Ll}/u;

/**
 * "charged in three Atlanta attacks", "the Salisbury poisoning", "the 1998 bombing of a Birmingham,
 * Ala., abortion clinic": a town (not a country, which names a party: "US attacks") written before
 * the event's own noun, or before the noun of its object, says where the event happened. (The
 * caller checks that the trigger is a noun: before a verb the town is its subject, "Washington
 * invaded", or a home, "a man from New Hampshire killed".)
 */
function qualifiesEventNoun(text: string, m: PlaceMention, trigger: Span): boolean {
  if (!QUALIFYING_PRECISIONS.has(m.place.precision)) return false;
  if (trigger.start >= m.end) return QUALIFIER_TO_NOUN.test(text.slice(m.end, trigger.start));
  return (
    m.start >= trigger.end &&
    NOUN_TO_OBJECT.test(text.slice(trigger.end, m.start)) &&
    OBJECT_NOUN_AFTER.test(text.slice(m.end, m.end + 24))
  );
}

/**
 * "deported for entering the country illegally to sneak into the US", "detained 40 migrants trying
 * to cross into Greece": where someone meant to go is not where what befell them happened. The
 * goal of a movement in an infinitive after the event's trigger is no scene of that event.
 */
function goalOfIntendedMove(before: string, at: number, trigger: Span): boolean {
  const goal = INTENDED_GOAL_BEFORE.exec(before);
  return !!goal && trigger.end <= at - before.length + goal.index;
}
const INTENDED_GOAL_BEFORE =
  /\bto\s+(?:\p{Ll}+ly\s+)?(?:sneak|cross|enter|reach|get|travel|flee|migrate|head|sail|make\s+(?:it|their\s+way|his\s+way|her\s+way))(?:\s+(?:into|to|across|toward|towards|over))?\s+(?:the\s+)?$/u;

/** Between a toponym and a second one: the noun it qualifies and the second's locative (" embassies in "). */
const QUALIFIED_THING_AT = /^\s+[a-z][a-z-]*\s+(?:in|at|near|outside)\s+(?:the\s+)?$/;

/** "about the wars in", "concerning the situation at": a locative inside a topic phrase. */
const TOPIC_BEFORE =
  /\b(?:about|regarding|concerning)\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\p{L}-]+\s+){0,3}(?:in|at)\s+(?:the\s+)?$/iu;
/** Relative pronouns that open a clause between commas (", who denies the accusation,"). */
const RELATIVE_OPENERS = new Set(["who", "which", "whose", "whom"]);

/**
 * Character spans of a sentence's non-restrictive relative clauses: from a comma followed by
 * "who", "which", "whose" or "whom" to the next comma, dash or the sentence's end.
 */
export function relativeAsides(doc: Doc, sentence: number): [number, number][] {
  const s = doc.sentences[sentence];
  if (!s) return [];
  const tokens = doc.tokens;
  const out: [number, number][] = [];
  for (let k = s.tokenStart; k + 1 < s.tokenEnd; k++) {
    if (tokens[k].text !== "," || !RELATIVE_OPENERS.has(tokens[k + 1].norm)) continue;
    let end = k + 2;
    while (end < s.tokenEnd && ![",", "—", "–", ";"].includes(tokens[end].text)) end++;
    out.push([tokens[k].start, end < s.tokenEnd ? tokens[end].start : s.end]);
    k = end - 1;
  }
  return out;
}

/** "the Afghan capital", "the Ukrainian capital": a demonym before "capital". */
const CAPITAL_AFTER = /^\s+capital\b/;
/**
 * News names a capital by its country's adjective ("gunmen in the heart of the Afghan capital",
 * "explosions shook the Ukrainian capital"): for the scene of an event, that demonym and "capital"
 * are the capital city (GeoNames PPLC). The recogniser's mention stays the demonym, as gazetteer
 * evaluations annotate it.
 */
function capitalNamedByDemonym(text: string, m: PlaceMention): PlaceMention | undefined {
  if (m.role !== "demonym" || m.place.precision !== "country" || !m.place.country) return undefined;
  const after = CAPITAL_AFTER.exec(text.slice(m.end, m.end + 12));
  if (!after) return undefined;
  const g = gazetteer();
  const row = g.capitalRow.get(m.place.country);
  if (row === undefined) return undefined;
  const end = m.end + after[0].length;
  return { ...m, end, text: text.slice(m.start, end), role: "place", place: placeAt(g, row) };
}

/** A national capital (GeoNames PPLC): news uses its name for the government ("talks with Amman"). */
export function isNationalCapital(place: GeoPlace): boolean {
  if (!place.geonameId) return false;
  const g = gazetteer();
  const row = g.byId.get(place.geonameId);
  return row !== undefined && g.idx.fcode[row] === "PPLC";
}

/**
 * The country and region a qualifier names ("Ill.", "Illinois", "Vietnam" in "SPRINGFIELD, Ill.",
 * "HANOI, Vietnam"), as a context for looking up the name it qualifies.
 */
export function qualifierContext(text: string): { country?: string; admin1?: string } | undefined {
  const g = gazetteer();
  const code = regionCode(text);
  const row = code ? g.admin1Row.get(code) : undefined;
  if (row !== undefined) return { country: g.idx.country[row], admin1: code };
  const place = lookupPlace(text);
  if (!place?.country) return undefined;
  if (place.precision !== "admin1" || !place.geonameId) return { country: place.country };
  const r = g.byId.get(place.geonameId);
  return r === undefined
    ? { country: place.country }
    : { country: place.country, admin1: `${g.idx.country[r]}.${g.idx.admin1[r]}` };
}

/**
 * "Calif.", "Va.", "Ont.": the abbreviated state or province of an address or dateline ("HAYWARD,
 * Calif. (AP)", "Rep. David McKinley, R-W.Va."). News writes a state that acts in full.
 */
export function isRegionAbbreviation(text: string): boolean {
  return text.replace(/\.$/, "").length > 1 && regionCode(text) !== undefined;
}

/** "ISO3.admin1" of an abbreviated US state, Canadian province or Australian state ("Calif." → "USA.CA"). */
function regionCode(text: string): string | undefined {
  const t = text.endsWith(".") ? text : `${text}.`;
  if (t in US_STATE_ABBREVIATIONS) return `USA.${US_STATE_ABBREVIATIONS[t]}`;
  if (t in CANADA_PROVINCE_ABBREVIATIONS) return `CAN.${CANADA_PROVINCE_ABBREVIATIONS[t]}`;
  if (t in AUSTRALIA_STATE_ABBREVIATIONS) return `AUS.${AUSTRALIA_STATE_ABBREVIATIONS[t]}`;
  return undefined;
}
