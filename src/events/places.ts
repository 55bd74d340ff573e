import { locateEvent, lookupPlace, relativeAsides } from "../geo/index.ts";
import type { GeoPlace, GeoResult, PlaceMention } from "../geo/types.ts";
import { tokenAtOrAfter } from "../nlp/offsets.ts";
import type { Doc } from "../nlp/types.ts";
import type { Place } from "./schema.ts";
import type { Trigger } from "./triggers.ts";
import type { Candidate } from "./types.ts";
import { isPassive } from "./verb-forms.ts";
import { PARTY_LABEL_BEFORE, SITES_IN_COUNTRY } from "./words.ts";

/**
 * An event's place from a gazetteer place, with the words that named it (`text`, at `span` in the
 * article when the article names it there). Every rule that places an event builds it here.
 */
export function eventPlace(
  place: GeoPlace,
  text: string,
  span?: { start: number; end: number },
  fromFocus = false,
): Place {
  return {
    text,
    ...(span ? { start: span.start, end: span.end } : {}),
    name: place.name,
    ...(place.geonameId ? { geonameId: place.geonameId } : {}),
    ...(place.country ? { country: place.country } : {}),
    ...(place.admin1 ? { admin1: place.admin1 } : {}),
    lat: place.lat,
    lon: place.lon,
    precision: place.precision,
    fromFocus,
  };
}

/**
 * Can the place stand as an event's place? A country or anything in one, and a sea or a region,
 * which have no country but are places all the same ("sent a warship to the Gulf of Aden").
 */
export function placesEvent(place: GeoPlace): boolean {
  return !!place.country || place.precision === "region";
}

/**
 * "in the Gulf of Aden", "off the Horn of Africa in the Indian Ocean": a sea, which has no country.
 * Ships are seized, pirates caught and sailors attacked there, and a story about them goes on
 * telling deeds at sea without naming it again; a land region ("Europe", "the Gulf" states) is no
 * such scene.
 */
export function namesWaters(place: Pick<GeoPlace, "name" | "precision">): boolean {
  return place.precision === "region" && WATERS.test(place.name);
}
const WATERS = /\b(?:Sea|Ocean|Strait|Straits|Channel|Bay|Gulf of|Sound)\b/;

/**
 * "a conference in Bahrain", "the summit at Camp David", "a news conference in Stockholm": a place
 * named as where people gathered is where that gathering was. Those who met there talked; the
 * deeds a paragraph tells next (pirates freeing a tanker, troops shelling a town) happened where
 * those deeds happen, not at the venue of the talks about them.
 */
export function namesVenue(text: string, m: PlaceMention): boolean {
  return VENUE_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start));
}
const VENUE_BEFORE =
  /\b(?:conference|summit|meeting|talks|forum|convention|symposium|congress|session|ceremony|gathering|negotiations)\s+(?:(?:held|hosted|taking place)\s+)?(?:in|at)\s+(?:the\s+)?$/i;

/**
 * "a Thai fishing trawler", "a Saudi supertanker", "a Liberian-flagged tanker": a country's name or
 * adjective before a word for a ship names the flag it sails under. A ship is wherever it sails;
 * the flag says nothing about where it was attacked, seized or freed.
 */
export function namesFlag(text: string, m: PlaceMention): boolean {
  return FLAGGED_VESSEL_AFTER.test(text.slice(m.end, m.end + 50));
}
const FLAGGED_VESSEL_AFTER =
  /^(?:-(?:flagged|registered|owned))?\s+(?:[\p{Ll}-]+\s+){0,2}(?:ship|vessel|tanker|supertanker|trawler|freighter|boat|yacht|dhow|ferry|barge|tugboat|liner|cargo|carrier|merchantman|schooner|steamer)s?\b/u;

/**
 * "Peter Hall, 31, of Leeds, was charged", "John Smith, 23 and from Cumbria,", "a nurse who is from
 * Leeds": where a person lives or comes from, set off after the person's name or age. It says who
 * the person is, not where anything happened. So does a legislator's party and district label
 * ("state Sen. Tony Strickland, R-Moorpark,"): it names whom the person represents.
 */
export function namesResidence(text: string, m: PlaceMention): boolean {
  const before = text.slice(Math.max(0, m.start - 60), m.start);
  return RESIDENCE_BEFORE.test(before) || ORIGIN_BEFORE.test(before) || PARTY_LABEL_BEFORE.test(before);
}
/**
 * "Gomez, a native of Mexico, was arrested by Danbury police", "a resident of Leeds", "who lives in
 * Bristol", "originally from Kerala": where a person was born, lives or comes from describes the
 * person; the deed is told where it happened.
 */
const ORIGIN_BEFORE =
  /\b(?:(?:a|an|the)\s+(?:\p{L}+\s+)?(?:native|natives|resident|residents|citizen|citizens|national|nationals)\s+of|who\s+(?:lives|lived|live|grew\s+up|was\s+born|were\s+born)\s+in|originally\s+from|born\s+in)\s+(?:the\s+)?$/iu;
