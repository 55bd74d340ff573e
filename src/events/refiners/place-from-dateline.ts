import { lookupPlace, namesScene, qualifierContext } from "../../geo/index.ts";
import type { GeoResult } from "../../geo/types.ts";
import type { Doc } from "../../nlp/types.ts";
import { datelineOf } from "../dateline.ts";
import { eventPlace, namesWaters } from "../places.ts";
import type { ActorKind } from "../schema.ts";
import { type Candidate, happensAtScene, type Refiner, STATEMENT_TYPES } from "../types.ts";

/**
 * "COLOMBO, Jan 3 (Reuters) - …": wire copy opens with the city it was filed from, which is where
 * the events it tells happened unless a sentence or its paragraph says otherwise. It comes before
 * the document's focus country. But a bureau files on its region ("ISTANBUL - Iranian troops entered
 * northern Iraq", "NAIROBI (Reuters) - Gunmen attacked a market in Mogadishu"): when the lead puts
 * its news in another country, that country is the document's focus, and the lead names no place in
 * the dateline's country, the dateline is only where the story was written.
 */
export const placeFromDateline: Refiner = {
  name: "place-from-dateline",
  refine(candidates, { doc, geo }) {
    const dateline = datelineOf(doc.article);
    if (!dateline) return candidates;
    const name = dateline.name.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (x) => x.toUpperCase());
    // "HAYWARD, Calif.", "HANOI, Vietnam": the qualifier picks the namesake in its country. A dateline
    // names a city: where the gazetteer's first reading is a state or region ("WASHINGTON",
    // "BRUSSELS") and the geoparser read the dateline in its document as a city of the same country
    // (the capital), the city it is. (Not any city the document's context suggests: "HAVANA (AP)"
    // in a story about Miami is still Cuba's capital.)
    const looked = lookupPlace(name, dateline.qualifier ? qualifierContext(dateline.qualifier) : undefined);
    const read = geo.places.find((m) => m.start === dateline.start && m.role === "place")?.place;
    const found =
      looked &&
      read &&
      AREA_PRECISIONS.has(looked.precision) &&
      read.precision === "city" &&
      read.country === looked.country
        ? read
        : looked;
    if (!found || found.precision === "region") return candidates;
    const lead = doc.sentences.findIndex((s) => s.end > dateline.end);
    if (filedFromAbroad(doc, geo, dateline.end, found.country) || leadAtSea(candidates, lead))
      return candidates;
    const { start } = dateline;
    const travellers = leadCountries(candidates, lead, found.country);
    for (const c of candidates) {
      if (c.place && !c.place.fromFocus) continue;
      if (isHistory(doc, c)) continue;
      if (c.trigger.sentence > lead && actsAtHome(c, found.country, travellers)) continue;
      if (c.trigger.sentence === lead && stateSpeaksAtHome(c, found.country)) continue;
      c.place = eventPlace(found, dateline.name, { start, end: start + dateline.name.length });
    }
    return candidates;
  },
};

/** Readings of a dateline's name that are areas, not the city a dateline names. */
const AREA_PRECISIONS: ReadonlySet<string> = new Set(["admin1", "country", "region"]);

/** Parties that act from their seat, not where a reporter travelled with them; a police force only at home. */
const SEATED_KINDS: ReadonlySet<ActorKind> = new Set<ActorKind>([
  "state",
  "government",
  "military",
  "police",
  "party",
]);

/** A head of state or government, who acts from the capital unless the story travels with them. */
const LEADER_TITLE = /\b(?:President|Prime Minister|Premier|Chancellor|King|Queen|Emperor)\b/;

/**
 * "WASHINGTON (AP) — … Kenyan police said they had detained nine foreigners": beyond the lead,
 * which the dateline places surely ("HANOI — U.S. Defense Secretary … accused China"), a state,
 * government, army or party of another country acts at home, not where the story was filed; so
 * does a head of state or government of another country ("NAIROBI — … U.S. President Bill Clinton
 * has requested $50 million from Congress"). But a country whose party the lead puts at the
 * dateline is travelling there: what its people and its state say later in the story is said
 * where they are ("HANOI — Esper accused China … 'The United States firmly opposes intimidation,'
 * Esper said"). Its deeds (troops, strikes) happen where they happen.
 */
