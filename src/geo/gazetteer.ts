/**
 * The in-memory gazetteer: places from the built index (see build.ts) plus curated regions, with a
 * name → candidates map. Loaded once per process, lazily.
 */
import { existsSync, readFileSync } from "node:fs";
import {
  CITY_DEMONYMS,
  COUNTRY_ABBREVIATIONS,
  COUNTRY_NAMES,
  DEMONYMS,
  REGIONS,
  SEATS_OF_GOVERNMENT,
} from "./aliases.ts";
import {
  type GazetteerIndex,
  INDEX_VERSION,
  indexPath,
  type NameTable,
  nameTablePaths,
  readNameTable,
  writeIndex,
} from "./build.ts";
import { type ImportedFeature, type ImportedGazetteer, loadImport } from "./import/load.ts";
import { normalizeName } from "./names.ts";
import type { GeoPlace, GeoPrecision } from "./types.ts";

export { normalizeName };

export const KIND_COUNTRY = 0;
export const KIND_ADMIN1 = 1;
export const KIND_CITY = 2;
export const KIND_REGION = 3;
/** US counties, parishes and boroughs (from the Census shapes in us-atlas). */
export const KIND_ADMIN2 = 4;
/** Counties news names bare ("Kent", "Tipperary"): region-sized, read like a first-level region. */
export const KIND_COUNTY = 5;
/** Seas, rivers, mountains, regions, airports, parks from a user's import (see import/load.ts). */
export const KIND_FEATURE = 6;

/**
 * Normalised name → gazetteer rows: the prebuilt name table, searched in place by binary search,
 * plus the few names added at load (curated regions and country names).
 */
export class NameIndex {
  private readonly extra = new Map<string, number[]>();
  constructor(private readonly table: NameTable) {}

  /** Every prefix of the added names, so hasPrefix need not scan them. */
  private readonly extraPrefixes = new Set<string>();

  add(key: string, row: number): void {
    if (!key) return;
    for (let k = 1; k <= key.length; k++) this.extraPrefixes.add(key.slice(0, k));
    const list = this.extra.get(key);
    if (!list) this.extra.set(key, [row]);
    else if (!list.includes(row)) list.push(row);
  }

