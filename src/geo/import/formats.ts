/**
 * The download formats a user imports, row by row: GeoNames' tab-separated dumps (allCountries
 * and per-country files, countryInfo, admin1/admin2 codes, alternate names, hierarchy) and
 * Natural Earth's GeoJSON layers. Each reader turns one line or feature into a typed row, or
 * undefined for a comment, a blank line or a row it cannot use.
 */

/** What a file holds, known from its name (GeoNames' and Natural Earth's own file names). */
export type SourceKind =
  | "geonames"
  | "countryInfo"
  | "admin1Codes"
  | "admin2Codes"
  | "alternateNames"
  | "hierarchy"
  | "featureCodes"
  | "naturalEarth";

/** A place: a GeoNames row, or a Natural Earth feature given a stable negative id. */
export interface FeatureRow {
  id: number;
  name: string;
  ascii: string;
  /** Alternate names, comma-separated as in GeoNames. */
  alternates: string;
  lat: number;
  lon: number;
  /** GeoNames feature class (A, H, L, P, R, S, T, U, V) and code (PCLI, SEA, STM, AIRP…). */
  fclass: string;
  fcode: string;
  /** ISO 3166-1 alpha-2, "" when outside any country. */
  country: string;
  admin1: string;
  admin2: string;
  population: number;
}

export interface AdminCodeRow {
  /** "KZ.02" or "US.KY.125". */
  code: string;
  level: 1 | 2;
  name: string;
  ascii: string;
  geonameId: number;
}

export interface CountryRow {
  iso2: string;
  iso3: string;
  name: string;
  capital: string;
  continent: string;
  geonameId: number;
  neighbours: string;
}

export interface AlternateNameRow {
  id: number;
  geonameId: number;
  lang: string;
  name: string;
  preferred: number;
  short: number;
}

export interface HierarchyRow {
  parent: number;
  child: number;
  type: string;
}

/** The kind of a file from its base name, or undefined for one Chronicle does not read. */
export function sourceKind(baseName: string): SourceKind | undefined {
  const name = baseName.replace(/\.(?:gz|zip)$/i, "");
  if (/\.(?:geo)?json$/i.test(name)) return "naturalEarth";
  if (!/\.txt$/i.test(name) && !/\.zip$/i.test(baseName)) return undefined;
  const stem = name.replace(/\.txt$/i, "");
  if (/^countryInfo$/i.test(stem)) return "countryInfo";
  if (/^admin1Codes(?:ASCII)?$/i.test(stem)) return "admin1Codes";
  if (/^admin2Codes$/i.test(stem)) return "admin2Codes";
  if (/^alternateNames(?:V2)?$/i.test(stem)) return "alternateNames";
  if (/^hierarchy$/i.test(stem)) return "hierarchy";
  if (/^featureCodes/i.test(stem)) return "featureCodes";
  if (/^iso-languagecodes$/i.test(stem) || /^readme$/i.test(stem)) return undefined;
  // allCountries, cities500, a per-country dump (KZ), no-country: all share the 19 columns.
  return "geonames";
}

const num = (s: string | undefined) => {
  const n = Number(s);
  return Number.isFinite(n) ? n : 0;
};

/**
 * A feature this widely named (alternate names in this many spellings) is one news mentions;
 * GeoNames holds millions of streams and hills known only locally, which would bury towns'
 * readings under namesakes.
 */
const MIN_ALTERNATES = 5;

/** GeoNames' row for the whole Earth: its alternates ("World", "Terra") are words in names, not places. */
const EARTH = 6295630;

/**
 * Does the in-memory gazetteer load this feature? Not towns or administrative units (the built-in
 * index has them); widely named features, those outside any country, and Natural Earth's (all
 * notable); not undersea features (class U: seamounts, canyons, knolls), which news seldom names.
 */
export function isProminent(r: FeatureRow): boolean {
  if (r.fclass === "P" || r.fclass === "A" || r.fclass === "U" || r.id === EARTH) return false;
  if (r.id < 0 || !r.country) return true;
  let names = r.alternates ? 1 : 0;
  for (
    let i = r.alternates.indexOf(",");
    i >= 0 && names < MIN_ALTERNATES;
    i = r.alternates.indexOf(",", i + 1)
  )
    names++;
  return names >= MIN_ALTERNATES;
}

