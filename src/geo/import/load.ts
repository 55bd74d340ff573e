/**
 * What the in-memory gazetteer takes from a user's import: GeoNames' own ids and points for
 * countries, ids (and Natural Earth label points) for first-level divisions, and the natural
 * features, regions and facilities that the built-in populated places lack. Read once at load,
 * a few tens of thousands of rows: the resolver works in memory as with the built-in index.
 */
import { normalizeName } from "../names.ts";
import { GazetteerStore } from "./store.ts";

/* Which features load is decided at import (formats.ts, isProminent), so that loading reads an index. */

export type FeaturePrecision = "region" | "natural" | "facility";

export interface ImportedFeature {
  id: number;
  name: string;
  /** Normalised names the feature answers to (its name, ASCII name, Latin alternates, "X River"). */
  keys: string[];
  lat: number;
  lon: number;
  fclass: string;
  fcode: string;
  /** ISO2, "" outside any country. */
  country: string;
  precision: FeaturePrecision;
}

export interface ImportedGazetteer {
  path: string;
  /** ISO2 → GeoNames id and point of the country. */
  countries: Map<string, { id: number; lat?: number; lon?: number }>;
  /** "ISO2.code" → GeoNames id, name, and a label point when Natural Earth gives one. */
  admin1: Map<string, { id: number; name: string; lat?: number; lon?: number }>;
  features: ImportedFeature[];
}