function actsAtHome(c: Candidate, country: string | undefined, travellers: ReadonlySet<string>): boolean {
  const home = c.actor?.country;
  if (!home || !country || home === country) return false;
  const kind = c.actor?.kind as ActorKind;
  if (travellers.has(home)) return SEATED_KINDS.has(kind) && !STATEMENT_TYPES.has(c.trigger.type);
  return SEATED_KINDS.has(kind) || (kind === "person" && LEADER_TITLE.test(c.actor?.text ?? ""));
}

/**
 * "WASHINGTON (AP) — China vowed on Friday to fight the U.S. 'at any cost'": a state or a
 * government of another country that speaks in the lead speaks from home, unlike a person the
 * reporter may have travelled with ("HANOI — U.S. Defense Secretary Esper accused China").
 */
function stateSpeaksAtHome(c: Candidate, country: string | undefined): boolean {
  const home = c.actor?.country;
  const kind = c.actor?.kind;
  return (
    !!home &&
    !!country &&
    home !== country &&
    (kind === "state" || kind === "government") &&
    STATEMENT_TYPES.has(c.trigger.type)
  );
}

/** How many months before the story's date an event must be dated to be history, not news. */
const HISTORY_MONTHS = 2;

/**
 * "BUFFALO (AP) — … Rudolph has been on the run since the January 1998 bombing of a Birmingham,
 * Ala., abortion clinic that killed an off-duty officer", "Kopp was arrested in 1990": an event the
 * story dates months or years before its own date is background, told from the record; the
 * dateline says where the reporter was on the day, not where that happened.
 */
function isHistory(doc: Doc, c: Candidate): boolean {
  const t = c.time;
  // "killings since 1993 … under investigation" goes on until the story's day.
  if (t?.anchor !== "explicit" || t.relation !== "on") return false;
  const event = monthIndex(t.value);
  const story = monthIndex(doc.reference?.date ?? "");
  return event !== undefined && story !== undefined && story - event > HISTORY_MONTHS;
}

/** Months since year 0 of a TIMEX3 year, month or day ("1998", "1998-01", "1998-01-13"); a bare year counts as its December. */
function monthIndex(value: string): number | undefined {
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(value);
  if (!m) return undefined;
  return Number(m[1]) * 12 + (m[2] ? Number(m[2]) : 12);
}

/** Countries of the lead's actors other than the dateline's: parties the story travels with. */
function leadCountries(candidates: Candidate[], lead: number, country: string | undefined): Set<string> {
  const out = new Set<string>();
  for (const c of candidates) {
    const home = c.actor?.country;
    if (c.trigger.sentence === lead && home && home !== country) out.add(home);
  }
  return out;
}

/** A verb of entry before a place also makes it the lead's scene ("entered Kurdish-controlled northern Iraq"). */
const ENTERED_BEFORE = /\b(?:entered|invaded|reached|stormed)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

function filedFromAbroad(doc: Doc, geo: GeoResult, leadStart: number, country: string | undefined): boolean {
  const lead = doc.sentences.find((s) => s.end > leadStart);
  if (!lead) return false;
  const focus = geo.focus?.country;
  if (!country || !focus || focus === country) return false;
  const inLead = geo.places.filter((m) => m.start >= leadStart && m.end <= lead.end && m.place.country);
  if (inLead.some((m) => m.place.country === country)) return false;
  return inLead.some(
    (m) =>
      m.role === "place" &&
      m.place.country === focus &&
      (namesScene(doc.text, m) || ENTERED_BEFORE.test(doc.text.slice(Math.max(0, m.start - 60), m.start))),
  );
}

/**
 * "NEW DELHI - An Indian warship on patrol in the Gulf of Aden came under attack": a lead whose
 * main event is a deed at sea tells a story at sea; the navy's capital is where it was filed.
 * (Not "HANOI — The minister accused China of coercion in the South China Sea": the accusation,
 * made in Hanoi, is the lead's event, and the sea its topic.)
 */
function leadAtSea(candidates: Candidate[], lead: number): boolean {
  const main = candidates
    .filter((c) => c.trigger.sentence === lead)
    .sort((a, b) => a.trigger.start - b.trigger.start)[0];
  return (
    !!main?.place && !main.place.fromFocus && happensAtScene(main.trigger.type) && namesWaters(main.place)
  );
}