/** One row of GeoNames' main table (19 tab-separated columns). */
export function readGeonamesLine(line: string): FeatureRow | undefined {
  const c = line.split("\t");
  if (c.length < 15) return undefined;
  const id = Number(c[0]);
  const lat = Number(c[4]);
  const lon = Number(c[5]);
  if (!Number.isInteger(id) || id <= 0 || !c[1] || !Number.isFinite(lat) || !Number.isFinite(lon))
    return undefined;
  return {
    id,
    name: c[1],
    ascii: c[2] || c[1],
    alternates: c[3] ?? "",
    lat,
    lon,
    fclass: c[6] ?? "",
    fcode: c[7] ?? "",
    country: c[8] ?? "",
    admin1: c[10] ?? "",
    admin2: c[11] ?? "",
    population: num(c[14]),
  };
}

/** One row of admin1CodesASCII.txt or admin2Codes.txt: code, name, ASCII name, GeoNames id. */
export function readAdminCodeLine(line: string, level: 1 | 2): AdminCodeRow | undefined {
  const c = line.split("\t");
  if (c.length < 4 || !c[0] || !c[1]) return undefined;
  const geonameId = Number(c[3]);
  if (!Number.isInteger(geonameId)) return undefined;
  return { code: c[0], level, name: c[1], ascii: c[2] || c[1], geonameId };
}

/** One row of countryInfo.txt (comment lines start with "#"). */
export function readCountryInfoLine(line: string): CountryRow | undefined {
  if (line.startsWith("#")) return undefined;
  const c = line.split("\t");
  if (c.length < 17 || !/^[A-Z]{2}$/.test(c[0])) return undefined;
  const geonameId = Number(c[16]);
  if (!Number.isInteger(geonameId)) return undefined;
  return {
    iso2: c[0],
    iso3: c[1],
    name: c[4],
    capital: c[5],
    continent: c[8],
    geonameId,
    neighbours: c[17] ?? "",
  };
}

/** One row of alternateNamesV2.txt. Links, postcodes and airport codes are kept: the lang column says which. */
export function readAlternateNameLine(line: string): AlternateNameRow | undefined {
  const c = line.split("\t");
  if (c.length < 4) return undefined;
  const id = Number(c[0]);
  const geonameId = Number(c[1]);
  if (!Number.isInteger(id) || !Number.isInteger(geonameId) || !c[3]) return undefined;
  return {
    id,
    geonameId,
    lang: c[2],
    name: c[3],
    preferred: c[4] === "1" ? 1 : 0,
    short: c[5] === "1" ? 1 : 0,
  };
}

export function readHierarchyLine(line: string): HierarchyRow | undefined {
  const c = line.split("\t");
  const parent = Number(c[0]);
  const child = Number(c[1]);
  if (!Number.isInteger(parent) || !Number.isInteger(child) || parent <= 0 || child <= 0) return undefined;
  return { parent, child, type: c[2] ?? "" };
}

// ------------------------------------------------------------------ Natural Earth

interface GeoJsonFeature {
  properties?: Record<string, unknown> | null;
  geometry?: { type: string; coordinates: unknown } | null;
}

/** GeoNames' class and code for a Natural Earth feature, by its layer and `featurecla`. */
function naturalEarthCode(layer: string, featurecla: string): [string, string] {
  const f = featurecla.toLowerCase();
  if (layer.includes("admin_1")) return ["A", "ADM1"];
  if (layer.includes("airports")) return ["S", "AIRP"];
  if (layer.includes("parks")) return ["L", "PRK"];
  if (layer.includes("lakes")) return ["H", f.includes("reservoir") ? "RSV" : "LK"];
  if (layer.includes("rivers")) return ["H", f.includes("lake") ? "LK" : "STM"];
  if (layer.includes("elevation")) return ["T", "PK"];
  if (layer.includes("marine")) {
    const codes: Record<string, string> = {
      ocean: "OCN",
      sea: "SEA",
      gulf: "GULF",
      bay: "BAY",
      strait: "STRT",
      sound: "SD",
      channel: "CHN",
      lagoon: "LGN",
      fjord: "FJD",
      inlet: "INLT",
      reef: "RF",
    };
    return ["H", codes[f] ?? "SEA"];
  }
  const terrain: Record<string, string> = {
    island: "ISL",
    "island group": "ISLS",
    peninsula: "PEN",
    cape: "CAPE",
    desert: "DSRT",
    "range/mtn": "MTS",
    mountain: "MT",
    plateau: "PLAT",
    plain: "PLN",
    basin: "BSN",
    valley: "VAL",
    delta: "DLTA",
    isthmus: "ISTH",
    depression: "DPR",
    lowland: "LWLD",
    tundra: "TUND",
    wetlands: "WTLD",
    gorge: "GRGE",
    geoarea: "RGN",
    continent: "CONT",
    foothills: "HLLS",
    coast: "CST",
    pen: "PEN",
  };
  const code = terrain[f];
  if (code === "WTLD" || code === "DLTA") return ["H", code];
  if (code === "RGN" || code === "CONT") return ["L", code];
  return ["T", code ?? "RGN"];
}