  /** Does some name start with `prefix`? Lets a scan stop extending a name that leads nowhere. */
  hasPrefix(prefix: string): boolean {
    if (this.extraPrefixes.has(prefix)) return true;
    const { names } = this.table;
    let lo = 0;
    let hi = names.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (names[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo < names.length && names[lo].startsWith(prefix);
  }

  /** A fresh array of the rows, or undefined for an unknown name. */
  get(key: string): number[] | undefined {
    const { names, offsets, rows } = this.table;
    let lo = 0;
    let hi = names.length - 1;
    let found: number[] | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const n = names[mid];
      if (n === key) {
        found = Array.from(rows.subarray(offsets[mid], offsets[mid + 1]));
        break;
      }
      if (n < key) lo = mid + 1;
      else hi = mid - 1;
    }
    const extra = this.extra.get(key);
    if (!extra) return found;
    if (!found) return [...extra];
    for (const r of extra) if (!found.includes(r)) found.push(r);
    return found;
  }
}

export interface Gazetteer {
  idx: GazetteerIndex;
  byName: NameIndex;
  /** ISO3 → country row */
  countryRow: Map<string, number>;
  /** ISO3 → its national capital's row (GeoNames PPLC) */
  capitalRow: Map<string, number>;
  /** "ISO3.admin1code" → admin1 row */
  admin1Row: Map<string, number>;
  /** geonameId → row */
  byId: Map<number, number>;
  /** exact surface form → ISO3, case-sensitive ("U.S.", "UK") */
  abbreviations: Map<string, string>;
  /**
   * demonym surface form → ISO3, "ISO3.admin1" for a region's people ("GBR.ENG", "USA.OH"),
   * a curated region row as "#row", or a city as "@geonameId" ("Londoners")
   */
  demonyms: Map<string, string>;
  /** normalised primary name per row */
  primaryKey: string[];
  /** cached GeoPlace objects per row */
  places: (GeoPlace | undefined)[];
  /** Precision of each imported feature row ("natural", "facility", "region"). */
  featurePrecision: Map<number, GeoPrecision>;
  /** The imported gazetteer in use, if any. */
  importedFrom?: string;
}

let loaded: Gazetteer | undefined;
/** Names the imported gazetteer for worker threads, which share the environment, not the module state. */
export const GAZETTEER_ENV = "CHRONICLE_GAZETTEER";
let importPath: string | undefined = process.env[GAZETTEER_ENV] || undefined;

/**
 * Reads a user's imported gazetteer (`chronicle gazetteer import`) on top of the built-in one from
 * the next load on, or (undefined) the built-in one alone.
 */
export function useImportedGazetteer(path: string | undefined): void {
  if (path === importPath) return;
  importPath = path;
  loaded = undefined;
}

/** GeoNames codes of continents, oceans and world regions, which the curated regions also list. */
const WORLD_REGION_CODES = new Set(["CONT", "RGN", "OCN", "SEA", "AREA", "ZN"]);

/**
 * GeoNames' ids and points for countries and first-level divisions, and the imported features as
 * rows of their own, named by every key the import gives them.
 */
function applyImport(
  idx: GazetteerIndex,
  byName: NameIndex,
  imported: ImportedGazetteer,
  featurePrecision: Map<number, GeoPrecision>,
  regionKeys: Map<string, number>,
): void {
  const rowOf = new Map<string, number>();
  for (let row = 0; row < idx.id.length; row++) {
    if (idx.kind[row] === KIND_COUNTRY) rowOf.set(idx.country[row], row);
    else if (idx.kind[row] === KIND_ADMIN1) rowOf.set(`${idx.country[row]}.${idx.admin1[row]}`, row);
  }
  for (const [iso2, c] of imported.countries) {
    const row = rowOf.get(idx.iso2to3[iso2] ?? "");
    if (row === undefined) continue;
    idx.id[row] = c.id;
    if (c.lat !== undefined && c.lon !== undefined) {
      idx.lat[row] = c.lat;
      idx.lon[row] = c.lon;
    }
  }
  for (const [code, a] of imported.admin1) {
    const row = rowOf.get(`${idx.iso2to3[code.slice(0, 2)] ?? ""}${code.slice(2)}`);
    if (row === undefined) continue;
    idx.id[row] = a.id;
    if (a.lat !== undefined && a.lon !== undefined) {
      idx.lat[row] = a.lat;
      idx.lon[row] = a.lon;
    }
  }
  // A continent, ocean or world region GeoNames lists outside any country ("Middle East",
  // "Indian Ocean") takes over the curated region of that name: its id, and its point, which
  // GeoNames-based gold uses. A feature whose own name is one of the region's names ("Pacific
  // Ocean" for the Pacific) wins over one that lists it among alternates ("Northern America" also
  // answers to "North America", the continent's name).
  const taken = new Map<number, { rank: number; f: ImportedFeature }>();
  const consumed = new Set<ImportedFeature>();
  for (const f of imported.features) {
    if (f.id <= 0 || f.country || !WORLD_REGION_CODES.has(f.fcode)) continue;
    const region = f.keys.map((k) => regionKeys.get(k)).find((r) => r !== undefined);
    if (region === undefined) continue;
    consumed.add(f);
    const rank = regionKeys.get(f.keys[0]) === region ? 1 : 0;
    const held = taken.get(region);
    if (!held || rank > held.rank) taken.set(region, { rank, f });
  }
  for (const [region, { f }] of taken) {
    idx.id[region] = f.id;
    idx.lat[region] = f.lat;
    idx.lon[region] = f.lon;
  }
  for (const f of imported.features) {
    if (consumed.has(f)) continue;
    const row = idx.id.length;
    idx.id.push(Math.max(f.id, 0));
    idx.name.push(f.name);
    idx.lat.push(f.lat);
    idx.lon.push(f.lon);
    idx.pop.push(0);
    idx.country.push(f.country ? (idx.iso2to3[f.country] ?? "") : "");
    idx.admin1.push("");
    idx.fcode.push(f.fcode);
    idx.kind.push(KIND_FEATURE);
    idx.nameCount.push(0);
    idx.primary.push(f.keys[0]);
    featurePrecision.set(row, f.precision);
    for (const key of f.keys) byName.add(key, row);
  }
}

function readIndex(): { idx: GazetteerIndex; names: NameTable } {
  const path = indexPath();
  const files = nameTablePaths(path);
  if (existsSync(path) && existsSync(files.names) && existsSync(files.postings)) {
    try {
      const idx = JSON.parse(readFileSync(path, "utf8")) as GazetteerIndex;
      if (idx.version === INDEX_VERSION) return { idx, names: readNameTable(path) };
    } catch {
      // A truncated or stale index is rebuilt below.
    }
  }
  return writeIndex(path);
}

export function gazetteer(): Gazetteer {
  if (loaded) return loaded;
  const { idx, names } = readIndex();
  const byName = new NameIndex(names);
  const countryRow = new Map<string, number>();
  const capitalRow = new Map<string, number>();
  const admin1Row = new Map<string, number>();
  const byId = new Map<number, number>();

  // Curated regions become rows after the index's own.
  /** Every name of a curated region outside any country → its row (for an import's regions). */
  const regionKeys = new Map<string, number>();
  for (const r of REGIONS) {
    const row = idx.id.length;
    const keys = [...new Set(r.names.map(normalizeName))];
    idx.id.push(r.geonameId ?? 0);
    idx.name.push(r.names[0]);
    idx.lat.push(r.lat);
    idx.lon.push(r.lon);
    idx.pop.push(0);
    idx.country.push(r.country ?? "");
    idx.admin1.push("");
    idx.fcode.push("RGN");
    idx.kind.push(KIND_REGION);
    idx.nameCount.push(0);
    idx.primary.push(keys[0]);
    for (const key of keys) {
      byName.add(key, row);
      if (!r.country) regionKeys.set(key, row);
    }
  }

  // Imported features come after the curated regions: the regions' rows start here.
  const regionBase = idx.id.length - REGIONS.length;
  const featurePrecision = new Map<number, GeoPrecision>();
  const imported = importPath ? loadImport(importPath) : undefined;
  if (imported) applyImport(idx, byName, imported, featurePrecision, regionKeys);

  const n = idx.id.length;
  for (let row = 0; row < n; row++) {
    const kind = idx.kind[row];
    if (kind === KIND_COUNTRY) countryRow.set(idx.country[row], row);
    else if (idx.fcode[row] === "PPLC" && !capitalRow.has(idx.country[row]))
      capitalRow.set(idx.country[row], row);
    else if (kind === KIND_ADMIN1) admin1Row.set(`${idx.country[row]}.${idx.admin1[row]}`, row);
    if (idx.id[row] && !byId.has(idx.id[row])) byId.set(idx.id[row], row);
  }
  for (const [name, iso3] of Object.entries(COUNTRY_NAMES)) {
    const row = countryRow.get(iso3);
    if (row !== undefined) byName.add(normalizeName(name), row);
  }
  for (const [name, id] of Object.entries(SEATS_OF_GOVERNMENT)) {
    const row = byId.get(id);
    if (row !== undefined) byName.add(normalizeName(name), row);
  }
  const abbreviations = new Map(Object.entries(COUNTRY_ABBREVIATIONS));
  const demonyms = new Map<string, string>(Object.entries(idx.demonyms));
  for (const [k, v] of Object.entries(DEMONYMS)) demonyms.set(k, v);
  for (const [k, id] of Object.entries(CITY_DEMONYMS)) if (byId.has(id)) demonyms.set(k, `@${id}`);
  REGIONS.forEach((r, i) => {
    for (const d of r.demonyms) demonyms.set(d, `#${regionBase + i}`);
  });
  loaded = {
    idx,
    byName,
    countryRow,
    capitalRow,
    admin1Row,
    byId,
    abbreviations,
    demonyms,
    primaryKey: idx.primary,
    places: new Array(n),
    featurePrecision,
    ...(imported ? { importedFrom: imported.path } : {}),
  };
  return loaded;
}

/** The row a demonym's value names (see Gazetteer.demonyms). */
export function demonymRow(g: Gazetteer, value: string): number | undefined {
  if (value.startsWith("#")) return Number(value.slice(1));
  if (value.startsWith("@")) return g.byId.get(Number(value.slice(1)));
  return value.includes(".") ? g.admin1Row.get(value) : g.countryRow.get(value);
}

const PRECISION_BY_KIND: Record<number, GeoPrecision> = {
  [KIND_COUNTRY]: "country",
  [KIND_ADMIN1]: "admin1",
  [KIND_REGION]: "region",
  // A bare-named county is region-sized (GeoPrecision has no second level).
  [KIND_COUNTY]: "admin1",
};

/*
 * A county is reported with "city" precision: GeoPrecision has no second-level division, and a
 * county is a locality-sized area, far finer than its state.
 */
/** Feature codes for parts of a city (neighbourhoods, sections). */
const SUB_CITY_FCODES = new Set(["PPLX"]);

export function placeAt(g: Gazetteer, row: number): GeoPlace {
  const cached = g.places[row];
  if (cached) return cached;
  const { idx } = g;
  const kind = idx.kind[row];
  const precision: GeoPrecision =
    g.featurePrecision.get(row) ??
    PRECISION_BY_KIND[kind] ??
    (SUB_CITY_FCODES.has(idx.fcode[row]) ? "sub-city" : "city");
  const place: GeoPlace = {
    name: idx.name[row],
    country: idx.country[row],
    lat: idx.lat[row],
    lon: idx.lon[row],
    precision,
  };
  if (idx.id[row]) place.geonameId = idx.id[row];
  if (idx.pop[row]) place.population = idx.pop[row];
  if (kind === KIND_CITY || kind === KIND_ADMIN2 || kind === KIND_COUNTY) {
    const a = g.admin1Row.get(`${idx.country[row]}.${idx.admin1[row]}`);
    if (a !== undefined) place.admin1 = idx.name[a];
  } else if (kind === KIND_ADMIN1) place.admin1 = idx.name[row];
  g.places[row] = place;
  return place;
}

/** Row of the admin1 region that holds a row (itself for an admin1 row). */
export function admin1Of(g: Gazetteer, row: number): number | undefined {
  const { idx } = g;
  if (idx.kind[row] === KIND_ADMIN1) return row;
  if (idx.kind[row] !== KIND_CITY && idx.kind[row] !== KIND_ADMIN2 && idx.kind[row] !== KIND_COUNTY)
    return undefined;
  return g.admin1Row.get(`${idx.country[row]}.${idx.admin1[row]}`);
}

/** Great-circle distance in km. */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)));
}
