/**
 * Toponym recognition from gazetteer evidence: capitalised word sequences whose normalised form
 * names a place, abbreviations ("U.S.", "Ky."), and demonyms ("Kazakh authorities"), filtered
 * by context (person titles, longer proper names, sentence-initial common words) and by the NER
 * stage's entities when present. Each candidate keeps every gazetteer row it could mean; resolve.ts
 * picks one.
 */
import { tokenStartingAt } from "../nlp/offsets.ts";
import type { EntityMention } from "../nlp/types.ts";
import {
  AUSTRALIA_STATE_ABBREVIATIONS,
  AUSTRALIA_STATE_ABBREVIATIONS_ALONE,
  AUSTRALIAN_CONTEXT,
  CANADA_PROVINCE_ABBREVIATIONS,
  CITY_ABBREVIATIONS,
  CONTEXT_COUNTRY_CODES,
  LEGISLATURES,
  ONE_WORD_INSTITUTIONS,
  SPAN_STOPWORDS,
  US_POSTAL_CODES,
  US_POSTAL_CODES_ALONE,
  US_STATE_ABBREVIATIONS,
} from "./aliases.ts";
import { type FilterContext, type NameFilter, type NameSpan, nameFilters } from "./filters/index.ts";
import {
  admin1Of,
  demonymRow,
  type Gazetteer,
  KIND_ADMIN1,
  KIND_ADMIN2,
  KIND_CITY,
  KIND_COUNTRY,
  KIND_FEATURE,
  KIND_REGION,
  normalizeName,
} from "./gazetteer.ts";
import { within } from "./resolve.ts";

export interface WordToken {
  start: number;
  end: number;
  text: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
}

