import type { Span } from "../core/span.ts";

/** "natural" (seas, rivers, mountains) and "facility" (airports, parks, buildings) come from an imported gazetteer. */
export type GeoPrecision = "sub-city" | "city" | "admin1" | "country" | "region" | "natural" | "facility";

/** A gazetteer entry. */
export interface GeoPlace {
  geonameId?: number;
  name: string;
  /** ISO 3166-1 alpha-3. */
  country: string;
  admin1?: string;
  lat: number;
  lon: number;
  population?: number;
  precision: GeoPrecision;
}

/** A toponym in the text resolved to a place. */
export interface PlaceMention extends Span {
  text: string;
  place: GeoPlace;
  confidence: number;
  /**
   * "place" for a location; "actor" when the name stands for a government or people
   * ("Moscow said", "Kazakh authorities") and must not locate the event.
   */
  role: "place" | "actor" | "demonym";
  sentence: number;
}

export interface GeoResult {
  places: PlaceMention[];
  /** The country the document is mostly about, when there is one. */
  focus?: GeoPlace;
}
