import type { GeoPlace, PlaceMention } from "../geo/types.ts";
import type { Place } from "./schema.ts";

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

/** The place a toponym of the text names. */
export function placeOf(m: PlaceMention): Place {
  return eventPlace(m.place, m.text, m);
}