const RESIDENCE_BEFORE =
  /(?:,\s+(?:\d+\s+and\s+)?(?:of|from)|\bwho\s+(?:is|was|are|were)\s+(?:from|of))\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}(?:\p{Lu}[\p{L}'’.-]*,\s+)?$/u;

/**
 * "job losses from China trade", "against Iran policy", "in US custody": a country's name right
 * before a common noun qualifies it (whose trade, which policy, whose custody); it does not say
 * where anything happened.
 */
export function qualifiesNoun(doc: Doc, m: PlaceMention): boolean {
  if (m.place.precision !== "country") return false;
  const next = doc.tokens[tokenAtOrAfter(doc.tokens, m.end)];
  return (
    !!next &&
    next.pos === "NOUN" &&
    /^\p{Ll}/u.test(next.text) &&
    doc.text.slice(m.end, next.start) === " " &&
    !SITES_IN_COUNTRY.has(next.norm)
  );
}
/**
 * "Okruashvili, who has received political asylum in France, was sentenced … in Georgia": a
 * relative clause between commas before a passive verb describes the one the act befell; its
 * places are where that person is, not where the act was done to them.
 */
function describedSubject(doc: Doc, trigger: Trigger): (m: PlaceMention) => boolean {
  if (trigger.nominal || !isPassive(doc.tokens, trigger.firstToken)) return () => false;
  const asides = relativeAsides(doc, trigger.sentence).filter(([, to]) => to <= trigger.start);
  return (m) => asides.some(([from, to]) => from <= m.start && m.start < to);
}

/** The place a toponym of the text names. */
export function placeOf(m: PlaceMention): Place {
  return eventPlace(m.place, m.text, m);
}

/**
 * The place a trigger's own sentence gives it (its best locative), else the document's focus;
 * `skip` leaves out toponyms known to be another event's place.
 */
export function clausePlace(
  doc: Doc,
  geo: GeoResult,
  trigger: Trigger,
  skip?: (m: PlaceMention) => boolean,
): Place | undefined {
  // Where a person lives or comes from is never the clause's scene.
  const described = describedSubject(doc, trigger);
  const notScene = (m: PlaceMention) =>
    namesResidence(doc.text, m) || qualifiesNoun(doc, m) || described(m) || !!skip?.(m);
  const located = locateEvent(
    doc,
    geo,
    { start: trigger.start, end: trigger.end },
    trigger.sentence,
    notScene,
  );
  if (!located) return undefined;
  const { place, mention, fromFocus } = located;
  return eventPlace(place, mention?.text ?? place.name, mention, fromFocus);
}

/**
 * "Elizabeth Fairfield … Fairfield was already in jail", "Thomas Ravenel … the investigation of
 * Ravenel": news names a person in full once, then by surname alone, and a surname that is also a
 * town's name is read as the town, even after "in" ("a new twist in Fairfield hearing"). A town's
 * name that is the last word of a person the document names is that person: that a story names
 * both a person and a town of the same name is rarer. Countries are left alone: their names stand
 * for states far more often than for anyone's surname.
 */
export function withoutSurnames(doc: Doc, geo: GeoResult): GeoResult {
  const surnames = new Set(
    doc.entities
      .filter((e) => e.label === "PER" && /\s/.test(e.text.trim()))
      .map((e) => e.text.trim().split(/\s+/).at(-1)),
  );
  if (!surnames.size) return geo;
  const places = geo.places.filter(
    (m) => m.place.precision === "country" || m.place.precision === "region" || !surnames.has(m.text),
  );
  return places.length === geo.places.length ? geo : { ...geo, places };
}

/**
 * "The Rukban camp … is located in the desert near Syria's border with Jordan", "a camp near the
 * Jordanian border in southern Syria": a camp, a crossing or a village named as lying near a border
 * lies on the near side, not in the country across it, whatever the gazetteer's country code says
 * of a place that straddles the line (GeoNames puts Rukban in Jordan). The text names the near
 * side ("Syria's border with Jordan") or the sentence names it beside the border ("in southern
 * Syria"); its country is then every mention's of that place in the document.
 */
export function acrossBorders(doc: Doc, geo: GeoResult): GeoResult {
  const moved = new Map<number, string>();
  for (const m of geo.places) {
    const id = m.place.geonameId;
    if (!id || m.place.precision === "country" || m.place.precision === "region") continue;
    const sentence = doc.sentences[m.sentence];
    const near = NEAR_BORDER.exec(doc.text.slice(m.end, Math.min(sentence?.end ?? m.end, m.end + 120)));
    if (!near) continue;
    const across = lookupPlace(near[2] ?? near[3] ?? near[4] ?? "")?.country;
    if (across !== m.place.country) continue;
    const owner = near[1] ? lookupPlace(near[1]) : undefined;
    const side =
      owner?.precision === "country"
        ? owner.country
        : geo.places.find(
            (o) => o.sentence === m.sentence && o.place.precision === "country" && o.place.country !== across,
          )?.place.country;
    if (side && side !== across) moved.set(id, side);
  }
  if (!moved.size) return geo;
  const places = geo.places.map((m) => {
    const side = m.place.geonameId ? moved.get(m.place.geonameId) : undefined;
    return side ? { ...m, place: { ...m.place, country: side, admin1: undefined } } : m;
  });
  return { ...geo, places };
}
/** "… near Syria's border with Jordan", "near the Jordanian border", "near the border with Jordan". */
const NEAR_BORDER =
  /^[^.;]*?\b(?:near|along|on|at)\s+(?:the\s+)?(?:(\p{Lu}[\p{L}]+)['’]s\s+border\s+with\s+(\p{Lu}[\p{L}]+)|(\p{Lu}[\p{L}]+)\s+border|border\s+with\s+(\p{Lu}[\p{L}]+))/u;

/** The event's place is named in its own sentence by a locative, not by the dateline. */
export function placedBySentence(doc: Doc, c: Candidate): boolean {
  const { place } = c;
  if (!place || place.fromFocus || place.start === undefined) return false;
  if (c.rules.includes("place-from-dateline")) return false;
  const s = doc.sentences[c.trigger.sentence];
  return place.start >= s.start && place.start < s.end;
}