/** A representative point: the point itself, a line's middle vertex, a polygon's mean outer-ring vertex. */
export function representativePoint(geometry: GeoJsonFeature["geometry"]): [number, number] | undefined {
  if (!geometry) return undefined;
  const c = geometry.coordinates as unknown;
  const mean = (ring: number[][]): [number, number] => {
    let x = 0;
    let y = 0;
    for (const p of ring) {
      x += p[0];
      y += p[1];
    }
    return [x / ring.length, y / ring.length];
  };
  const longest = <T extends unknown[]>(parts: T[]) => parts.reduce((a, b) => (b.length > a.length ? b : a));
  switch (geometry.type) {
    case "Point":
      return [(c as number[])[0], (c as number[])[1]];
    case "MultiPoint":
    case "LineString": {
      const line = c as number[][];
      const p = line[line.length >> 1];
      return p ? [p[0], p[1]] : undefined;
    }
    case "MultiLineString": {
      const line = longest(c as number[][][]);
      const p = line[line.length >> 1];
      return p ? [p[0], p[1]] : undefined;
    }
    case "Polygon":
      return (c as number[][][])[0]?.length ? mean((c as number[][][])[0]) : undefined;
    case "MultiPolygon": {
      const rings = (c as number[][][][]).map((poly) => poly[0] ?? []);
      return rings.length ? mean(longest(rings)) : undefined;
    }
    default:
      return undefined;
  }
}

/** FNV-1a over a string, 48 bits: a stable id for a feature that has no GeoNames id. */
function stableId(key: string): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < key.length; i++) {
    const ch = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ ch, 0x5bd1e995) >>> 0;
  }
  return (h2 & 0xffff) * 0x100000000 + h1;
}

/** Title case for Natural Earth's capitalised marine names ("ARCTIC OCEAN" → "Arctic Ocean"). */
function displayName(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

/**
 * A Natural Earth feature as a place row. Airports are named as people write them ("Ahwaz
 * Airport"); their IATA code is an alternate name. Ids are negative so that they never meet a
 * GeoNames id, and stable (layer, name, point) so that a second import replaces rather than adds.
 */
export function readNaturalEarthFeature(layer: string, f: GeoJsonFeature): FeatureRow | undefined {
  const p = f.properties ?? {};
  const raw = (p.name_en ?? p.name ?? p.NAME) as string | null | undefined;
  if (typeof raw !== "string" || !raw.trim()) return undefined;
  const point = representativePoint(f.geometry);
  if (!point || !Number.isFinite(point[0]) || !Number.isFinite(point[1])) return undefined;
  const [lon, lat] = point;
  const [fclass, fcode] = naturalEarthCode(layer, String(p.featurecla ?? ""));
  let name = displayName(raw.trim());
  const alternates: string[] = [];
  if (fcode === "AIRP") {
    if (!/\b(?:Airport|Airfield|Air Base)\b/i.test(name)) {
      alternates.push(name);
      name = `${name} Airport`;
    }
    if (typeof p.iata_code === "string" && p.iata_code) alternates.push(p.iata_code);
  }
  if (typeof p.name === "string" && p.name !== raw) alternates.push(p.name);
  const iso = typeof p.iso_a2 === "string" && /^[A-Z]{2}$/.test(p.iso_a2) ? p.iso_a2 : "";
  const adm1 = typeof p.adm1_code === "string" ? p.adm1_code : "";
  return {
    id: -stableId(`${layer}\t${name}\t${lat.toFixed(3)}\t${lon.toFixed(3)}`),
    name,
    ascii: name.normalize("NFD").replace(/\p{M}/gu, ""),
    alternates: alternates.join(","),
    lat,
    lon,
    fclass,
    fcode,
    country: iso,
    admin1: adm1,
    admin2: "",
    population: 0,
  };
}

/** The layer name of a Natural Earth file ("ne_10m_lakes.json.gz" → "lakes"). */
export function naturalEarthLayer(baseName: string): string {
  return baseName
    .replace(/\.(?:geo)?json(?:\.gz)?$/i, "")
    .replace(/^ne_\d+m_/, "")
    .toLowerCase();
}