/** GeoNames feature codes of countries and dependencies. */
const COUNTRY_CODES = new Set(["PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "PCL", "TERR"]);

/** Alternate names shorter than this are mostly codes (ICAO, postal). */
const MIN_ALTERNATE_LENGTH = 4;

const LATIN = /^[\p{Script=Latin}\s'’.\-()]+$/u;

/** The head noun people add to a feature's bare name ("the Kanawha River", "Lake Victoria"). */
const WITH_HEAD: Record<string, (name: string) => string[]> = {
  STM: (n) => [`${n} River`],
  LK: (n) => [`Lake ${n}`, `${n} Lake`],
  RSV: (n) => [`${n} Reservoir`, `Lake ${n}`],
  PK: (n) => [`Mount ${n}`],
  MT: (n) => [`Mount ${n}`],
  MTS: (n) => [`${n} Mountains`],
  DSRT: (n) => [`${n} Desert`],
  ISL: (n) => [`${n} Island`],
  PRK: (n) => [`${n} National Park`],
  AIRP: (n) => (n.endsWith(" Airport") ? [n.replace(/ Airport$/, " International Airport")] : []),
};

/** Precision of a place that is neither a town nor an administrative unit, by GeoNames class and code. */
export function featurePrecision(fclass: string, fcode: string): FeaturePrecision {
  if (fclass === "S" || fcode === "PRK" || fcode === "AIRP") return "facility";
  if (fclass === "L" || fclass === "A") return "region";
  return "natural";
}

/**
 * A one-word name of a Natural Earth river or lake ("French", "New", "You", "Republican") is
 * mostly an ordinary word: only its headed form ("French River") names it.
 */
const HEAD_REQUIRED = new Set(["STM", "LK", "RSV"]);

function keysOf(id: number, name: string, ascii: string, alternates: string, fcode: string): string[] {
  const bareOnlyHeaded = id < 0 && HEAD_REQUIRED.has(fcode) && !/\s/.test(name);
  const spellings = new Set([name, ascii]);
  // An airport's other names are its town's ("Almaty") and its code ("ALA", also "Ala." for
  // Alabama): it answers only to "X Airport".
  for (const alt of alternates && fcode !== "AIRP" ? alternates.split(",") : []) {
    const a = alt.trim();
    if (a.length >= MIN_ALTERNATE_LENGTH && LATIN.test(a)) spellings.add(a);
  }
  // "London Heathrow Airport" is written "Heathrow Airport" (an airport's name without the town it
  // serves), and Natural Earth's "Dulles Int'l Airport" as "Dulles International Airport".
  if (fcode === "AIRP") {
    const full = name.replace(/\bInt'l\b/g, "International");
    spellings.add(full);
    const words = full.split(/\s+/);
    if (words.length >= 3 && words[words.length - 1] === "Airport") spellings.add(words.slice(1).join(" "));
  }
  const headed = WITH_HEAD[fcode];
  if (headed)
    for (const s of [...spellings])
      if (!/\s/.test(s) || fcode !== "PK") for (const h of headed(s)) spellings.add(h);
  if (bareOnlyHeaded) {
    spellings.delete(name);
    spellings.delete(ascii);
  }
  return [...new Set([...spellings].map(normalizeName).filter(Boolean))];
}

export function loadImport(path: string): ImportedGazetteer {
  const store = new GazetteerStore(path, { readonly: true });
  try {
    const { db } = store;
    const countries = new Map<string, { id: number; lat?: number; lon?: number }>();
    for (const r of db.prepare("SELECT iso2, geoname_id AS id FROM countries").all() as {
      iso2: string;
      id: number;
    }[])
      countries.set(r.iso2, { id: r.id });
    const points = db.prepare(
      `SELECT id, country, lat, lon, fcode FROM features WHERE fclass = 'A' AND fcode IN (${[...COUNTRY_CODES].map((c) => `'${c}'`).join(",")}) AND id > 0`,
    );
    for (const r of points.all() as { id: number; country: string; lat: number; lon: number }[]) {
      const known = countries.get(r.country);
      // The point of the row countryInfo names; a dependency's row only if countryInfo is absent.
      if (!known || known.id === r.id) countries.set(r.country, { id: r.id, lat: r.lat, lon: r.lon });
    }

    const admin1 = new Map<string, { id: number; name: string; lat?: number; lon?: number }>();
    for (const r of db
      .prepare("SELECT code, name, ascii, geoname_id AS id FROM admin_codes WHERE level = 1")
      .all() as {
      code: string;
      name: string;
      ascii: string;
      id: number;
    }[]) {
      admin1.set(r.code, { id: r.id, name: r.name });
    }
    // GeoNames' own point of a division (allCountries' ADM1 rows). Natural Earth's label points
    // are not used: on GeoWebNews they lay farther from GeoNames-based gold than the built-in
    // points (California 240 km off, Hawaii 1,074 km).
    const adm1Points = db.prepare(
      "SELECT id, name, country, admin1, lat, lon FROM features WHERE fclass = 'A' AND fcode = 'ADM1' AND id > 0 AND admin1 != ''",
    );
    for (const r of adm1Points.all() as {
      id: number;
      name: string;
      country: string;
      admin1: string;
      lat: number;
      lon: number;
    }[]) {
      const a = admin1.get(`${r.country}.${r.admin1}`);
      if (!a) continue;
      a.lat = r.lat;
      a.lon = r.lon;
    }

    const features: ImportedFeature[] = [];
    const rows = db.prepare(
      // Read through a partial index: all of GeoNames holds millions of rows, the notable a few thousand.
      "SELECT id, name, ascii, alternates, lat, lon, fclass, fcode, country FROM features WHERE prominent = 1",
    );
    for (const r of rows.iterate() as Iterable<{
      id: number;
      name: string;
      ascii: string;
      alternates: string;
      lat: number;
      lon: number;
      fclass: string;
      fcode: string;
      country: string;
    }>) {
      const keys = keysOf(r.id, r.name, r.ascii, r.alternates, r.fcode);
      if (!keys.length) continue;
      features.push({
        id: r.id,
        name: r.name,
        keys,
        lat: r.lat,
        lon: r.lon,
        fclass: r.fclass,
        fcode: r.fcode,
        country: r.country,
        precision: featurePrecision(r.fclass, r.fcode),
      });
    }
    return { path, countries, admin1, features };
  } finally {
    store.close();
  }
}