export interface Candidate {
  start: number;
  end: number;
  text: string;
  /** Gazetteer rows the name may denote. */
  rows: number[];
  role: "place" | "actor" | "demonym";
  /** Recognition certainty before resolution, 0..1. */
  evidence: number;
  /** Token index range [tokStart, tokEnd). */
  tokStart: number;
  tokEnd: number;
  /** A "County"/"Parish" suffix narrowed the name to a second-level division. */
  admin2?: boolean;
  /** Kept only if this or another mention of the name is cued or confirmed as a location. */
  needsSupport?: boolean;
  /** A locative preposition, a "City, Region" qualifier or NER's LOC says place. */
  cued?: boolean;
  /** "in X", "X, State", "an X man", "D-X": place whatever NER says. */
  strongCue?: boolean;
  /**
   * A street, river or park named after the place ("Memphis Street", "Kanawha River"): the whole
   * name is the toponym, and it lies where the document's own places are rather than in the
   * namesake (rows are the namesake's, for a document that names no other place).
   */
  feature?: boolean;
  /**
   * The place is named inside a longer name ("Washington University", "Liverpool Academy"): the
   * thing that name stands for may lie elsewhere, where the text says it is.
   */
  embedded?: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

export function wordTokens(text: string): WordToken[] {
  const out: WordToken[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    out.push({ start, end: start + m[0].length, text: m[0], cap: /^\p{Lu}/u.test(m[0]) });
  }
  return out;
}

/** Lower-case words allowed inside a multi-word name ("Isle of Man", "Rio de Janeiro"). */
const CONNECTORS = new Set([
  "of",
  "the",
  "de",
  "del",
  "della",
  "di",
  "da",
  "do",
  "dos",
  "das",
  "du",
  "la",
  "le",
  "les",
  "al",
  "el",
  "es",
  "upon",
  "on",
  "sur",
  "and",
  "y",
  "en",
  "am",
  "an",
  "der",
  "den",
  "van",
  "von",
  "d",
  "l",
  "s",
]);

/** What may stand between two words of one name: a space, a hyphen, an abbreviating period, an apostrophe. */
const JOINER = /^(?: |-|\. ?|['’]|\u00a0)$/;

/** Towns smaller than this lose to a demonym of the same spelling. */
const DEMONYM_OVER_TOWN_POPULATION = 100_000;

/** A demonym beats a homonymous small town ("Kazakh" is also a town in Azerbaijan). */
export function demonymBeats(g: Gazetteer, rows: number[] | undefined): boolean {
  return (
    !rows ||
    rows.every(
      (r) =>
        g.idx.kind[r] === KIND_ADMIN2 ||
        // "French", "Canadian": rivers too are named after peoples.
        g.idx.kind[r] === KIND_FEATURE ||
        (g.idx.kind[r] === KIND_CITY && g.idx.pop[r] < DEMONYM_OVER_TOWN_POPULATION),
    )
  );
}

/**
 * The rows a demonym may mean: its one row, or for a city's demonym ("Londoners") every reading
 * of the city's name, as the name itself would get, so that the people and the city share one
 * reading in the document (London, Ontario's "Londoners" are not in England).
 */
export function demonymRows(g: Gazetteer, value: string): number[] {
  const row = demonymRow(g, value);
  if (row === undefined) return [];
  if (!value.startsWith("@")) return [row];
  const named = withoutCityRegions(
    g,
    (g.byName.get(g.primaryKey[row]) ?? []).filter((r) => g.idx.kind[r] !== KIND_ADMIN2),
  );
  return named.includes(row) ? named : [row, ...named];
}

/**
 * A compass word alone ("North", "Western") names no town or division, only a curated region
 * ("the West"): Hong Kong's North district and Ghana's Western Region are not what English means.
 */
export function compassReadings(
  g: Gazetteer,
  surface: string,
  rows: number[] | undefined,
): number[] | undefined {
  if (!rows || !COMPASS.has(surface)) return rows;
  const regions = rows.filter((r) => g.idx.kind[r] === KIND_REGION);
  return regions.length ? regions : undefined;
}

/** Without a cue, a one-word name must denote a town at least this big to count (surnames match hamlets). */
export const BARE_TOWN_MIN_POPULATION = 10_000;

/** Longest name in words; longer gazetteer names are rare and costly to try. */
const MAX_NAME_WORDS = 6;

/** Suffixes that turn a name into an administrative division ("Laurel County"). */
export const ADMIN2_SUFFIXES = new Set([
  "County",
  "Parish",
  "Borough",
  "District",
  "Province",
  "Oblast",
  "Region",
  "Prefecture",
]);

/** Compass words that qualify a place ("North Texas", "southern Lebanon"); never a place alone. */
export const COMPASS = new Set([
  "North",
  "South",
  "East",
  "West",
  "Northern",
  "Southern",
  "Eastern",
  "Western",
  "Central",
  "Northeast",
  "Northwest",
  "Southeast",
  "Southwest",
  "Upper",
  "Lower",
]);

/**
 * Words that qualify a place as a part or the whole of its area ("Metro Vancouver", "Historic
 * Dublin", "Downtown Cleveland"), as compass words do; alone, never a place (Metro is also a town
 * in Indonesia). Not "Midtown" or "Uptown": alone, those name districts.
 */
export const PLACE_QUALIFIERS = new Set(["Metro", "Metropolitan", "Historic", "Downtown"]);

/**
 * Is the word alone an ordinary word, a title, a compass word or an institution's name? A word in
 * capitals is read as the word ("A CITY cop", "the STREET"): news sets words in capitals for
 * emphasis and in headlines, and a name in capitals is still the name.
 */
export function isCommonWord(w: string): boolean {
  if (ALL_CAPITALS.test(w))
    return commonWordAsWritten(w) || commonWordAsWritten(w[0] + w.slice(1).toLowerCase());
  return commonWordAsWritten(w);
}
const ALL_CAPITALS = /^\p{Lu}{2,}$/u;

function commonWordAsWritten(w: string): boolean {
  return (
    SPAN_STOPWORDS.has(w) ||
    COMPASS.has(w) ||
    PLACE_QUALIFIERS.has(w) ||
    PERSON_TITLES.has(w) ||
    NAME_HEADS.has(w) ||
    ONE_WORD_INSTITUTIONS.has(w)
  );
}

/**
 * Nouns that head names of streets, buildings and institutions and also name a few towns
 * ("Street", Somerset; "University", Florida): alone, they are the ordinary word.
 */
export const NAME_HEADS = new Set([
  "City",
  "Side",
  "Hospital",
  "Street",
  "Avenue",
  "Road",
  "Boulevard",
  "Lane",
  "Drive",
  "Hall",
  "Center",
  "Centre",
  "University",
  "Chamber",
  "College",
  "School",
  "Church",
  "Court",
  "Commerce",
  "Federal",
  "Union",
  "Park",
  "Square",
  "Tower",
  "Bridge",
]);

/**
 * Head nouns of streets, natural features and districts named after a place ("Memphis Street",
 * "Naugatuck River", "Hamilton Township"): the whole name is a toponym of its own. Abbreviations
 * are written with their period ("Augusta St.").
 */
const FEATURE_HEADS = new Set([
  "Street",
  "Road",
  "Avenue",
  "Drive",
  "Boulevard",
  "Lane",
  "Parkway",
  "Pike",
  "Turnpike",
  "Trail",
  "River",
  "Creek",
  "Lake",
  "Valley",
  "Hills",
  "Heights",
  "Mountain",
  "Mountains",
  "Bay",
  "Island",
  "Forest",
  "Wilderness",
  "Park",
  "Township",
  "Station",
  "Colony",
  "Estate",
  "Square",
  "Airport",
  "Stadium",
]);
const FEATURE_ABBREVIATIONS = new Set(["St", "Rd", "Ave", "Blvd", "Twp"]);
/** Does the name end in a feature head ("Mayfield Road", "Augusta St.")? */
export function isFeatureName(surface: string): boolean {
  const m = /(\p{L}+)(\.?)\s*$/u.exec(surface);
  if (!m) return false;
  return FEATURE_HEADS.has(m[1]) || (m[2] === "." && FEATURE_ABBREVIATIONS.has(m[1]));
}

/** Capitalised words allowed between the place and the head ("Sunset Memorial Park"). */
const FEATURE_MAX_INNER_WORDS = 2;

/**
 * End (token index past the head, and offset) of a feature name that tokens[from..] complete
 * ("Street", "Memorial Park", "St."), or undefined when none does.
 */
export function featureHead(
  text: string,
  tokens: WordToken[],
  from: number,
): { tokEnd: number; end: number } | undefined {
  for (let k = from; k < tokens.length && k <= from + FEATURE_MAX_INNER_WORDS; k++) {
    const t = tokens[k];
    if (!t.cap || !/^[ \u00a0]$/.test(text.slice(tokens[k - 1].end, t.start))) return undefined;
    if (FEATURE_HEADS.has(t.text)) return { tokEnd: k + 1, end: t.end };
    if (FEATURE_ABBREVIATIONS.has(t.text) && text[t.end] === ".") return { tokEnd: k + 1, end: t.end + 1 };
    if (SPAN_STOPWORDS.has(t.text)) return undefined;
  }
  return undefined;
}

/** Nouns after a place that make it someone's home ("a Chiefland man", "Harwinton residents"). */
export const RESIDENT_AFTER =
  /^\s+(?:man|woman|men|women|resident|residents|native|natives|teen|teenager|boy|girl)\b/;
/** Does the ", X" after a name read as a state or country ("Norman, Okla.", "Paris, France")? */
export function qualifierNamesRegion(g: Gazetteer, text: string, end: number): boolean {
  const m = /^,\s*(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)/u.exec(text.slice(end, end + 40));
  if (!m) return false;
  const words = m[1].split(/\s+/);
  for (let k = words.length; k >= 1; k--) {
    const surface = words.slice(0, k).join(" ");
    if (g.abbreviations.has(surface) || admin1Abbreviation(surface)) return true;
    const rows = g.byName.get(normalizeName(surface.replace(/\.$/, "")));
    if (rows?.some((r) => g.idx.kind[r] === KIND_COUNTRY || g.idx.kind[r] === KIND_ADMIN1)) return true;
  }
  return false;
}

/** "D-Charleston", "R-Elbow Lake": a legislator's party and home town. */
export const PARTY_BEFORE = /\b[DRI]-$/;
/** Prepositions before a name that cue a place ("in", "across", "of"). */
export const LOCATIVE =
  /\b(?:in|at|near|outside|from|to|across|throughout|into|towards?|around|of)\s+(?:the\s+)?$/i;
/** Prepositions that make a name a place even against NER ("from Norman", "in Shiloh"). */
export const STRONG_LOCATIVE = /\b(?:in|at|near|outside|from|into)\s+(?:the\s+)?$/i;

/** Titles before a capitalised word mean a person ("Gov. Jackson", "Mr. Washington"). */
export const PERSON_TITLES = new Set([
  "Mr",
  "Mrs",
  "Ms",
  "Miss",
  "Dr",
  "Sen",
  "Senator",
  "Rep",
  "Gov",
  "Governor",
  "President",
  "Judge",
  "Justice",
  "Gen",
  "General",
  "Col",
  "Lt",
  "Sgt",
  "Capt",
  "Officer",
  "Deputy",
  "Sheriff",
  "Mayor",
  "Coach",
  "Rev",
  "Father",
  "Saint",
  "Prof",
  "Professor",
  "Minister",
  "King",
  "Queen",
  "Prince",
  "Princess",
  "Lord",
  "Lady",
  "Sir",
  "Pope",
  "Chief",
  "Detective",
  "Trooper",
  "Attorney",
  "Commissioner",
  "Councilman",
  "Councilwoman",
]);

/** Offices of local government, courts and services that a place names ("Toledo Mayor", "Kanawha Circuit Judge"). */
const LOCAL_OFFICES = new Set([
  ...PERSON_TITLES,
  "Police",
  "Fire",
  "Circuit",
  "District",
  "Superior",
  "Superintendent",
  "Coroner",
  "Prosecutor",
  "Selectman",
  "Marshal",
  "Constable",
  "Clerk",
  "Treasurer",
  "Assessor",
]);

/**
 * "Toledo Mayor Carty Finkbeiner", "Kanawha Circuit Judge Jim Stucky": a place before an office
 * opens a person's description, not their name, whatever span NER gives the person.
 */
export function officeAfter(text: string, end: number): boolean {
  const m = /^[ \u00a0](\p{Lu}\p{L}*)/u.exec(text.slice(end, end + 20));
  return m !== null && LOCAL_OFFICES.has(m[1]);
}

/** Verbs of speaking and acting that make a capital or country stand for its government ("Moscow said"). */
const ACTOR_VERBS =
  /^\s+(?:(?:has|have|had|will|would|also|then|again|quickly|later|has also|had already)\s+)?(?:said|says|say|announced|announces|warned|warns|accused|accuses|denied|denies|claimed|claims|insisted|insists|urged|urges|demanded|demands|rejected|rejects|condemned|condemns|threatened|threatens|responded|responds|agreed|agrees|refused|refuses|vowed|vows|pledged|pledges|imposed|imposes|sanctioned|recognized|recognised|criticized|criticised|blamed|blames|believes|wants|hopes|retaliated|protested|summoned|expelled|declared|argued|argues|maintains|maintained|has said|has warned|has denied|has accused|sees|considers|welcomed|welcomes|called on|calls on|asked|asks|signed|sent|offered|backed|supports|supported|opposes|opposed)\b/;

/** Nouns after a possessive place that make it an institution ("Russia's foreign ministry"). */
const INSTITUTION_AFTER_POSSESSIVE =
  /^['’]s\s+(?:\w+\s+)?(?:government|ministry|president|prime minister|leader|leadership|military|army|forces|navy|officials|authorities|regime|embassy|ambassador|envoy|parliament|foreign minister|defen[cs]e minister|spokesman|spokeswoman|administration|central bank|intelligence)\b/i;

const ACTOR_BEFORE =
  /(?:according to|accused|blamed|urged|warned|criticized|criticised|condemned|told|asked|called on|sanctioned|led by|backed by|supported by)\s+$/i;

/** "ISO3.admin1" for a US state's or Canadian province's abbreviation. */
function admin1Abbreviation(surface: string): string | undefined {
  const us = US_STATE_ABBREVIATIONS[surface];
  if (us) return `USA.${us}`;
  const ca = CANADA_PROVINCE_ABBREVIATIONS[surface];
  return ca ? `CAN.${ca}` : undefined;
}

/**
 * A highway's number after a state's postal code ("KY 90") or hyphened to the country's ("US-24"):
 * the code and number are one road's name. (After a period-abbreviated code, "S.C. 5", "U.S. 36",
 * news and gold standards alike often name the state alone.)
 */
const ROUTE_AFTER_STATE = /^[ \u00a0]\d{1,3}\b/;
const ROUTE_AFTER_COUNTRY = /^-\d{1,3}\b/;

/** The route number that follows a code, making the code and number one road's name. */
function routeNumber(surface: string, after: string): RegExpExecArray | null {
  if (US_POSTAL_CODES.has(surface)) return ROUTE_AFTER_STATE.exec(after);
  if (surface === "US") return ROUTE_AFTER_COUNTRY.exec(after);
  return null;
}

function abbreviationRegex(forms: string[]): RegExp {
  const alts = forms.sort((a, b) => b.length - a.length).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`(?<![\\p{L}\\p{N}.])(?:${alts.join("|")})(?![\\p{L}\\p{N}])`, "gu");
}

let abbreviationPattern: RegExp | undefined;

export interface RecognizeInput {
  text: string;
  /** Sentence start offsets, ascending. */
  sentenceStarts: number[];
  entities: EntityMention[];
}

export function recognize(g: Gazetteer, input: RecognizeInput, filters = nameFilters): Candidate[] {
  const { text, entities } = input;
  const tokens = wordTokens(text);
  const sentenceStartSet = new Set(input.sentenceStarts);
  const out: Candidate[] = [];
  const taken = new Uint8Array(tokens.length);
  const lowerWords = new Set<string>();
  for (const t of tokens) if (!t.cap) lowerWords.add(t.text);
  const filterContext: FilterContext = { g, text, tokens, sentenceStarts: sentenceStartSet, lowerWords };

  // Abbreviations and state abbreviations first: they contain periods the word scan splits.
  abbreviationPattern ??= abbreviationRegex([
    ...g.abbreviations.keys(),
    ...Object.keys(US_STATE_ABBREVIATIONS),
    ...Object.keys(CANADA_PROVINCE_ABBREVIATIONS),
    ...US_POSTAL_CODES,
    ...Object.keys(AUSTRALIA_STATE_ABBREVIATIONS),
    ...Object.keys(CONTEXT_COUNTRY_CODES),
    ...Object.keys(CITY_ABBREVIATIONS),
  ]);
  const bare = bareCodeContext(text);
  for (const m of text.matchAll(abbreviationPattern)) {
    const start = m.index ?? 0;
    const surface = m[0];
    const iso3 = g.abbreviations.get(surface);
    const admin1 = iso3 ? undefined : admin1Abbreviation(surface);
    let rows: number[] = [];
    const city = CITY_ABBREVIATIONS[surface];
    if (city !== undefined) {
      const row = g.byId.get(city);
      if (row !== undefined) rows = [row];
    } else if (iso3) {
      const row = g.countryRow.get(iso3);
      if (row !== undefined) rows = [row];
    } else if (admin1) {
      // A bare Canadian code ("BC") is a province only in "City, BC" position, never in "300 BC".
      if (CANADA_PROVINCE_ABBREVIATIONS[surface] && !surface.includes(".")) {
        if (!/\p{L},\s*$/u.test(text.slice(Math.max(0, start - 3), start))) continue;
      }
      const row = g.admin1Row.get(admin1);
      if (row !== undefined) rows = [row];
    } else {
      rows = bareCodeRows(g, text, tokens, start, surface, bare);
    }
    if (!rows.length) continue;
    const tokStart = tokenStartingAt(tokens, start);
    if (tokStart === undefined) continue;
    // "KY 90", "US-24": a state or federal highway, a feature of the document's own area.
    const route = routeNumber(surface, text.slice(start + surface.length, start + surface.length + 5));
    const end = start + surface.length + (route ? route[0].length : 0);
    let tokEnd = tokStart;
    while (tokEnd < tokens.length && tokens[tokEnd].start < end) tokEnd++;
    for (let k = tokStart; k < tokEnd; k++) taken[k] = 1;
    out.push({
      start,
      end,
      text: text.slice(start, end),
      rows,
      role: "place",
      evidence: 0.9,
      tokStart,
      tokEnd,
      ...(route ? { feature: true, cued: true, strongCue: true } : {}),
      // "D.C.", "Calif.", "Sen. Byron Dorgan, D-N.D.": a state written the AP way, or after a
      // legislator's party, is no person or party, whatever NER calls it.
      ...(!route &&
      admin1 &&
      (surface.includes(".") || PARTY_BEFORE.test(text.slice(Math.max(0, start - 3), start)))
        ? { cued: true, strongCue: true }
        : {}),
    });
  }

  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue;
    const first = tokens[i];
    if (!first.cap) continue;
    // Longest gazetteer or demonym match starting here.
    let bestEnd = -1;
    let bestRows: number[] | undefined;
    let demonym: string | undefined;
    for (let j = i; j < tokens.length && j < i + MAX_NAME_WORDS; j++) {
      if (j > i) {
        if (taken[j]) break;
        const sep = text.slice(tokens[j - 1].end, tokens[j].start);
        if (!JOINER.test(sep)) break;
        if (!tokens[j].cap && !CONNECTORS.has(tokens[j].text)) break;
      }
      if (!tokens[j].cap) continue;
      const surface = text.slice(first.start, tokens[j].end);
      const key = normalizeName(surface);
      const rows = compassReadings(g, surface, g.byName.get(key));
      const dem = g.demonyms.get(surface);
      if (rows || dem) {
        bestEnd = j;
        const demonymWins = dem !== undefined && demonymBeats(g, rows);
        bestRows = demonymWins ? undefined : rows;
        demonym = demonymWins ? dem : undefined;
      }
      // No name goes on from here: stop extending (after the second word, so that two-word
      // demonyms such as "Sri Lankan" are still tried).
      if (j > i && !g.byName.hasPrefix(key)) break;
    }
    // "Lake Lanier", "Mount Kenya": a natural feature named with its head first, which the
    // gazetteer (towns and divisions) lacks unless a town bears the whole name ("Mount Vernon").
    if (bestEnd <= i && FEATURE_PREFIXES.has(first.text)) {
      const f = prefixedFeature(g, text, tokens, i, taken, sentenceStartSet);
      if (f) {
        for (let k = f.tokStart; k < f.tokEnd; k++) taken[k] = 1;
        out.push(f);
        i = f.tokEnd - 1;
        continue;
      }
    }
    // "in Logar province", "Idlib governorate": a first-level division the gazetteer knows only
    // with its type ("Logar Province"). The mention stays the name, as gazetteer gold marks it.
    if (bestEnd < 0) {
      const division = divisionReading(g, text, tokens, i);
      if (division) [bestEnd, bestRows] = division;
    }
    if (bestEnd < 0) continue;
    const cand = judge(filterContext, i, bestEnd, bestRows, demonym, filters);
    if (cand) {
      for (let k = cand.tokStart; k < cand.tokEnd; k++) taken[k] = 1;
      out.push(cand);
      i = cand.tokEnd - 1;
    }
  }
  out.sort((a, b) => a.start - b.start);
  return applyEntities(g, text, out, entities);
}

/** Words after a name that say it is a first-level division ("Helmand province", "Idlib governorate"). */
const DIVISION_WORDS = new Set([
  "province",
  "governorate",
  "region",
  "oblast",
  "prefecture",
  "state",
  "district",
]);

/**
 * The name of capitalised words from `i` followed by a lowercase division word, read as the
 * gazetteer's "Name Province" (any first-level division), as [last token of the name, rows].
 */
function divisionReading(
  g: Gazetteer,
  text: string,
  tokens: { text: string; start: number; end: number; cap: boolean }[],
  i: number,
): [number, number[]] | undefined {
  let k = i;
  while (
    k + 1 < tokens.length &&
    k - i < 2 &&
    tokens[k + 1].cap &&
    text.slice(tokens[k].end, tokens[k + 1].start) === " "
  )
    k++;
  const next = tokens[k + 1];
  if (!next || !DIVISION_WORDS.has(next.text) || text.slice(tokens[k].end, next.start) !== " ")
    return undefined;
  const name = text.slice(tokens[i].start, tokens[k].end);
  const kind = next.text[0].toUpperCase() + next.text.slice(1);
  const rows = (g.byName.get(normalizeName(`${name} ${kind}`)) ?? []).filter(
    (r) => g.idx.kind[r] === KIND_ADMIN1,
  );
  return rows.length ? [k, rows] : undefined;
}

/** Words that open the name of a lake or mountain ("Lake Chad", "Mount Kenya", "Mt. Hood"). */
export const FEATURE_PREFIXES = new Set(["Lake", "Mount", "Mt"]);
/** Most words a prefixed feature's own name has ("Lake Lanier", "Mount Kilimanjaro", "Lake Lake Of The Woods" not). */
const FEATURE_NAME_MAX_WORDS = 2;
/** Words after "Mount X" that name a hospital ("Mount Sinai Hospital", "Mount Carmel Health"). */
export const HOSPITAL_WORDS = new Set(["Hospital", "Medical", "Health"]);
/** Words that make "Mount X ..." an institution's name ("Mount Sinai Hospital", "Lake Forest Academy"). */
const INSTITUTION_WORDS = new Set([
  ...HOSPITAL_WORDS,
  "Elementary",
  "Middle",
  "High",
  "Academy",
  "Area",
  "Baptist",
  "Methodist",
  "Catholic",
  "Christian",
  "Community",
  "Development",
]);

/**
 * Surface of a feature whose head comes first ("Lake Lanier", "Mt. Hood") if the name is its own
 * (one or two capitalised words, no institution's) and does not sit inside a longer name
 * ("Ricki Lake"); its readings are only a country it is named after ("Lake Chad", "Mount
 * Lebanon"), else none: a namesake town is far more often elsewhere than near the feature, and
 * the document's own places locate it instead.
 */
function prefixedFeature(
  g: Gazetteer,
  text: string,
  tokens: WordToken[],
  i: number,
  taken: Uint8Array,
  sentenceStarts: Set<number>,
): Candidate | undefined {
  const head = tokens[i];
  const prev = i > 0 ? tokens[i - 1] : undefined;
  if (
    prev?.cap &&
    /^[ \u00a0]$/.test(text.slice(prev.end, head.start)) &&
    !SPAN_STOPWORDS.has(prev.text) &&
    !isSentenceInitial(text, tokens, i - 1, sentenceStarts)
  )
    return undefined;
  const sep = head.text === "Mt" ? /^\. ?$/ : /^[ \u00a0]$/;
  let k = i + 1;
  while (
    k < tokens.length &&
    !taken[k] &&
    tokens[k].cap &&
    (k === i + 1 ? sep : /^[ \u00a0]$/).test(text.slice(tokens[k - 1].end, tokens[k].start))
  )
    k++;
  const words = tokens.slice(i + 1, k);
  if (!words.length || words.length > FEATURE_NAME_MAX_WORDS) return undefined;
  if (
    words.some(
      (w) =>
        INSTITUTION_WORDS.has(w.text) ||
        NAME_HEADS.has(w.text) ||
        FEATURE_HEADS.has(w.text) ||
        SPAN_STOPWORDS.has(w.text) ||
        SHORT_ACRONYM.test(w.text),
    )
  )
    return undefined;
  const end = words[words.length - 1].end;
  const name = text.slice(words[0].start, end);
  const rows = countryReadings(g, name);
  return {
    start: head.start,
    end,
    text: text.slice(head.start, end),
    rows,
    role: "place",
    evidence: 0.6,
    tokStart: i,
    tokEnd: k,
    feature: true,
    cued: true,
    // No person is called "Lake Lanier": the head overrules NER.
    strongCue: true,
  };
}

/** A lake or mountain named head first ("Lake Chad", "Mt. Hood"); group 1 is its own name. */
const PREFIXED_FEATURE = /^(?:Lake|Mount|Mt\.?)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)$/u;

export function isPrefixedFeature(surface: string): boolean {
  return PREFIXED_FEATURE.test(surface);
}

/** Readings of a span written as a prefixed feature ("Lake Chad"): the country it is named after. */
function prefixedFeatureRows(g: Gazetteer, surface: string): number[] | undefined {
  const m = PREFIXED_FEATURE.exec(surface);
  if (!m) return undefined;
  return countryReadings(g, m[1]);
}

/** The countries a name reads as ("Kenya" in "Mount Kenya"). */
function countryReadings(g: Gazetteer, name: string): number[] {
  return (g.byName.get(normalizeName(name)) ?? []).filter((r) => g.idx.kind[r] === KIND_COUNTRY);
}

/** A bare code after "Town," ("Columbia, SC", "Bunbury, WA", "HORRY COUNTY, SC"). */
function afterTownComma(text: string, start: number): boolean {
  // The word before the comma is a capitalised name ("Columbia,"), not "the crackdown, PA officials".
  return /(?:^|[^\p{L}])\p{Lu}[\p{L}'’-]*\.?,\s*$/u.test(text.slice(Math.max(0, start - 40), start));
}

interface BareCodeContext {
  /** Codes the document writes after a town somewhere ("Newark, NJ"). */
  qualifying: Set<string>;
  australian: boolean;
  /** Whether the document writes a state's full name, by state, found once per document. */
  namesState: Map<string, boolean>;
}

function bareCodeContext(text: string): BareCodeContext {
  const qualifying = new Set<string>();
  for (const m of text.matchAll(/\p{Lu}[\p{L}'’-]*\.?,\s*(\p{Lu}{2,3})(?![\p{L}\p{N}])/gu))
    qualifying.add(m[1]);
  return { qualifying, australian: AUSTRALIAN_CONTEXT.test(text), namesState: new Map() };
}

/** Does the document write this state name in full ("New Jersey")? Looked up once per document and name. */
function documentNames(ctx: BareCodeContext, text: string, name: string): boolean {
  let named = ctx.namesState.get(name);
  if (named === undefined) {
    named = new RegExp(`\\b${name}\\b`).test(text);
    ctx.namesState.set(name, named);
  }
  return named;
}

/** Is the code set in an all-capital run ("NJ STATE POLICE SAY"), a headline's ordinary words? */
function inCapitalRun(tokens: WordToken[], start: number, end: number): boolean {
  const k = tokenStartingAt(tokens, start);
  if (k === undefined) return false;
  const allCaps = (t: WordToken | undefined) => t !== undefined && /^\p{Lu}{2,}$/u.test(t.text);
  let last = k;
  while (last + 1 < tokens.length && tokens[last + 1].start < end) last++;
  return allCaps(tokens[k - 1]) || allCaps(tokens[last + 1]);
}

/**
 * Readings of a bare state or country code ("SC", "NSW", "WA", "SA") that its position or the
 * document supports: after "Town," any state it may abbreviate (the town then picks one, as
 * "Paris, Texas" does); elsewhere a code that is seldom an ordinary word or acronym, where the
 * document is Australian, names the state in full, or writes the code after a town too.
 */
function bareCodeRows(
  g: Gazetteer,
  text: string,
  tokens: WordToken[],
  start: number,
  surface: string,
  ctx: BareCodeContext,
): number[] {
  const qualifier = afterTownComma(text, start);
  if (!qualifier && inCapitalRun(tokens, start, start + surface.length)) return [];
  // "Vic Smith": a mixed-case code before a capitalised word is someone's name.
  if (
    !qualifier &&
    /\p{Ll}/u.test(surface) &&
    !surface.endsWith(".") &&
    /^\s+\p{Lu}/u.test(text.slice(start + surface.length))
  )
    return [];
  const { us, au, country } = codeRows(g, surface);
  const rows: number[] = [];
  if (
    us !== undefined &&
    (qualifier ||
      (US_POSTAL_CODES_ALONE.has(surface) &&
        (ctx.qualifying.has(surface) || documentNames(ctx, text, g.idx.name[us]))))
  )
    rows.push(us);
  if (au !== undefined && (qualifier || AUSTRALIA_STATE_ABBREVIATIONS_ALONE.has(surface) || ctx.australian))
    rows.push(au);
  if (country !== undefined && !qualifier && CONTEXT_COUNTRY_CODES[surface].context.test(text))
    rows.push(country);
  return rows;
}

/** The rows a bare code can abbreviate: a US state, an Australian state, a country. */
function codeRows(g: Gazetteer, surface: string): { us?: number; au?: number; country?: number } {
  const au = AUSTRALIA_STATE_ABBREVIATIONS[surface];
  const country = CONTEXT_COUNTRY_CODES[surface];
  return {
    us: US_POSTAL_CODES.has(surface) ? g.admin1Row.get(`USA.${surface}`) : undefined,
    au: au === undefined ? undefined : g.admin1Row.get(`AUS.${au}`),
    country: country === undefined ? undefined : g.countryRow.get(country.iso3),
  };
}

/**
 * Every reading a bare code may have, for a span known to be a toponym ("WA", "SA", "NJ"); a US
 * code that is mostly a word ("OR", "IN") only after a town.
 */
function bareCodeReadings(g: Gazetteer, text: string, start: number, surface: string): number[] {
  const { us, au, country } = codeRows(g, surface);
  const rows: number[] = [];
  if (us !== undefined && (US_POSTAL_CODES_ALONE.has(surface) || afterTownComma(text, start))) rows.push(us);
  if (au !== undefined) rows.push(au);
  if (country !== undefined) rows.push(country);
  return rows;
}

export function isSentenceInitial(
  text: string,
  tokens: WordToken[],
  i: number,
  sentenceStarts: Set<number>,
): boolean {
  if (i === 0 || sentenceStarts.has(tokens[i].start)) return true;
  const between = text.slice(tokens[i - 1].end, tokens[i].start);
  return /[.!?:"“”\n]\s*["“'‘(]*\s*$/.test(between) || /\n/.test(between);
}

/**
 * Judges the name tokens[i..j] matched: the filters (filters/index.ts) narrow, widen, weigh or
 * drop it in order; a filter may settle the whole candidate its own way.
 */
function judge(
  ctx: FilterContext,
  i: number,
  j: number,
  rows: number[] | undefined,
  demonym: string | undefined,
  filters: NameFilter[],
): Candidate | undefined {
  const { text, tokens } = ctx;
  const prev = i > 0 ? tokens[i - 1] : undefined;
  const next = tokens[j + 1];
  let span: NameSpan | undefined = {
    first: i,
    last: j,
    start: tokens[i].start,
    end: tokens[j].end,
    tokStart: i,
    tokEnd: j + 1,
    rows,
    demonym,
    single: i === j,
    initial: isSentenceInitial(text, tokens, i, ctx.sentenceStarts),
    prev,
    prevJoined: prev !== undefined && /^[ \u00a0]$/.test(text.slice(prev.end, tokens[i].start)),
    next,
    nextJoined: next !== undefined && /^[ \u00a0]$/.test(text.slice(tokens[j].end, next.start)),
    evidence: 0.6,
    admin2: false,
    locative: false,
    qualified: false,
    strongCue: false,
    needsSupport: false,
    role: "place",
  };
  for (const filter of filters) {
    span = filter.judge(span, ctx);
    if (!span) return undefined;
    if (span.settled) return span.settled;
  }
  if (!span.rows?.length) return undefined;
  return {
    start: span.start,
    end: span.end,
    text: text.slice(span.start, span.end),
    rows: span.rows,
    role: span.role,
    evidence: Math.min(1, span.evidence),
    tokStart: span.tokStart,
    tokEnd: span.tokEnd,
    admin2: span.admin2,
    cued: span.locative || span.qualified,
    strongCue: span.strongCue,
    needsSupport: span.needsSupport,
  };
}

/** Towns smaller than this are seldom written in news under a spelling other than their own. */
const ALT_SPELLING_MIN_POPULATION = 100_000;

/**
 * The word matches only small towns' alternate or accented spellings ("Since" for Sincé, "One"
 * for Onè): far more likely an ordinary English word.
 */
export function onlyForeignSpelling(g: Gazetteer, rows: number[], key: string): boolean {
  return rows.every(
    (r) =>
      g.idx.pop[r] < ALT_SPELLING_MIN_POPULATION &&
      (g.primaryKey[r] !== key || g.idx.name[r].normalize("NFD") !== g.idx.name[r]),
  );
}

/**
 * "Moscow said", "Russia's foreign ministry", "according to Washington": a state or its seat of
 * government standing for the government is an actor, and then only the governing readings remain.
 */
export function placeRole(
  g: Gazetteer,
  text: string,
  start: number,
  end: number,
  rows: number[],
): { role: Candidate["role"]; rows: number[] } {
  const governing = rows.filter(
    (r) => g.idx.kind[r] === KIND_COUNTRY || g.idx.fcode[r] === "PPLC" || g.idx.kind[r] === KIND_REGION,
  );
  if (!governing.length) return { role: "place", rows };
  if (actorContext(text, start, end)) return { role: "actor", rows: governing };
  return { role: "place", rows };
}

/** Does the text around a name make it the subject or object of a state's acts ("X said")? */
export function actorContext(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 60);
  const before = text.slice(Math.max(0, start - 20), start);
  // "Paris, France said": a qualifier is never the subject.
  if (/\p{Lu}[\p{L}.]*,\s*$/u.test(before)) return false;
  if (ACTOR_VERBS.test(after) || INSTITUTION_AFTER_POSSESSIVE.test(after)) return true;
  // "according to Paris Police Department officials": the name opens an institution's own name,
  // which the cue governs; the town is not the actor.
  return ACTOR_BEFORE.test(before) && !NAME_GOES_ON.test(after);
}

/** A capitalised word right after a name: the name goes on ("Paris Police Department"). */
const NAME_GOES_ON = /^[ \u00a0]+\p{Lu}/u;

/**
 * A candidate for a span found by someone else (NER, or gold spans in evaluation): the same
 * readings the recogniser would give it, trying the name without a division suffix or article.
 */
export function candidateForSpan(
  g: Gazetteer,
  text: string,
  start: number,
  end: number,
): Candidate | undefined {
  const surface = text.slice(start, end);
  // "Congress", "the Knesset": a legislature, placed at its seat (index.ts), never a namesake town.
  if (Object.hasOwn(LEGISLATURES, surface.replace(/^the\s+/i, ""))) return undefined;
  const base = { start, end, text: surface, evidence: 1, tokStart: 0, tokEnd: 0 };
  const airport = airportNamed(g, surface, text.slice(end, end + 24));
  if (airport) return { ...base, rows: airport, role: "place" };
  const abbreviated = abbreviationRow(g, surface);
  if (abbreviated !== undefined) return { ...base, rows: [abbreviated], role: "place" };
  const coded = bareCodeReadings(g, text, start, surface);
  if (coded.length) return { ...base, rows: coded, role: "place" };
  let rows = compassReadings(g, surface, g.byName.get(normalizeName(surface)));
  const dem = demonymOfSpan(g, surface);
  if (dem && demonymBeats(g, rows)) {
    const readings = demonymRows(g, dem);
    return readings.length ? { ...base, rows: readings, role: "demonym" } : undefined;
  }
  if (!rows && COMPASS.has(surface)) return undefined;
  let admin2 = false;
  if (!rows) {
    const words = surface.split(/\s+/);
    const last = words[words.length - 1];
    if (words.length > 1 && (last === "Co." || last === "Co")) {
      // "Loudon Co.": the county written short.
      const base = words.slice(0, -1).join(" ");
      rows = g.byName.get(normalizeName(`${base} County`)) ?? g.byName.get(normalizeName(base));
      admin2 = true;
    } else if (words.length > 1 && ADMIN2_SUFFIXES.has(last)) {
      rows = g.byName.get(normalizeName(words.slice(0, -1).join(" ")));
      admin2 = true;
    } else {
      // "Washington, D.C.", "the Gaza Strip's": the head name carries the reading, narrowed to
      // what lies in its qualifier.
      const [headPart, ...rest] = surface.split(",");
      const head = headPart.replace(/^the\s+/i, "").replace(/['’]s$/, "");
      rows = g.byName.get(normalizeName(head));
      const qualifier = rest.join(",").trim();
      if (rows && qualifier) {
        const outer = readingsOf(g, qualifier);
        const inside = rows.filter((r) => outer.some((o) => within(g, r, o)));
        if (inside.length) rows = inside;
      }
    }
  }
  // "Washington Square" is a square, not the town that bore the name before it took another
  // (Franklin Square, New York): a feature's name read only as a town's former or other spelling.
  const key = normalizeName(surface);
  if (
    rows &&
    isFeatureName(surface) &&
    rows.every((r) => g.idx.kind[r] === KIND_CITY && g.primaryKey[r] !== key)
  )
    rows = undefined;
  if (!rows) {
    // "Lake Lanier", "Mount Kenya": placed by the document (or its namesake country), never at a
    // town that shares the feature's name.
    const featureRows = prefixedFeatureRows(g, surface);
    if (featureRows)
      return featureRows.length ? { ...base, rows: featureRows, role: "place", feature: true } : undefined;
    const c = embeddedCandidate(g, text, start, end);
    // "Memphis Street", "Naugatuck River": placed by the document, as the recogniser places it.
    if (c && isFeatureName(surface)) c.feature = true;
    return c;
  }
  const { role, rows: readings } = placeRole(g, text, start, end, withoutCityRegions(g, rows));
  return { ...base, rows: readings, role, admin2 };
}

/** "airport" or "International Airport" right after a name, in any case. */
const AIRPORT_AFTER = /^\s+(?:international\s+)?airport\b/i;

/**
 * "Heathrow airport", "flights into O'Hare International Airport" with only the name given as the
 * toponym: the imported airport of that name, not a town that shares it (Heathrow, Florida).
 */
function airportNamed(g: Gazetteer, surface: string, after: string): number[] | undefined {
  if (!AIRPORT_AFTER.test(after)) return undefined;
  const rows = [`${surface} Airport`, `${surface} International Airport`]
    .flatMap((n) => g.byName.get(normalizeName(n)) ?? [])
    .filter((r) => g.idx.kind[r] === KIND_FEATURE && g.idx.fcode[r] === "AIRP");
  return rows.length ? [...new Set(rows)] : undefined;
}

/** The row of a country or first-level abbreviation ("UK", "U.S.", "Ky.", "D.C."), if it is one. */
function abbreviationRow(g: Gazetteer, surface: string): number | undefined {
  const city = CITY_ABBREVIATIONS[surface];
  if (city !== undefined) return g.byId.get(city);
  const abbr = g.abbreviations.get(surface) ?? admin1Abbreviation(surface);
  if (!abbr) return undefined;
  return abbr.includes(".") ? g.admin1Row.get(abbr) : g.countryRow.get(abbr);
}

/** Country and first-level readings of a qualifier ("D.C.", "Ky.", "Texas", "UK"). */
function readingsOf(g: Gazetteer, surface: string): number[] {
  if (g.abbreviations.has(surface) || admin1Abbreviation(surface)) {
    const row = abbreviationRow(g, surface);
    return row === undefined ? [] : [row];
  }
  return (g.byName.get(normalizeName(surface)) ?? []).filter(
    (r) => g.idx.kind[r] === KIND_COUNTRY || g.idx.kind[r] === KIND_ADMIN1,
  );
}

/**
 * Inside a longer name, a word naming only a small town is mostly an ordinary word ("Royal
 * Street", "Trump Tower", "West Wing" — Street, Tower and Wing are hamlets): only a town this big
 * is what an institution would be named after.
 */
export const EMBEDDED_TOWN_MIN_POPULATION = 10_000;

/**
 * The last word of an English name is its head noun ("Royal Street", "Trump Tower"), a place only
 * after "of" ("University of Arizona") or a compass word ("West Surrey").
 */
function headMayBeName(words: WordToken[], i: number): boolean {
  return i > 0 && (words[i - 1].text === "of" || words.slice(0, i).every((w) => COMPASS.has(w.text)));
}

/** An all-capital word of up to three letters. */
export const SHORT_ACRONYM = /^\p{Lu}{1,3}$/u;

/** Diplomatic missions: in the host city, not the country they represent. */
const MISSIONS = new Set(["Embassy", "Consulate", "Embassies", "Consulates"]);

/** Evidence of a reading taken from a name inside the span rather than the span itself. */
const EMBEDDED_EVIDENCE = 0.5;

/**
 * A span no gazetteer entry names may hold one that does: "University of California",
 * "Arizona State University", "Eastern Ghouta", "Manchester City". The longest capitalised run of
 * words inside it that names a place (countries and regions before towns of the same length)
 * locates the whole: an institution or district is in or near the place it is named after.
 */
/** "US Federal Reserve", "European Commission": an abbreviation or demonym inside a name. */
function namedCountryOrRegion(g: Gazetteer, surface: string): number[] | undefined {
  const value = g.abbreviations.get(surface) ?? g.demonyms.get(surface);
  const row = value === undefined ? undefined : demonymRow(g, value);
  return row === undefined ? undefined : [row];
}

/**
 * The demonym a span known to be a toponym spells, also with a possessive ("Kazakh's") or in
 * capitals, as headlines and datelines write it ("KAZAKH PRESIDENT VISITS …").
 */
function demonymOfSpan(g: Gazetteer, surface: string): string | undefined {
  const bare = surface.replace(/['’]s$/i, "");
  const found = g.demonyms.get(surface) ?? g.demonyms.get(bare);
  if (found !== undefined || bare !== bare.toUpperCase() || bare.length < 4) return found;
  return g.demonyms.get(
    bare.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase()),
  );
}

/** A possessive ending right after a word ("Peter's", "Nelson’s"). */
const POSSESSIVE = /^['’]s?\b/;

function embeddedCandidate(g: Gazetteer, text: string, start: number, end: number): Candidate | undefined {
  const words = wordTokens(text.slice(start, end));
  // An embassy or consulate of a country stands abroad: only a city in its name places it
  // ("British Embassy Tokyo"), never the country it serves.
  const mission = words.some((w) => MISSIONS.has(w.text));
  let best: { rows: number[]; rank: number } | undefined;
  for (let i = 0; i < words.length; i++) {
    if (!words[i].cap || SPAN_STOPWORDS.has(words[i].text) || COMPASS.has(words[i].text)) continue;
    for (let j = words.length - 1; j >= i; j--) {
      const len = j - i + 1;
      if (len === words.length) continue;
      if (!words[j].cap) continue;
      // "St. Peter's Basilica", "Nelson's Column": a possessive inside a name is a person's.
      if (POSSESSIVE.test(text.slice(start + words[j].end, end))) continue;
      const surface = text.slice(start + words[i].start, start + words[j].end);
      const key = normalizeName(surface);
      const named = g.byName.get(key) ?? [];
      // A town under another spelling than its own is seldom what a name is named after.
      let places = named.filter(
        (r) =>
          g.idx.kind[r] !== KIND_ADMIN2 &&
          (g.idx.kind[r] !== KIND_CITY ||
            (g.idx.pop[r] >= EMBEDDED_TOWN_MIN_POPULATION &&
              (g.primaryKey[r] === key || g.idx.pop[r] >= ALT_SPELLING_MIN_POPULATION))),
      );
      if (!places.length && !mission) places = namedCountryOrRegion(g, surface) ?? [];
      if (mission) places = places.filter((r) => g.idx.kind[r] === KIND_CITY);
      if (!places.length) continue;
      // A country or region ending the name is no head noun ("Nazi Germany", "Western US").
      if (
        !mission &&
        j === words.length - 1 &&
        !headMayBeName(words, i) &&
        !places.some((r) => isCountryOrRegion(g, r))
      )
        continue;
      // Longer names first; among equals a country or region over a town ("University of
      // Arizona": University is also a Florida town).
      const rank = len * 2 + (places.some((r) => g.idx.kind[r] !== KIND_CITY) ? 1 : 0);
      if (!best || rank > best.rank) best = { rows: withoutCityRegions(g, places), rank };
    }
  }
  if (!best) return undefined;
  return {
    start,
    end,
    text: text.slice(start, end),
    rows: best.rows,
    role: "place",
    evidence: EMBEDDED_EVIDENCE,
    embedded: true,
    tokStart: 0,
    tokEnd: 0,
  };
}

/** Share of a region's population in its same-named seat that makes the region a city-state. */
const CITY_REGION_SHARE = 0.5;

/**
 * Drops a first-level region that is essentially its same-named city ("Almaty", "Moscow",
 * "Berlin"): news naming it means the city.
 */
export function withoutCityRegions(g: Gazetteer, rows: number[]): number[] {
  const { idx } = g;
  return rows.filter((r) => {
    if (idx.kind[r] !== KIND_ADMIN1) return true;
    return !rows.some(
      (c) =>
        idx.kind[c] === KIND_CITY &&
        (idx.fcode[c] === "PPLC" || idx.fcode[c] === "PPLA") &&
        admin1Of(g, c) === r &&
        idx.pop[c] >= CITY_REGION_SHARE * idx.pop[r],
    );
  });
}

/** NER evidence: a PER span over a candidate removes it; a LOC span confirms it. */
/** A country or a curated region (continent, "Middle East", "West Coast")? */
export function isCountryOrRegion(g: Gazetteer, row: number): boolean {
  return g.idx.kind[row] === KIND_COUNTRY || g.idx.kind[row] === KIND_REGION;
}

/** Does the candidate read only as countries and regions ("Air Zimbabwe", "Plan for Europe")? */
function namesRegion(g: Gazetteer, c: Candidate): boolean {
  return c.rows.length > 0 && c.rows.every((r) => isCountryOrRegion(g, r));
}

/**
 * An organisation or other name holds a toponym where the place opens it ("Texas Forest
 * Service", "North East Texas Water Board"), follows "of" ("Bank of Ireland"), or is the whole
 * name (NER often calls a town, or a state standing for its team, an organisation); a place
 * inside the name after other words ("Taco Bell", "Tyrise M. Bell") is not one.
 */
function namesPlaceWithin(c: Candidate, e: EntityMention, text: string): boolean {
  if (c.start === e.start && c.end === e.end) return true;
  const before = text.slice(e.start, c.start);
  return /\bof\s+(?:the\s+)?$/.test(before) || before.split(/\s+/).every((w) => !w || COMPASS.has(w));
}

/** Towns below this many people seldom give their name to anything NER would call an organisation. */
const SMALL_TOWN = 10_000;

/** Does the candidate name only towns, each smaller than SMALL_TOWN? */
function smallTownsOnly(g: Gazetteer, c: Candidate): boolean {
  return (
    c.rows.length > 0 && c.rows.every((r) => g.idx.kind[r] === KIND_CITY && (g.idx.pop[r] ?? 0) < SMALL_TOWN)
  );
}

/** Does the candidate name only towns, each under a spelling other than its own? */
function otherSpellingOnly(g: Gazetteer, c: Candidate): boolean {
  const key = normalizeName(c.text);
  return c.rows.every((r) => g.idx.kind[r] === KIND_CITY && g.primaryKey[r] !== key);
}

function applyEntities(
  g: Gazetteer,
  text: string,
  cands: Candidate[],
  entities: EntityMention[],
): Candidate[] {
  // "Officer Dana Bell ... shot Bell": a word that ends a person's name in the article is that
  // person wherever it stands alone without a place cue (one sense per discourse).
  const surnames = new Set<string>();
  for (const e of entities) {
    if (e.label !== "PER") continue;
    const words = e.text.split(/\s+/);
    if (words.length > 1) surnames.add(words[words.length - 1].replace(/['’]s$/, ""));
  }
  // Names NER called a person in a span of that one word alone: the word's reading is in doubt.
  const personWords: Candidate[] = [];
  // Words NER calls a place somewhere in the article.
  const locWords = new Set<string>();
  const kept = cands.filter((c) => {
    // "at the AMAs", "NGOs", "MPs": an acronym with a plural s names things or people, never a place
    // (the gazetteer's Amas is a town in the Philippines).
    if (ACRONYM_PLURAL.test(c.text)) return false;
    if (surnames.has(c.text) && !c.cued && !c.strongCue && c.role === "place" && !namesRegion(g, c))
      return false;
    for (const e of entities) {
      if (e.end <= c.start || e.start >= c.end) continue;
      // No person is called "Henry County": a division named with its suffix outranks NER.
      if (
        e.label === "PER" &&
        !c.admin2 &&
        !c.strongCue &&
        !(e.start === c.start && officeAfter(text, c.end)) &&
        !(e.start === c.start && e.end === c.end && c.role === "demonym")
      ) {
        if (e.start === c.start && e.end === c.end && !/\s/.test(c.text)) personWords.push(c);
        return false;
      }
      if ((e.label === "ORG" || e.label === "MISC") && c.role !== "demonym" && !c.strongCue) {
        // A country or region is never a surname or brand word: "Air Zimbabwe" names Zimbabwe.
        if (!namesPlaceWithin(c, e, text) && !namesRegion(g, c)) return false;
        // "talks with Hamas": an organisation's name that is only some town's other spelling
        // (Hamm is also written Hamas) is the organisation.
        if (e.start === c.start && e.end === c.end && !c.cued && otherSpellingOnly(g, c)) return false;
        // "handed the hostages to the Red Cross": a name of several words that NER calls an
        // organisation, whole, and that only some small town bears (Red Cross, Louisiana) is the
        // organisation, whatever preposition stands before it.
        if (
          e.label === "ORG" &&
          e.start === c.start &&
          e.end === c.end &&
          /\s/.test(c.text) &&
          smallTownsOnly(g, c)
        )
          return false;
      }
      if (e.label === "LOC") {
        c.evidence = Math.min(1, c.evidence + 0.2);
        c.cued = true;
        locWords.add(c.text);
      }
    }
    return true;
  });
  // One sense per discourse: a doubted name stands if the article elsewhere writes it as a place.
  const placeNames = new Set(kept.filter((c) => c.cued).map((c) => c.text));
  // "Boulder City and Henderson", "Henderson, Boulder City": a word NER called a person, listed
  // with a confirmed place or written as a place elsewhere in the article, is a place there and
  // wherever else the article names it alone (one sense per discourse).
  const inList = new Set(personWords.filter((c) => listedWithPlace(text, c, kept)).map((c) => c.text));
  const listed = new Set(
    personWords.filter((c) => placeNames.has(c.text) || inList.has(c.text)).map((c) => c.text),
  );
  // "President Bush … a note to Bush from Baghdad … Bush told reporters": a word NER
  // calls a person, alone, again and again, never a place nor listed with places, is that person
  // throughout the article, even where a preposition before it looks like a place cue.
  const personCount = new Map<string, number>();
  for (const c of personWords) personCount.set(c.text, (personCount.get(c.text) ?? 0) + 1);
  const person = (c: Candidate) =>
    (personCount.get(c.text) ?? 0) >= PERSON_MENTIONS &&
    !locWords.has(c.text) &&
    !inList.has(c.text) &&
    !namesRegion(g, c);
  const restored = personWords.filter((c) => listed.has(c.text) && !person(c));
  const out = kept.filter((c) => (!c.needsSupport || c.cued || placeNames.has(c.text)) && !person(c));
  return restored.length ? [...out, ...restored].sort((a, b) => a.start - b.start) : out;
}

/** How many one-word person mentions make a word a person throughout the article. */
const PERSON_MENTIONS = 3;

/** Capitals and a lower-case plural s: "AMAs", "NGOs", "MPs". */
const ACRONYM_PLURAL = /^[A-Z]{2,}s$/;

/** Words that list places ("Boulder City and Henderson", "Clarke, Oconee"). */
const LIST_JOINER = /^\s*(?:,|and|or|&|,\s*and|,\s*or)\s*$/;

const BARE_COMMA = /^\s*,\s*$/;
/** What follows the last-but-one or last item of a list: a comma, "and", "or", or the sentence's end. */
const LIST_GOES_ON = /^(?:\s*(?:,|and\b|or\b|[.;:)]|$))/;

/** Is the candidate listed next to a place the text or NER confirms ("X and Y", "Y, X")? */
function listedWithPlace(text: string, c: Candidate, places: Candidate[]): boolean {
  return places.some(
    (p) =>
      p.role === "place" &&
      (p.cued || p.strongCue) &&
      ((p.end <= c.start &&
        c.start - p.end <= 6 &&
        LIST_JOINER.test(text.slice(p.end, c.start)) &&
        // "speaking at the Pentagon, Bush said": after a comma alone, a list goes on
        // or ends; a clause's verb follows its subject instead.
        (!BARE_COMMA.test(text.slice(p.end, c.start)) || LIST_GOES_ON.test(text.slice(c.end, c.end + 6)))) ||
        (c.end <= p.start && p.start - c.end <= 6 && LIST_JOINER.test(text.slice(c.end, p.start)))),
  );
}
